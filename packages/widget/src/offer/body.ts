/**
 * The offer's body: what the first paint does not need to show the price. The shaping form
 * (format, participants, add-ons with what each does to the price, date, travel) with its
 * fields' handlers, the PDF button's action, its job (`PdfJobController`) and what the panel
 * shows of it, the agenda, the text about the provider with the
 * related offerings, what the live region says after a change (which only the form makes),
 * their styles and their Danish words. The npm build bundles this module (see
 * `body-bundled.ts`); the script-tag build loads it as a chunk of its own
 * (`temadag-body-<hash>.js`), which each offer asks for when it connects (on a page that holds
 * offers, while temadag.js runs and defines the element), beside the catalog's fetch, so that
 * the price shows from temadag.js alone and the rest joins it.
 */
import { daBody } from '../translations/da-body.js';
import { bodyStyles } from './body.styles.js';

export { aboutTemplate } from './about.js';
export { priceAnnouncement } from './announce.js';
export { agendaTemplate } from './agenda.js';
export { PdfJobController } from '../controllers/pdf-job.js';
export { choiceEffects } from './choice-effects.js';
export { designHandlers } from './design-handlers.js';
export { downloadOfferPdf } from './pdf-download.js';
export { watchInquiry } from './inquiry-watch.js';
export { pdfState } from './pdf-state.js';
export { shapingTemplate } from './shaping.js';

/** The body's styles, which join the offer's shadow root when they are here. */
export const styles = bodyStyles;

/** The Danish words only the body uses; the script-tag build adds them to `translations.da`. */
export const words = daBody;
