/**
 * What temadag.js holds of the widget's words, for a first paint without a second request on
 * a Danish page:
 *
 * - Of core's messages only the groups that an offer, its price and its selection use (core's
 *   `da-offer.ts`), not catalog checks, schema issues or the inquiry's text (`da-checks.ts`),
 *   about a third of core's catalogue. The lazy chunks bundle core's whole catalogue, with the
 *   Danish offer groups read from temadag.js (a shared module, see shared-modules.ts) and the
 *   rest their own, so the inquiry form and the PDF maker still word every problem; the core
 *   modules they read from temadag.js (pricing, agenda) use only the offer groups.
 * - No English: `en` of core's messages and of the widget's translations start as empty
 *   objects, which src/cdn.ts fills from the `temadag-en-<hash>.js` chunk (built with
 *   `{ english: 'offer' }`: core's English offer groups) before an English element renders.
 */
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'esbuild';

const coreMessages = /[\\/]core[\\/]src[\\/]messages[\\/]index\.ts$/;
const translations = /[\\/]widget[\\/]src[\\/]translations[\\/]index\.ts$/;

/**
 * Replaces the languages that core's `messages/index.ts` and the widget's
 * `translations/index.ts` import: Danish by its offer groups, English by its offer groups or
 * (`english: 'empty'`) by empty objects that the script fills later.
 *
 * @param options - `english`: what English becomes
 * @returns the esbuild plugin
 * @example
 * ```ts
 * await build({ ...mainOptions, plugins: [offerMessagesPlugin({ english: 'empty' })] });
 * ```
 */
export function offerMessagesPlugin(options: { english: 'offer' | 'empty' }): Plugin {
  return {
    name: 'temadag-offer-messages',
    setup(b) {
      b.onResolve({ filter: /^\.\/(?:da|en)\.js$/ }, (args) => {
        const locale = args.path.slice(2, 4);
        const file = resolve(dirname(args.importer), `${locale}-offer.ts`);
        // The modules' own paths are made up: they must not pass for core's files.
        if (coreMessages.test(args.importer)) {
          if (locale === 'da' || options.english === 'offer') {
            return { path: locale, namespace: 'temadag-offer-messages', pluginData: file };
          }
          return { path: 'core-en', namespace: 'temadag-empty-english' };
        }
        if (translations.test(args.importer) && locale === 'en' && options.english === 'empty') {
          return { path: 'widget-en', namespace: 'temadag-empty-english' };
        }
        return undefined;
      });
      b.onLoad({ filter: /.*/, namespace: 'temadag-offer-messages' }, (args) => ({
        loader: 'js',
        resolveDir: dirname(args.pluginData as string),
        contents: `export { ${args.path}Offer as ${args.path} } from ${JSON.stringify(args.pluginData)};`,
      }));
      b.onLoad({ filter: /.*/, namespace: 'temadag-empty-english' }, (args) => ({
        loader: 'js',
        contents:
          args.path === 'core-en'
            ? 'export const en = {};'
            : 'export const en = {};\nexport const enInquiry = {};',
      }));
    },
  };
}
