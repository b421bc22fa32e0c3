import { formatCopenhagenTime, type Acceptance, type Messages, type Offer } from '@temadag/core';
import type { Flow, StructNode } from './layout.js';
import type { PdfMessages } from './messages.js';
import { STYLES } from './theme.js';

/** Lays out label/value pairs as a two-column table of row heads (the document's `facts`). */
export type Facts = (pairs: readonly (readonly [string, string | undefined])[]) => void;

/**
 * Lays out the "Accepteret" block of an accepted offer: who accepted (name and title), when
 * (Copenhagen wall-clock time), the buyer's order reference and EAN when given, and the SHA-256
 * of the PDF that was accepted, as a heading and a table of row heads.
 *
 * @param flow - the document's flow
 * @param root - the structure tree's root, for the heading
 * @param facts - the document's label/value table
 * @param offer - the offer (its language)
 * @param acceptance - the acceptance record
 * @param m - core's offer words (the EAN label)
 * @param pm - the PDF's words
 */
export function layoutAcceptance(
  flow: Flow,
  root: StructNode,
  facts: Facts,
  offer: Pick<Offer, 'locale'>,
  acceptance: Acceptance,
  m: Messages['offer'],
  pm: PdfMessages,
): void {
  flow.heading(pm.accepted, STYLES.h2, root.child('H2'), 18);
  flow.space(2);
  facts([
    [pm.acceptedBy, acceptance.name],
    [pm.acceptedTitle, acceptance.title],
    [pm.acceptedAt, formatCopenhagenTime(acceptance.acceptedAt, offer.locale)],
    [pm.orderReference, acceptance.orderReference],
    [m.ean, acceptance.ean],
    [pm.acceptedPdf, acceptance.pdfSha256],
  ]);
}
