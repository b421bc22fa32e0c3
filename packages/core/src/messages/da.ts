import { joinMessages } from './join.js';
import { daOffer } from './da-offer.js';
import { daDocument } from './da-document.js';
import { daRest } from './da-rest.js';
import { daRevision } from './da-revision.js';
import type { Messages } from './types.js';

/** Danish messages (the default). */
export const da: Messages = joinMessages(daOffer, { ...daRest, ...daDocument, ...daRevision });
