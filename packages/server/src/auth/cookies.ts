/** The name of the console's session cookie. */
export const SESSION_COOKIE = 'temadag_session';

/** The path the session cookie is sent to: the console and its API, nothing else. */
export const SESSION_COOKIE_PATH = '/admin';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Whether a `Host` header names this machine (`localhost`, `127.0.0.1`, `[::1]`, any port): the
 * one case where the session cookie goes without `Secure`, since browsers reach it over
 * plain HTTP while developing.
 *
 * @param host - the request's `Host` header
 * @returns true for the loopback names
 * @example
 * ```ts
 * isLocalHost('localhost:8787'); // true
 * isLocalHost('tilbud.example.dk'); // false
 * ```
 */
export function isLocalHost(host: string | undefined): boolean {
  if (host === undefined) return false;
  const name = host
    .trim()
    .toLowerCase()
    .replace(/:\d{1,5}$/, '');
  return LOCAL_HOSTS.has(name);
}

/**
 * The value of one cookie of a `Cookie` header.
 *
 * @param header - the `Cookie` header
 * @param name - the cookie's name
 * @returns the first value of that name, or undefined
 * @example
 * ```ts
 * readCookie('a=1; temadag_session=abc', 'temadag_session'); // 'abc'
 * ```
 */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (header === undefined) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/**
 * The `Set-Cookie` value of the session cookie: `HttpOnly; SameSite=Strict; Path=/admin`, and
 * `Secure` unless the request came to localhost.
 *
 * @param value - the session id, or '' to clear the cookie
 * @param options - its lifetime in seconds (0 clears it) and whether to add `Secure`
 * @returns the header value
 * @example
 * ```ts
 * sessionCookie('abc', { maxAgeSeconds: 3600, secure: true });
 * // 'temadag_session=abc; Max-Age=3600; Path=/admin; HttpOnly; SameSite=Strict; Secure'
 * ```
 */
export function sessionCookie(
  value: string,
  options: { maxAgeSeconds: number; secure: boolean },
): string {
  const parts = [
    `${SESSION_COOKIE}=${value}`,
    `Max-Age=${Math.max(0, Math.floor(options.maxAgeSeconds))}`,
    `Path=${SESSION_COOKIE_PATH}`,
    'HttpOnly',
    'SameSite=Strict',
  ];
  if (options.secure) parts.push('Secure');
  return parts.join('; ');
}
