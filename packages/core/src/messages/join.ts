import type { Messages, OfferMessages, OwnFileMessages, RestMessages } from './types.js';

/**
 * Joins the two parts of a language's catalogue, group by group.
 *
 * @param offer - the entries of the widget's first paint
 * @param rest - every other entry, with the groups kept in files of their own
 * @returns the whole catalogue
 * @example
 * ```ts
 * const da = joinMessages(daOffer, { ...daRest, ...daDocument, ...daRevision });
 * da.offer.total; // 'I alt inkl. moms' (from daOffer)
 * da.offer.title; // 'Tilbud' (from daDocument)
 * ```
 */
export function joinMessages(offer: OfferMessages, rest: RestMessages & OwnFileMessages): Messages {
  const joined: Record<string, object> = { ...offer };
  for (const [group, entries] of Object.entries(rest) as [string, object][]) {
    joined[group] = { ...joined[group], ...entries };
  }
  return joined as unknown as Messages;
}
