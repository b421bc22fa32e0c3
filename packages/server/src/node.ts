import type { AddressInfo } from 'node:net';
import type { IncomingMessage, Server } from 'node:http';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createApp } from './app.js';
import { CatalogFileError, readCatalogFile } from './catalog-file.js';
import { findConsoleDir, findWidgetDir } from './assets.js';
import { ConfigError, type ServerConfig } from './config.js';
import { describeError, jsonLogger, type Logger } from './log.js';
import { OutboxWorker, notificationChannels } from './notify.js';
import { openStorage } from './storage/index.js';
import type { Storage } from './storage/types.js';

/** Options of {@link startServer}. */
export interface StartServerOptions {
  /** Where the JSON log lines go; standard output by default. */
  log?: Logger;
  /** Stop gracefully on SIGTERM and SIGINT (default true). */
  handleSignals?: boolean;
  /** Module URLs to look for `@temadag/widget` and `@temadag/console` from, before the server's own. */
  resolveFrom?: string[];
  /** Longest wait for open requests on shutdown before connections are cut (10 s). */
  shutdownTimeoutMs?: number;
}

/** A running server. */
export interface RunningServer {
  /** `http://host:port`, with `localhost` when listening on every address. */
  url: string;
  port: number;
  storage: Storage;
  worker: OutboxWorker;
  /** Stops accepting, finishes open requests, stops the worker, closes the storage. */
  close(): Promise<void>;
  /** Settles once the server has shut down (by `close()` or a signal). */
  closed: Promise<void>;
}

/**
 * Starts the server on Node: reads the catalog, opens the storage (SQLite, or PostgreSQL with
 * `databaseUrl`) and runs its migrations, listens, starts the outbox worker and, with
 * `retentionDays`, an hourly purge. SIGTERM and SIGINT stop it gracefully: no new connections,
 * open requests finish, the worker finishes its round, the storage closes.
 *
 * @param config - the configuration, e.g. from `loadConfig()`
 * @param options - log, signal handling, where to find the widget
 * @returns the running server
 * @example
 * ```ts
 * import { loadConfig, startServer } from '@temadag/server';
 *
 * const server = await startServer(loadConfig());
 * console.log(`Listening on ${server.url}`);
 * ```
 */
export async function startServer(
  config: ServerConfig,
  options: StartServerOptions = {},
): Promise<RunningServer> {
  const log = options.log ?? jsonLogger();
  let catalog;
  try {
    catalog = await readCatalogFile(config.catalog, 'en');
  } catch (error) {
    if (!(error instanceof CatalogFileError)) throw error;
    // A ConfigError reads `TEMADAG_CATALOG: <reason>`, the reason starting in lower case.
    const reason = `${error.message.charAt(0).toLowerCase()}${error.message.slice(1)}`;
    throw new ConfigError('TEMADAG_CATALOG', reason);
  }
  const storage = await openStorage({
    ...(config.databaseUrl !== undefined ? { databaseUrl: config.databaseUrl } : {}),
    sqlitePath: config.sqlitePath,
    log: (level, message, fields) => {
      if (level !== 'debug') log({ level, msg: message, ...fields });
    },
  });

  const channels = notificationChannels(config);
  const worker = new OutboxWorker({
    storage,
    catalog,
    log,
    ...pick(config, [
      'smtpUrl',
      'notifyEmail',
      'mailFrom',
      'sendReceipt',
      'webhookUrl',
      'webhookSecret',
    ]),
    ...(config.secret !== undefined ? { offerSecret: config.secret } : {}),
  });
  const widgetDir = config.widgetDir ?? findWidgetDir(...(options.resolveFrom ?? []));
  const consoleDir = config.consoleDir ?? findConsoleDir(...(options.resolveFrom ?? []));
  const app = createApp({
    catalog,
    catalogFile: config.catalog,
    catalogPollSeconds: config.catalogPollSeconds,
    storage,
    ...(config.adminToken !== undefined ? { adminToken: config.adminToken } : {}),
    allowedOrigins: config.allowedOrigins,
    frameAncestors: config.frameAncestors,
    channels,
    onInquiry: () => worker.wake(),
    onDeliveryQueued: () => worker.wake(),
    widgetDir: widgetDir ?? null,
    consoleDir: consoleDir ?? null,
    session: { idleMinutes: config.sessionIdleMinutes, hours: config.sessionHours },
    ...(config.publicDir !== undefined ? { publicDir: config.publicDir } : {}),
    trustProxy: config.trustProxy,
    clientAddress: (c) => {
      try {
        return getConnInfo(c).remote.address;
      } catch {
        return undefined;
      }
    },
    requestHeader: (c, name) => {
      const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
      return incoming ? rawHeader(incoming.rawHeaders, name) : c.req.header(name);
    },
    readBody: (c, limit) => {
      const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
      return incoming && !incoming.readableEnded ? readIncoming(incoming, limit) : undefined;
    },
    rateLimit: { inquiries: config.rateLimit, pdf: config.pdfRateLimit },
    ...(config.publicUrl !== undefined ? { publicUrl: config.publicUrl } : {}),
    ...(config.secret !== undefined ? { offerSecret: config.secret } : {}),
    log,
  });

  let server: Server;
  try {
    server = await new Promise<Server>((resolve, reject) => {
      const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }) as Server;
      s.once('listening', () => resolve(s));
      s.once('error', (error: NodeJS.ErrnoException) => {
        const reason =
          error.code === 'EADDRINUSE'
            ? `port ${config.port} is in use; choose another with PORT or --port.`
            : error.code === 'EACCES'
              ? `no permission to listen on port ${config.port}.`
              : describeError(error);
        reject(new ConfigError('PORT', reason));
      });
    });
  } catch (error) {
    await storage.close();
    throw error;
  }
  server.headersTimeout = 20_000;
  server.requestTimeout = 30_000;

  const port = (server.address() as AddressInfo).port;
  const shownHost = ['0.0.0.0', '::', ''].includes(config.host) ? 'localhost' : config.host;
  const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`;

  if (channels.length > 0) worker.start();

  let retention: ReturnType<typeof setInterval> | undefined;
  if (config.retentionDays !== undefined) {
    const days = config.retentionDays;
    const purge = async () => {
      try {
        const cutoff = new Date(Date.now() - days * 86_400_000);
        const deleted = await storage.purgeBefore(cutoff);
        if (deleted > 0) log({ msg: 'retention-purge', deleted, days });
      } catch (error) {
        log({ level: 'error', msg: 'retention-purge', error: describeError(error) });
      }
    };
    void purge();
    retention = setInterval(purge, 60 * 60 * 1000);
    retention.unref();
  }

  let resolveClosed!: () => void;
  const closed = new Promise<void>((resolve) => (resolveClosed = resolve));
  let closing: Promise<void> | undefined;

  const close = (): Promise<void> =>
    (closing ??= (async () => {
      log({ msg: 'stopping' });
      if (retention) clearInterval(retention);
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const cut = setTimeout(
        () => server.closeAllConnections(),
        options.shutdownTimeoutMs ?? 10_000,
      );
      cut.unref();
      await stopped;
      clearTimeout(cut);
      await worker.stop();
      await storage.close();
      for (const signal of ['SIGTERM', 'SIGINT'] as const) process.off(signal, onSignal);
      log({ msg: 'stopped' });
      resolveClosed();
    })());

  const onSignal = (signal: NodeJS.Signals) => {
    log({ msg: 'signal', signal });
    close().catch((error: unknown) => {
      log({ level: 'error', msg: 'stopping', error: describeError(error) });
      process.exitCode = 1;
      resolveClosed();
    });
  };
  if (options.handleSignals !== false) {
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
  }

  log({
    msg: 'listening',
    url,
    storage: storage.engine,
    channels: channels.join(',') || 'none',
    admin: config.adminToken !== undefined,
    widget: widgetDir !== undefined,
    console: consoleDir !== undefined,
  });
  return { url, port, storage, worker, close, closed };
}

function pick<T extends object, K extends keyof T>(
  source: T,
  keys: readonly K[],
): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out;
}

/**
 * A request header from the raw header list, read as a Fetch `Headers` reads it: the values of
 * every line with the name (in any case), joined with `, `. Node has trimmed them already.
 */
function rawHeader(raw: readonly string[], name: string): string | undefined {
  const wanted = name.toLowerCase();
  let value: string | undefined;
  for (let i = 0; i < raw.length; i += 2) {
    const key = raw[i]!;
    if (key.length === wanted.length && key.toLowerCase() === wanted) {
      value = value === undefined ? raw[i + 1]! : `${value}, ${raw[i + 1]!}`;
    }
  }
  return value;
}

/**
 * Reads a Node request body up to a limit, straight from the socket stream (much faster than
 * the Fetch `Request` stream the adapter would build). Resolves undefined as soon as the body
 * is over the limit; the rest is discarded and the response closes the connection.
 */
function readIncoming(incoming: IncomingMessage, limit: number): Promise<Uint8Array | undefined> {
  const declared = Number(incoming.headers['content-length']);
  if (declared > limit) return Promise.resolve(undefined);
  if (incoming.destroyed) return Promise.reject(new Error('The client closed the request'));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = () => {
      incoming.off('data', onData);
      incoming.off('end', onEnd);
      incoming.off('error', onError);
      incoming.off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        done();
        incoming.resume();
        resolve(undefined);
      } else chunks.push(chunk);
    };
    const onEnd = () => {
      done();
      resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size));
    };
    const onError = (error: Error) => {
      done();
      reject(error);
    };
    const onClose = () => {
      done();
      reject(new Error('The client closed the request'));
    };
    incoming.on('data', onData);
    incoming.on('end', onEnd);
    incoming.on('error', onError);
    incoming.on('close', onClose);
  });
}
