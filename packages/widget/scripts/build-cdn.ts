/**
 * The script-tag build in dist/cdn/, every dependency inside, minified, ES2022:
 *
 * - `temadag.js`: registers <temadag-offer> and <temadag-catalog>; the one file a page loads.
 *   No import statements, so it is a single request.
 * - `temadag-body-<hash>.js`: the offer's body (the shaping form, the agenda, the text about the
 *   provider, their styles and Danish words), which temadag.js imports as soon as it runs, so
 *   that it arrives beside the catalog while the price paints without it.
 * - `temadag-inquiry-<hash>.js`, `temadag-pdf-<hash>.js`, `temadag-pdf-server-<hash>.js`,
 *   `temadag-extras-<hash>.js` and `temadag-catalog-<hash>.js`: the inquiry form, the PDF maker,
 *   the request for the server's PDF, the offer's extras (the sticky price summary, the
 *   breakdown's table, the terms' body, the refused-origin message) and the catalog's list
 *   (`<temadag-catalog>`'s view), imported by temadag.js on demand, relative to its own URL. They are one esbuild
 *   build with splitting, so what they share (core's schemas, zod) is one
 *   `temadag-shared-<hash>.js` chunk. What temadag.js already holds (Lit, the shared styles,
 *   core's messages) they take from it at run time instead of a second copy: see
 *   shared-modules.ts. Every file but temadag.js has a content hash in its name, so a server
 *   can cache it for good.
 * - `<file>.br` and `<file>.gz` beside every script: see precompress.ts.
 *
 * Run with `pnpm run build` (after tsup).
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions, type Metafile, type Plugin } from 'esbuild';
import { formWordsPlugin } from './form-words.js';
import { bodyWithExplanationsPlugin, withoutExplanationsPlugin } from './later-explanations.js';
import { laterWordsPlugin } from './later-words.js';
import { minifyTemplatesPlugin } from './minify-templates.js';
import { offerMessagesPlugin } from './offer-messages.js';
import { precompress } from './precompress.js';
import { pureSchemasPlugin } from './pure-schemas.js';
import {
  exportsOf,
  namesUsed,
  shareable,
  sharedProbePlugin,
  sharedReaderPlugin,
  sharedRegistryPlugin,
  withBodyOnly,
} from './shared-modules.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/cdn`;

/** The lazily loaded modules: how temadag.js imports them, and their entry files. */
const lazyEntries = {
  './cdn-inquiry.js': 'src/cdn-inquiry.ts',
  // The PDF maker as pdf/offer-pdf.ts, waiting for its language's words first.
  '../pdf/offer-pdf.js': 'src/cdn-pdf.ts',
  './cdn-english.js': 'src/cdn-english.ts',
  // The form's and the PDF maker's words, a file per language: see form-words.ts.
  './cdn-words-da.js': 'src/cdn-words-da.ts',
  './cdn-words-en.js': 'src/cdn-words-en.ts',
  './offer/extras.js': 'src/offer/extras.ts',
  './offer/body.js': 'src/offer/body.ts',
  './catalog/view.js': 'src/catalog/view.ts',
  '../pdf/server-pdf.js': 'src/pdf/server-pdf.ts',
} as const;

/**
 * temadag.js leaves the lazy modules as dynamic imports of their files beside it (those of
 * `files`; others are left to esbuild).
 */
function lazyImports(files: Record<string, string>): Plugin {
  return {
    name: 'lazy-imports',
    setup(b) {
      b.onResolve(
        {
          filter:
            /^(\.\/cdn-inquiry|\.\/cdn-english|\.\/cdn-words-(?:da|en)|\.\/offer\/(?:extras|body)|\.\/catalog\/view|\.\.\/pdf\/offer-pdf|\.\.\/pdf\/server-pdf)\.js$/,
        },
        (args) => {
          if (!(args.path in files)) return undefined;
          if (args.kind !== 'dynamic-import') {
            throw new Error(
              `${args.path} must only be imported dynamically (from ${args.importer})`,
            );
          }
          return { path: `./${files[args.path]!}`, external: true };
        },
      );
    },
  };
}
/**
 * temadag.js takes the offer's extras (offer/extras.ts), its body (offer/body.ts) and the
 * catalog's view (catalog/view.ts) from their chunks, not from bundled copies:
 * extras-bundled.ts, body-bundled.ts and view-bundled.ts, which the npm build uses, export
 * `undefined` here.
 */
const lazyExtras: Plugin = {
  name: 'lazy-extras',
  setup(b) {
    b.onLoad({ filter: /[\\/]offer[\\/]extras-bundled\.ts$/ }, () => ({
      contents: 'export const bundledExtras = undefined;',
      loader: 'ts',
    }));
    b.onLoad({ filter: /[\\/]offer[\\/]body-bundled\.ts$/ }, () => ({
      contents: 'export const bundledBody = undefined;',
      loader: 'ts',
    }));
    b.onLoad({ filter: /[\\/]catalog[\\/]view-bundled\.ts$/ }, () => ({
      contents: 'export const bundledView = undefined;',
      loader: 'ts',
    }));
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

/**
 * The form's PDF job (controllers/pdf-job.ts, a copy of its own since the offer's is the body's)
 * asks for the PDF maker's chunk, `src/cdn-pdf.ts` (which waits for its words), not for a split
 * chunk of pdf/offer-pdf.ts.
 */
const pdfMakerEntry: Plugin = {
  name: 'pdf-maker-entry',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/pdf\/offer-pdf\.js$/ }, (args) =>
      /[\\/]controllers[\\/]pdf-job\.ts$/.test(args.importer)
        ? { path: resolve(root, lazyEntries['../pdf/offer-pdf.js']) }
        : undefined,
    );
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

/** The output file of an entry point, by the metafile. */
function outputOf(metafile: Metafile, entry: string): string {
  const found = Object.entries(metafile.outputs).find(([, o]) => o.entryPoint === entry);
  if (!found) throw new Error(`No output for ${entry} in the metafile`);
  return basename(found[0]);
}

const lazyOptions: BuildOptions = {
  ...common,
  entryPoints: {
    'temadag-inquiry': lazyEntries['./cdn-inquiry.js'],
    'temadag-pdf': lazyEntries['../pdf/offer-pdf.js'],
  },
  splitting: true,
  entryNames: '[name]-[hash]',
  chunkNames: 'temadag-shared-[hash]',
};
const templates = minifyTemplatesPlugin(`${root}src/`);
/**
 * The lazy chunks keep only the schemas of core they use (the inquiry form: `IdSchema` and
 * the selection's travel, not the whole catalog schema): see pure-schemas.ts.
 */
const pureSchemas = pureSchemasPlugin(/[\\/]core[\\/]src[\\/](?:catalog-schema|selection)\.ts$/);
const mainOptions: BuildOptions = { ...common, metafile: true };
const placeholders = {
  './cdn-inquiry.js': 'inquiry.js',
  '../pdf/offer-pdf.js': 'pdf.js',
  './cdn-english.js': 'en.js',
  './cdn-words-da.js': 'words-da.js',
  './cdn-words-en.js': 'words-en.js',
  './offer/extras.js': 'extras.js',
  './offer/body.js': 'body.js',
  './catalog/view.js': 'catalog.js',
  '../pdf/server-pdf.js': 'pdf-server.js',
};
/**
 * The English words: a build of their own, without splitting, so that an English page's first
 * paint waits for one small file and not for the chunks' shared code too.
 */
const englishOptions: BuildOptions = {
  ...common,
  entryPoints: { 'temadag-en': lazyEntries['./cdn-english.js'] },
  entryNames: '[name]-[hash]',
  metafile: true,
  plugins: [offerMessagesPlugin({ english: 'offer' })],
};

await rm(outdir, { recursive: true, force: true });

// Which modules could the chunks take from temadag.js, and which of their bindings do they use?
const probe = await build({
  ...mainOptions,
  entryPoints: { temadag: 'src/cdn.ts' },
  write: false,
  plugins: [
    lazyImports(placeholders),
    lazyExtras,
    pureSelectionSchema,
    offerMessagesPlugin({ english: 'empty' }),
    withoutExplanationsPlugin(),
    laterWordsPlugin(),
    templates,
  ],
});
const paths = shareable(root, probe.metafile!);
const sharedProbe = sharedProbePlugin(paths, await exportsOf(root, paths));
const probeLazy = await build({
  ...lazyOptions,
  // The extras are probed with the chunks, so the array holds what they read too.
  entryPoints: {
    ...(lazyOptions.entryPoints as object),
    'temadag-extras': lazyEntries['./offer/extras.js'],
    'temadag-body': lazyEntries['./offer/body.js'],
    'temadag-catalog': lazyEntries['./catalog/view.js'],
    'temadag-pdf-server': lazyEntries['../pdf/server-pdf.js'],
  },
  minify: false,
  write: false,
  plugins: [pdfMakerEntry, formWordsPlugin('chunks'), sharedProbe, pureSchemas, templates],
});
// Each language's words, probed with its own plugin mode.
const probeWords = await Promise.all(
  (['da', 'en'] as const).map((locale) =>
    build({
      ...common,
      entryPoints: { [`temadag-words-${locale}`]: lazyEntries[`./cdn-words-${locale}.js`] },
      minify: false,
      write: false,
      plugins: [formWordsPlugin(locale), sharedProbe],
    }),
  ),
);
const used = namesUsed(
  root,
  paths,
  [probeLazy, ...probeWords].flatMap((probed) => probed.outputFiles!.map((f) => f.text)),
);
/**
 * The offer's body also reads core's `resolveDesign` from temadag.js (for the add-ons' effects,
 * core's moduleEffect): `selection.ts` is not shared with the other chunks, whose copy holds
 * the selection's schema (and with it zod), which temadag.js must not. A probe of the body alone
 * says which of its names the body uses; they come last in the array, so the other chunks'
 * places are the same with or without them.
 */
const bodyOnlyPaths = [resolve(root, '../core/src/selection.ts')];
const bodyPaths = [...paths, ...bodyOnlyPaths];
const bodyExports = await exportsOf(root, bodyPaths);
const probeBody = await build({
  ...common,
  entryPoints: { 'temadag-body': lazyEntries['./offer/body.js'] },
  minify: false,
  write: false,
  plugins: [
    lazyImports(placeholders),
    sharedProbePlugin(bodyPaths, bodyExports),
    pureSelectionSchema,
    templates,
  ],
});
const bodyUses = namesUsed(
  root,
  bodyPaths,
  probeBody.outputFiles!.map((f) => f.text),
).modules.filter((m) => bodyOnlyPaths.includes(m.path));
const { body: bodyPlan, others: plan } = withBodyOnly(
  used,
  root,
  bodyUses,
  new Map(bodyPaths.map((path, i) => [path, bodyExports[i]!])),
);

// The server's PDF: a small build of its own too, so asking the server loads no PDF maker.
const pdfServer = await build({
  ...common,
  entryPoints: { 'temadag-pdf-server': lazyEntries['../pdf/server-pdf.js'] },
  entryNames: '[name]-[hash]',
  metafile: true,
  plugins: [sharedReaderPlugin(plan)],
});
const english = await build(englishOptions);
// The form's and the PDF maker's words, a file per language, each read by src/cdn-words.ts.
const wordsOf = (locale: 'da' | 'en') =>
  build({
    ...common,
    entryPoints: { [`temadag-words-${locale}`]: lazyEntries[`./cdn-words-${locale}.js`] },
    entryNames: '[name]-[hash]',
    metafile: true,
    plugins: [formWordsPlugin(locale), sharedReaderPlugin(plan)],
  });
const [wordsDa, wordsEn] = await Promise.all([wordsOf('da'), wordsOf('en')]);
// The chunks, reading the shared modules from temadag.js; then temadag.js, which knows their names.
const lazy = await build({
  ...lazyOptions,
  metafile: true,
  plugins: [
    pdfMakerEntry,
    formWordsPlugin('chunks'),
    sharedReaderPlugin(plan),
    pureSchemas,
    templates,
    // The form's copy of the PDF job asks for the server's PDF by its file, not a chunk of its
    // own; the words' loader asks for the words' files.
    lazyImports({
      '../pdf/server-pdf.js': outputOf(pdfServer.metafile!, lazyEntries['../pdf/server-pdf.js']),
      './cdn-english.js': outputOf(english.metafile!, lazyEntries['./cdn-english.js']),
      './cdn-words-da.js': outputOf(wordsDa.metafile!, lazyEntries['./cdn-words-da.js']),
      './cdn-words-en.js': outputOf(wordsEn.metafile!, lazyEntries['./cdn-words-en.js']),
    }),
  ],
});
/**
 * A lazy module as one file of its own, reading what temadag.js holds from it (see the array
 * above), keeping only the schemas it uses and minifying its templates as the other chunks do:
 * what it shares with the form and the PDF maker then does not become a tiny shared chunk (and
 * one more request).
 */
const oneFile = (name: string, entry: string, reads = plan, extra: Plugin[] = []) =>
  build({
    ...common,
    entryPoints: { [name]: entry },
    entryNames: '[name]-[hash]',
    metafile: true,
    plugins: [...extra, sharedReaderPlugin(reads), pureSelectionSchema, templates],
  });
// The extras (sticky summary, breakdown's table, terms' body): after the price, or on demand.
const extras = await oneFile('temadag-extras', lazyEntries['./offer/extras.js']);
// The offer's body (shaping form, agenda, about text): asked for by each offer as it connects.
// It also brings core's Danish pricing explanations, which temadag.js leaves out, and the
// offer's PDF job, which asks for the PDF maker's or the server's PDF chunk.
const body = await oneFile('temadag-body', 'temadag-body-entry', bodyPlan, [
  bodyWithExplanationsPlugin(root, lazyEntries['./offer/body.js']),
  lazyImports({
    '../pdf/offer-pdf.js': outputOf(lazy.metafile!, lazyEntries['../pdf/offer-pdf.js']),
    '../pdf/server-pdf.js': outputOf(pdfServer.metafile!, lazyEntries['../pdf/server-pdf.js']),
  }),
]);
// The catalog's view: fetched by a <temadag-catalog> beside its catalog.
const catalogView = await oneFile('temadag-catalog', lazyEntries['./catalog/view.js']);
// Which build wrote each lazy module's file (the rest are the splitting build's).
const builtBy: Partial<Record<keyof typeof lazyEntries, Metafile>> = {
  './cdn-english.js': english.metafile!,
  './cdn-words-da.js': wordsDa.metafile!,
  './cdn-words-en.js': wordsEn.metafile!,
  './offer/extras.js': extras.metafile!,
  './offer/body.js': body.metafile!,
  './catalog/view.js': catalogView.metafile!,
  '../pdf/server-pdf.js': pdfServer.metafile!,
};
/** The body's entry is the explanations plugin's, not its module's file. */
const entryOf = (from: string, entry: string) =>
  from === './offer/body.js' ? 'temadag-body-explanations:temadag-body-entry' : entry;
const files = Object.fromEntries(
  Object.entries(lazyEntries).map(([from, entry]) => [
    from,
    outputOf(builtBy[from as keyof typeof lazyEntries] ?? lazy.metafile!, entryOf(from, entry)),
  ]),
);
const mainResult = await build({
  ...mainOptions,
  entryPoints: { temadag: 'temadag-entry' },
  plugins: [
    sharedRegistryPlugin(bodyPlan, root, './src/cdn.ts'),
    lazyImports(files),
    lazyExtras,
    pureSelectionSchema,
    offerMessagesPlugin({ english: 'empty' }),
    withoutExplanationsPlugin(),
    laterWordsPlugin(),
    templates,
  ],
});

// What temadag.js is made of, for https://esbuild.github.io/analyze/ (TEMADAG_METAFILE=file),
// the offer's body (TEMADAG_BODY_METAFILE=file) and the lazy chunks (the form, the PDF maker and
// their shared chunk: TEMADAG_LAZY_METAFILE=file).
if (process.env['TEMADAG_METAFILE']) {
  await writeFile(process.env['TEMADAG_METAFILE'], JSON.stringify(mainResult.metafile));
}
if (process.env['TEMADAG_BODY_METAFILE']) {
  await writeFile(process.env['TEMADAG_BODY_METAFILE'], JSON.stringify(body.metafile));
}
if (process.env['TEMADAG_LAZY_METAFILE']) {
  await writeFile(process.env['TEMADAG_LAZY_METAFILE'], JSON.stringify(lazy.metafile));
}
await precompress(outdir);
