import { joinMessages } from './join.js';
import { enOffer } from './en-offer.js';
import { enDocument } from './en-document.js';
import { enRest } from './en-rest.js';
import { enRevision } from './en-revision.js';
import type { Messages } from './types.js';

/** English messages. */
export const en: Messages = joinMessages(enOffer, { ...enRest, ...enDocument, ...enRevision });
