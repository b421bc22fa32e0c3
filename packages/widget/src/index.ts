/**
 * `@temadag/widget`: the Lit custom elements `<temadag-offer>`, `<temadag-catalog>` and
 * `<temadag-inquiry>`, their events and types. Importing this module registers nothing;
 * import `@temadag/widget/define` to register the tags.
 *
 * @packageDocumentation
 */
export { TemadagOffer } from './offer/offer.js';
export { TemadagCatalog } from './catalog/catalog.js';
export { TemadagInquiry, type InquiryPrefill } from './inquiry/inquiry.js';
export type { FetchLike } from './inquiry/sender.js';
export type { PdfMode } from './pdf/server-pdf.js';
export { TemadagReadyEvent, type TemadagReadyDetail } from './events/ready.js';
export { TemadagChangeEvent, type TemadagChangeDetail } from './events/change.js';
export { TemadagPdfEvent, type TemadagPdfDetail } from './events/pdf.js';
export { TemadagSubmitEvent, type TemadagSubmitDetail } from './events/submit.js';
export { TemadagSuccessEvent, type TemadagSuccessDetail } from './events/success.js';
export {
  TemadagErrorEvent,
  type TemadagErrorDetail,
  type TemadagErrorKind,
} from './events/error.js';
export { translations, da, en, type Translation } from './translations/index.js';
export {
  normalizeCatalog,
  CatalogShapeError,
  type CatalogSource,
} from './utilities/catalog-data.js';
