import { daChecks } from './da-checks.js';
import { daOffer } from './da-offer.js';
import type { Messages } from './types.js';

/** Danish messages (the default). */
export const da: Messages = { ...daOffer, ...daChecks };
