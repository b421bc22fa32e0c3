/**
 * The script-tag build (`dist/cdn/temadag.js`): registers `<temadag-offer>` and
 * `<temadag-catalog>` at once. The inquiry form, which brings the inquiry schema and its
 * validator, is a chunk of its own beside this file (`temadag-inquiry-<hash>.js`), loaded when
 * an offer's form comes near the viewport; the PDF maker (`temadag-pdf-<hash>.js`) is loaded
 * when the visitor asks for the file; the English words (`temadag-en-<hash>.js`) when an
 * element's language is English, while its catalog loads; the offer's extras (the sticky price
 * summary, `temadag-extras-<hash>.js`) once its price has rendered; the offer's body (the shaping
 * form, the agenda, `temadag-body-<hash>.js`) at once when the page holds a `<temadag-offer>`,
 * else when the first one connects (also the one a `<temadag-catalog>` opens), beside its
 * catalog's fetch and without holding the price back. All are found relative to this file's URL.
 */
import { messages } from '@temadag/core';
import { TemadagCatalog } from './catalog/catalog.js';
import { TemadagOffer } from './offer/offer.js';
import { translations } from './translations/index.js';
import { body, catalogView, extras, setInquiryLoader, setWordsLoader } from './utilities/lazy.js';

/** A chunk's Danish words join temadag.js's before anything renders with them. */
const withWords = <T extends { words: object }>(module: T): T => (
  Object.assign(translations.da, module.words),
  module
);

// The form's words (a file per language) are fetched beside its chunk, not after it.
let englishPage = false;
setInquiryLoader(
  () => (
    (englishPage ? import('./cdn-words-en.js') : import('./cdn-words-da.js')).catch(() => {}),
    import('./cdn-inquiry.js')
  ),
);
// The sticky price summary and the refused-origin message: after the price, or on refusal.
extras.set(() => import('./offer/extras.js').then(withWords));
// The catalog's list: when a <temadag-catalog> connects, beside its catalog's fetch.
catalogView.set(() => import('./catalog/view.js').then(withWords));
// The shaping form, the agenda and the about text; an offer paints its price without them. Each
// offer asks for them when it connects (OfferExtrasController), before it starts its catalog's
// fetch: on the usual page (a module script, which runs once the document is parsed) that is
// while this file runs, as `customElements.define` below upgrades the page's offers; on a page
// with only a <temadag-catalog>, when the catalog opens an offer; never on a page that shows
// none. (A failure is the offer's to report; it asks again.)
// Core's Danish pricing explanations come with the body too (scripts/later-explanations.ts):
// until then each of them is '' (a price's lines have no explanation yet); the offer works its
// price out again once the body is here (OfferEvaluation), before `temadag-ready`.
const pricing = messages.da.pricing;
(messages.da as { pricing: object }).pricing = new Proxy(pricing, {
  get: (words, name) => Reflect.get(words, name) ?? (() => ''),
});
body.set(() =>
  import('./offer/body.js').then((module) => {
    Object.assign(pricing, (module as { explanations?: object }).explanations);
    return withWords(module);
  }),
);
// In this build `messages.en` and `translations.en` start empty (see scripts/offer-messages.ts);
// Danish is the only other language, and always here.
setWordsLoader(async () => {
  englishPage = true;
  const english = await import('./cdn-english.js');
  Object.assign(messages.en, english.messages);
  Object.assign(translations.en, english.words);
});
if (!customElements.get('temadag-offer')) customElements.define('temadag-offer', TemadagOffer);
if (!customElements.get('temadag-catalog')) {
  customElements.define('temadag-catalog', TemadagCatalog);
}
