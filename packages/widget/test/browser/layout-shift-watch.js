// Runs first on layout-shift.html (layout-shift.test.ts): records the page's layout shifts from
// the first paint on, every 'layout-shift' entry not caused by input, as Lighthouse's CLS
// counts them.
const { document, location, PerformanceObserver } = globalThis;
globalThis.layoutShifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (!entry.hadRecentInput) globalThis.layoutShifts.push(entry.value);
  }
}).observe({ type: 'layout-shift', buffered: true });
document.addEventListener('temadag-ready', () => (globalThis.temadagReady = true));
// ?unreserved: the page without the documented reservation, to show that the test can fail.
if (location.search.includes('unreserved')) document.documentElement.classList.add('unreserved');
