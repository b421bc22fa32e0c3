// Runs first on the demo page as layout-shift.test.ts loads it: records the page's layout shifts
// from the first paint on, every 'layout-shift' entry not caused by input, as Lighthouse's CLS
// counts them, and says when the offer is ready.
// (Through globalThis: a classic script may not declare `document` itself.)
globalThis.layoutShifts = [];
new globalThis.PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (!entry.hadRecentInput) globalThis.layoutShifts.push(entry.value);
  }
}).observe({ type: 'layout-shift', buffered: true });
globalThis.document.addEventListener('temadag-ready', () => (globalThis.temadagReady = true));
