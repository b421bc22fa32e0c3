/** Where the guide explains the setting, for the developer's console message. */
const GUIDE = 'docs/embedding.md#when-the-page-is-not-allowed';

/**
 * The developer's console message when the Temadag server does not allow the page's origin.
 * Part of the offer's extras (`offer/extras.ts`): the script-tag build loads it only when a
 * catalog is refused.
 *
 * @param url - the catalog URL that was refused
 * @param certain - whether the server said so (a readable 403), or it is the likely cause of a
 *   failed cross-origin fetch
 * @returns an error named `OriginNotAllowed` with the message
 * @example
 * ```ts
 * console.warn(notAllowed(new URL('https://tilbud.example.dk/api/catalog'), true).message);
 * ```
 */
export function notAllowed(url: URL, certain: boolean): Error {
  const origin = location.origin;
  const error = new Error(
    `${certain ? 'The Temadag server refuses' : 'Could not fetch the catalog, most likely because the server does not allow'} this page's origin ${origin} (${url.href}). ` +
      `Add ${origin} to the server's TEMADAG_ALLOWED_ORIGINS setting (comma-separated) and restart it; see ${GUIDE}. ` +
      'Until then visitors see the fallback content inside the element.',
  );
  error.name = 'OriginNotAllowed';
  return error;
}
