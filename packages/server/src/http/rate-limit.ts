import { hash } from 'node:crypto';
import { messagesOf, type AppContext, type AppDeps } from './context.js';
import { errors, one } from './responses.js';

/** Settings of {@link RateLimiter}. */
export interface RateLimitSettings {
  /** Length of the fixed window, in ms. */
  windowMs: number;
  /** Reverse proxies in front of the server (see `AppOptions.trustProxy`). */
  trustProxy: number;
  /** The address of the connection, when no proxy is trusted. */
  clientAddress?: ((c: AppContext) => string | undefined) | undefined;
}

/** A request counted against its address's budget: the count in the window, and when. */
export interface Counted {
  count: number;
  now: Date;
}

/**
 * Fixed-window rate limits per client address, counted in storage (so shared by every
 * instance); the answer when a budget is spent is a 429 with `Retry-After`.
 */
export class RateLimiter {
  constructor(
    private readonly deps: AppDeps,
    readonly settings: RateLimitSettings,
  ) {}

  /** The counter of this kind of request from this client address (hashed, never stored bare). */
  key(c: AppContext, kind: string): string {
    return `${kind}:${hash('sha256', this.addressOf(c), 'base64url').slice(0, 22)}`;
  }

  /** Counts the request against the address's budget (undefined when the limit is off). */
  async count(c: AppContext, kind: string, limit: number): Promise<Counted | undefined> {
    if (limit <= 0) return undefined;
    const now = this.deps.now();
    const count = await this.deps.storage.hit(this.key(c, kind), now, this.settings.windowMs);
    return { count, now };
  }

  /** The 429 answer when the count is over the limit; undefined otherwise. */
  answer(c: AppContext, limit: number, counted: Counted | undefined): Response | undefined {
    if (counted === undefined || counted.count <= limit) return undefined;
    const { windowMs } = this.settings;
    const now = counted.now.getTime();
    const windowEnd = (Math.floor(now / windowMs) + 1) * windowMs;
    const seconds = Math.max(1, Math.ceil((windowEnd - now) / 1000));
    return errors(c, 429, one('', messagesOf(c).rateLimited(String(seconds))), {
      'Retry-After': String(seconds),
    });
  }

  /** Counts the request; the 429 answer when the budget is spent, else undefined. */
  async check(c: AppContext, kind: string, limit: number): Promise<Response | undefined> {
    return this.answer(c, limit, await this.count(c, kind, limit));
  }

  private addressOf(c: AppContext): string {
    const { trustProxy } = this.settings;
    if (trustProxy > 0) {
      const chain = (this.deps.header(c, 'x-forwarded-for') ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
      const fromProxy = chain[chain.length - trustProxy];
      if (fromProxy) return fromProxy;
    }
    return this.settings.clientAddress?.(c) ?? 'unknown';
  }
}
