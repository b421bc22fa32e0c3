import { Hono, type MiddlewareHandler } from 'hono';
import { bearerMatches, periodDays } from '../admin.js';
import { exportStream, inquiryExportChunks } from '../export.js';
import { messagesOf, type AppDeps, type Env } from '../http/context.js';
import { errors, one } from '../http/responses.js';
import { INQUIRY_ID } from './offer-pdf.js';

/** Where the admin routes are mounted for scripts, behind the bearer token. */
export const ADMIN_API_BASE = '/api/admin';

/**
 * The admin handlers, without a guard: `GET /inquiries`, `GET /inquiries/export`,
 * `POST /inquiries/purge`, `GET` and `DELETE /inquiries/:id`. Mount them with
 * {@link guardedRoutes} under each guard that may reach them (the bearer token at
 * `/api/admin`; a signed-in session elsewhere).
 *
 * @param deps - the app's dependencies
 * @returns the sub-app
 */
export function adminRoutes(deps: AppDeps): Hono<Env> {
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
      const date = deps.now().toISOString().slice(0, 10);
      return new Response(exportStream(inquiryExportChunks(storage, format)), {
        status: 200,
        headers: {
          'Content-Type':
            format === 'csv'
              ? 'text/csv; charset=utf-8; header=present'
              : 'application/json; charset=utf-8',
          'Content-Disposition': `attachment; filename="temadag-inquiries-${date}.${format}"`,
        },
      });
    })
    .post('/inquiries/purge', async (c) => {
      const days = periodDays(c.req.query('olderThan') ?? c.req.query('days'));
      if (days === undefined) return errors(c, 400, one('olderThan', messagesOf(c).badPeriod));
      const cutoff = new Date(deps.now().getTime() - days * 86_400_000);
      const deleted = await storage.purgeBefore(cutoff);
      log({ msg: 'purge', deleted, days, requestId: c.get('requestId') });
      return c.json({ deleted, before: cutoff.toISOString() });
    })
    .get('/inquiries/:id', async (c) => {
      const id = c.req.param('id');
      const stored = INQUIRY_ID.test(id) ? await storage.getInquiry(id) : undefined;
      if (!stored) return errors(c, 404, one('', messagesOf(c).notFound));
      return c.json(stored);
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

function wholeParam(value: string | undefined, fallback: number): number | undefined {
  if (value === undefined || value === '') return fallback;
  return /^\d{1,9}$/.test(value) ? Number(value) : undefined;
}
