// The script-tag build's catalog view (dist/cdn/, built first): an offer alone never fetches
// temadag-catalog-<hash>.js; a <temadag-catalog> fetches it when it connects, shows its
// fallback until the list is here, then renders the list styled by the chunk's sheet, and an
// opened offering is the <temadag-offer> of temadag.js.
import { expect, waitUntil } from '@open-wc/testing';
import type { TemadagCatalog } from '../../src/catalog/catalog.js';
import { $, chunksFetched, exampleInput, importCdnBuild, mount, text } from './offer.fixtures.js';

const viewFetched = () => chunksFetched('catalog');

before(importCdnBuild);

describe('the script-tag build, the catalog view chunk', () => {
  it('an offer alone does not fetch it', async () => {
    const el = await mount('temadag-offer', { catalog: await exampleInput() });
    expect($(el, '.price').textContent).to.contain('I alt inkl. moms');
    expect(viewFetched()).to.have.length(0);
  });

  it('a catalog fetches it, then lists the offerings, styled, and opens one', async () => {
    const el = await mount<TemadagCatalog>('temadag-catalog', {
      catalog: await exampleInput(),
      fallback: '<p>Temadage</p>',
    });
    // The first render cannot have the chunk yet: the page's fallback shows meanwhile.
    const slot = $<HTMLSlotElement>(el, 'slot');
    expect(el.shadowRoot!.querySelector('.list')).to.equal(null);
    expect(slot.hidden).to.equal(false);
    await waitUntil(() => el.shadowRoot!.querySelector('.list'), 'the list never came', {
      timeout: 8000,
    });
    expect(viewFetched()).to.have.length(1);
    expect(slot.hidden).to.equal(true);
    expect(getComputedStyle($(el, '.list')).display).to.equal('grid');
    expect(text($(el, '.item-title'))).to.equal('Dialog i udsatte boligområder');
    $<HTMLButtonElement>(el, '[part="open-button"]').click();
    await waitUntil(() => el.shadowRoot!.querySelector('temadag-offer'), 'no offer opened');
    const offer = $(el, 'temadag-offer');
    await waitUntil(() => offer.shadowRoot?.querySelector('.price'), 'the offer never rendered');
    expect(text($(el, '.back'))).to.not.equal('');
  });
});
