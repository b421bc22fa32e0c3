import { isRecord } from '@temadag/core';
import { Hono, type MiddlewareHandler } from 'hono';
import { SESSION_COOKIE, isLocalHost, readCookie, sessionCookie } from '../auth/cookies.js';
import { verifyPassword } from '../auth/password.js';
import { csrfMatches, type Session, type Sessions } from '../auth/sessions.js';
import { countLoginAttempt, type LoginLimits } from '../auth/throttle.js';
import { messagesOf, type AppContext, type AppDeps, type Env } from '../http/context.js';
import { readJsonRequest } from '../http/json-request.js';
import type { RateLimiter } from '../http/rate-limit.js';
import { errors, one } from '../http/responses.js';
import { guardedRoutes } from './admin.js';

/** Where the console's API is mounted: under the session cookie's path. */
export const CONSOLE_API_BASE = '/admin/api';

/** Settings of {@link consoleApiRoutes}. */
export interface ConsoleApiSettings {
  sessions: Sessions;
  limiter: RateLimiter;
  loginLimits: LoginLimits;
  /** The admin handlers (see `adminApiRoutes` with the `console` audience). */
  handlers: Hono<Env>;
}

const STATE_CHANGING = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

/**
 * The console's API (mounted at `/admin/api`): the session (`GET` its state, `POST` to sign
 * in, `DELETE` to sign out, `DELETE /sessions` to sign out everywhere) and, behind the session
 * guard, every admin handler. Signing in is throttled per address and for the account, and
 * always starts a new session id; every state-changing request needs the session's CSRF token.
 *
 * @param deps - the app's dependencies
 * @param settings - sessions, throttling and the handlers to guard
 * @returns the sub-app
 */
export function consoleApiRoutes(deps: AppDeps, settings: ConsoleApiSettings): Hono<Env> {
  const { storage, log } = deps;
  const { sessions } = settings;
  const guard = sessionGuard(deps, sessions);

  const app = new Hono<Env>();
  app.get('/session', async (c) => {
    const passwordSet = (await storage.getPasswordHash()) !== undefined;
    const session = passwordSet ? await findSession(deps, sessions, c) : undefined;
    noStore(c);
    if (!session) return c.json({ passwordSet, signedIn: false });
    return c.json({
      passwordSet,
      signedIn: true,
      csrfToken: session.csrfToken,
      idleTimeoutSeconds: Math.round(sessions.settings.idleMs / 1000),
    });
  });

  app.post('/session', async (c) => {
    const t = messagesOf(c).console;
    const requestId = c.get('requestId');
    const hash = await storage.getPasswordHash();
    if (hash === undefined) {
      log({ level: 'warn', msg: 'login', outcome: 'no-password', requestId });
      return errors(c, 409, one('', t.noPassword));
    }
    const wait = await countLoginAttempt(deps, settings.limiter, c, settings.loginLimits);
    if (wait !== undefined) {
      log({ level: 'warn', msg: 'login', outcome: 'throttled', requestId });
      const minutes = String(Math.ceil(wait / 60));
      return errors(c, 429, one('', t.tooManyAttempts(minutes)), { 'Retry-After': String(wait) });
    }
    const body = await readJsonRequest(deps, c, 4 * 1024);
    if (body instanceof Response) return body;
    const password = isRecord(body.value) ? body.value.password : undefined;
    if (typeof password !== 'string' || password === '') {
      return errors(c, 400, one('password', t.passwordMissing));
    }
    if (!(await verifyPassword(password, hash))) {
      log({ level: 'warn', msg: 'login', outcome: 'wrong-password', requestId });
      return errors(c, 401, one('password', t.wrongPassword));
    }
    // A session id the browser brought along is ended, never adopted (no fixation).
    const previous = await findSession(deps, sessions, c);
    if (previous) await sessions.end(previous.idHash);
    const now = deps.now();
    const { id, session } = await sessions.create(now);
    log({ msg: 'login', outcome: 'ok', requestId });
    noStore(c);
    c.header(
      'Set-Cookie',
      cookieFor(deps, c, id, (session.expiresAt.getTime() - now.getTime()) / 1000),
    );
    return c.json({ csrfToken: session.csrfToken });
  });

  app.delete('/session', guard, async (c) => {
    const idHash = sessionIds.get(c.req.raw);
    if (idHash !== undefined) await sessions.end(idHash);
    log({ msg: 'logout', requestId: c.get('requestId') });
    c.header('Set-Cookie', cookieFor(deps, c, '', 0));
    return c.body(null, 204);
  });

  app.delete('/sessions', guard, async (c) => {
    const ended = await sessions.endAll();
    log({ msg: 'logout-everywhere', ended, requestId: c.get('requestId') });
    c.header('Set-Cookie', cookieFor(deps, c, '', 0));
    return c.body(null, 204);
  });

  app.route('/', guardedRoutes(guard, settings.handlers));
  return app;
}

/**
 * The session guard of the console: 401 without a live session, 403 for a state-changing
 * request without the session's `X-CSRF-Token`; what it lets through is never cached.
 *
 * @param deps - the app's dependencies
 * @param sessions - the sessions
 * @returns the middleware
 */
export function sessionGuard(deps: AppDeps, sessions: Sessions): MiddlewareHandler<Env> {
  return async (c, next) => {
    const t = messagesOf(c).console;
    const session = await findSession(deps, sessions, c);
    if (!session) return errors(c, 401, one('', t.signInRequired));
    if (
      STATE_CHANGING.has(c.req.method) &&
      !csrfMatches(deps.header(c, 'x-csrf-token'), session.csrfToken)
    ) {
      deps.log({ level: 'warn', msg: 'csrf-refused', requestId: c.get('requestId') });
      return errors(c, 403, one('', t.csrfRefused));
    }
    sessionIds.set(c.req.raw, session.idHash);
    await next();
    noStore(c);
    return undefined;
  };
}

/** The session a guard let through, per request (the app's `Env` has no variable for it). */
const sessionIds = new WeakMap<Request, string>();

function findSession(
  deps: AppDeps,
  sessions: Sessions,
  c: AppContext,
): Promise<Session | undefined> {
  const id = readCookie(deps.header(c, 'cookie'), SESSION_COOKIE);
  return sessions.find(id, deps.now());
}

function cookieFor(deps: AppDeps, c: AppContext, value: string, maxAgeSeconds: number): string {
  const secure = !isLocalHost(deps.header(c, 'host') ?? new URL(c.req.url).host);
  return sessionCookie(value, { maxAgeSeconds, secure });
}

function noStore(c: AppContext): void {
  c.header('Cache-Control', 'no-store');
}
