/**
 * The script-tag build's loader of the words that the inquiry form and the PDF maker use
 * beyond temadag.js's: core's messages past the offer's first paint (the form's field
 * errors, the inquiry as text, the PDF's words) and the form's own words. Each language is a
 * file of its own, `temadag-words-da-<hash>.js` and `temadag-words-en-<hash>.js`, so a page
 * downloads only the language it shows. In the chunks that import this module core's
 * `messages.da` starts with the offer's groups only and `messages.en` empty, and the form's
 * words of both languages start empty (see scripts/form-words.ts); this fills them.
 *
 * temadag.js starts fetching the page's language's file together with the form's chunk, so
 * the form does not wait for a second round trip; here the same URL is imported again, which
 * the browser answers from that fetch.
 */
import { messages, type Locale } from '@temadag/core';
import { setFormWordsLoader } from './translations/form-words.js';
import { inquiryTranslations } from './translations/index.js';

/**
 * Adds `words`' groups to `into`, group by group. A group `into` already has gets the entries
 * in place, so that whoever holds the group keeps seeing it whole (temadag.js holds core's
 * Danish `pricing` group, whose explanations the offer's body fills in: see src/cdn.ts).
 *
 * @param into - a language's catalogue, e.g. core's `messages.da`
 * @param words - groups of entries to add
 */
export function join(into: object, words: object): void {
  const target = into as Record<string, object>;
  for (const [group, entries] of Object.entries(words) as [string, object][]) {
    Object.assign((target[group] ??= {}), entries);
  }
}

/** Sets the loader (the form's chunk and the PDF maker's both call this; once is enough). */
export function useWordFiles(): void {
  setFormWordsLoader(loadWords);
}

async function loadWords(locale: Locale): Promise<void> {
  // English's offer groups are temadag-en's, which an English page has already loaded.
  const [words, offer] = await Promise.all([
    locale === 'en' ? import('./cdn-words-en.js') : import('./cdn-words-da.js'),
    locale === 'en' ? import('./cdn-english.js').then((english) => english.messages) : {},
  ]);
  join(messages[locale], offer);
  join(messages[locale], words.messages);
  Object.assign(inquiryTranslations[locale], words.words);
}
