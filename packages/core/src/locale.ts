/** The languages Temadag speaks. Danish is the default everywhere. */
export type Locale = 'da' | 'en';

/** All supported locales, default first. */
export const LOCALES: readonly Locale[] = ['da', 'en'];

/**
 * Text that a catalog author may give in Danish only, or in Danish and English.
 *
 * @example
 * ```ts
 * const a: LocalizedText = 'Halv temadag';
 * const b: LocalizedText = { da: 'Halv temadag', en: 'Half theme day' };
 * ```
 */
export type LocalizedText = string | { da: string; en?: string | undefined };

/**
 * Picks the text for a locale, falling back to Danish when no translation is given.
 *
 * @param text - a plain string or a `{ da, en }` object
 * @param locale - the wanted language
 * @returns the text in that language, or in Danish
 * @example
 * ```ts
 * localize({ da: 'Hel temadag', en: 'Full day' }, 'en'); // 'Full day'
 * localize('Hel temadag', 'en'); // 'Hel temadag'
 * ```
 */
export function localize(text: LocalizedText, locale: Locale): string;
export function localize(text: LocalizedText | undefined, locale: Locale): string | undefined;
export function localize(text: LocalizedText | undefined, locale: Locale): string | undefined {
  if (text === undefined) return undefined;
  if (typeof text === 'string') return text;
  return (locale === 'en' ? text.en : undefined) ?? text.da;
}

/**
 * Turns any language tag into a supported locale: `en`, `en-GB` and `en-US` give `en`,
 * everything else gives `da`.
 *
 * @param tag - a BCP 47 language tag such as a `lang` attribute's value
 * @returns `'en'` or `'da'`
 * @example
 * ```ts
 * toLocale('en-GB'); // 'en'
 * toLocale('da-DK'); // 'da'
 * toLocale(undefined); // 'da'
 * ```
 */
export function toLocale(tag: string | null | undefined): Locale {
  return tag && /^en\b/i.test(tag.trim()) ? 'en' : 'da';
}
