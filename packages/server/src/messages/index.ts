import type { Locale } from '@temadag/core';
import { da } from './da.js';
import { en } from './en.js';
import type { ServerMessages } from './types.js';

export type { ConsoleMessages, ServerMessages } from './types.js';
export type { OfferMessages } from './offer-types.js';
export type { OfferPageMessages } from './offer-page-types.js';

/**
 * The server's messages by locale: one catalogue, a file per language.
 *
 * @example
 * ```ts
 * serverMessages.en.badJson; // 'The inquiry is not valid JSON.'
 * ```
 */
export const serverMessages: Readonly<Record<Locale, ServerMessages>> = { da, en };
