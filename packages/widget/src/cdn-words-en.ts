/**
 * The English words of the script-tag build's inquiry form and PDF maker
 * (`temadag-words-en-<hash>.js`): core's messages beyond the offer's groups (those are
 * `temadag-en-<hash>.js`'s, see scripts/form-words.ts) and the form's words. src/cdn-words.ts
 * loads it.
 */
export { en as messages } from '@temadag/core';
export { enInquiry as words } from './translations/en.js';
