import { offerPdfFileName } from '@temadag/core';
import { renderOfferPdf } from '@temadag/pdf';
import { attachment } from '../http/content-disposition.js';
import type { AppContext } from '../http/context.js';
import type { StoredRevision } from '../storage/types.js';

/**
 * A sent revision's PDF as a download, for the console and for the customer's page: the offer
 * as sent, with the acceptance block once it is accepted, named after its number
 * (`tilbud-T-2027-0042-2.pdf`).
 *
 * @param c - the request context
 * @param revision - the stored revision
 * @param headers - more headers of the answer (caching, robots, referrer)
 * @returns the `application/pdf` answer
 * @example
 * ```ts
 * return revisionPdfResponse(c, revision, { 'Cache-Control': 'no-store' });
 * ```
 */
export async function revisionPdfResponse(
  c: AppContext,
  revision: StoredRevision,
  headers: Record<string, string> = {},
): Promise<Response> {
  const { offer, acceptance } = revision;
  const pdf = acceptance
    ? await renderOfferPdf(offer, { acceptance })
    : await renderOfferPdf(offer);
  return c.body(pdf as Uint8Array<ArrayBuffer>, 200, {
    'Content-Type': 'application/pdf',
    'Content-Disposition': attachment(offerPdfFileName(offer)),
    ...headers,
  });
}
