/**
 * Writes src/font/noto-sans.ts: Noto Sans Regular and Bold (SIL OFL 1.1, from the npm package
 * @expo-google-fonts/noto-sans) cut down to the characters the PDF draws (WinAnsi: all of
 * Danish, dashes, quotes, `×`, `½`, `•`, `€`), as base64, with the metrics a PDF font
 * descriptor needs. Each render then embeds only the glyphs its offer uses.
 *
 * Run: `pnpm --filter @temadag/pdf run fonts` (the output is committed; a test checks it is
 * what this script writes).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { fontFiles, fontModule } from './font-module.js';

const require = createRequire(import.meta.url);
const faces = fontFiles();
const version = (
  JSON.parse(
    readFileSync(require.resolve('@expo-google-fonts/noto-sans/package.json'), 'utf8'),
  ) as { version: string }
).version;

const text = fontModule(
  {
    regular: new Uint8Array(readFileSync(faces.regular)),
    bold: new Uint8Array(readFileSync(faces.bold)),
  },
  version,
);
const out = fileURLToPath(new URL('../src/font/noto-sans.ts', import.meta.url));
writeFileSync(out, text);
console.log(`wrote ${out} (${(text.length / 1000).toFixed(1)} kB)`);
