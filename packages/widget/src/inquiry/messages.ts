/**
 * The inquiry form's words now live in the widget's one catalogue (`src/translations/`); this
 * name stays only for `fallback.ts`, whose plain-text inquiry is moving to `@temadag/core`.
 * Delete this file once nothing imports it.
 */
export { inquiryTranslations as inquiryMessages } from '../translations/index.js';
