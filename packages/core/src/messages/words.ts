import { formatNumber } from '../format.js';
import type { Locale } from '../locale.js';

/** The forms of a noun that Danish and English need: one, and every other count. */
export interface PluralForms {
  /** The form for the `one` category, e.g. "element" / "item". */
  one: string;
  /** The form for every other count, e.g. "elementer" / "items". */
  other: string;
}

// Rules and formats are costly to build and keep no state: one of each per language and type.
const pluralRules = new Map<Locale, Intl.PluralRules>();
const listFormats = new Map<string, Intl.ListFormat>();

/**
 * Picks the form of a noun for a count, by the language's plural rules (`Intl.PluralRules`).
 *
 * @param count - how many
 * @param forms - the noun's forms
 * @param locale - the language
 * @returns `forms.one` or `forms.other`
 * @example
 * ```ts
 * pluralForm(1, { one: 'element', other: 'elementer' }, 'da'); // 'element'
 * pluralForm(2, { one: 'element', other: 'elementer' }, 'da'); // 'elementer'
 * ```
 */
export function pluralForm(count: number, forms: PluralForms, locale: Locale): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(count) === 'one' ? forms.one : forms.other;
}

/**
 * A count with its noun in the right form, the number written as the language writes it.
 *
 * @param count - how many
 * @param forms - the noun's forms
 * @param locale - the language
 * @returns e.g. `1 element`, `1.000 elementer`, `2 items`
 * @example
 * ```ts
 * countOf(1, { one: 'sekund', other: 'sekunder' }, 'da'); // '1 sekund'
 * countOf(30, { one: 'sekund', other: 'sekunder' }, 'da'); // '30 sekunder'
 * ```
 */
export function countOf(count: number, forms: PluralForms, locale: Locale): string {
  return `${formatNumber(count, locale)} ${pluralForm(count, forms, locale)}`;
}

/**
 * Joins items as a sentence does (`Intl.ListFormat`): "a og b", "a, b og c"; with
 * `'disjunction'`, "a eller b"; in English "a, b, and c".
 *
 * @param items - the items, already worded
 * @param locale - the language
 * @param type - `'conjunction'` (and, the default) or `'disjunction'` (or)
 * @returns the list as text; `''` for no items
 * @example
 * ```ts
 * formatList(['a', 'b', 'c'], 'da'); // 'a, b og c'
 * formatList(['"ny"', '"besvaret"'], 'da', 'disjunction'); // '"ny" eller "besvaret"'
 * ```
 */
export function formatList(
  items: readonly string[],
  locale: Locale,
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  const key = `${locale}:${type}`;
  let format = listFormats.get(key);
  if (!format) listFormats.set(key, (format = new Intl.ListFormat(locale, { type })));
  return format.format(items);
}

/**
 * The number in a count as a message got it, written for the reader (`1.000`, `1,000`).
 *
 * @param written - the number as text, with or without grouping
 * @returns the number
 * @example
 * ```ts
 * countIn('1.000'); // 1000
 * ```
 */
export function countIn(written: string): number {
  return Number(written.replace(/[^\d]/g, ''));
}

/**
 * A label as it reads in the middle of a sentence: its first letter in lower case, unless the
 * first word looks like an abbreviation or a name written in capitals ("EAN", "PDF").
 *
 * @param label - a label as the catalog writes it, e.g. "Halv temadag"
 * @returns e.g. "halv temadag"
 * @example
 * ```ts
 * midSentence('Halv temadag'); // 'halv temadag'
 * midSentence('EAN-nummer'); // 'EAN-nummer'
 * ```
 */
export function midSentence(label: string): string {
  // The offer's first-paint words inline the same expression: no import for the widget's main file.
  return label.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
}
