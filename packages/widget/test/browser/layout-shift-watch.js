// Runs first on layout-shift.html (layout-shift.test.ts): records the page's layout shifts from
// the first paint on, every 'layout-shift' entry not caused by input, as Lighthouse's CLS
// counts them.
// (Through globalThis: a classic script may not declare `location` or `document` itself.)
globalThis.layoutShifts = [];
new globalThis.PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (!entry.hadRecentInput) globalThis.layoutShifts.push(entry.value);
  }
}).observe({ type: 'layout-shift', buffered: true });
globalThis.document.addEventListener('temadag-ready', () => (globalThis.temadagReady = true));
// ?unreserved: the page without the documented reservation, to show that the test can fail.
if (globalThis.location.search.includes('unreserved')) {
  globalThis.document.documentElement.classList.add('unreserved');
}
