// The form's words by language as the script-tag build loads them (a file per language, see
// src/cdn-words.ts), driven here through the same loader: the form waits for its language's
// words, and when its language changes it keeps the one it showed, whole, until the new words
// are here.
import { expect } from '@open-wc/testing';
import type { Locale } from '@temadag/core';
import { daInquiry } from '../../src/translations/da.js';
import { enInquiry } from '../../src/translations/en.js';
import { setFormWordsLoader } from '../../src/translations/form-words.js';
import { deferred, mount } from './inquiry.fixtures.js';

const asked: Locale[] = [];
const english = deferred<void>();
setFormWordsLoader((locale) => {
  asked.push(locale);
  return locale === 'en' ? english.promise : new Promise((done) => setTimeout(done, 50));
});

/** Sentences of one language's form that the other's never has. */
const sentences = (m: typeof daInquiry) => [m.heading, m.intro, m.send, m.contactLegend];

describe('<temadag-inquiry> with its words loaded by language', () => {
  it('renders once its Danish words are here, and its updateComplete waits for them', async () => {
    const el = await mount();
    const text = el.shadowRoot!.textContent!;
    for (const s of sentences(daInquiry)) expect(text).to.contain(s);
    expect(asked).to.deep.equal(['da']);
  });

  it('switched to English, shows Danish whole until the English words are here', async () => {
    const el = await mount();
    el.locale = 'en';
    await new Promise((done) => setTimeout(done, 30));
    const base = el.shadowRoot!.querySelector('[part="base"]')!;
    expect(base.getAttribute('lang')).to.equal('da');
    const waiting = base.textContent!;
    for (const s of sentences(daInquiry)) expect(waiting).to.contain(s);
    for (const s of sentences(enInquiry)) expect(waiting).not.to.contain(s);
    expect(asked).to.deep.equal(['da', 'en']);

    english.resolve();
    await el.updateComplete;
    const now = el.shadowRoot!.querySelector('[part="base"]')!;
    expect(now.getAttribute('lang')).to.equal('en');
    for (const s of sentences(enInquiry)) expect(now.textContent).to.contain(s);
    for (const s of sentences(daInquiry)) expect(now.textContent).not.to.contain(s);
    // Each language's words are loaded once.
    expect(asked).to.deep.equal(['da', 'en']);
  });

  it("follows the page's lang attribute too", async () => {
    const el = await mount();
    document.documentElement.lang = 'en';
    try {
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain(enInquiry.heading);
    } finally {
      document.documentElement.lang = 'da';
    }
  });
});
