/**
 * The English words of the script-tag build's first paint, a chunk of their own
 * (`temadag-en-<hash>.js`): core's offer messages (the build keeps core's check messages out)
 * and the widget's translations. temadag.js loads it when an element's language is English.
 */
export { en as messages } from '@temadag/core';
export { en as words } from './translations/en.js';
