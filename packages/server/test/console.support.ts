import { createApp, type AppOptions } from '../src/app.js';
import { hashPassword } from '../src/auth/password.js';
import type { LogEntry } from '../src/log.js';
import type { Storage } from '../src/storage/types.js';
import { TOKEN, catalog } from './helpers.js';
import { sqliteEngine, type Engine } from './storage-harness.js';

export const PASSWORD = 'korrekt-hest-batteri-42';

/** One hashed password for every test (scrypt takes a tenth of a second). */
let hashed: Promise<string> | undefined;
export function passwordHash(): Promise<string> {
  return (hashed ??= hashPassword(PASSWORD));
}

/**
 * A console test's world: a fresh database (SQLite in a temporary folder unless another engine
 * is given), a movable clock, the log.
 */
export interface World {
  storage: Storage;
  /** Whether `text` is anywhere in what the database keeps (see `Fresh.holds`). */
  holds: (text: string) => Promise<boolean>;
  logs: LogEntry[];
  clock: { now: Date };
  app: (options?: Partial<AppOptions>) => ReturnType<typeof createApp>;
  close: () => Promise<void>;
}

export async function world(
  options: { password?: boolean; engine?: () => Engine } = {},
): Promise<World> {
  const fresh = await (options.engine ?? sqliteEngine)().fresh();
  const storage = await fresh.open();
  if (options.password !== false) await storage.setPasswordHash(await passwordHash(), new Date());
  const logs: LogEntry[] = [];
  const clock = { now: new Date('2026-11-27T10:00:00Z') };
  return {
    storage,
    holds: (text) => fresh.holds(text),
    logs,
    clock,
    app: (more = {}) =>
      createApp({
        catalog,
        storage,
        adminToken: TOKEN,
        channels: ['email'],
        widgetDir: null,
        consoleDir: null,
        rateLimit: { inquiries: 1000, pdf: 1000 },
        log: (entry) => logs.push(entry),
        now: () => clock.now,
        ...more,
      }),
    close: () => storage.close(),
  };
}

type App = ReturnType<typeof createApp>;

/** A signed-in browser: its cookie and CSRF token. */
export interface Browser {
  cookie: string;
  csrf: string;
  /** Headers of a state-changing request. */
  headers: Record<string, string>;
}

/** The session cookie's value in a `Set-Cookie` header. */
export function cookieValue(res: Response): string | undefined {
  return /temadag_session=([^;]*)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
}

export function signInRequest(
  a: App,
  password: string,
  headers: Record<string, string> = {},
  url = '/admin/api/session',
): Promise<Response> {
  return Promise.resolve(
    a.request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ password }),
    }),
  );
}

export async function signIn(a: App, headers: Record<string, string> = {}): Promise<Browser> {
  const res = await signInRequest(a, PASSWORD, headers);
  if (res.status !== 200) throw new Error(`sign-in answered ${res.status}: ${await res.text()}`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const cookie = `temadag_session=${cookieValue(res)!}`;
  return {
    cookie,
    csrf: csrfToken,
    headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
  };
}

/** A request of a signed-in browser (with its cookie, and its CSRF token unless `csrf` is false). */
export function call(
  a: App,
  browser: Browser,
  path: string,
  init: { method?: string; body?: unknown; csrf?: boolean; headers?: Record<string, string> } = {},
): Promise<Response> {
  const headers: Record<string, string> = { cookie: browser.cookie, ...init.headers };
  if (init.csrf !== false) headers['x-csrf-token'] = browser.csrf;
  if (init.body !== undefined && headers['content-type'] === undefined) {
    headers['content-type'] = 'application/json';
  }
  return Promise.resolve(
    a.request(path, {
      method: init.method ?? 'GET',
      headers,
      ...(init.body !== undefined
        ? { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) }
        : {}),
    }),
  );
}
