import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';

/** Bytes of randomness in an offer link token: 256 bits. */
export const TOKEN_BYTES = 32;

/** A token as {@link newOfferToken} makes them: 43 base64url characters. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/**
 * A new offer link token: 32 random bytes (256 bits) in base64url, with its SHA-256 (hex), the
 * only form storage keeps.
 *
 * @returns the token for the link and its hash for the database
 * @example
 * ```ts
 * const { token, tokenHash } = newOfferToken();
 * const url = `${base}/o/${token}`;
 * ```
 */
export function newOfferToken(): { token: string; tokenHash: string } {
  const token = randomBytes(TOKEN_BYTES).toString('base64url');
  return { token, tokenHash: hashOfferToken(token) };
}

/**
 * Whether a path segment has the shape of an offer token; anything else is not looked up.
 *
 * @param value - the `:token` of a request
 * @returns true for 43 base64url characters
 * @example
 * ```ts
 * isOfferTokenShape('abc'); // false
 * ```
 */
export function isOfferTokenShape(value: string): boolean {
  return TOKEN_SHAPE.test(value);
}

/**
 * The SHA-256 (hex) of a token, as storage keeps it. A lookup by this hash is an index lookup
 * on a value the caller cannot steer, so unknown and known tokens take the same path.
 *
 * @param token - the token from the link
 * @returns 64 hex characters
 * @example
 * ```ts
 * hashOfferToken(token).length; // 64
 * ```
 */
export function hashOfferToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * The CSRF value of an offer page's forms: HMAC-SHA256 of the token hash under the server's
 * secret, base64url. It needs no cookie: only someone who has the page (and so the link) has
 * it, and a forged cross-site form cannot know it.
 *
 * @param secret - the server's offer secret
 * @param tokenHash - the revision's token hash
 * @returns the hidden field's value
 * @example
 * ```ts
 * const csrf = offerCsrf(secret, tokenHash);
 * ```
 */
export function offerCsrf(secret: string, tokenHash: string): string {
  return createHmac('sha256', secret).update(`offer-csrf:${tokenHash}`).digest('base64url');
}

/**
 * Checks a posted CSRF value in constant time.
 *
 * @param secret - the server's offer secret
 * @param tokenHash - the revision's token hash
 * @param given - the posted `csrf` field
 * @returns true when it is the page's value
 * @example
 * ```ts
 * if (!offerCsrfMatches(secret, tokenHash, form.get('csrf'))) return forbidden();
 * ```
 */
export function offerCsrfMatches(
  secret: string,
  tokenHash: string,
  given: string | null | undefined,
): boolean {
  if (typeof given !== 'string') return false;
  const expected = Buffer.from(offerCsrf(secret, tokenHash));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** The AES-256-GCM key for sealing, derived from the secret for this one use. */
function sealKey(secret: string): Buffer {
  return createHash('sha256').update(`offer-seal:${secret}`).digest();
}

/**
 * Seals a token for the outbox (AES-256-GCM under a key from the secret), so the database holds
 * no usable link while the customer's email waits for delivery; the sealed value is cleared
 * once the email is sent.
 *
 * @param secret - the server's offer secret
 * @param token - the token
 * @returns `iv.ciphertext.tag`, base64url
 * @example
 * ```ts
 * const payload = sealToken(secret, token);
 * openToken(secret, payload); // token
 * ```
 */
export function sealToken(secret: string, token: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealKey(secret), iv);
  const data = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
  return [iv, data, cipher.getAuthTag()].map((b) => b.toString('base64url')).join('.');
}

/**
 * Opens a value of {@link sealToken}.
 *
 * @param secret - the server's offer secret
 * @param sealed - the sealed value
 * @returns the token
 * @throws Error when the value was not sealed with this secret
 * @example
 * ```ts
 * const token = openToken(secret, item.payload);
 * ```
 */
export function openToken(secret: string, sealed: string): string {
  const [iv, data, tag] = sealed.split('.').map((p) => Buffer.from(p, 'base64url'));
  if (!iv || !data || !tag) throw new Error('The sealed offer token is malformed');
  const decipher = createDecipheriv('aes-256-gcm', sealKey(secret), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
}

/**
 * The offer secret in use: the configured one (`TEMADAG_SECRET`), else the one stored in the
 * database (made on first use, shared by every instance).
 *
 * @param storage - anything with `offerSecret`
 * @param configured - the configured secret, if any
 * @returns the secret
 * @example
 * ```ts
 * const secret = await resolveOfferSecret(storage, config.secret);
 * ```
 */
export async function resolveOfferSecret(
  storage: { offerSecret(candidate: string, at: Date): Promise<string> },
  configured: string | undefined,
): Promise<string> {
  if (configured !== undefined && configured !== '') return configured;
  return storage.offerSecret(randomBytes(32).toString('base64url'), new Date());
}
