/**
 * The static console in dist/public/, what the server serves at /admin/:
 *
 * - `console-<hash>.js`: every element, Lit, core and the widget's <temadag-offer>, minified;
 *   lazily loaded parts (the widget's PDF maker and inquiry form) as `console-chunk-<hash>.js`.
 * - `index.html`: no inline script or style, so it runs under `script-src 'self'`; it loads
 *   the hashed script by its absolute path, since the same file answers every page path.
 * - `favicon.svg`.
 *
 * Run with `pnpm run build` (after tsup).
 */
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/public`;
// Old hashed files would pile up beside the new ones.
await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });

const result = await build({
  absWorkingDir: root,
  entryPoints: { console: 'src/main.ts' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  charset: 'utf8',
  legalComments: 'linked',
  entryNames: '[name]-[hash]',
  chunkNames: 'console-chunk-[hash]',
  metafile: true,
  logLevel: 'warning',
  outdir,
});

const entry = Object.entries(result.metafile.outputs).find(
  ([, output]) => output.entryPoint === 'src/main.ts',
);
if (!entry) throw new Error('esbuild wrote no console-<hash>.js');
const script = basename(entry[0]);
const template = await readFile(`${root}static/index.html`, 'utf8');
await writeFile(`${outdir}/index.html`, template.replace('%SCRIPT%', script));
await copyFile(`${root}static/favicon.svg`, `${outdir}/favicon.svg`);
console.log(`console: dist/public/index.html -> ${script}`);
