import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Storage } from '../storage/types.js';

/** How long sessions live. */
export interface SessionSettings {
  /** A session ends when unused this long, in ms. */
  idleMs: number;
  /** A session ends this long after sign-in whatever happens, in ms. */
  absoluteMs: number;
}

/** A signed-in session, as the guard finds it. */
export interface Session {
  /** SHA-256 of the cookie value: the only form of the id that is stored. */
  idHash: string;
  csrfToken: string;
  expiresAt: Date;
  idleExpiresAt: Date;
}

/** The cookie values of a session: 256 random bits, base64url. */
const SESSION_ID = /^[A-Za-z0-9_-]{43}$/;

/**
 * The stored form of a session id: its SHA-256, so a copy of the database holds no id that
 * could be sent as a cookie.
 *
 * @param id - the cookie value
 * @returns the hash, base64url
 * @example
 * ```ts
 * hashSessionId(id).length; // 43
 * ```
 */
export function hashSessionId(id: string): string {
  return createHash('sha256').update(id).digest('base64url');
}

/**
 * Sessions of the console in storage (shared by every instance): created at sign-in with a new
 * random id and CSRF token, found by the hash of the cookie, kept alive by use until the idle
 * timeout or the absolute lifetime ends them.
 */
export class Sessions {
  /**
   * @param storage - where sessions are kept
   * @param settings - idle timeout and absolute lifetime
   */
  constructor(
    private readonly storage: Storage,
    readonly settings: SessionSettings,
  ) {}

  /**
   * Starts a session: a new id (never one the browser sent, so a planted id is useless) and a
   * new CSRF token.
   *
   * @param now - the time of sign-in
   * @returns the cookie value and the session
   */
  async create(now: Date): Promise<{ id: string; session: Session }> {
    const id = randomBytes(32).toString('base64url');
    const session: Session = {
      idHash: hashSessionId(id),
      csrfToken: randomBytes(32).toString('base64url'),
      expiresAt: new Date(now.getTime() + this.settings.absoluteMs),
      idleExpiresAt: new Date(
        now.getTime() + Math.min(this.settings.idleMs, this.settings.absoluteMs),
      ),
    };
    await this.storage.createSession({ ...session, createdAt: now });
    return { id, session };
  }

  /**
   * The live session of a cookie value, its idle timeout moved on (written at most once a
   * minute, so reading the inbox is not a write per request).
   *
   * @param id - the cookie value, if any
   * @param now - the time of the request
   * @returns the session, or undefined when there is none or it has ended
   */
  async find(id: string | undefined, now: Date): Promise<Session | undefined> {
    if (id === undefined || !SESSION_ID.test(id)) return undefined;
    const idHash = hashSessionId(id);
    const stored = await this.storage.getSession(idHash, now);
    if (!stored) return undefined;
    const expiresAt = new Date(stored.expiresAt);
    const idleExpiresAt = new Date(stored.idleExpiresAt);
    if (now >= expiresAt || now >= idleExpiresAt) {
      await this.storage.deleteSession(idHash);
      return undefined;
    }
    const next = new Date(Math.min(now.getTime() + this.settings.idleMs, expiresAt.getTime()));
    if (next.getTime() - idleExpiresAt.getTime() >= 60_000) {
      await this.storage.touchSession(idHash, next);
      return { idHash, csrfToken: stored.csrfToken, expiresAt, idleExpiresAt: next };
    }
    return { idHash, csrfToken: stored.csrfToken, expiresAt, idleExpiresAt };
  }

  /**
   * Ends one session (sign out).
   *
   * @param idHash - the session's stored id
   */
  end(idHash: string): Promise<void> {
    return this.storage.deleteSession(idHash);
  }

  /**
   * Ends every session (sign out everywhere).
   *
   * @returns how many ended
   */
  endAll(): Promise<number> {
    return this.storage.deleteAllSessions();
  }
}

/**
 * Whether a CSRF token sent with a request is the session's, compared in constant time.
 *
 * @param sent - the `X-CSRF-Token` header, if any
 * @param expected - the session's token
 * @returns true when they are equal
 * @example
 * ```ts
 * csrfMatches(undefined, session.csrfToken); // false
 * ```
 */
export function csrfMatches(sent: string | undefined, expected: string): boolean {
  if (sent === undefined) return false;
  const a = createHash('sha256').update(sent).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}
