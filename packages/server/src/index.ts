/**
 * `@temadag/server`: the Temadag HTTP app (Hono, Fetch standard) and its Node adapter:
 * catalog, inquiries with idempotency, server-side PDFs, the widget's files, the iframe embed
 * page, admin routes, storage (SQLite or PostgreSQL) and notifications (email, webhook).
 *
 * @packageDocumentation
 */
export { createApp, type AppOptions } from './app.js';
export { acceptLocale } from './http/request.js';
export { INQUIRY_BODY_LIMIT, IDEMPOTENCY_KEY_MAX } from './routes/inquiries.js';
export { PDF_BODY_LIMIT } from './routes/offer-pdf.js';
export {
  inquiryExportChunks,
  type InquiryExportFormat,
  type InquiryExportOptions,
} from './export.js';
export {
  loadConfig,
  ConfigError,
  CONFIG_KEYS,
  type ServerConfig,
  type LoadConfigOptions,
} from './config.js';
export { startServer, type StartServerOptions, type RunningServer } from './node.js';
export {
  readCatalogFile,
  parseCatalogText,
  CatalogFileError,
  type CatalogFileProblem,
} from './catalog-file.js';
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
export { csvField, csvRow, inquiryCsvRow, INQUIRY_CSV_COLUMNS, type CsvSeparator } from './csv.js';
export { bearerMatches, periodDays } from './admin.js';
export { hashPassword, verifyPassword, PASSWORD_MIN_LENGTH } from './auth/password.js';
export type { LoginLimits } from './auth/throttle.js';
export { findConsoleDir, findWidgetDir, isHashedName } from './assets.js';
export { jsonLogger, silentLogger, type Logger, type LogEntry } from './log.js';
export {
  serverMessages,
  type ConsoleMessages,
  type OfferMessages,
  type OfferPageMessages,
  type ServerMessages,
} from './messages/index.js';
export { openStorage, DEFAULT_SQLITE_PATH } from './storage/index.js';
export type * from './storage/types.js';
