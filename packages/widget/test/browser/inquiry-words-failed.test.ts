// When the English words of the form cannot be loaded, an English form shows Danish, whole,
// with a warning, rather than nothing or a mix.
import { expect } from '@open-wc/testing';
import { daInquiry } from '../../src/translations/da.js';
import { enInquiry } from '../../src/translations/en.js';
import { setFormWordsLoader } from '../../src/translations/form-words.js';
import { mount } from './inquiry.fixtures.js';

setFormWordsLoader((locale) =>
  locale === 'en' ? Promise.reject(new Error('offline')) : Promise.resolve(),
);

describe('<temadag-inquiry> when its English words fail to load', () => {
  it('renders in Danish and says why in the console', async () => {
    const warn = console.warn;
    const warnings: unknown[][] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = await mount({ locale: 'en' });
      const base = el.shadowRoot!.querySelector('[part="base"]')!;
      expect(base.getAttribute('lang')).to.equal('da');
      expect(base.textContent).to.contain(daInquiry.heading);
      expect(base.textContent).to.contain(daInquiry.send);
      expect(base.textContent).not.to.contain(enInquiry.heading);
      expect(String(warnings[0]?.[0])).to.contain("form's en words could not be loaded");
    } finally {
      console.warn = warn;
    }
  });
});
