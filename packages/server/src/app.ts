import type { Catalog } from '@temadag/core';
import { Hono, type Context } from 'hono';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { findConsoleDir, findWidgetDir } from './assets.js';
import { Sessions } from './auth/sessions.js';
import { LOGIN_LIMITS, type LoginLimits } from './auth/throttle.js';
import { CatalogSource } from './catalog-source.js';
import { messagesOf, type AppContext, type AppDeps, type Env } from './http/context.js';
import { compression } from './http/compression.js';
import { apiCors, responseFrame } from './http/middleware.js';
import { RateLimiter } from './http/rate-limit.js';
import { errors, one } from './http/responses.js';
import { describeError, jsonLogger, type Logger } from './log.js';
import { ADMIN_API_BASE, bearerGuard, guardedRoutes } from './routes/admin.js';
import { adminApiRoutes } from './routes/admin-api.js';
import { catalogRoutes } from './routes/catalog.js';
import { CONSOLE_API_BASE, consoleApiRoutes } from './routes/console-api.js';
import { consoleRoutes } from './routes/console.js';
import { fileRoutes } from './routes/files.js';
import { healthRoutes } from './routes/health.js';
import { inquiryRoutes } from './routes/inquiries.js';
import { offerPdfRoutes } from './routes/offer-pdf.js';
import { offerPublicRoutes } from './routes/offer-public.js';
import { resolveOfferSecret } from './offers/tokens.js';
import type { Channel, StoredInquiry, Storage } from './storage/types.js';

/** Options of {@link createApp}. */
export interface AppOptions {
  /**
   * The provider's catalog, parsed (from the file given at start): the server prices every
   * inquiry with it until a catalog version uploaded in the console is activated.
   */
  catalog: Catalog;
  /** The catalog file's path as given, shown in the console. */
  catalogFile?: string;
  /** How often to look for another instance's catalog switch, in seconds (default 5). */
  catalogPollSeconds?: number;
  storage: Storage;
  /** Token of the admin routes; without one there are no admin routes at all. */
  adminToken?: string | undefined;
  /** Origins whose pages may call the API (CORS); `*` allows any. None by default. */
  allowedOrigins?: readonly string[];
  /** Who may frame the embed page: CSP `frame-ancestors` sources. `*` by default. */
  frameAncestors?: readonly string[];
  /** Notifications to queue with each inquiry (in the same transaction). */
  channels?: readonly Channel[];
  /** Called after an inquiry is stored, e.g. to wake the outbox worker. */
  onInquiry?: (stored: StoredInquiry) => void;
  /**
   * The widget's script-tag build. A folder, `null` for no widget routes, or undefined to use
   * the installed `@temadag/widget`.
   */
  widgetDir?: string | null;
  /** Static files served at `/` instead of the built-in front page. */
  publicDir?: string;
  /**
   * The console's built files, served at `/admin/`: a folder, `null` for none (a page then says
   * the console is not installed), or undefined to use the installed `@temadag/console`.
   */
  consoleDir?: string | null;
  /** Console sessions: idle timeout in minutes (default 60), absolute lifetime in hours (12). */
  session?: { idleMinutes?: number; hours?: number };
  /** Sign-in attempts per address and for the account per window (5 and 20 per 15 minutes). */
  loginLimits?: Partial<LoginLimits>;
  /** Called when the console queues a delivery again, e.g. to wake the outbox worker. */
  onDeliveryQueued?: () => void;
  /**
   * Reverse proxies in front of the server: with 1, the client address is the last entry of
   * `X-Forwarded-For`; with 0 (the default) the header is ignored.
   */
  trustProxy?: number;
  /**
   * Reads the raw body bytes up to a limit (undefined when over it), faster than the Fetch
   * `Request` stream; return undefined instead of a promise to use the stream. The Node adapter
   * reads the `IncomingMessage` directly.
   */
  readBody?: (c: Context, limit: number) => Promise<Uint8Array | undefined> | undefined;
  /**
   * Reads a request header as `c.req.header(name)` does (every value of the name, joined with
   * `, `; undefined when there is none), but faster: the Node adapter reads the
   * `IncomingMessage`'s raw headers, so no Fetch `Headers` is built for the request.
   */
  requestHeader?: (c: Context, name: string) => string | undefined;
  /** The address of the connection (the Node adapter gives it); used when no proxy is trusted. */
  clientAddress?: (c: Context) => string | undefined;
  /** Requests per client address per window: inquiries (10) and public PDFs (20); 0 is off. */
  rateLimit?: { inquiries?: number; pdf?: number; windowMs?: number };
  /** Where the request log goes; JSON lines on standard output by default. */
  log?: Logger;
  /** The clock; `new Date()` by default. */
  now?: () => Date;
  /**
   * The public address of the server (`TEMADAG_PUBLIC_URL`), for the offer links in emails,
   * e.g. `https://tilbud.example.dk`; the console request's origin when not given.
   */
  publicUrl?: string;
  /**
   * The offer secret (`TEMADAG_SECRET`): key of the offer pages' CSRF values and of the sealed
   * links in the outbox. Without it one is made and kept in the database.
   */
  offerSecret?: string;
}

/**
 * Creates the Temadag HTTP app: a Hono app on the Fetch standard, so it runs on Node (see
 * `startServer`), Deno, Bun and serverless platforms. Each area is a sub-app of `routes/`,
 * mounted here: catalog, inquiries, offer PDFs, the customer's offer pages (`/o/:token`),
 * health, (with a token) the admin API for
 * scripts, the provider's console (`/admin/`, its API at `/admin/api` behind a session), and
 * the files (widget, embed page, front page). A known path asked with another method answers 405 with the
 * methods of its registered routes.
 *
 * @param options - catalog, storage and settings
 * @returns the app; call `app.fetch(request)` or `app.request(path, init)`
 * @example
 * ```ts
 * const storage = await openStorage({ sqlitePath: '.data/temadag.sqlite' });
 * await storage.migrate();
 * const app = createApp({ catalog, storage, adminToken: process.env.TEMADAG_ADMIN_TOKEN });
 * const res = await app.request('/api/catalog');
 * ```
 */
export function createApp(options: AppOptions): Hono<Env> {
  const log = options.log ?? jsonLogger();
  const now = options.now ?? (() => new Date());
  const catalogs = new CatalogSource({
    fileCatalog: options.catalog,
    storage: options.storage,
    pollMs: (options.catalogPollSeconds ?? 5) * 1000,
    now,
    log,
  });
  const deps: AppDeps = {
    catalogs,
    storage: options.storage,
    log,
    now,
    header: options.requestHeader ?? ((c, name) => c.req.header(name)),
    ...(options.readBody !== undefined ? { readBody: options.readBody } : {}),
  };
  const limiter = new RateLimiter(deps, {
    windowMs: options.rateLimit?.windowMs ?? 60_000,
    trustProxy: options.trustProxy ?? 0,
    clientAddress: options.clientAddress,
  });
  const adminGuard =
    options.adminToken !== undefined ? bearerGuard(deps, options.adminToken) : undefined;
  // The offer secret, read (or made) once; a failed read is tried again on the next request.
  let secret: Promise<string> | undefined;
  const offerSecret = () =>
    (secret ??= resolveOfferSecret(options.storage, options.offerSecret).catch((error) => {
      secret = undefined;
      throw error;
    }));
  const offerChannels = {
    email: (options.channels ?? []).includes('email'),
    webhook: (options.channels ?? []).includes('webhook'),
  };
  const adminApi = (audience: 'console' | 'scripts') =>
    adminApiRoutes(deps, {
      audience,
      catalogFile: options.catalogFile ?? null,
      allowedOrigins: options.allowedOrigins ?? [],
      trustProxy: options.trustProxy ?? 0,
      onDeliveryQueued: options.onDeliveryQueued,
      offers: {
        publicUrl: options.publicUrl,
        secret: offerSecret,
        ...offerChannels,
        onDeliveryQueued: options.onDeliveryQueued,
      },
    });
  const sessions = new Sessions(options.storage, {
    idleMs: (options.session?.idleMinutes ?? 60) * 60_000,
    absoluteMs: (options.session?.hours ?? 12) * 3_600_000,
  });

  const app = new Hono<Env>();
  // Middleware first, outermost first: the response frame (ids, headers, log), CORS, then the
  // 405s, made inside CORS so that they carry its headers like every other API answer.
  app.use('*', responseFrame(deps));
  app.use('*', compression(deps));
  app.use(
    '/api/*',
    apiCors(deps, {
      allowedOrigins: new Set((options.allowedOrigins ?? []).map((o) => o.toLowerCase())),
      isPrivate: (path) => path.startsWith(`${ADMIN_API_BASE}/`) || STORED_PDF.test(path),
    }),
  );
  app.use('*', methodNotAllowed({ app, onMethodNotAllowed: answerMethodNotAllowed }));
  // The running catalog, read again from storage once the poll interval has passed.
  app.use('*', async (_c, next) => {
    await catalogs.refresh();
    await next();
  });

  app.route('/api/catalog', catalogRoutes(deps));
  app.route(
    '/api/inquiries',
    inquiryRoutes(deps, {
      channels: [...(options.channels ?? [])],
      limit: options.rateLimit?.inquiries ?? 10,
      limiter,
      onInquiry: options.onInquiry,
    }),
  );
  app.route(
    '/api/offers',
    offerPdfRoutes(deps, { limit: options.rateLimit?.pdf ?? 20, limiter, adminGuard }),
  );
  app.route(
    '/o',
    offerPublicRoutes(deps, {
      secret: offerSecret,
      ...offerChannels,
      limit: options.rateLimit?.pdf ?? 20,
      limiter,
      onDeliveryQueued: options.onDeliveryQueued,
    }),
  );
  app.route('/healthz', healthRoutes(deps));
  if (adminGuard !== undefined) {
    app.route(ADMIN_API_BASE, guardedRoutes(adminGuard, adminApi('scripts')));
  }
  app.route(
    CONSOLE_API_BASE,
    consoleApiRoutes(deps, {
      sessions,
      limiter,
      loginLimits: { ...LOGIN_LIMITS, ...options.loginLimits },
      handlers: adminApi('console'),
    }),
  );
  app.route(
    '/admin',
    consoleRoutes(deps, {
      consoleDir:
        options.consoleDir === undefined ? (findConsoleDir() ?? null) : options.consoleDir,
    }),
  );
  app.route(
    '/',
    fileRoutes(deps, {
      widgetDir: options.widgetDir === undefined ? (findWidgetDir() ?? null) : options.widgetDir,
      publicDir: options.publicDir,
      frameAncestors: options.frameAncestors?.length ? [...options.frameAncestors] : ['*'],
    }),
  );

  app.notFound((c) => errors(c, 404, one('', messagesOf(c).notFound)));
  app.onError((error, c) => {
    deps.log({
      level: 'error',
      msg: 'unhandled',
      error: describeError(error),
      requestId: c.get('requestId'),
    });
    return errors(c, 500, one('', messagesOf(c).internal));
  });
  return app;
}

/** The stored offers' PDFs, which are admin routes (see `offerPdfRoutes`). */
const STORED_PDF = /^\/api\/offers\/[^/]+\.pdf$/;

/**
 * The 405 answer. `methods` are those of the routes registered for the path; under `/api/`
 * the CORS middleware answers OPTIONS too, so it is allowed there.
 */
function answerMethodNotAllowed(c: AppContext, methods: string[]): Response {
  const allowed = c.req.path.startsWith('/api/') ? [...methods, 'OPTIONS'] : methods;
  const allow = allowed.join(', ');
  return errors(c, 405, one('', messagesOf(c).methodNotAllowed(allow)), { Allow: allow });
}
