/**
 * The script-tag build (`dist/cdn/temadag.js`): registers `<temadag-offer>` and
 * `<temadag-catalog>` at once. The inquiry form, which brings the inquiry schema and its
 * validator, is a chunk of its own beside this file (`temadag-inquiry.js`), loaded when an
 * offer's form comes near the viewport; the PDF maker (`temadag-pdf.js`) is loaded when the
 * visitor asks for the file. Both are found relative to this file's URL.
 */
import { TemadagCatalog } from './catalog/catalog.js';
import { TemadagOffer } from './offer/offer.js';
import { setInquiryLoader } from './utilities/lazy.js';

setInquiryLoader(() => import('./cdn-inquiry.js'));
if (!customElements.get('temadag-offer')) customElements.define('temadag-offer', TemadagOffer);
if (!customElements.get('temadag-catalog')) {
  customElements.define('temadag-catalog', TemadagCatalog);
}
