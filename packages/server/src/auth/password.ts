import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** The shortest password `hashPassword` accepts, in characters. */
export const PASSWORD_MIN_LENGTH = 12;

/**
 * scrypt's cost: N = 2^15, r = 8, p = 1 (32 MiB, about a tenth of a second). Written into every
 * hash, so raising it later leaves the stored hashes readable.
 */
const COST = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;
const FORMAT =
  /^scrypt\$N=(\d{1,8}),r=(\d{1,3}),p=(\d{1,3})\$([A-Za-z0-9_-]{16,})\$([A-Za-z0-9_-]{16,})$/;

function derive(
  password: string,
  salt: Buffer,
  cost: ScryptOptions,
  length: number,
): Promise<Buffer> {
  // scrypt needs 128 * N * r bytes; Node's default ceiling (32 MiB) is exactly N = 2^15, r = 8.
  const maxmem = 256 * (cost.N ?? 0) * (cost.r ?? 0);
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, length, { ...cost, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/**
 * Hashes a password with scrypt (node:crypto) and a random salt, for storage: the string holds
 * the parameters, the salt and the key, so it can be checked later without other settings.
 * The password is NFC-normalised first, so the same characters typed on another keyboard match.
 *
 * @param password - the password
 * @returns `scrypt$N=32768,r=8,p=1$<salt>$<key>` (base64url)
 * @example
 * ```ts
 * const stored = await hashPassword('korrekt hest batteri');
 * await verifyPassword('korrekt hest batteri', stored); // true
 * ```
 */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await derive(password, salt, COST, KEY_LENGTH);
  return `scrypt$N=${COST.N},r=${COST.r},p=${COST.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

/**
 * Checks a password against a hash of {@link hashPassword}, comparing in constant time.
 *
 * @param password - the password given
 * @param stored - the stored hash string
 * @returns true when it matches; false when it does not or the hash is not one of ours
 * @example
 * ```ts
 * await verifyPassword('forkert', stored); // false
 * ```
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const match = FORMAT.exec(stored);
  if (!match) return false;
  const [, n, r, p, salt, key] = match;
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  // Only sane parameters: a tampered row must not make every sign-in allocate gigabytes.
  if (cost.N < 2 ** 10 || cost.N > 2 ** 20 || (cost.N & (cost.N - 1)) !== 0) return false;
  if (cost.r < 1 || cost.r > 32 || cost.p < 1 || cost.p > 16) return false;
  const expected = Buffer.from(key!, 'base64url');
  const actual = await derive(password, Buffer.from(salt!, 'base64url'), cost, expected.length);
  return timingSafeEqual(actual, expected);
}
