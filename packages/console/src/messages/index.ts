import type { Locale } from '@temadag/core';
import { da } from './da.js';
import { en } from './en.js';
import type { ConsoleMessages } from './types.js';

export type { ConsoleMessages } from './types.js';
export { da, en };

/** The console's catalogues by language. */
export const consoleMessages: Readonly<Record<Locale, ConsoleMessages>> = { da, en };
