/**
 * The words of the script-tag build's inquiry form and PDF maker, one file per language
 * (`temadag-words-da-<hash>.js`, `temadag-words-en-<hash>.js`), so that a page downloads only
 * the language it shows:
 *
 * - In the form's and the PDF maker's chunks (`'chunks'`), core's Danish messages start as
 *   the offer's groups, which temadag.js holds (a shared module, see shared-modules.ts), and
 *   core's English messages and the widget's form words of both languages as empty objects.
 *   src/cdn-words.ts fills them from the language's file before a form or a PDF uses them.
 * - In a language's file (`'da'`, `'en'`), core's messages of that language are the form's
 *   groups beyond the offer's (`da-rest.ts`) and the revision's (`da-revision.ts`, which the
 *   PDF's binding offers and a problem's wording use); the English offer groups are in
 *   `temadag-en-<hash>.js` already.
 * - The PDF maker alone needs the offer's document words and the catalog's checks
 *   (`da-document.ts`, `en-document.ts`): its chunk holds them, both languages (see
 *   src/cdn-pdf-words.ts), so the form never downloads them.
 *
 * The npm build bundles every language as before: this plugin is the script-tag build's only.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';

const messagesDir = fileURLToPath(new URL('../../core/src/messages/', import.meta.url));

const core = /[\\/]core[\\/]src[\\/]messages[\\/](da|en)\.ts$/;
const widget = /[\\/]widget[\\/]src[\\/]translations[\\/](da|en)\.ts$/;

/** What a language's module of core's messages becomes. */
function coreMessages(mode: 'chunks' | 'da' | 'en', locale: string): string | undefined {
  if (mode === 'chunks') {
    return locale === 'da'
      ? "import { daOffer } from './da-offer.js';\nexport const da = { ...daOffer };"
      : 'export const en = {};';
  }
  if (mode !== locale) return undefined;
  return `import { ${locale}Rest } from './${locale}-rest.js';
import { ${locale}Revision } from './${locale}-revision.js';
export const ${locale} = { ...${locale}Rest, ...${locale}Revision };`;
}

/**
 * Replaces the language modules of core's messages (`messages/da.ts`, `messages/en.ts`) and,
 * in the chunks, of the widget's translations (`translations/da.ts`, `translations/en.ts`),
 * as the file's comment says.
 *
 * @param mode - `'chunks'` for the form's and the PDF maker's build, or a language's file
 * @returns the esbuild plugin
 * @example
 * ```ts
 * await build({ ...lazyOptions, plugins: [formWordsPlugin('chunks'), sharedReaderPlugin(plan)] });
 * ```
 */
export function formWordsPlugin(mode: 'chunks' | 'da' | 'en'): Plugin {
  return {
    name: 'temadag-form-words',
    setup(b) {
      b.onLoad({ filter: core }, (args) => {
        const contents = coreMessages(mode, core.exec(args.path)![1]!);
        return contents === undefined ? undefined : { contents, loader: 'ts' };
      });
      if (mode !== 'chunks') return;
      // The PDF maker's document words, both languages: see src/cdn-pdf-words.ts.
      b.onLoad({ filter: /[\\/]widget[\\/]src[\\/]cdn-pdf-words\.ts$/ }, () => ({
        contents: `import { daDocument } from ${JSON.stringify(`${messagesDir}da-document.ts`)};
import { enDocument } from ${JSON.stringify(`${messagesDir}en-document.ts`)};
export const documentWords = { da: daDocument, en: enDocument };`,
        loader: 'ts',
      }));
      b.onLoad({ filter: widget }, (args) => {
        const locale = widget.exec(args.path)![1]!;
        return {
          contents: `export const ${locale} = {};\nexport const ${locale}Inquiry = {};`,
          loader: 'ts',
        };
      });
    },
  };
}
