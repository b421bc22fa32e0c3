import type { AppContext, AppDeps } from '../http/context.js';
import type { RateLimiter } from '../http/rate-limit.js';

/** Limits of sign-in attempts, counted in storage so that every instance shares them. */
export interface LoginLimits {
  /** Attempts from one client address per window. */
  perAddress: number;
  /** Attempts on the account (there is one) per window, from anywhere. */
  perAccount: number;
  /** The fixed window, in ms. */
  windowMs: number;
}

/** The defaults: 5 per address and 20 in all per 15 minutes. */
export const LOGIN_LIMITS: LoginLimits = { perAddress: 5, perAccount: 20, windowMs: 15 * 60_000 };

/**
 * Counts a sign-in attempt against the address's and the account's budgets (every attempt
 * counts, right or wrong, so guessing cannot hide among good ones) and says how long to wait
 * when either is spent.
 *
 * @param deps - the app's dependencies (storage and clock)
 * @param limiter - the rate limiter, for the hashed key of the client address
 * @param c - the request context
 * @param limits - the budgets
 * @returns the seconds until the window ends when the attempt is over a budget, else undefined
 * @example
 * ```ts
 * const wait = await countLoginAttempt(deps, limiter, c, LOGIN_LIMITS);
 * if (wait !== undefined) return tooManyAttempts(c, wait);
 * ```
 */
export async function countLoginAttempt(
  deps: AppDeps,
  limiter: RateLimiter,
  c: AppContext,
  limits: LoginLimits,
): Promise<number | undefined> {
  const now = deps.now();
  const byAddress = await deps.storage.hit(limiter.key(c, 'login:addr'), now, limits.windowMs);
  const byAccount = await deps.storage.hit('login:account', now, limits.windowMs);
  if (byAddress <= limits.perAddress && byAccount <= limits.perAccount) return undefined;
  const windowEnd = (Math.floor(now.getTime() / limits.windowMs) + 1) * limits.windowMs;
  return Math.max(1, Math.ceil((windowEnd - now.getTime()) / 1000));
}
