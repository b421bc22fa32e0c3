/**
 * What an offer needs after its first paint, not for it: the compact price summary of narrow
 * offers (its controller, template and styles), the collapsed breakdown's table, the collapsed
 * terms' body, and the reading and the developer's message of a catalog fetch refused by the
 * server (a 403) or failed from another origin (likely CORS). The npm build bundles this module
 * (see `extras-bundled.ts`); the script-tag build loads it as a chunk of its own
 * (`temadag-extras-<hash>.js`) once the price has rendered narrow, when the visitor opens,
 * focuses or points at the breakdown or the terms, or when a catalog's fetch gets a 403 or
 * fails, so that temadag.js stays small.
 */
import { controls } from '../styles/controls.js';
import { breakdownStyles } from './breakdown.js';
import { daExtras } from '../translations/da-extras.js';
import { summaryBarStyles } from './summary-bar.styles.js';

export { offerStickySummary } from '../controllers/sticky-summary.js';
export { originHint, originRefused } from '../utilities/origin-refused.js';
export { summaryBarTemplate } from './summary-bar.js';
export { termsBody } from './terms.js';
export { breakdownTable } from './breakdown.js';

/** The extras' styles, which join the offer's shadow root when they are here. */
export const styles = [controls, summaryBarStyles, breakdownStyles];

/** The Danish words only the extras use; the script-tag build adds them to `translations.da`. */
export const words = daExtras;
