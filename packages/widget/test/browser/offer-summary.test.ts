// <temadag-offer>'s compact price summary at 360 px: it shows once the visitor has scrolled
// past the start of the shaping controls, hides while the price panel is in view, takes no room,
// says nothing to screen readers on its own, passes axe, and never hides the focused element.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { TemadagOffer } from '../../src/offer/offer.js';
import { $, exampleInput, input, mount, panel, text } from './offer.fixtures.js';

before(async () => {
  await import('../../src/define.js');
});

after(async () => {
  await setViewport({ width: 800, height: 600 });
  window.scrollTo(0, 0);
});

const frames = async (n = 3) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};

/** Scrolls the page so that an element of the offer starts `offset` px below the viewport's top. */
async function scrollToPart(el: TemadagOffer, selector: string, offset = 0): Promise<void> {
  const top = $(el, selector).getBoundingClientRect().top + window.scrollY;
  window.scrollTo({ top: top - offset, behavior: 'instant' });
  await frames();
  await el.updateComplete;
}

const bar = (el: TemadagOffer) => $(el, '.summary-bar');
const barShown = (el: TemadagOffer) => bar(el).getBoundingClientRect().height > 0;

/** The element that has focus, through the shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function narrowOffer(): Promise<TemadagOffer> {
  await setViewport({ width: 360, height: 640 });
  window.scrollTo(0, 0);
  return mount('temadag-offer', {
    catalog: await exampleInput(),
    attrs: { endpoint: '/__temadag-test/inquiries' },
  });
}

describe('<temadag-offer> price summary at 360 px', () => {
  it('shows past the start of the shaping controls, not over the price panel, and moves nothing', async () => {
    const el = await narrowOffer();
    expect(barShown(el), 'at the top of the offer').to.equal(false);
    const heightBefore = el.getBoundingClientRect().height;

    await scrollToPart(el, '.summary-start', 20);
    expect(barShown(el), 'the shaping controls start below the top').to.equal(false);
    await scrollToPart(el, '.shaping', -20);
    await waitUntil(() => barShown(el), 'no summary among the shaping controls');
    expect(el.getBoundingClientRect().height, 'the bar takes no room').to.equal(heightBefore);
    const box = bar(el).getBoundingClientRect();
    expect(box.bottom).to.be.closeTo(window.innerHeight, 1);
    expect(box.width).to.be.at.most(360);
    expect(box.height, 'compact').to.be.below(window.innerHeight / 5);
    expect(text(bar(el))).to.contain(panel(el).subtotal);

    // The price follows the design.
    await input(el, '#participants', '50');
    expect(text(bar(el))).to.contain(panel(el).subtotal);

    await scrollToPart(el, '.price', 100);
    await waitUntil(() => !barShown(el), 'the summary stays over the price panel');

    await scrollToPart(el, '.agenda', 0);
    await waitUntil(() => barShown(el), 'no summary below the price panel');
    // Nothing wider than the viewport (1.4.10 Reflow).
    expect(document.documentElement.scrollWidth).to.be.at.most(360);
  });

  it('is no live region, has no axe violations, and its links lead to the breakdown and the form', async () => {
    const el = await narrowOffer();
    await scrollToPart(el, '.agenda', 0);
    await waitUntil(() => barShown(el), 'no summary');
    expect(bar(el).closest('[aria-live], [role="status"], [role="alert"]')).to.equal(null);
    expect(bar(el).querySelectorAll('[aria-live], [role="status"], [role="alert"]')).to.have.length(
      0,
    );
    await expect(el).to.be.accessible();

    const [toBreakdown, toForm] = [...bar(el).querySelectorAll('button')];
    toBreakdown!.click();
    await frames();
    expect($<HTMLDetailsElement>(el, '.breakdown').open).to.equal(true);
    expect(deepActive()).to.equal($(el, '.breakdown summary'));
    await waitUntil(() => !barShown(el), 'the summary stays over the breakdown');

    await scrollToPart(el, '.agenda', 0);
    await waitUntil(() => barShown(el), 'no summary');
    toForm!.click();
    await frames();
    expect(deepActive()).to.equal($(el, '.inquiry'));
    expect($(el, '.inquiry').getBoundingClientRect().top).to.be.closeTo(0, 2);
  });

  it('never hides the focused element (WCAG 2.4.11), also inside the inquiry form', async () => {
    const el = await narrowOffer();
    await scrollToPart(el, '.agenda', 0);
    await waitUntil(() => barShown(el), 'no summary');
    $(el, '.agenda h3').setAttribute('tabindex', '-1');
    $(el, '.agenda h3').focus();
    const obscured: string[] = [];
    let checked = 0;
    for (let i = 0; i < 25; i++) {
      await sendKeys({ press: 'Tab' });
      await frames();
      const active = deepActive();
      if (!active || !barShown(el) || bar(el).contains(active)) continue;
      const a = active.getBoundingClientRect();
      const b = bar(el).getBoundingClientRect();
      checked++;
      if (a.bottom > b.top && a.top < b.bottom) {
        obscured.push(`${active.localName}#${active.id} ${a.top}-${a.bottom} under ${b.top}`);
      }
    }
    expect(checked, 'focus moved while the summary showed').to.be.greaterThan(3);
    expect(obscured).to.deep.equal([]);
  });
});
