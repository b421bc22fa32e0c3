/**
 * Writes `<file>.br` (brotli, quality 11) and `<file>.gz` (gzip, level 9) beside every script
 * and style sheet of the script-tag build, so that a server can send them as they are, with
 * `Content-Encoding`, instead of compressing on every request (`@temadag/server` does).
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** The files that get compressed copies: what a browser fetches. */
export const COMPRESSIBLE = /\.(?:m?js|css)$/;

/**
 * Compresses every script and style sheet directly in `dir` (not below it).
 *
 * @param dir - the folder, e.g. `dist/cdn`
 * @returns the names of the files compressed
 * @example
 * ```ts
 * await precompress('dist/cdn'); // ['temadag.js', 'temadag-inquiry-4KQ2X7AB.js', …]
 * ```
 */
export async function precompress(dir: string): Promise<string[]> {
  const names = (await readdir(dir)).filter((name) => COMPRESSIBLE.test(name)).sort();
  await Promise.all(
    names.map(async (name) => {
      const body = await readFile(`${dir}/${name}`);
      const [br, gz] = await Promise.all([
        brotli(body, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
          },
        }),
        gzipAsync(body, { level: constants.Z_BEST_COMPRESSION }),
      ]);
      await Promise.all([writeFile(`${dir}/${name}.br`, br), writeFile(`${dir}/${name}.gz`, gz)]);
    }),
  );
  return names;
}
