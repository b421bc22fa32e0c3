// The script-tag build's files as a server sends them: compressed copies beside every script,
// content hashes in every name but temadag.js, and one copy of Lit and of core's first-paint messages
// (the root `pnpm test` builds first; alone, run `pnpm --filter @temadag/widget run build`).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const cdn = fileURLToPath(new URL('../dist/cdn/', import.meta.url));
if (!existsSync(`${cdn}temadag.js`)) {
  throw new Error(`${cdn}temadag.js is missing: run pnpm --filter @temadag/widget run build first`);
}
const files = readdirSync(cdn);
const scripts = files.filter((f) => /\.(?:m?js|css)$/.test(f));
const text = (name: string) => readFileSync(`${cdn}${name}`, 'utf8');

describe('dist/cdn compressed copies', () => {
  it('has scripts to check', () => {
    expect(scripts.length).toBeGreaterThanOrEqual(4);
  });

  for (const name of scripts) {
    it(`${name}.br and ${name}.gz decompress to ${name}`, () => {
      const original = readFileSync(`${cdn}${name}`);
      const br = readFileSync(`${cdn}${name}.br`);
      const gz = readFileSync(`${cdn}${name}.gz`);
      expect(brotliDecompressSync(br).equals(original)).toBe(true);
      expect(gunzipSync(gz).equals(original)).toBe(true);
      expect(br.length, 'brotli is smaller').toBeLessThan(original.length);
      expect(gz.length, 'gzip is smaller').toBeLessThan(original.length);
    });
  }

  it('has no compressed copy without its file', () => {
    for (const name of files.filter((f) => /\.(?:br|gz)$/.test(f))) {
      expect(files, name).toContain(name.replace(/\.(?:br|gz)$/, ''));
    }
  });
});

describe('dist/cdn chunks', () => {
  it('every script but temadag.js has a content hash in its name', () => {
    for (const name of scripts.filter((f) => f !== 'temadag.js')) {
      expect(name).toMatch(
        /^temadag-(?:body|catalog|en|extras|inquiry|pdf|pdf-server|shared|words-da|words-en)-[A-Z0-9]{8}\.js$/,
      );
    }
  });

  it('holds Lit, the shared styles and core messages once: in temadag.js', () => {
    // Lit's version stamps, a core message of the first paint ("Vejledende pris" would not do:
    // the body's live-region sentence says it too), a rule of the shared styles.
    const markers = ['litHtmlVersions', 'reactiveElementVersions', 'I alt inkl. moms'];
    const sharedRule = /--temadag-color-focus/;
    for (const marker of markers) expect(text('temadag.js'), marker).toContain(marker);
    expect(text('temadag.js')).toMatch(sharedRule);
    for (const name of scripts.filter((f) => f !== 'temadag.js')) {
      for (const marker of markers)
        expect(text(name).includes(marker), `${name}: ${marker}`).toBe(false);
      expect(text(name), name).not.toMatch(sharedRule);
    }
  });

  it('the chunks read the very array that temadag.js fills', () => {
    const filled = /self\.(temadag_[0-9a-f]{8})=\[/.exec(text('temadag.js'));
    expect(filled, 'temadag.js fills self.temadag_<hash>').not.toBeNull();
    const readers = scripts.filter(
      (f) => /self\.temadag_[0-9a-f]{8}\b/.test(text(f)) && f !== 'temadag.js',
    );
    expect(readers.length).toBeGreaterThan(0);
    for (const name of readers) {
      expect(text(name).match(/self\.(temadag_[0-9a-f]{8})/)![1], name).toBe(filled![1]);
    }
  });
});
