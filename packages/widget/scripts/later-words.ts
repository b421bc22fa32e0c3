/**
 * The Danish words of what comes after the first paint stay out of temadag.js: the widget's
 * `translations/da.ts` spreads `daBody`, `daExtras` and `daCatalog` (da-body.ts, da-extras.ts,
 * da-catalog.ts) into `da`, and this plugin makes those three empty objects in the build of
 * temadag.js. Each chunk (the offer's body, its extras, the catalog's list) exports its own as
 * `words`, which src/cdn.ts adds to `translations.da` before the chunk's module is handed out.
 */
import type { Plugin } from 'esbuild';

const danish = /[\\/]widget[\\/]src[\\/]translations[\\/]da\.ts$/;
const names: Record<string, string> = {
  './da-body.js': 'daBody',
  './da-extras.js': 'daExtras',
  './da-catalog.js': 'daCatalog',
};

/**
 * Replaces the later words that da.ts imports by empty objects.
 *
 * @returns the esbuild plugin
 * @example
 * ```ts
 * await build({ ...mainOptions, plugins: [laterWordsPlugin()] });
 * ```
 */
export function laterWordsPlugin(): Plugin {
  return {
    name: 'temadag-later-words',
    setup(b) {
      b.onResolve({ filter: /^\.\/da-(?:body|extras|catalog)\.js$/ }, (args) =>
        danish.test(args.importer)
          ? { path: args.path, namespace: 'temadag-later-words' }
          : undefined,
      );
      b.onLoad({ filter: /.*/, namespace: 'temadag-later-words' }, (args) => ({
        loader: 'js',
        contents: `export const ${names[args.path]!} = {};`,
      }));
    },
  };
}
