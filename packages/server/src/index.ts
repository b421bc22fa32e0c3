/**
 * `@temadag/server`: the Temadag HTTP app (Hono, Fetch standard) and its Node adapter:
 * catalog, inquiries with idempotency, server-side PDFs, the widget's files, the iframe embed
 * page, admin routes, storage (SQLite or PostgreSQL) and notifications (email, webhook).
 *
 * @packageDocumentation
 */
export {
  createApp,
  acceptLocale,
  INQUIRY_BODY_LIMIT,
  PDF_BODY_LIMIT,
  IDEMPOTENCY_KEY_MAX,
  type AppOptions,
} from './app.js';
export {
  loadConfig,
  ConfigError,
  CONFIG_KEYS,
  type ServerConfig,
  type LoadConfigOptions,
} from './config.js';
export {
  startServer,
  readCatalogFile,
  type StartServerOptions,
  type RunningServer,
} from './node.js';
export {
  OutboxWorker,
  notificationChannels,
  signWebhook,
  verifyWebhookSignature,
  providerEmailText,
  type NotifyConfig,
  type OutboxWorkerOptions,
  type OutboxRound,
} from './notify.js';
export { csvField, csvRow, inquiryCsvRow, INQUIRY_CSV_COLUMNS } from './csv.js';
export { bearerMatches, periodDays } from './admin.js';
export { findWidgetDir, isHashedName } from './assets.js';
export { jsonLogger, silentLogger, type Logger, type LogEntry } from './log.js';
export { serverMessages, type ServerMessages } from './messages.js';
export { openStorage, DEFAULT_SQLITE_PATH } from './storage/index.js';
export type * from './storage/types.js';
