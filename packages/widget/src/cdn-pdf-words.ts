import type { Locale } from '@temadag/core';

/**
 * The words that the script-tag build's PDF maker needs beyond the inquiry form's: core's
 * offer-as-a-document and catalog-check groups (`da-document.ts`, `en-document.ts`), of both
 * languages, in the PDF maker's chunk. Here, and so in the npm build, nothing: core's
 * catalogues are whole there. The script-tag build replaces this module (see
 * scripts/form-words.ts).
 */
export const documentWords: Partial<Record<Locale, object>> = {};
