/**
 * `@temadag/console`: the provider's web console as Lit elements, its API client, router and
 * embed-code builder. Importing this module registers nothing; import
 * `@temadag/console/define` to register the tags. The built static site (what the server
 * serves at `/admin/`) is found with `consoleAssetsDir()` from `@temadag/console/assets`.
 *
 * @packageDocumentation
 */
export { TemadagConsole } from './shell/console.js';
export { TemadagConsoleLogin } from './login/login.js';
export { TemadagConsoleInbox } from './inbox/inbox.js';
export { TemadagConsoleInquiry } from './inquiry/inquiry.js';
export { TemadagConsoleOfferEditor } from './offer-editor/offer-editor.js';
export type { PreviewState } from './offer-editor/preview.js';
export { formatHundredths, parseHundredths } from './offer-editor/amounts.js';
export {
  draftFromForm,
  fieldOf,
  formFromDraft,
  type EditorAdjustment,
  type EditorForm,
  type EditorLine,
  type FormCheckWords,
} from './offer-editor/form-state.js';
export { TemadagConsoleCatalog } from './catalog/catalog.js';
export { TemadagConsoleEmbed } from './embed/embed.js';
export { TemadagConsoleConfirm, type ConfirmTexts } from './confirm/confirm.js';
export { ConsolePage } from './utilities/page.js';
export { ConsoleNavigateEvent, type ConsoleNavigateDetail } from './events/navigate.js';
export { ConsoleTitleEvent } from './events/title.js';
export {
  ApiClient,
  inboxSearch,
  offersPath,
  type ApiClientOptions,
  type ApiResult,
  type FetchLike,
} from './api/client.js';
export * from './api/types.js';
export {
  CONSOLE_BASE,
  inboxPath,
  inquiryPath,
  isConsolePage,
  offerEditorPath,
  parseRoute,
  type Route,
} from './router.js';
export {
  embedSnippet,
  cspDirectives,
  DEFAULT_PRIMARY,
  type SnippetOptions,
} from './embed/snippet.js';
export { consoleMessages, da, en, type ConsoleMessages } from './messages/index.js';
export { formatInstant } from './utilities/dates.js';
