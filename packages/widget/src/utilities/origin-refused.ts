/** Where the guide explains the setting, for the developer's console message. */
const GUIDE = 'docs/embedding.md#when-the-page-is-not-allowed';

/**
 * The developer's console message when the Temadag server does not allow the page's origin.
 *
 * @param url - the catalog URL that was refused
 * @param certain - whether the server said so (a readable 403), or it is the likely cause of a
 *   failed cross-origin fetch
 * @returns an error named `OriginNotAllowed` with the message
 */
function notAllowed(url: URL, certain: boolean): Error {
  const origin = location.origin;
  const error = new Error(
    `${certain ? 'The Temadag server refuses' : 'Could not fetch the catalog, most likely because the server does not allow'} this page's origin ${origin} (${url.href}). ` +
      `Add ${origin} to the server's TEMADAG_ALLOWED_ORIGINS setting (comma-separated) and restart it; see ${GUIDE}. ` +
      'Until then visitors see the fallback content inside the element.',
  );
  error.name = 'OriginNotAllowed';
  return error;
}

/**
 * Whether a response is the Temadag server's explicit refusal of the page's origin: a 403 whose
 * body has an error with the code `origin-not-allowed` (the server sends it readable to the
 * refused origin).
 *
 * @param response - the catalog response
 * @param url - the URL fetched
 * @returns the error to report, or undefined for any other response
 * @example
 * ```ts
 * const refused = await originRefused(response, url);
 * if (refused) console.warn(refused.message);
 * ```
 */
export async function originRefused(response: Response, url: URL): Promise<Error | undefined> {
  if (response.status !== 403) return undefined;
  try {
    const body = (await response.clone().json()) as { errors?: { code?: string }[] };
    return body.errors?.some((e) => e.code === 'origin-not-allowed')
      ? notAllowed(url, true)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The likely cause of a fetch that failed with a `TypeError`: for another origin's URL, that
 * its server does not allow the page's origin (the browser hides the CORS error from scripts);
 * for the page's own origin, nothing to add.
 *
 * @param url - the URL fetched
 * @returns the error to report, or undefined
 * @example
 * ```ts
 * const hint = originHint(new URL('https://tilbud.example.dk/api/catalog'));
 * ```
 */
export function originHint(url: URL): Error | undefined {
  return url.origin !== location.origin && /^https?:$/.test(url.protocol)
    ? notAllowed(url, false)
    : undefined;
}
