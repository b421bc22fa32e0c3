// The script-tag build's way of getting English words: an English element keeps its fallback
// until the words are here, loads them once for every element, then renders in English.
import { expect, waitUntil } from '@open-wc/testing';
import { TemadagOffer } from '../../src/offer/offer.js';
import { setWordsLoader } from '../../src/utilities/lazy.js';
import { container, exampleInput, mount } from './offer.fixtures.js';

let loads = 0;
let release: () => void = () => undefined;
const words = new Promise<void>((resolve) => (release = resolve));
setWordsLoader(async (locale) => {
  expect(locale).to.equal('en');
  loads++;
  await words;
});
customElements.define('temadag-offer', TemadagOffer);

describe('<temadag-offer> with English words loaded on demand', () => {
  it('shows its fallback until the words are here, then renders in English; one load for all', async () => {
    const parent = container();
    parent.lang = 'en';
    const options = {
      catalog: await exampleInput(),
      parent,
      ready: false,
      fallback: '<p>Wait</p>',
    };
    const first = await mount('temadag-offer', options);
    const second = await mount('temadag-offer', options);
    for (const el of [first, second]) {
      expect(el.shadowRoot!.querySelector('[part="title"]')).to.equal(null);
      expect(el.shadowRoot!.querySelector('slot.fallback')!.hasAttribute('hidden')).to.equal(false);
    }
    release();
    for (const el of [first, second]) {
      await waitUntil(() => el.price !== undefined, 'never priced after the words came');
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain('Shape the theme day');
    }
    expect(loads).to.equal(1);
  });

  it('a Danish element does not wait for English', async () => {
    const el = await mount('temadag-offer', { catalog: await exampleInput() });
    expect(el.shadowRoot!.textContent).to.contain('Sammensæt temadagen');
  });
});
