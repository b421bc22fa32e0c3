import type { Locale } from '@temadag/core';
import { da } from './da.js';
import { en } from './en.js';
import type { CliMessages } from './types.js';

export type { CliMessages } from './types.js';

/**
 * The CLI's messages by locale: one catalogue per language, with the same keys.
 *
 * @example
 * ```ts
 * cliMessages.en.catalogOk(2); // 'OK: 2 offerings'
 * cliMessages.da.catalogOk(2); // 'OK: 2 tilbud'
 * ```
 */
export const cliMessages: Readonly<Record<Locale, CliMessages>> = { da, en };
