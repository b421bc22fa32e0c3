import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// CommonJS consumers on Node >= 20.19 load our ESM packages with require() (require(esm)),
// which needs a `default` condition beside `import` in each exports map. Runs against the
// built packages (dist), as an installed package would be loaded.
const packagesDir = fileURLToPath(new URL('../..', import.meta.url));
const consumer = mkdtempSync(join(tmpdir(), 'temadag-require-'));
mkdirSync(join(consumer, 'node_modules', '@temadag'), { recursive: true });

const EXPECTED: Record<string, string> = {
  core: 'createOffer',
  pdf: 'renderOfferPdf',
  widget: 'TemadagOffer',
  server: 'createApp',
  cli: 'run',
};
for (const name of Object.keys(EXPECTED)) {
  symlinkSync(join(packagesDir, name), join(consumer, 'node_modules', '@temadag', name), 'dir');
}

afterAll(() => rmSync(consumer, { recursive: true, force: true }));

describe('require() of the packages from CommonJS', () => {
  for (const [name, exported] of Object.entries(EXPECTED)) {
    it(`@temadag/${name} can be required and has ${exported}`, () => {
      const out = execFileSync(
        process.execPath,
        ['-e', `process.stdout.write(typeof require('@temadag/${name}').${exported})`],
        { cwd: consumer, encoding: 'utf8' },
      );
      expect(out).toBe('function');
    }, 60_000);
  }
});
