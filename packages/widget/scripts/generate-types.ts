/**
 * Writes the framework types of the elements from custom-elements.json (run by `pnpm run
 * build` after `cem analyze`): jsx.d.ts for React 19 and types/{vue,svelte,solid}.d.ts. Each
 * framework names props and events its own way; the props and their types are the same in all
 * four, so the manifest stays the one description of the elements.
 *
 * Property types are indexed accesses on the element classes (`TemadagOffer['catalog']`), so
 * they are the classes' own TypeScript types, not the manifest's text.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { readElements, type ManifestJson } from './manifest-elements.js';
import { frameworks } from './type-writers.js';

const root = fileURLToPath(new URL('..', import.meta.url));

const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8')) as ManifestJson;
const { elements } = readElements(manifest);
if (elements.length === 0) throw new Error('custom-elements.json declares no element');
mkdirSync(`${root}types`, { recursive: true });
for (const framework of frameworks) {
  // Formatted as `prettier --check` in `pnpm lint` expects the committed files.
  const path = `${root}${framework.file}`;
  const options = { ...(await resolveConfig(path)), filepath: path };
  writeFileSync(path, await format(framework.write(elements), options));
}
console.log(`Framework types written: ${frameworks.map((f) => f.file).join(', ')}`);
