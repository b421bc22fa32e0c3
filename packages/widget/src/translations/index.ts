import type { Locale } from '@temadag/core';
import { da } from './da.js';
import { en } from './en.js';
import type { Translation } from './translation.js';

export type { Translation } from './translation.js';
export { da, en };

/** The widget's words by language. */
export const translations: Readonly<Record<Locale, Translation>> = { da, en };
