import { readFileSync } from 'node:fs';

/** The server's configuration, as {@link loadConfig} reads it from the environment and a file. */
export interface ServerConfig {
  /** TCP port (`PORT`, default 8787; 0 picks a free one). */
  port: number;
  /** Address to listen on (`HOST`, default `0.0.0.0`). */
  host: string;
  /** The catalog JSON file (`TEMADAG_CATALOG`). */
  catalog: string;
  /** SQLite file (`TEMADAG_DB`, default `.data/temadag.sqlite`); unused with `databaseUrl`. */
  sqlitePath: string;
  /** PostgreSQL connection string (`DATABASE_URL`); SQLite when absent. */
  databaseUrl?: string;
  /** Bearer token of the admin routes (`TEMADAG_ADMIN_TOKEN`); no admin routes when absent. */
  adminToken?: string;
  /** Origins allowed to call the API from browsers (`TEMADAG_ALLOWED_ORIGINS`). */
  allowedOrigins: string[];
  /** Who may frame the embed page (`TEMADAG_FRAME_ANCESTORS`, CSP sources; default `*`). */
  frameAncestors: string[];
  /** SMTP server (`SMTP_URL`, e.g. `smtps://user:pass@smtp.example.dk`); no email when absent. */
  smtpUrl?: string;
  /** The provider's inbox (`TEMADAG_NOTIFY_EMAIL`); the catalog's provider email by default. */
  notifyEmail?: string;
  /** Sender address (`TEMADAG_MAIL_FROM`); the notify address by default. */
  mailFrom?: string;
  /** Send a receipt to the person who asked (`TEMADAG_SEND_RECEIPT`, default false). */
  sendReceipt: boolean;
  /** Webhook to POST each inquiry to (`TEMADAG_WEBHOOK_URL`). */
  webhookUrl?: string;
  /** Key of the webhook signature (`TEMADAG_WEBHOOK_SECRET`, required with a webhook). */
  webhookSecret?: string;
  /** Delete inquiries older than this many days, checked hourly (`TEMADAG_RETENTION_DAYS`). */
  retentionDays?: number;
  /** The widget's CDN build (`TEMADAG_WIDGET_DIR`); the installed `@temadag/widget` by default. */
  widgetDir?: string;
  /** Static files served at `/` instead of the built-in front page (`TEMADAG_PUBLIC_DIR`). */
  publicDir?: string;
  /** Reverse proxies in front of the server (`TEMADAG_TRUST_PROXY`, default 0). */
  trustProxy: number;
  /** Inquiries per address per minute (`TEMADAG_RATE_LIMIT`, default 10; 0 turns it off). */
  rateLimit: number;
  /** Public PDFs per address per minute (`TEMADAG_PDF_RATE_LIMIT`, default 20; 0 off). */
  pdfRateLimit: number;
  /** The console's built files (`TEMADAG_CONSOLE_DIR`); the installed `@temadag/console` by default. */
  consoleDir?: string;
  /** A console session ends after this many minutes unused (`TEMADAG_SESSION_IDLE_MINUTES`, 60). */
  sessionIdleMinutes: number;
  /** A console session ends this many hours after sign-in (`TEMADAG_SESSION_HOURS`, 12). */
  sessionHours: number;
  /** Seconds between looks for a catalog switch made elsewhere (`TEMADAG_CATALOG_POLL_SECONDS`, 5). */
  catalogPollSeconds: number;
  /** The server's public address for links in emails (`TEMADAG_PUBLIC_URL`, e.g. `https://tilbud.example.dk`). */
  publicUrl?: string;
  /** Key of the offer pages' CSRF values and sealed links (`TEMADAG_SECRET`, 32+ characters). */
  secret?: string;
}

/**
 * A setting that cannot be used; `variable` names the environment variable or config key, and
 * the message starts with it.
 *
 * @example
 * ```ts
 * try {
 *   loadConfig({ env: { TEMADAG_CATALOG: 'c.json', PORT: 'x' } });
 * } catch (error) {
 *   if (error instanceof ConfigError) console.error(error.message); // 'PORT: must be a whole…'
 * }
 * ```
 */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

/**
 * Keys of the optional JSON config file, with the environment variable each one mirrors.
 *
 * @example
 * ```ts
 * CONFIG_KEYS.sqlitePath; // 'TEMADAG_DB'
 * ```
 */
export const CONFIG_KEYS = {
  port: 'PORT',
  host: 'HOST',
  catalog: 'TEMADAG_CATALOG',
  sqlitePath: 'TEMADAG_DB',
  databaseUrl: 'DATABASE_URL',
  adminToken: 'TEMADAG_ADMIN_TOKEN',
  allowedOrigins: 'TEMADAG_ALLOWED_ORIGINS',
  frameAncestors: 'TEMADAG_FRAME_ANCESTORS',
  smtpUrl: 'SMTP_URL',
  notifyEmail: 'TEMADAG_NOTIFY_EMAIL',
  mailFrom: 'TEMADAG_MAIL_FROM',
  sendReceipt: 'TEMADAG_SEND_RECEIPT',
  webhookUrl: 'TEMADAG_WEBHOOK_URL',
  webhookSecret: 'TEMADAG_WEBHOOK_SECRET',
  retentionDays: 'TEMADAG_RETENTION_DAYS',
  widgetDir: 'TEMADAG_WIDGET_DIR',
  publicDir: 'TEMADAG_PUBLIC_DIR',
  trustProxy: 'TEMADAG_TRUST_PROXY',
  rateLimit: 'TEMADAG_RATE_LIMIT',
  pdfRateLimit: 'TEMADAG_PDF_RATE_LIMIT',
  consoleDir: 'TEMADAG_CONSOLE_DIR',
  sessionIdleMinutes: 'TEMADAG_SESSION_IDLE_MINUTES',
  sessionHours: 'TEMADAG_SESSION_HOURS',
  catalogPollSeconds: 'TEMADAG_CATALOG_POLL_SECONDS',
  publicUrl: 'TEMADAG_PUBLIC_URL',
  secret: 'TEMADAG_SECRET',
} as const satisfies Record<keyof ServerConfig, string>;

type Key = keyof typeof CONFIG_KEYS;

/** Options of {@link loadConfig}. */
export interface LoadConfigOptions {
  /** Environment variables; `process.env` when left out. */
  env?: Record<string, string | undefined>;
  /** A JSON config file (keys as in {@link CONFIG_KEYS}); else `TEMADAG_CONFIG` when set. */
  file?: string;
  /** Values that win over the environment and the file, e.g. from command-line flags. */
  overrides?: Partial<Record<Key, string | number | boolean | string[] | undefined>>;
}

const ORIGIN = /^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?$|^https?:\/\/\[[0-9a-f:.]+\](?::\d{1,5})?$/i;
const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]+$/;

/**
 * Reads the server configuration: command-line overrides first, then environment variables,
 * then the JSON config file, then defaults. Every value is checked; the first that cannot be
 * used throws a {@link ConfigError} naming its variable.
 *
 * @param options - environment, config file and overrides
 * @returns the configuration
 * @throws {@link ConfigError} naming the variable that is wrong
 * @example
 * ```ts
 * const config = loadConfig({ env: { TEMADAG_CATALOG: 'catalog.json', PORT: '8080' } });
 * config.port; // 8080
 * config.sqlitePath; // '.data/temadag.sqlite'
 * ```
 */
export function loadConfig(options: LoadConfigOptions = {}): ServerConfig {
  const env = options.env ?? process.env;
  const filePath = options.file ?? (env.TEMADAG_CONFIG || undefined);
  const file = filePath === undefined ? {} : readConfigFile(filePath);
  const overrides = options.overrides ?? {};

  /** The raw value and the name to blame for it. */
  const raw = (key: Key): { value: unknown; name: string } | undefined => {
    const override = overrides[key];
    if (override !== undefined) return { value: override, name: CONFIG_KEYS[key] };
    const fromEnv = env[CONFIG_KEYS[key]];
    if (fromEnv !== undefined && fromEnv !== '') return { value: fromEnv, name: CONFIG_KEYS[key] };
    if (key in file && file[key] !== undefined && file[key] !== null) {
      return { value: file[key], name: `${filePath}: ${key}` };
    }
    return undefined;
  };
  const text = (key: Key): string | undefined => {
    const r = raw(key);
    if (r === undefined) return undefined;
    if (typeof r.value !== 'string' && typeof r.value !== 'number') {
      throw new ConfigError(r.name, 'must be text.');
    }
    const value = String(r.value).trim();
    return value === '' ? undefined : value;
  };
  const whole = (key: Key, fallback: number, min: number, max: number): number => {
    const r = raw(key);
    if (r === undefined) return fallback;
    const value = typeof r.value === 'number' ? r.value : String(r.value).trim();
    const n = typeof value === 'number' ? value : /^\d{1,10}$/.test(value) ? Number(value) : NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) {
      throw new ConfigError(
        r.name,
        `must be a whole number from ${min} to ${max}, not "${value}".`,
      );
    }
    return n;
  };
  const list = (key: Key): string[] | undefined => {
    const r = raw(key);
    if (r === undefined) return undefined;
    const items = Array.isArray(r.value) ? r.value.map(String) : String(r.value).split(',');
    return items.map((s) => s.trim()).filter((s) => s !== '');
  };
  const bool = (key: Key): boolean => {
    const r = raw(key);
    if (r === undefined) return false;
    if (typeof r.value === 'boolean') return r.value;
    const value = String(r.value).trim().toLowerCase();
    if (['1', 'true', 'yes', 'on'].includes(value)) return true;
    if (['0', 'false', 'no', 'off', ''].includes(value)) return false;
    throw new ConfigError(r.name, `must be true or false, not "${String(r.value)}".`);
  };

  const catalog = text('catalog');
  if (catalog === undefined) {
    throw new ConfigError(
      'TEMADAG_CATALOG',
      'is not set: give the catalog file, e.g. TEMADAG_CATALOG=catalog.json or --catalog FILE.',
    );
  }

  const config: ServerConfig = {
    port: whole('port', 8787, 0, 65535),
    host: text('host') ?? '0.0.0.0',
    catalog,
    sqlitePath: text('sqlitePath') ?? '.data/temadag.sqlite',
    allowedOrigins: [],
    frameAncestors: ['*'],
    sendReceipt: bool('sendReceipt'),
    trustProxy: whole('trustProxy', 0, 0, 10),
    rateLimit: whole('rateLimit', 10, 0, 1_000_000_000),
    pdfRateLimit: whole('pdfRateLimit', 20, 0, 1_000_000_000),
    sessionIdleMinutes: whole('sessionIdleMinutes', 60, 1, 7 * 24 * 60),
    sessionHours: whole('sessionHours', 12, 1, 30 * 24),
    catalogPollSeconds: whole('catalogPollSeconds', 5, 1, 3600),
  };

  const publicUrl = text('publicUrl');
  if (publicUrl !== undefined) {
    const origin = publicUrl.replace(/\/+$/, '');
    if (!ORIGIN.test(origin)) {
      throw new ConfigError(
        'TEMADAG_PUBLIC_URL',
        `"${publicUrl}" is not an address without a path; write e.g. https://tilbud.example.dk.`,
      );
    }
    config.publicUrl = origin;
  }

  const secret = text('secret');
  if (secret !== undefined) {
    if (secret.length < 32) {
      throw new ConfigError(
        'TEMADAG_SECRET',
        'must be at least 32 characters; make one with: openssl rand -base64 32',
      );
    }
    config.secret = secret;
  }

  const databaseUrl = text('databaseUrl');
  if (databaseUrl !== undefined) {
    if (!/^postgres(?:ql)?:\/\//i.test(databaseUrl)) {
      throw new ConfigError(
        'DATABASE_URL',
        'must be a PostgreSQL URL, e.g. postgres://user:password@host:5432/temadag.',
      );
    }
    config.databaseUrl = databaseUrl;
  }

  const adminToken = text('adminToken');
  if (adminToken !== undefined) {
    if (adminToken.length < 16) {
      throw new ConfigError(
        'TEMADAG_ADMIN_TOKEN',
        'must be at least 16 characters; make one with: openssl rand -hex 32',
      );
    }
    config.adminToken = adminToken;
  }

  const origins = list('allowedOrigins') ?? [];
  for (const origin of origins) {
    if (origin !== '*' && !ORIGIN.test(origin)) {
      throw new ConfigError(
        'TEMADAG_ALLOWED_ORIGINS',
        `"${origin}" is not an origin; write scheme and host without a path, e.g. https://www.kommune.dk.`,
      );
    }
  }
  config.allowedOrigins = origins.map((o) => (o === '*' ? o : o.toLowerCase()));

  const ancestors = list('frameAncestors');
  if (ancestors !== undefined && ancestors.length > 0) {
    for (const source of ancestors) {
      if (!/^(?:\*|'self'|'none'|https?:\/\/[a-z0-9.*-]+(?::\d{1,5})?)$/i.test(source)) {
        throw new ConfigError(
          'TEMADAG_FRAME_ANCESTORS',
          `"${source}" is not a frame-ancestors source; use origins such as https://www.kommune.dk, 'self' or *.`,
        );
      }
    }
    config.frameAncestors = ancestors;
  }

  const smtpUrl = text('smtpUrl');
  if (smtpUrl !== undefined) {
    if (!/^smtps?:\/\/[^/]+/i.test(smtpUrl)) {
      throw new ConfigError(
        'SMTP_URL',
        'must be an smtp:// or smtps:// URL, e.g. smtps://user:password@smtp.example.dk:465.',
      );
    }
    config.smtpUrl = smtpUrl;
  }
  for (const key of ['notifyEmail', 'mailFrom'] as const) {
    const value = text(key);
    if (value === undefined) continue;
    const address = /<([^>]+)>\s*$/.exec(value)?.[1] ?? value;
    if (!EMAIL.test(address)) {
      throw new ConfigError(CONFIG_KEYS[key], `"${value}" is not an email address.`);
    }
    config[key] = value;
  }

  const webhookUrl = text('webhookUrl');
  if (webhookUrl !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(webhookUrl);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
      throw new ConfigError('TEMADAG_WEBHOOK_URL', 'must be an http(s) URL.');
    }
    config.webhookUrl = webhookUrl;
  }
  const webhookSecret = text('webhookSecret');
  if (webhookSecret !== undefined) {
    if (webhookSecret.length < 16) {
      throw new ConfigError('TEMADAG_WEBHOOK_SECRET', 'must be at least 16 characters.');
    }
    config.webhookSecret = webhookSecret;
  }
  if (config.webhookUrl !== undefined && config.webhookSecret === undefined) {
    throw new ConfigError(
      'TEMADAG_WEBHOOK_SECRET',
      'is needed with TEMADAG_WEBHOOK_URL, to sign each delivery; make one with: openssl rand -hex 32',
    );
  }
  if (config.sendReceipt && config.smtpUrl === undefined) {
    throw new ConfigError('TEMADAG_SEND_RECEIPT', 'needs SMTP_URL to send receipts.');
  }

  if (raw('retentionDays') !== undefined) {
    config.retentionDays = whole('retentionDays', 0, 1, 36_500);
  }
  const widgetDir = text('widgetDir');
  if (widgetDir !== undefined) config.widgetDir = widgetDir;
  const publicDir = text('publicDir');
  if (publicDir !== undefined) config.publicDir = publicDir;
  const consoleDir = text('consoleDir');
  if (consoleDir !== undefined) config.consoleDir = consoleDir;
  return config;
}

function readConfigFile(path: string): Partial<Record<Key, unknown>> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'unreadable';
    throw new ConfigError('TEMADAG_CONFIG', `the file ${path} cannot be read (${code}).`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigError(
      'TEMADAG_CONFIG',
      `the file ${path} is not valid JSON: ${(error as Error).message}`,
    );
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new ConfigError('TEMADAG_CONFIG', `the file ${path} must hold a JSON object.`);
  }
  const known = new Set<string>(Object.keys(CONFIG_KEYS));
  for (const key of Object.keys(json)) {
    if (key !== '$schema' && !known.has(key)) {
      throw new ConfigError(
        'TEMADAG_CONFIG',
        `unknown key "${key}" in ${path}; known keys: ${[...known].join(', ')}.`,
      );
    }
  }
  return json as Partial<Record<Key, unknown>>;
}
