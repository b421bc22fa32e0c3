/**
 * The script-tag build in dist/cdn/, every dependency inside, minified, ES2022:
 *
 * - `temadag.js`: registers <temadag-offer> and <temadag-catalog>; the one file a page loads.
 *   No import statements, so it is a single request.
 * - `temadag-inquiry.js` and `temadag-pdf.js`: the inquiry form and the PDF maker, imported
 *   by temadag.js on demand, relative to its own URL. They are one esbuild build with
 *   splitting, so what they share (core's schemas, zod) is one `temadag-shared-*.js` chunk.
 *
 * Run with `pnpm run build` (after tsup).
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { minifyTemplatesPlugin } from './minify-templates.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/cdn`;

/** The lazily loaded modules, as temadag.js imports them, and their file in dist/cdn/. */
const lazy: Record<string, string> = {
  './cdn-inquiry.js': './temadag-inquiry.js',
  '../pdf/offer-pdf.js': './temadag-pdf.js',
};

/** temadag.js leaves the lazy modules as dynamic imports of their files beside it. */
const lazyImports: Plugin = {
  name: 'lazy-imports',
  setup(b) {
    b.onResolve({ filter: /^(\.\/cdn-inquiry|\.\.\/pdf\/offer-pdf)\.js$/ }, (args) => {
      if (args.kind !== 'dynamic-import') {
        throw new Error(`${args.path} must only be imported dynamically (from ${args.importer})`);
      }
      return { path: lazy[args.path]!, external: true };
    });
  },
};

/**
 * core's selection.ts builds its zod schema at module level, and agenda.ts (which the widget
 * needs) imports two small helpers from that module. esbuild must assume that building a
 * schema has side effects, so the schema, and with it zod, would land in temadag.js although
 * nothing there uses it. Marking that one expression as pure lets esbuild drop it. If core
 * changes and the pattern no longer matches, the size test says so.
 */
const pureSelectionSchema: Plugin = {
  name: 'pure-selection-schema',
  setup(b) {
    b.onLoad({ filter: /[\\/]core[\\/]src[\\/]selection\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const contents = source.replace(
        /export const SelectionSchema = (z\.strictObject\([\s\S]*?\n\}\));/,
        'export const SelectionSchema = /* @__PURE__ */ (() => $1)();',
      );
      return { contents, loader: 'ts' };
    });
  },
};

const common: BuildOptions = {
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  charset: 'utf8',
  // Lit's BSD-3-Clause notices go to temadag.js.LEGAL.txt beside the file, linked from it.
  legalComments: 'linked',
  logLevel: 'warning',
  outdir,
};

await build({
  ...common,
  entryPoints: { temadag: 'src/cdn.ts' },
  // Our templates only: the inquiry chunk's author has not been asked about whitespace.
  plugins: [lazyImports, pureSelectionSchema, minifyTemplatesPlugin(`${root}src/`)],
});

await build({
  ...common,
  entryPoints: { 'temadag-inquiry': 'src/cdn-inquiry.ts', 'temadag-pdf': 'src/pdf/offer-pdf.ts' },
  splitting: true,
  entryNames: '[name]',
  chunkNames: 'temadag-shared-[hash]',
  plugins: [pureSelectionSchema],
});
