// Records the page's layout shifts from the first paint on (test/browser/layout-shift.test.ts):
// every 'layout-shift' entry not caused by input, as Lighthouse's CLS counts them.
window.layoutShifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (!entry.hadRecentInput) window.layoutShifts.push(entry.value);
  }
}).observe({ type: 'layout-shift', buffered: true });
document.addEventListener('temadag-ready', () => (window.temadagReady = true));
// ?unreserved: the page without the documented reservation, to show that the test can fail.
if (location.search.includes('unreserved')) document.documentElement.classList.add('unreserved');
