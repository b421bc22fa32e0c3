// The script-tag build's extras (dist/cdn/, built first): a narrow offer fetches the sticky
// price summary's chunk (temadag-extras-<hash>.js) after its price has rendered, and the
// summary then shows as in the npm build (offer-summary.test.ts); a wide offer never fetches
// it, until the visitor opens the terms (or opens, focuses or points at the breakdown), whose
// body and the breakdown's table are among the extras too. The module keeps the extras once
// loaded, so the terms test runs first.
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { $, chunksFetched, exampleInput, importCdnBuild, mount, text } from './offer.fixtures.js';

const extrasFetched = () => chunksFetched('extras');

before(importCdnBuild);

after(async () => {
  await setViewport({ width: 800, height: 600 });
  window.scrollTo(0, 0);
});

describe('the script-tag build, the extras chunk', () => {
  it('a wide offer loads the terms when the visitor opens them', async () => {
    await setViewport({ width: 1280, height: 800 });
    window.scrollTo(0, 0);
    const el = await mount('temadag-offer', { catalog: await exampleInput() });
    const details = $<HTMLDetailsElement>(el, '.price details[part="terms"]');
    expect(text($(el, '.terms summary'))).to.contain('Betingelser');
    expect(el.shadowRoot!.querySelector('.terms p'), 'no body before it is opened').to.equal(null);
    expect(el.shadowRoot!.querySelector('.breakdown table'), 'no table yet').to.equal(null);
    expect(extrasFetched(), 'a wide offer does not fetch the extras').to.have.length(0);
    details.open = true;
    await waitUntil(() => el.shadowRoot!.querySelector('.terms p'), 'the terms never came', {
      timeout: 8000,
    });
    expect(text(details)).to.contain('Betaling');
    expect(extrasFetched()).to.have.length(1);
    // The breakdown's table came with them, styled by the extras' sheet.
    const table = $<HTMLTableElement>(el, '.breakdown table');
    expect(text(table)).to.contain('I alt ekskl. moms');
    expect(getComputedStyle(table).borderCollapse).to.equal('collapse');
    expect(getComputedStyle($(el, '.breakdown .explanation')).display).to.equal('block');
  });

  it('a narrow offer loads the sticky summary after its price and shows it past the controls', async () => {
    await setViewport({ width: 360, height: 640 });
    window.scrollTo(0, 0);
    const el = await mount('temadag-offer', {
      catalog: await exampleInput(),
      attrs: { endpoint: '/__temadag-test/inquiries' },
    });
    expect($(el, '.price').textContent).to.contain('I alt inkl. moms');
    await waitUntil(() => el.shadowRoot!.querySelector('.summary-anchor'), 'no summary bar', {
      timeout: 8000,
    });
    expect(extrasFetched()).to.have.length(1);
    const anchor = $(el, '.summary-anchor');
    expect(anchor.hidden).to.equal(true);
    // As a visitor scrolls: to the start of the shaping controls, then just past it, the price
    // panel out of view below.
    const start = $(el, '.summary-start').getBoundingClientRect().top + window.scrollY;
    window.scrollTo({ top: start - 20, behavior: 'instant' });
    for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
    const top = $(el, '.shaping').getBoundingClientRect().top + window.scrollY;
    window.scrollTo({ top: top + 20, behavior: 'instant' });
    await waitUntil(() => !anchor.hidden, 'the summary never showed', { timeout: 4000 });
    // Its styles came with it: the bar is laid out, compact, at the bottom of the viewport.
    const box = $(el, '.summary-bar').getBoundingClientRect();
    expect(box.height).to.be.above(0);
    expect(box.height).to.be.below(window.innerHeight / 5);
    expect(box.bottom).to.be.closeTo(window.innerHeight, 2);
  });
});
