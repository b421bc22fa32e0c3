// When the English words cannot be loaded, an English element renders in Danish rather than
// not at all.
import { expect, waitUntil } from '@open-wc/testing';
import { TemadagOffer } from '../../src/offer/offer.js';
import { setWordsLoader } from '../../src/utilities/lazy.js';
import { container, exampleInput, mount } from './offer.fixtures.js';

setWordsLoader(() => Promise.reject(new Error('offline')));
customElements.define('temadag-offer', TemadagOffer);

describe('<temadag-offer> when the English words fail to load', () => {
  it('renders in Danish', async () => {
    const parent = container();
    parent.lang = 'en';
    const warn = console.warn;
    const warnings: unknown[][] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = await mount('temadag-offer', {
        catalog: await exampleInput(),
        parent,
        ready: false,
      });
      await waitUntil(() => el.price !== undefined, 'never priced');
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain('Sammensæt temadagen');
      expect(String(warnings[0]?.[0])).to.contain('en words could not be loaded');
    } finally {
      console.warn = warn;
    }
  });
});
