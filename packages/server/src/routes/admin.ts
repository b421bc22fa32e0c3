import { isRecord } from '@temadag/core';
import { Hono, type MiddlewareHandler } from 'hono';
import { bearerMatches, periodDays } from '../admin.js';
import { exportStream, inquiryExportChunks } from '../export.js';
import { messagesOf, type AppContext, type AppDeps, type Env } from '../http/context.js';
import { readJsonRequest } from '../http/json-request.js';
import { errors, one } from '../http/responses.js';
import { INQUIRY_ID } from './offer-pdf.js';
import { attachment } from '../http/content-disposition.js';

/** Where the admin routes are mounted for scripts, behind the bearer token. */
export const ADMIN_API_BASE = '/api/admin';

/** Settings of {@link adminRoutes}. */
export interface AdminRouteSettings {
  /**
   * Whether a CSV export starts with a UTF-8 byte order mark when `?bom=` is not given: yes in
   * the console (Excel reads it as UTF-8), no for scripts, whose export stays as it was.
   */
  bomByDefault: boolean;
}

/**
 * The admin handlers, without a guard: `GET /inquiries`, `GET /inquiries/export`,
 * `POST /inquiries/purge`, `DELETE /inquiries/:id`. Mount them with {@link guardedRoutes}
 * under each guard that may reach them (the bearer token at `/api/admin`; a signed-in session
 * at `/admin/api`), after the inbox routes, which answer `GET /inquiries/:id`.
 *
 * @param deps - the app's dependencies
 * @param settings - the export's default byte order mark
 * @returns the sub-app
 */
export function adminRoutes(
  deps: AppDeps,
  settings: AdminRouteSettings = { bomByDefault: false },
): Hono<Env> {
  const { storage, log } = deps;
  return new Hono<Env>()
    .get('/inquiries', async (c) => {
      const limit = wholeParam(c.req.query('limit'), 100);
      const offset = wholeParam(c.req.query('offset'), 0);
      if (limit === undefined || offset === undefined || limit < 1 || limit > 1000) {
        return errors(c, 400, one('limit', messagesOf(c).badLimit));
      }
      const inquiries = await storage.listInquiries({ limit, offset });
      return c.json({ inquiries });
    })
    .get('/inquiries/export', (c) => {
      const format = c.req.query('format') ?? 'csv';
      if (format !== 'csv' && format !== 'json') {
        return errors(c, 400, one('format', messagesOf(c).badFormat));
      }
      const separator = c.req.query('separator') ?? ',';
      if (separator !== ',' && separator !== ';') {
        return errors(c, 400, one('separator', messagesOf(c).console.badSeparator));
      }
      const bomParam = c.req.query('bom');
      const bom = bomParam === undefined ? settings.bomByDefault : bomParam === '1';
      const date = deps.now().toISOString().slice(0, 10);
      const chunks = inquiryExportChunks(storage, format, { separator, bom });
      return new Response(exportStream(chunks), {
        status: 200,
        headers: {
          'Content-Type':
            format === 'csv'
              ? 'text/csv; charset=utf-8; header=present'
              : 'application/json; charset=utf-8',
          'Content-Disposition': attachment(`temadag-inquiries-${date}.${format}`),
        },
      });
    })
    .post('/inquiries/purge', async (c) => {
      const days = await purgeDays(deps, c);
      if (days instanceof Response) return days;
      const cutoff = new Date(deps.now().getTime() - days * 86_400_000);
      const deleted = await storage.purgeBefore(cutoff);
      log({ msg: 'purge', deleted, days, requestId: c.get('requestId') });
      return c.json({ deleted, before: cutoff.toISOString() });
    })
    .delete('/inquiries/:id', async (c) => {
      const id = c.req.param('id');
      const deleted = INQUIRY_ID.test(id) ? await storage.deleteInquiry(id) : false;
      if (!deleted) return errors(c, 404, one('', messagesOf(c).notFound));
      log({ msg: 'erased', requestId: c.get('requestId') });
      return c.body(null, 204);
    });
}

/**
 * Routes behind a guard: every request to the returned sub-app passes `guard` first, so the
 * same handlers can be mounted under several guards.
 *
 * @param guard - the middleware that lets a request through or answers it (401, 403)
 * @param routes - the handlers
 * @returns the guarded sub-app
 */
export function guardedRoutes(guard: MiddlewareHandler<Env>, routes: Hono<Env>): Hono<Env> {
  return new Hono<Env>().use('*', guard).route('/', routes);
}

/**
 * The admin token's guard: `Authorization: Bearer <token>` or 401 with `WWW-Authenticate`.
 * What it lets through is never cached.
 *
 * @param deps - the app's dependencies
 * @param token - the admin token
 * @returns the middleware
 */
export function bearerGuard(deps: AppDeps, token: string): MiddlewareHandler<Env> {
  return async (c, next) => {
    if (!bearerMatches(deps.header(c, 'authorization'), token)) {
      deps.log({ level: 'warn', msg: 'admin-refused', requestId: c.get('requestId') });
      return errors(c, 401, one('', messagesOf(c).unauthorized), {
        'WWW-Authenticate': 'Bearer realm="temadag"',
      });
    }
    await next();
    c.res.headers.set('Cache-Control', 'no-store');
    return undefined;
  };
}

/**
 * The purge's period: `?olderThan=` (days or an ISO duration, as scripts send it) or the JSON
 * body `{ "olderThanDays": 180 }` (as the console sends it).
 */
async function purgeDays(deps: AppDeps, c: AppContext): Promise<number | Response> {
  const query = c.req.query('olderThan') ?? c.req.query('days');
  if (query !== undefined || deps.header(c, 'content-type') === undefined) {
    return periodDays(query) ?? errors(c, 400, one('olderThan', messagesOf(c).badPeriod));
  }
  const body = await readJsonRequest(deps, c, 1024);
  if (body instanceof Response) return body;
  const days = isRecord(body.value) ? body.value.olderThanDays : undefined;
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > 36_500) {
    return errors(c, 400, one('olderThanDays', messagesOf(c).console.badOlderThanDays));
  }
  return days;
}

function wholeParam(value: string | undefined, fallback: number): number | undefined {
  if (value === undefined || value === '') return fallback;
  return /^\d{1,9}$/.test(value) ? Number(value) : undefined;
}
