import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** The browser chunk's budget, gzip-compressed (issue 13: 120 kB, fonts included). */
const BUDGET = 120_000;
const src = fileURLToPath(new URL('../src/', import.meta.url));

describe('the browser chunk', () => {
  it(`bundles for the browser and stays within ${BUDGET / 1000} kB gzip`, async () => {
    const result = await build({
      entryPoints: [`${src}index.ts`],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      minify: true,
      write: false,
      logLevel: 'silent',
      // As the widget bundles it: core from its source, like vitest resolves it.
      alias: {
        '@temadag/core': fileURLToPath(new URL('../../core/src/index.ts', import.meta.url)),
      },
    });
    expect(result.errors).toEqual([]);
    const code = result.outputFiles[0]!.contents;
    const gzip = gzipSync(code).length;
    console.log(
      `@temadag/pdf browser chunk: ${(code.length / 1000).toFixed(1)} kB minified, ${(gzip / 1000).toFixed(1)} kB gzip (budget ${BUDGET / 1000} kB)`,
    );
    expect(gzip).toBeLessThanOrEqual(BUDGET);
  });

  it('uses no Node APIs in src', () => {
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.ts'),
    );
    expect(files).toContain('render.ts');
    for (const file of files) {
      const text = readFileSync(`${src}${file}`, 'utf8');
      expect(text, file).not.toMatch(/from ['"](node:|fs|path|zlib|crypto|buffer)['"/]/);
      expect(text, file).not.toMatch(/\b(Buffer|process|require|__dirname)\b/);
    }
  });
});
