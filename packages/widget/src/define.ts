/**
 * Registers `<temadag-offer>`, `<temadag-catalog>` and `<temadag-inquiry>`. Importing
 * `@temadag/widget` itself registers nothing; import this module once, or load the
 * script-tag build, which does the same. An element already registered (by another copy of
 * the widget on the page) is left as it is. The classes are exported here too, so that this
 * module's types bring the tag and event maps along.
 */
import { TemadagCatalog } from './catalog/catalog.js';
import { TemadagInquiry } from './inquiry/inquiry.js';
import { TemadagOffer } from './offer/offer.js';

const elements: [string, CustomElementConstructor][] = [
  ['temadag-offer', TemadagOffer],
  ['temadag-catalog', TemadagCatalog],
  ['temadag-inquiry', TemadagInquiry],
];
for (const [name, element] of elements) {
  if (!customElements.get(name)) customElements.define(name, element);
}

export { TemadagCatalog, TemadagInquiry, TemadagOffer };
