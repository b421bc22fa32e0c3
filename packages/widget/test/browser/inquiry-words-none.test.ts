// When no words of the form can be loaded at all, it says so in both languages instead of
// showing an empty box.
import { expect } from '@open-wc/testing';
import { setFormWordsLoader } from '../../src/translations/form-words.js';
import { mount } from './inquiry.fixtures.js';

setFormWordsLoader(() => Promise.reject(new Error('offline')));

describe('<temadag-inquiry> when no words can be loaded', () => {
  it('shows a note in Danish and English', async () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      const el = await mount({ locale: 'en' });
      const note = el.shadowRoot!.querySelector('[role="status"]')!;
      expect(note.querySelector('[lang="da"]')!.textContent).to.contain('Formularen kunne ikke');
      expect(note.querySelector('[lang="en"]')!.textContent).to.contain('The form could not');
      expect(el.shadowRoot!.querySelector('form')).to.equal(null);
    } finally {
      console.warn = warn;
    }
  });
});
