import type { Catalog, Offering } from '@temadag/core';

/**
 * Which offering of the catalog an offer shows: the one its `offering` names, else the
 * catalog's first.
 *
 * @param catalog - the loaded catalog
 * @param id - the element's `offering`, if set
 * @returns the offering, or the id the catalog does not have (for the error the offer shows)
 * @example
 * ```ts
 * shownOffering(catalog, 'nope'); // { offering: undefined, unknown: 'nope' }
 * ```
 */
export function shownOffering(
  catalog: Catalog,
  id: string | undefined,
): { offering: Offering | undefined; unknown: string | undefined } {
  const wanted = id || catalog.offerings[0]!.id;
  const offering = catalog.offerings.find((o) => o.id === wanted);
  return { offering, unknown: offering ? undefined : wanted };
}
