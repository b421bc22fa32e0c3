import type { Locale } from '@temadag/core';
import { da, daInquiry } from './da.js';
import { en, enInquiry } from './en.js';
import type { InquiryTranslation, Translation } from './types.js';

export type { InquiryTranslation, Translation } from './types.js';
export { da, en };

/** The words of `<temadag-offer>` and `<temadag-catalog>` by language. */
export const translations: Readonly<Record<Locale, Translation>> = { da, en };

/**
 * The words of `<temadag-inquiry>` by language. Kept apart from {@link translations} so that
 * the script-tag build's main file, which has no form, does not carry them.
 */
export const inquiryTranslations: Readonly<Record<Locale, InquiryTranslation>> = {
  da: daInquiry,
  en: enInquiry,
};
