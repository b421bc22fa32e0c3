import { enChecks } from './en-checks.js';
import { enOffer } from './en-offer.js';
import type { Messages } from './types.js';

/** English messages. */
export const en: Messages = { ...enOffer, ...enChecks };
