/**
 * The Danish words of the script-tag build's inquiry form and PDF maker
 * (`temadag-words-da-<hash>.js`): core's messages beyond the offer's groups (the build keeps
 * only those, see scripts/form-words.ts) and the form's words. src/cdn-words.ts loads it.
 */
export { da as messages } from '@temadag/core';
export { daInquiry as words } from './translations/da.js';
