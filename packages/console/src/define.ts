/**
 * Registers the console's elements: `<temadag-console>` and its pages, and the widget's
 * `<temadag-offer>` that the catalog and embed pages preview with. A tag already registered
 * is left as it is.
 */
// The widget's classes, registered here rather than through '@temadag/widget/define', whose
// import a bundler may drop as side-effect free when it resolves to the widget's source.
import { TemadagCatalog, TemadagInquiry, TemadagOffer } from '@temadag/widget';
import { TemadagConsoleCatalog } from './catalog/catalog.js';
import { TemadagConsoleConfirm } from './confirm/confirm.js';
import { TemadagConsoleEmbed } from './embed/embed.js';
import { TemadagConsoleInbox } from './inbox/inbox.js';
import { TemadagConsoleInquiry } from './inquiry/inquiry.js';
import { TemadagConsoleLogin } from './login/login.js';
import { TemadagConsoleOfferEditor } from './offer-editor/offer-editor.js';
import { TemadagConsole } from './shell/console.js';

const elements: [string, CustomElementConstructor][] = [
  ['temadag-console', TemadagConsole],
  ['temadag-console-login', TemadagConsoleLogin],
  ['temadag-console-inbox', TemadagConsoleInbox],
  ['temadag-console-inquiry', TemadagConsoleInquiry],
  ['temadag-console-offer-editor', TemadagConsoleOfferEditor],
  ['temadag-console-catalog', TemadagConsoleCatalog],
  ['temadag-console-embed', TemadagConsoleEmbed],
  ['temadag-console-confirm', TemadagConsoleConfirm],
  ['temadag-offer', TemadagOffer],
  ['temadag-catalog', TemadagCatalog],
  ['temadag-inquiry', TemadagInquiry],
];
for (const [name, element] of elements) {
  if (!customElements.get(name)) customElements.define(name, element);
}

export {
  TemadagConsole,
  TemadagConsoleCatalog,
  TemadagConsoleConfirm,
  TemadagConsoleEmbed,
  TemadagConsoleInbox,
  TemadagConsoleInquiry,
  TemadagConsoleLogin,
  TemadagConsoleOfferEditor,
};
