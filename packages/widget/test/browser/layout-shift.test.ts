// Layout shift on the demo page (layout-shift.html: examples/demo/index.html with the script-tag
// build from dist/cdn/, so `pnpm --filter @temadag/widget run build` first): the sum of every
// 'layout-shift' entry from the first paint until the offer has rendered stays at or below 0.05
// (the CLS target of issue 13) on a desktop and a phone viewport, because the element keeps the
// space it will take while it loads. Without that reservation the same page shifts far more.
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { container } from './offer.fixtures.js';

type ShiftWindow = Window & { layoutShifts?: number[]; temadagReady?: boolean };

const VIEWPORTS = {
  desktop: { width: 1350, height: 940 }, // Lighthouse's desktop screen
  mobile: { width: 412, height: 823 }, // Lighthouse's mobile screen (Moto G Power)
};

after(async () => {
  await setViewport({ width: 800, height: 600 });
});

/** Loads the page in a frame of the viewport's size; the sum of its shifts once settled. */
async function shiftOf(viewport: { width: number; height: number }, query = ''): Promise<number> {
  const check = await fetch('/packages/widget/dist/cdn/temadag.js');
  if (!check.ok) throw new Error('dist/cdn/temadag.js is missing: run the build first');
  await setViewport({ width: viewport.width + 20, height: viewport.height + 20 });
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${viewport.width}px;height:${viewport.height}px;border:0;display:block`;
  frame.src = `/packages/widget/test/browser/layout-shift.html${query}`;
  const box = container();
  box.style.cssText = 'position:fixed;inset:0;z-index:1;background:#fff';
  box.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as ShiftWindow;
  // Generous: the machine may be busy, and the shifts are summed whenever the offer is ready.
  await waitUntil(() => win.temadagReady, 'the offer never got ready', { timeout: 20000 });
  // Let the rest settle (the inquiry chunk, fonts), as Lighthouse waits for quiet.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  return (win.layoutShifts ?? []).reduce((sum, value) => sum + value, 0);
}

describe('layout shift on the demo page', function () {
  // A whole page per test, with its chunks and catalog, on a machine that may be busy.
  this.timeout(40000);
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    it(`stays at or below 0.05 on ${name} (${viewport.width}×${viewport.height})`, async () => {
      const shift = await shiftOf(viewport);
      expect(shift).to.be.at.most(0.05);
    });
  }

  it('is measured: the page without the reservation shifts above 0.05 on desktop', async () => {
    const shift = await shiftOf(VIEWPORTS.desktop, '?unreserved');
    expect(shift).to.be.above(0.05);
  });
});
