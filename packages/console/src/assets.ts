/**
 * Where the console's built static files are, for a server to serve at `/admin/`.
 *
 * @packageDocumentation
 */
import { fileURLToPath } from 'node:url';

/**
 * The folder of the built console: `index.html` (answer it for every page path under
 * `/admin/`), `console-<hash>.js` and its chunks, `favicon.svg`. Built by
 * `pnpm --filter @temadag/console build`.
 *
 * @returns the absolute path of `dist/public/`, with a trailing separator
 * @example
 * ```ts
 * import { consoleAssetsDir } from '@temadag/console/assets';
 * const index = await readFile(join(consoleAssetsDir(), 'index.html'), 'utf8');
 * ```
 */
export function consoleAssetsDir(): string {
  // dist/assets.js sits beside dist/public/; src/assets.ts (tests) two levels up from it.
  const url = import.meta.url;
  const here = new URL('.', url);
  const dist = here.pathname.endsWith('/src/') ? new URL('../dist/', here) : here;
  return fileURLToPath(new URL('public/', dist));
}
