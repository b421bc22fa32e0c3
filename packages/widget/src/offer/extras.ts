/**
 * What an offer needs after its first paint, not for it: the compact price summary of narrow
 * offers (its controller, template and styles), the collapsed terms' body and the developer's
 * message when the server refuses the page's origin. The npm build bundles this module (see
 * `extras-bundled.ts`); the script-tag build loads it as a chunk of its own
 * (`temadag-extras-<hash>.js`) once the price has rendered narrow, when the terms are opened,
 * or when a catalog is refused, so that temadag.js stays small.
 */
export { StickySummaryController } from '../controllers/sticky-summary.js';
export { notAllowed } from '../utilities/not-allowed.js';
export { summaryBarTemplate } from './summary-bar.js';
export { summaryBarStyles } from './summary-bar.styles.js';
export { termsBody } from './terms.js';
