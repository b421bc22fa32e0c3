/**
 * The life of an offer after the inquiry: revision numbers and the acceptance record.
 *
 * @module
 */

/**
 * The number of a revision: revision 1 is the base number itself, revision n ≥ 2 is
 * `<base>-<n>`.
 *
 * @param base - the inquiry's offer number, e.g. `T-2027-0042`
 * @param revision - the revision, a whole number from 1
 * @returns the revision's number
 * @throws RangeError when `revision` is not a whole number from 1
 * @example
 * ```ts
 * revisionNumber('T-2027-0042', 1); // 'T-2027-0042'
 * revisionNumber('T-2027-0042', 2); // 'T-2027-0042-2'
 * ```
 */
export function revisionNumber(base: string, revision: number): string {
  if (!Number.isSafeInteger(revision) || revision < 1) {
    throw new RangeError(`revision must be a whole number from 1: ${revision}`);
  }
  return revision === 1 ? base : `${base}-${revision}`;
}

/**
 * The record of a customer accepting one revision of an offer: who, when, which revision and
 * which PDF bytes (their SHA-256), and the references the buyer added when accepting.
 *
 * @example
 * ```ts
 * const acceptance: Acceptance = {
 *   name: 'Mette Hansen',
 *   title: 'Afdelingsleder',
 *   acceptedAt: '2027-01-05T13:03:00.000Z',
 *   number: 'T-2027-0042-2',
 *   pdfSha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
 *   orderReference: 'PO-7781',
 * };
 * ```
 */
export interface Acceptance {
  /** Name of the person who accepted. */
  name: string;
  /** Their title (job title), stated with their confirmation that they may commit the buyer. */
  title: string;
  /** The moment of acceptance, ISO 8601 in UTC. */
  acceptedAt: string;
  /** The accepted revision's number. */
  number: string;
  /** SHA-256 of the accepted revision's PDF bytes, lowercase hex. */
  pdfSha256: string;
  /** The buyer's order or requisition number, when given. */
  orderReference?: string;
  /** The buyer's EAN (GLN) given when accepting, when the offer had none. */
  ean?: string;
}
