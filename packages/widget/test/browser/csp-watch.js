// Runs first on csp.html: records every CSP violation and the widget's events for the test.
// `?lang=en` makes it an English page (cdn-words.test.ts).
const lang = new URLSearchParams(globalThis.location.search).get('lang');
if (lang) globalThis.document.documentElement.lang = lang;
globalThis.cspViolations = [];
globalThis.temadagEvents = [];
globalThis.addEventListener('securitypolicyviolation', (event) => {
  globalThis.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
for (const type of [
  'temadag-ready',
  'temadag-pdf',
  'temadag-submit',
  'temadag-success',
  'temadag-error',
]) {
  globalThis.addEventListener(type, (event) => {
    if (type === 'temadag-pdf') event.preventDefault();
    globalThis.temadagEvents.push(type);
  });
}
