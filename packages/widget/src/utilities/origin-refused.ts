import { notAllowed } from './not-allowed.js';

/**
 * Whether a response is the Temadag server's explicit refusal of the page's origin: a 403 whose
 * body has an error with the code `origin-not-allowed` (the server sends it readable to the
 * refused origin). Part of the offer's extras (`offer/extras.ts`): the script-tag build loads
 * them only for a 403.
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
  let said = false;
  try {
    const body = (await response.clone().json()) as { errors?: { code?: string }[] };
    said = body.errors?.some((e) => e.code === 'origin-not-allowed') ?? false;
  } catch {
    return undefined;
  }
  return said ? notAllowed(url, true) : undefined;
}

/**
 * The likely cause of a fetch that failed with a `TypeError`: for another origin's URL, that
 * its server does not allow the page's origin (the browser hides the CORS error from scripts);
 * for the page's own origin, nothing to add. One of the offer's extras too, loaded only after
 * such a failure.
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
