import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signs a webhook body: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`, the value of
 * the `Temadag-Signature` header.
 *
 * @param body - the exact body text
 * @param secret - the shared secret
 * @param time - the moment of sending
 * @returns the header value
 * @example
 * ```ts
 * signWebhook('{"type":"inquiry.created"}', 'secret', new Date(1_790_000_000_000));
 * // 't=1790000000,v1=5d41…'
 * ```
 */
export function signWebhook(body: string, secret: string, time: Date): string {
  const t = Math.floor(time.getTime() / 1000);
  const v1 = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
  return `t=${t},v1=${v1}`;
}

/**
 * Checks a `Temadag-Signature` header, as a webhook receiver should: the HMAC in constant time,
 * and a timestamp no further than `toleranceSeconds` from now (against replays).
 *
 * @param header - the header value
 * @param body - the exact body text as received
 * @param secret - the shared secret
 * @param options - the clock and the tolerance (300 s by default)
 * @returns true when the signature is valid and fresh
 * @example
 * ```ts
 * if (!verifyWebhookSignature(req.headers['temadag-signature'], rawBody, secret)) {
 *   res.statusCode = 400;
 * }
 * ```
 */
export function verifyWebhookSignature(
  header: string | undefined,
  body: string,
  secret: string,
  options: { now?: Date; toleranceSeconds?: number } = {},
): boolean {
  if (!header) return false;
  const parts = new Map(
    header.split(',').map((p) => {
      const i = p.indexOf('=');
      return [p.slice(0, i).trim(), p.slice(i + 1).trim()] as const;
    }),
  );
  const t = parts.get('t');
  const v1 = parts.get('v1');
  if (!t || !/^\d{1,12}$/.test(t) || !v1 || !/^[0-9a-f]{64}$/.test(v1)) return false;
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (Math.abs(now - Number(t)) > (options.toleranceSeconds ?? 300)) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest();
  return timingSafeEqual(expected, Buffer.from(v1, 'hex'));
}
