import type { Locale } from '../locale.js';
import { da } from './da.js';
import { en } from './en.js';
import type { MessageOverrides, Messages } from './types.js';

export { da } from './da.js';
export { en } from './en.js';
export type { MessageOverrides, Messages } from './types.js';
export { countOf, formatList, midSentence, pluralForm, type PluralForms } from './words.js';

/** Messages by locale. */
export const messages: Readonly<Record<Locale, Messages>> = { da, en };

/**
 * Returns the message catalogue for a locale, with the caller's overrides laid on top.
 *
 * @param locale - `'da'` or `'en'`
 * @param overrides - entries to replace, group by group
 * @returns a complete catalogue
 * @example
 * ```ts
 * const m = getMessages('da', { offer: { title: 'Tilbud på temadag' } });
 * m.offer.title; // 'Tilbud på temadag'
 * m.offer.total; // 'I alt inkl. moms'
 * ```
 */
export function getMessages(locale: Locale, overrides?: MessageOverrides): Messages {
  const base = messages[locale];
  if (!overrides) return base;
  const merged = { ...base } as Record<string, unknown>;
  for (const [group, entries] of Object.entries(overrides)) {
    if (entries) merged[group] = { ...(base[group as keyof Messages] as object), ...entries };
  }
  return merged as unknown as Messages;
}
