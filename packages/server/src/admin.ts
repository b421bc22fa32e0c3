import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Checks an `Authorization` header against the admin token in constant time: both sides are
 * hashed first, so neither the token's length nor its content leaks through timing.
 *
 * @param header - the `Authorization` header as sent, or undefined
 * @param token - the configured token
 * @returns true for `Bearer <token>`
 * @example
 * ```ts
 * bearerMatches('Bearer s3cret-s3cret-s3cret', 's3cret-s3cret-s3cret'); // true
 * bearerMatches('Bearer wrong', 's3cret-s3cret-s3cret'); // false
 * ```
 */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const given = /^Bearer[ ]+(\S+)\s*$/i.exec(header ?? '')?.[1] ?? '';
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(token).digest();
  return timingSafeEqual(a, b) && given !== '';
}

/**
 * Reads a retention period as days: a whole number of days (`180`) or an ISO 8601 duration in
 * days or weeks (`P180D`, `P26W`).
 *
 * @param text - the period as given
 * @returns the number of days, or undefined when the text is not a period
 * @example
 * ```ts
 * periodDays('P180D'); // 180
 * periodDays('180'); // 180
 * periodDays('P2W'); // 14
 * periodDays('soon'); // undefined
 * ```
 */
export function periodDays(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const match = /^(?:(\d{1,6})|P(\d{1,6})D|P(\d{1,5})W)$/i.exec(text.trim());
  if (!match) return undefined;
  const days = match[1] ?? match[2];
  const value = days !== undefined ? Number(days) : Number(match[3]) * 7;
  return value >= 1 ? value : undefined;
}
