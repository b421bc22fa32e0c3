/**
 * temadag.js holds only the message groups that the first paint uses (an offer, its price,
 * its selection: core's `da-offer.ts` and `en-offer.ts`), not catalog checks, schema issues or
 * the inquiry's text (`da-checks.ts`, `en-checks.ts`), which are about a third of core's
 * catalogue. The lazy chunks bundle core's whole catalogue, with the offer groups read from
 * temadag.js (they are shared modules, see shared-modules.ts) and the check groups their own,
 * so the inquiry form and the PDF maker still word every problem; the core modules they read
 * from temadag.js (pricing, agenda) use only the offer groups.
 */
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'esbuild';

const messagesIndex = /[\\/]core[\\/]src[\\/]messages[\\/]index\.ts$/;

/**
 * Replaces `da` and `en` in core's `messages/index.ts` by their offer groups, in temadag.js's
 * build only.
 *
 * @returns the esbuild plugin
 * @example
 * ```ts
 * await build({ ...mainOptions, plugins: [offerMessagesPlugin()] });
 * ```
 */
export function offerMessagesPlugin(): Plugin {
  return {
    name: 'temadag-offer-messages',
    setup(b) {
      b.onResolve({ filter: /^\.\/(?:da|en)\.js$/ }, (args) => {
        if (!messagesIndex.test(args.importer)) return undefined;
        const locale = args.path.slice(2, 4);
        // The module's own path is just the locale: it must not pass for core's file.
        return {
          path: locale,
          namespace: 'temadag-offer-messages',
          pluginData: resolve(dirname(args.importer), `${locale}-offer.ts`),
        };
      });
      b.onLoad({ filter: /.*/, namespace: 'temadag-offer-messages' }, (args) => ({
        loader: 'js',
        resolveDir: dirname(args.pluginData as string),
        contents: `export { ${args.path}Offer as ${args.path} } from ${JSON.stringify(args.pluginData)};`,
      }));
    },
  };
}
