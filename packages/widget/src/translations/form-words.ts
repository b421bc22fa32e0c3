import type { Locale } from '@temadag/core';

/**
 * Whether the words of the inquiry form and the PDF maker are here, by language. The npm
 * build bundles every language and sets no loader: they always are. The script-tag build
 * keeps them out of temadag.js and out of the form's chunk; its chunks set a loader (see
 * src/cdn-words.ts) that fetches the words of one language, `temadag-words-<locale>-<hash>.js`,
 * the first time a form or a PDF in that language needs them.
 */
let loader: ((locale: Locale) => Promise<void>) | undefined;
/** Each language's load, started once: true once its words are here, false if they failed. */
const loads = new Map<Locale, Promise<boolean>>();
const settled = new Map<Locale, boolean>();

/**
 * Sets the function that fetches a language's words and puts them in place (the script-tag
 * build's chunks do).
 *
 * @param load - resolves once the words of `locale` are in place; rejects when they cannot be
 */
export function setFormWordsLoader(load: (locale: Locale) => Promise<void>): void {
  loader = load;
}

/**
 * Loads the words of `locale` once, however often it is asked.
 *
 * @param locale - the language
 * @returns true once they are here (at once without a loader), false when they could not be
 *   loaded (a warning names the language; a later call does not try again)
 * @example
 * ```ts
 * if (!(await formWords('en'))) throw new Error('no English words');
 * ```
 */
export function formWords(locale: Locale): Promise<boolean> {
  if (!loader) return Promise.resolve(true);
  let loading = loads.get(locale);
  if (!loading) {
    loading = loader(locale).then(
      () => true,
      (error: unknown) => {
        console.warn(`Temadag: the form's ${locale} words could not be loaded.`, error);
        return false;
      },
    );
    loads.set(locale, loading);
    void loading.then((here) => settled.set(locale, here));
  }
  return loading;
}

/**
 * Where the words of `locale` stand now; starts loading them when they are not here yet.
 *
 * @param locale - the language
 * @param loaded - called once a load that this call started or waits for has ended
 * @returns true when they are here, false when they could not be loaded, undefined while on
 *   their way
 * @example
 * ```ts
 * formWordsHere('en', () => host.requestUpdate()); // undefined, and later true
 * ```
 */
export function formWordsHere(locale: Locale, loaded: () => void): boolean | undefined {
  if (!loader) return true;
  const here = settled.get(locale);
  if (here === undefined) void formWords(locale).then(loaded);
  return here;
}
