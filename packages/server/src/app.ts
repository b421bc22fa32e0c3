import { createHash, hash, randomInt, randomUUID } from 'node:crypto';
import {
  ValidationError,
  copenhagenDate,
  createOffer,
  formatOfferNumber,
  inquirySelection,
  isHoneypotFilled,
  parseInquiry,
  resolveSelection,
  type Catalog,
  type CustomerInput,
  type Inquiry,
  type Locale,
  type Offer,
  type Problem,
  type SelectionInput,
} from '@temadag/core';
import { renderOfferPdf } from '@temadag/pdf';
import { Hono, type Context } from 'hono';
import { bearerMatches, periodDays } from './admin.js';
import { findWidgetDir, isHashedName, readStaticFile } from './assets.js';
import { canonicalJson, findBadString, parseJsonBytes, readLimitedBody } from './body.js';
import { INQUIRY_CSV_COLUMNS, csvRow, inquiryCsvRow } from './csv.js';
import { inquiryId } from './ids.js';
import { describeError, jsonLogger, type Logger } from './log.js';
import { serverMessages, type ServerMessages } from './messages.js';
import { jsonOnce } from './storage/common.js';
import { EMBED_SCRIPT, PAGE_CSS, embedPage, homePage, pageCsp, problemsPage } from './pages.js';
import type { Channel, StoredInquiry, StoredResponse, Storage } from './storage/types.js';

/** Options of {@link createApp}. */
export interface AppOptions {
  /** The provider's catalog, parsed: the server prices every inquiry with it. */
  catalog: Catalog;
  storage: Storage;
  /** Token of the admin routes; without one there are no admin routes at all. */
  adminToken?: string;
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
}

/** Largest inquiry body accepted, in bytes. */
export const INQUIRY_BODY_LIMIT = 32 * 1024;
/** Largest body of `POST /api/offers/pdf`, in bytes. */
export const PDF_BODY_LIMIT = 8 * 1024;
/** Longest `Idempotency-Key` accepted. */
export const IDEMPOTENCY_KEY_MAX = 200;

const IDEMPOTENCY_KEY = new RegExp(`^[A-Za-z0-9_.:-]{1,${IDEMPOTENCY_KEY_MAX}}$`);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const REQUEST_ID = /^[A-Za-z0-9_.:-]{1,100}$/;
const DA = /^da\b/;
const EN = /^en\b/;
const Q_PARAM = /^\s*q=([\d.]+)\s*$/;
const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";
const EXPOSE_HEADERS = 'Idempotent-Replayed, Retry-After, X-Request-Id, ETag, Content-Disposition';

/**
 * Responses made complete by `completeJson` in `createApp`: they carry every header the
 * middleware would add after `next()`, so it leaves them alone.
 */
const complete = new WeakSet<Response>();

/**
 * The app's Hono environment: the per-request variables its own middleware sets (`requestId`,
 * `locale`, and `allowOrigin`: the CORS origin to allow, when allowed). Internal; listed in
 * `intentionallyNotExported` of the package's typedoc.json.
 */
type Env = {
  Variables: { requestId: string; locale: Locale; allowOrigin: string | undefined };
};
type ErrorItem = { path: string; message: string; code?: string };

/**
 * The language a request asks for: the first of `da` and `en` in `Accept-Language` by quality,
 * else Danish.
 *
 * @param header - the `Accept-Language` header
 * @returns `'da'` or `'en'`
 * @example
 * ```ts
 * acceptLocale('en-GB,en;q=0.9,da;q=0.8'); // 'en'
 * acceptLocale('de-DE'); // 'da'
 * ```
 */
export function acceptLocale(header: string | undefined): Locale {
  if (!header) return 'da';
  // Of the first 20 ranges, the `da` or `en` one with the highest quality above 0, the first of
  // equals; no sorting, and the quality read only for those two.
  let best: Locale = 'da';
  let bestQ = 0;
  for (const part of header.split(',', 20)) {
    const [range = '', ...params] = part.trim().split(';');
    const tag = range.trim().toLowerCase();
    const locale = DA.test(tag) ? 'da' : EN.test(tag) ? 'en' : undefined;
    if (locale === undefined) continue;
    let q = 1;
    for (const param of params) {
      const value = Q_PARAM.exec(param)?.[1];
      if (value !== undefined) {
        q = Number(value);
        break;
      }
    }
    if (q > bestQ) {
      best = locale;
      bestQ = q;
    }
  }
  return best;
}

/**
 * Creates the Temadag HTTP app: a Hono app on the Fetch standard, so it runs on Node (see
 * `startServer`), Deno, Bun and serverless platforms. Every route of the server is here:
 * catalog, inquiries, PDFs, widget files, the embed page, health and (with a token) admin.
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
  const { catalog, storage } = options;
  const log = options.log ?? jsonLogger();
  const clock = options.now ?? (() => new Date());
  const channels = [...(options.channels ?? [])];
  const allowed = new Set((options.allowedOrigins ?? []).map((o) => o.toLowerCase()));
  const frameAncestors = options.frameAncestors?.length ? [...options.frameAncestors] : ['*'];
  const trustProxy = options.trustProxy ?? 0;
  const windowMs = options.rateLimit?.windowMs ?? 60_000;
  const inquiryLimit = options.rateLimit?.inquiries ?? 10;
  const pdfLimit = options.rateLimit?.pdf ?? 20;
  const widgetDir = options.widgetDir === undefined ? findWidgetDir() : options.widgetDir;
  const adminToken = options.adminToken;
  const header: (c: Context<Env>, name: string) => string | undefined =
    options.requestHeader ?? ((c, name) => c.req.header(name));

  const catalogJson = JSON.stringify(catalog);
  const catalogEtag = `"${createHash('sha256').update(catalogJson).digest('base64url').slice(0, 27)}"`;

  const app = new Hono<Env>();

  // --- helpers ---------------------------------------------------------------------------

  const t = (c: Context<Env>): ServerMessages => serverMessages[c.get('locale')];

  const errors = (
    c: Context<Env>,
    status: 400 | 401 | 403 | 404 | 405 | 413 | 415 | 422 | 429 | 500 | 503,
    items: ErrorItem[],
    headers: Record<string, string> = {},
  ) => {
    const res = c.json({ errors: items }, status);
    for (const [k, v] of Object.entries(headers)) res.headers.set(k, v);
    res.headers.set('Cache-Control', 'no-store');
    return res;
  };
  const one = (path: string, message: string): ErrorItem[] => [{ path, message }];
  const problemItems = (problems: readonly Problem[]): ErrorItem[] =>
    problems.map((p) => ({ path: p.path, message: p.message, code: p.code }));

  const addressOf = (c: Context<Env>): string => {
    if (trustProxy > 0) {
      const chain = (header(c, 'x-forwarded-for') ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
      const fromProxy = chain[chain.length - trustProxy];
      if (fromProxy) return fromProxy;
    }
    return options.clientAddress?.(c) ?? 'unknown';
  };

  /** Counts the request against the address's budget (undefined when limits are off). */
  const countRequest = async (
    c: Context<Env>,
    kind: string,
    limit: number,
  ): Promise<{ count: number; now: Date } | undefined> => {
    if (limit <= 0) return undefined;
    const now = clock();
    return { count: await storage.hit(rateKey(c, kind), now, windowMs), now };
  };
  /** The rate-limit counter of this kind of request from this client address (hashed). */
  const rateKey = (c: Context<Env>, kind: string) =>
    `${kind}:${hash('sha256', addressOf(c), 'base64url').slice(0, 22)}`;
  /** A 429 response when the count is over the limit. */
  const limitAnswer = (
    c: Context<Env>,
    limit: number,
    counted: { count: number; now: Date } | undefined,
  ) => {
    if (counted === undefined || counted.count <= limit) return undefined;
    const now = counted.now.getTime();
    const windowEnd = (Math.floor(now / windowMs) + 1) * windowMs;
    const seconds = Math.max(1, Math.ceil((windowEnd - now) / 1000));
    return errors(c, 429, one('', t(c).rateLimited(String(seconds))), {
      'Retry-After': String(seconds),
    });
  };
  /** Counts the request against the address's budget; a 429 response when it is spent. */
  const rateLimited = async (c: Context<Env>, kind: string, limit: number) =>
    limitAnswer(c, limit, await countRequest(c, kind, limit));

  /** The media type of a `Content-Type` header value, lower case. */
  const mediaType = (contentType: string) => contentType.split(';')[0]!.trim().toLowerCase();
  const charsetOk = (contentType: string) => {
    const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType);
    return charset === null || /^utf-?8$/i.test(charset[1]!);
  };

  /** The body's bytes; undefined when over the limit, null when the client went away. */
  const bodyBytes = async (c: Context<Env>, limit: number) => {
    try {
      const fast = options.readBody?.(c, limit);
      return fast ? await fast : await readLimitedBody(c.req.raw, limit);
    } catch {
      return null;
    }
  };
  const tooLarge = (c: Context<Env>, limit: number) =>
    errors(c, 413, one('', t(c).tooLarge(String(limit / 1024))), { Connection: 'close' });

  const customerOf = (inquiry: Inquiry): CustomerInput => {
    const customer: CustomerInput = {
      organisation: inquiry.contact.organisation,
      contact: inquiry.contact.name,
      email: inquiry.contact.email,
    };
    const inv = inquiry.invoicing;
    if (inv?.cvr) customer.cvr = inv.cvr.replace(/\s+/g, '');
    if (inv?.ean) customer.ean = inv.ean.replace(/\s+/g, '');
    if (inv?.reference) customer.reference = inv.reference;
    return customer;
  };

  const withNumber = (offer: Offer, sequence: number): Offer =>
    Object.freeze({
      ...offer,
      number: formatOfferNumber(
        catalog.provider.offerNumberPattern,
        Number(offer.issueDate.slice(0, 4)),
        sequence,
      ),
    });

  /**
   * A JSON response of the API (no Vary, CSP or X-Frame-Options of its own) made complete at
   * once: with every header that the CORS and the first middleware would add after `next()`,
   * in one plain object, so no `Headers` is built, filled and read again (on Node the adapter
   * writes the object as it is). Lower-case names in the order a `Headers` lists them: the
   * bytes on the wire are the same as from the middleware.
   */
  const completeJson = (
    c: Context<Env>,
    status: number,
    text: string,
    replayed: boolean,
  ): Response => {
    const headers: Record<string, string> = {};
    const allowOrigin = c.get('allowOrigin');
    if (allowOrigin !== undefined) {
      headers['access-control-allow-origin'] = allowOrigin;
      headers['access-control-expose-headers'] = EXPOSE_HEADERS;
    }
    headers['cache-control'] = 'no-store';
    headers['content-security-policy'] = API_CSP;
    headers['content-type'] = 'application/json';
    if (replayed) headers['idempotent-replayed'] = 'true';
    headers['referrer-policy'] = 'no-referrer';
    headers.vary = 'Origin';
    headers['x-content-type-options'] = 'nosniff';
    headers['x-frame-options'] = 'DENY';
    headers['x-request-id'] = c.get('requestId');
    const res = new Response(text, { status, headers });
    complete.add(res);
    return res;
  };

  // --- every response: request id, security headers, log ------------------------------------

  app.use('*', async (c, next) => {
    const started = performance.now();
    const given = header(c, 'x-request-id');
    const requestId = given !== undefined && REQUEST_ID.test(given) ? given : randomUUID();
    c.set('requestId', requestId);
    c.set('locale', acceptLocale(header(c, 'accept-language')));
    await next();
    const res = c.res;
    if (!complete.has(res)) {
      const h = res.headers;
      h.set('X-Request-Id', requestId);
      h.set('X-Content-Type-Options', 'nosniff');
      h.set('Referrer-Policy', 'no-referrer');
      const type = h.get('content-type') ?? '';
      if (!h.has('Content-Security-Policy') && !type.startsWith('application/pdf')) {
        h.set('Content-Security-Policy', API_CSP);
      }
      if (
        !h.has('X-Frame-Options') &&
        !/frame-ancestors (?!'none')/.test(h.get('Content-Security-Policy') ?? '')
      ) {
        h.set('X-Frame-Options', 'DENY');
      }
    }
    const path = c.req.path;
    log({
      msg: 'request',
      method: c.req.method.slice(0, 10),
      path: path.length > 200 ? `${path.slice(0, 200)}…` : path,
      status: res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      requestId,
    });
  });

  app.onError((error, c) => {
    log({
      level: 'error',
      msg: 'unhandled',
      error: describeError(error),
      requestId: c.get('requestId'),
    });
    return errors(c, 500, one('', t(c).internal));
  });

  // --- CORS for the public API --------------------------------------------------------------

  const originAllowed = (origin: string | undefined): origin is string =>
    origin !== undefined && (allowed.has('*') || allowed.has(origin.toLowerCase()));

  app.use('/api/*', async (c, next) => {
    const admin =
      c.req.path.startsWith('/api/admin/') || /^\/api\/offers\/[^/]+\.pdf$/.test(c.req.path);
    const origin = header(c, 'origin');
    const ok = !admin && originAllowed(origin);
    const allowOrigin = allowed.has('*') ? '*' : (origin ?? '');
    if (c.req.method === 'OPTIONS') {
      if (origin === undefined || header(c, 'access-control-request-method') === undefined) {
        return c.body(null, 204, { Allow: 'GET, HEAD, POST, DELETE, OPTIONS' });
      }
      if (!ok) return errors(c, 403, one('', t(c).originRefused), { Vary: 'Origin' });
      return c.body(null, 204, {
        'Access-Control-Allow-Origin': allowOrigin,
        'Access-Control-Allow-Methods': 'GET, HEAD, POST',
        'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key, Accept-Language',
        'Access-Control-Max-Age': '600',
        Vary: 'Origin',
      });
    }
    if (ok) c.set('allowOrigin', allowOrigin);
    await next();
    if (complete.has(c.res)) return;
    c.res.headers.append('Vary', 'Origin');
    if (ok) {
      c.res.headers.set('Access-Control-Allow-Origin', allowOrigin);
      c.res.headers.set('Access-Control-Expose-Headers', EXPOSE_HEADERS);
    }
  });

  // --- catalog ------------------------------------------------------------------------------

  app.get('/api/catalog', (c) => {
    const headers = {
      ETag: catalogEtag,
      'Cache-Control': 'public, max-age=300, must-revalidate',
    };
    const match = header(c, 'if-none-match');
    if (match !== undefined && etagMatches(match, catalogEtag)) return c.body(null, 304, headers);
    return c.body(catalogJson, 200, {
      ...headers,
      'Content-Type': 'application/json; charset=utf-8',
    });
  });

  // --- inquiries ----------------------------------------------------------------------------

  /**
   * Reads and checks an inquiry request and prices it: an error response (or, for a bot, the
   * honeypot's answer), or what to store.
   */
  const checkInquiry = async (
    c: Context<Env>,
  ): Promise<
    Response | { inquiry: Inquiry; requestHash: string; key?: string; trial: Offer; now: Date }
  > => {
    const contentType = header(c, 'content-type') ?? '';
    if (mediaType(contentType) !== 'application/json' || !charsetOk(contentType)) {
      return errors(c, 415, one('', t(c).unsupportedMediaType));
    }
    const key = header(c, 'idempotency-key');
    if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) {
      return errors(
        c,
        400,
        one('Idempotency-Key', t(c).idempotencyKeyInvalid(String(IDEMPOTENCY_KEY_MAX))),
      );
    }
    const bytes = await bodyBytes(c, INQUIRY_BODY_LIMIT);
    if (bytes === null) return errors(c, 400, one('', t(c).badJson));
    const body = parseJsonBytes(bytes);
    if (!body.ok) {
      if (body.problem === 'too-large') return tooLarge(c, INQUIRY_BODY_LIMIT);
      return errors(c, 400, one('', body.problem === 'encoding' ? t(c).badEncoding : t(c).badJson));
    }
    const raw = body.value;
    const own = isRecord(raw) ? raw.locale : undefined;
    const locale: Locale = own === 'da' || own === 'en' ? own : c.get('locale');
    c.set('locale', locale);
    if (!isRecord(raw)) return errors(c, 422, one('', t(c).notAnObject));
    const bad = findBadString(raw);
    if (bad !== undefined) return errors(c, 422, one(bad, t(c).badCharacters));

    const offering =
      typeof raw.offering === 'string'
        ? catalog.offerings.find((o) => o.id === raw.offering)
        : undefined;
    const parsed = parseInquiry(raw, offering ? { locale, offering } : { locale });
    if (!parsed.ok) return errors(c, 422, problemItems(parsed.problems));
    const inquiry = parsed.inquiry;
    const selection = inquirySelection(inquiry);

    const now = clock();
    let trial: Offer;
    try {
      // createOffer resolves the selection itself (whether it resolves does not depend on the
      // locale), so it is resolved once here; only when the offer cannot be made is it resolved
      // again, in the request's locale, to answer with the selection's problems as before.
      trial = createOffer(catalog, selection, {
        now,
        locale: inquiry.locale,
        sequence: 1,
        customer: customerOf(inquiry),
      });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const resolved = resolveSelection(catalog, selection, { locale });
      return errors(c, 422, problemItems(resolved.ok ? error.problems : resolved.problems));
    }

    if (isHoneypotFilled(inquiry)) {
      // A bot: answer like a stored inquiry (an id of the same kind), keep nothing, send nothing.
      const sequence = randomInt(1, 10_000);
      log({ msg: 'honeypot', requestId: c.get('requestId') });
      return c.json(
        {
          id: inquiryId(now.getTime()),
          reference: fakeReference(now, sequence),
          offer: withNumber(trial, sequence),
        },
        201,
        { 'Cache-Control': 'no-store' },
      );
    }
    const requestHash = hash('sha256', canonicalJson(raw), 'hex');
    return { inquiry, requestHash, ...(key !== undefined ? { key } : {}), trial, now };
  };

  app.post('/api/inquiries', async (c) => {
    // Every request counts against the address's budget, and once it is spent the answer is a
    // 429 whatever else is wrong. A request that fails its checks is counted on its own; a good
    // one is counted by the storage in the same step that stores it (one write, not two).
    let checked: Awaited<ReturnType<typeof checkInquiry>>;
    try {
      checked = await checkInquiry(c);
    } catch (error) {
      // Counted even so, and a spent budget still answers 429 rather than 500.
      const limited = await rateLimited(c, 'inquiry', inquiryLimit);
      if (limited) return limited;
      throw error;
    }
    if (checked instanceof Response) {
      return (await rateLimited(c, 'inquiry', inquiryLimit)) ?? checked;
    }
    const { inquiry, requestHash, key, trial, now } = checked;

    const result = await storage.createInquiry({
      inquiry: {
        id: inquiryId(now.getTime()),
        createdAt: now,
        offering: inquiry.offering,
        locale: inquiry.locale,
        inquiry,
      },
      ...(key !== undefined ? { idempotencyKey: key } : {}),
      requestHash,
      channels,
      makeOffer: (_reference, sequence) => withNumber(trial, sequence),
      respond: (stored): StoredResponse => ({
        status: 201,
        body: { id: stored.id, reference: stored.reference, offer: stored.offer },
      }),
      ...(inquiryLimit > 0
        ? { rateLimit: { key: rateKey(c, 'inquiry'), limit: inquiryLimit, windowMs } }
        : {}),
    });
    if (result.kind === 'limited') {
      return limitAnswer(c, inquiryLimit, { count: result.count, now })!;
    }
    if (result.kind === 'conflict') {
      return errors(c, 422, one('Idempotency-Key', t(c).idempotencyConflict));
    }
    const { status, body: responseBody } = result.response;
    if (result.kind === 'replay') {
      return completeJson(c, status, JSON.stringify(responseBody), true);
    }
    options.onInquiry?.(result.stored);
    // The offer was serialised for its row already: reuse that text, not a second stringify.
    return completeJson(c, status, jsonWithOffer(responseBody, result.stored.offer), false);
  });

  // --- public PDF for a selection (pages without JavaScript) ---------------------------------

  app.post('/api/offers/pdf', async (c) => {
    const limited = await rateLimited(c, 'pdf', pdfLimit);
    if (limited) return limited;
    const contentType = header(c, 'content-type') ?? '';
    const type = mediaType(contentType);
    const form = type === 'application/x-www-form-urlencoded';
    if ((!form && type !== 'application/json') || !charsetOk(contentType)) {
      return errors(c, 415, one('', t(c).unsupportedMediaType));
    }
    let input: Record<string, unknown>;
    const bytes = await bodyBytes(c, PDF_BODY_LIMIT);
    if (bytes === null) return errors(c, 400, one('', t(c).badJson));
    if (bytes === undefined) return tooLarge(c, PDF_BODY_LIMIT);
    if (form) {
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        return errors(c, 400, one('', t(c).badEncoding));
      }
      input = selectionFromForm(new URLSearchParams(text));
    } else {
      const body = parseJsonBytes(bytes);
      if (!body.ok) {
        return errors(
          c,
          400,
          one('', body.problem === 'encoding' ? t(c).badEncoding : t(c).badJson),
        );
      }
      if (!isRecord(body.value)) return errors(c, 422, one('', t(c).notAnObject));
      input = { ...body.value };
    }
    const lang = input.lang ?? input.locale;
    delete input.lang;
    delete input.locale;
    const locale: Locale = lang === 'da' || lang === 'en' ? lang : c.get('locale');
    c.set('locale', locale);
    const bad = findBadString(input);
    if (bad !== undefined) return errors(c, 422, one(bad, t(c).badCharacters));

    let offer: Offer;
    try {
      offer = createOffer(catalog, input as SelectionInput, { now: clock(), locale, sequence: 0 });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      if (form) {
        return c.html(problemsPage(error.problems, locale), 422, {
          'Content-Security-Policy': pageCsp(["'none'"]),
          'Cache-Control': 'no-store',
        });
      }
      return errors(c, 422, problemItems(error.problems));
    }
    const pdf = await renderOfferPdf(offer);
    const name = `tilbud-${offer.offering.id}-${offer.issueDate}.pdf`;
    return c.body(pdf as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'no-store',
    });
  });

  // --- health -------------------------------------------------------------------------------

  app.get('/healthz', async (c) => {
    try {
      await storage.ping();
      return c.json({ status: 'ok', storage: storage.engine }, 200, {
        'Cache-Control': 'no-store',
      });
    } catch (error) {
      log({
        level: 'error',
        msg: 'health',
        error: describeError(error),
        requestId: c.get('requestId'),
      });
      return c.json({ status: 'unavailable', errors: one('', t(c).unavailable) }, 503, {
        'Cache-Control': 'no-store',
      });
    }
  });

  // --- admin (only with a token) ------------------------------------------------------------

  if (adminToken !== undefined) {
    const guard = async (c: Context<Env>, next: () => Promise<void>) => {
      if (!bearerMatches(header(c, 'authorization'), adminToken)) {
        log({ level: 'warn', msg: 'admin-refused', requestId: c.get('requestId') });
        return errors(c, 401, one('', t(c).unauthorized), {
          'WWW-Authenticate': 'Bearer realm="temadag"',
        });
      }
      await next();
      c.res.headers.set('Cache-Control', 'no-store');
      return undefined;
    };
    app.use('/api/admin/*', guard);
    app.use('/api/offers/:file{[^/]+\\.pdf}', guard);

    app.get('/api/offers/:file{[^/]+\\.pdf}', async (c) => {
      const id = c.req.param('file').replace(/\.pdf$/, '');
      const stored = UUID.test(id) ? await storage.getInquiry(id) : undefined;
      if (!stored) return errors(c, 404, one('', t(c).notFound));
      const pdf = await renderOfferPdf(stored.offer);
      const name = `tilbud-${stored.offer.number.replace(/[^A-Za-z0-9._-]+/g, '-')}.pdf`;
      return c.body(pdf as Uint8Array<ArrayBuffer>, 200, {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="${name}"`,
      });
    });

    app.get('/api/admin/inquiries', async (c) => {
      const limit = wholeParam(c.req.query('limit'), 100);
      const offset = wholeParam(c.req.query('offset'), 0);
      if (limit === undefined || offset === undefined || limit < 1 || limit > 1000) {
        return errors(c, 400, one('limit', t(c).badLimit));
      }
      const inquiries = await storage.listInquiries({ limit, offset });
      return c.json({ inquiries });
    });

    app.get('/api/admin/inquiries/export', (c) => {
      const format = c.req.query('format') ?? 'csv';
      if (format !== 'csv' && format !== 'json')
        return errors(c, 400, one('format', t(c).badFormat));
      const date = clock().toISOString().slice(0, 10);
      return new Response(exportStream(storage, format), {
        status: 200,
        headers: {
          'Content-Type':
            format === 'csv'
              ? 'text/csv; charset=utf-8; header=present'
              : 'application/json; charset=utf-8',
          'Content-Disposition': `attachment; filename="temadag-inquiries-${date}.${format}"`,
        },
      });
    });

    app.post('/api/admin/inquiries/purge', async (c) => {
      const days = periodDays(c.req.query('olderThan') ?? c.req.query('days'));
      if (days === undefined) return errors(c, 400, one('olderThan', t(c).badPeriod));
      const cutoff = new Date(clock().getTime() - days * 86_400_000);
      const deleted = await storage.purgeBefore(cutoff);
      log({ msg: 'purge', deleted, days, requestId: c.get('requestId') });
      return c.json({ deleted, before: cutoff.toISOString() });
    });

    app.get('/api/admin/inquiries/:id', async (c) => {
      const id = c.req.param('id');
      const stored = UUID.test(id) ? await storage.getInquiry(id) : undefined;
      if (!stored) return errors(c, 404, one('', t(c).notFound));
      return c.json(stored);
    });

    app.delete('/api/admin/inquiries/:id', async (c) => {
      const id = c.req.param('id');
      const deleted = UUID.test(id) ? await storage.deleteInquiry(id) : false;
      if (!deleted) return errors(c, 404, one('', t(c).notFound));
      log({ msg: 'erased', requestId: c.get('requestId') });
      return c.body(null, 204);
    });
  }

  // --- embed page and its files --------------------------------------------------------------

  app.get('/embed/resize.js', (c) =>
    c.body(EMBED_SCRIPT, 200, {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
    }),
  );
  app.get('/embed/page.css', (c) =>
    c.body(PAGE_CSS, 200, {
      'Content-Type': 'text/css; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
    }),
  );
  app.get('/embed/:offering', (c) => {
    // The host page chooses the language (?lang=en); else Danish, as the widget does.
    const locale: Locale = c.req.query('lang') === 'en' ? 'en' : 'da';
    c.set('locale', locale);
    const offering = catalog.offerings.find((o) => o.id === c.req.param('offering'));
    if (!offering) return errors(c, 404, one('offering', t(c).notFound));
    return c.html(embedPage({ catalog, offering, locale }), 200, {
      'Content-Security-Policy': pageCsp(frameAncestors),
      'Cache-Control': 'public, max-age=300',
      'Content-Language': locale,
    });
  });

  // --- widget files -------------------------------------------------------------------------

  const serveWidget = async (c: Context<Env>, relative: string, short: boolean) => {
    const file = widgetDir ? await readStaticFile(widgetDir, relative) : undefined;
    if (!file) return errors(c, 404, one('', t(c).notFound));
    const name = relative.split('/').pop()!;
    const cache =
      !short && isHashedName(name)
        ? 'public, max-age=31536000, immutable'
        : 'public, max-age=300, must-revalidate';
    const headers = {
      'Content-Type': file.contentType,
      'Cache-Control': cache,
      ETag: file.etag,
      // Module scripts load in CORS mode from other sites' pages.
      'Access-Control-Allow-Origin': '*',
      'Cross-Origin-Resource-Policy': 'cross-origin',
    };
    const match = header(c, 'if-none-match');
    if (match !== undefined && etagMatches(match, file.etag)) return c.body(null, 304, headers);
    return c.body(file.body as Uint8Array<ArrayBuffer>, 200, headers);
  };

  app.get('/widget.js', (c) => serveWidget(c, 'temadag.js', true));
  app.get('/widget/*', (c) => {
    const relative = c.req.path.slice('/widget/'.length);
    return serveWidget(c, relative, relative === 'temadag.js');
  });
  // Chunks that /widget.js imports relative to itself land at the root.
  app.get('/:file{[A-Za-z0-9_][A-Za-z0-9_.-]*\\.(?:js|mjs|css|map)}', async (c, next) => {
    const name = c.req.param('file');
    if (widgetDir && (await readStaticFile(widgetDir, name))) {
      return serveWidget(c, name, name === 'temadag.js');
    }
    await next();
    return undefined;
  });

  // --- front page ---------------------------------------------------------------------------

  if (options.publicDir !== undefined) {
    const dir = options.publicDir;
    app.get('/*', async (c, next) => {
      const path =
        c.req.path === '/' ? 'index.html' : c.req.path.slice(1).replace(/\/$/, '/index.html');
      const file = await readStaticFile(dir, path);
      if (!file) {
        await next();
        return undefined;
      }
      const headers: Record<string, string> = {
        'Content-Type': file.contentType,
        'Cache-Control': 'public, max-age=300, must-revalidate',
        ETag: file.etag,
      };
      if (file.contentType.startsWith('text/html'))
        headers['Content-Security-Policy'] = pageCsp(["'none'"]);
      return c.body(file.body as Uint8Array<ArrayBuffer>, 200, headers);
    });
  } else {
    app.get('/', (c) =>
      c.html(homePage(catalog, c.req.query('lang') === 'en' ? 'en' : 'da'), 200, {
        'Content-Security-Policy': pageCsp(["'none'"]),
        'Cache-Control': 'public, max-age=300',
      }),
    );
  }

  // --- the rest: 405 for known paths, else 404 ----------------------------------------------

  app.notFound((c) => {
    const allowedMethods = methodsFor(c.req.path, adminToken !== undefined);
    if (allowedMethods !== undefined && !allowedMethods.includes(c.req.method)) {
      return errors(c, 405, one('', t(c).methodNotAllowed(allowedMethods.join(', '))), {
        Allow: allowedMethods.join(', '),
      });
    }
    return errors(c, 404, one('', t(c).notFound));
  });

  return app;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function etagMatches(header: string, etag: string): boolean {
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

function wholeParam(value: string | undefined, fallback: number): number | undefined {
  if (value === undefined || value === '') return fallback;
  return /^\d{1,9}$/.test(value) ? Number(value) : undefined;
}

/** A reference shaped like the ones storage hands out, for the honeypot's answer. */
function fakeReference(now: Date, sequence: number): string {
  return `H-${copenhagenDate(now).slice(0, 4)}-${String(sequence).padStart(4, '0')}`;
}

/** The methods a known path answers to, for a 405; undefined for unknown paths. */
function methodsFor(path: string, admin: boolean): string[] | undefined {
  const get = ['GET', 'HEAD'];
  if (path === '/api/catalog' || path === '/healthz' || path === '/widget.js') return get;
  if (path.startsWith('/embed/') || path.startsWith('/widget/')) return get;
  if (path === '/api/inquiries' || path === '/api/offers/pdf') return ['POST', 'OPTIONS'];
  if (!admin) return undefined;
  if (path === '/api/admin/inquiries' || path === '/api/admin/inquiries/export') return get;
  if (path === '/api/admin/inquiries/purge') return ['POST'];
  if (/^\/api\/admin\/inquiries\/[^/]+$/.test(path)) return [...get, 'DELETE'];
  if (/^\/api\/offers\/[^/]+\.pdf$/.test(path)) return get;
  return undefined;
}

/** The selection from the plain form of the embed page. */
function selectionFromForm(form: URLSearchParams): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of ['offering', 'format', 'date', 'place', 'lang']) {
    const value = form.get(key);
    if (value !== null && value.trim() !== '') out[key] = value.trim();
  }
  const participants = form.get('participants')?.trim();
  if (participants)
    out.participants = /^\d{1,9}$/.test(participants) ? Number(participants) : participants;
  const modules = [...form.getAll('module'), ...form.getAll('modules')].filter((m) => m !== '');
  if (modules.length > 0) out.modules = modules;
  const km = form.get('km')?.trim();
  if (km) out.travel = { km: /^\d{1,9}$/.test(km) ? Number(km) : km };
  return out;
}

/**
 * `JSON.stringify(body)` for an object body, with the offer snapshot's text taken from
 * {@link jsonOnce} (made when the inquiry was stored) instead of serialised again.
 */
function jsonWithOffer(body: unknown, offer: Offer): string {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return JSON.stringify(body);
  }
  const parts: string[] = [];
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    const text = value === offer ? jsonOnce(offer) : JSON.stringify(value);
    if (text !== undefined) parts.push(`${JSON.stringify(key)}:${text}`);
  }
  return `{${parts.join(',')}}`;
}

/** Every stored inquiry as CSV or a JSON array, streamed oldest first. */
function exportStream(storage: Storage, format: 'csv' | 'json'): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = storage.exportInquiries()[Symbol.asyncIterator]();
  let first = true;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const chunks: string[] = [];
      if (first) chunks.push(format === 'csv' ? csvRow(INQUIRY_CSV_COLUMNS) : '[');
      for (let i = 0; i < 50; i++) {
        const { done, value } = await iterator.next();
        if (done) {
          chunks.push(format === 'csv' ? '' : first ? ']\n' : '\n]\n');
          controller.enqueue(encoder.encode(chunks.join('')));
          controller.close();
          return;
        }
        if (format === 'csv') chunks.push(inquiryCsvRow(value));
        else chunks.push(`${first ? '\n' : ',\n'}${JSON.stringify(value)}`);
        first = false;
      }
      controller.enqueue(encoder.encode(chunks.join('')));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
