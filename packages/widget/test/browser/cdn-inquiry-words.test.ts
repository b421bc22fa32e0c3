// The script-tag build's form words by language (dist/cdn/, built first): the form's chunk
// and the words of the page's language are fetched side by side, and never the other
// language's; a page switched to English after the form rendered gets the form in English.
import { expect, waitUntil } from '@open-wc/testing';
import { cspPage, type CspWindow } from './csp-page.js';

type PageWindow = CspWindow;
type Form = HTMLElement & { updateComplete: Promise<unknown> };

/** csp.html in a frame, in `lang`, with its offer's form loaded and rendered. */
async function formPage(lang: string): Promise<{ win: PageWindow; root: ShadowRoot; form: Form }> {
  const { win, root } = await cspPage(lang);
  root.querySelector('.inquiry')!.scrollIntoView();
  await waitUntil(() => win.customElements.get('temadag-inquiry'), 'the form never loaded', {
    timeout: 8000,
  });
  const form = root.querySelector('temadag-inquiry') as Form;
  await form.updateComplete;
  return { win, root, form };
}

/** The page's scripts of the build, in the order they were asked for, with their start. */
function scripts(win: Window): { name: string; start: number }[] {
  return win.performance
    .getEntriesByType('resource')
    .map((entry) => ({ name: entry.name.split('/').pop()!, start: entry.startTime }))
    .filter(({ name }) => /^temadag.*\.js$/.test(name));
}
const named = (list: { name: string; start: number }[], prefix: string) =>
  list.filter(({ name }) => new RegExp(`^${prefix}[A-Z0-9]{8}\\.js$`).test(name));

describe("the script-tag build, the form's words by language", () => {
  it("an English page's form is English, with its words fetched beside the form's chunk", async () => {
    const { win, root, form } = await formPage('en');
    const text = form.shadowRoot!.textContent!;
    expect(text).to.contain('Send an inquiry');
    expect(text).not.to.contain('Send henvendelse');
    expect(text).not.to.contain('Kontaktoplysninger');
    const fetched = scripts(win);
    expect(named(fetched, 'temadag-words-en-')).to.have.length(1);
    expect(named(fetched, 'temadag-words-da-')).to.have.length(0);
    // Asked for before the shared chunk, which is asked for only once the form's chunk is here.
    const [words] = named(fetched, 'temadag-words-en-');
    const [shared] = named(fetched, 'temadag-shared-');
    expect(words!.start).to.be.lessThan(shared!.start);

    // The English PDF gets its words too (the form's file; the download itself is prevented).
    (root.querySelector('[part="pdf-button"]') as HTMLButtonElement).click();
    await waitUntil(() => win.temadagEvents.includes('temadag-pdf'), 'no PDF made', {
      timeout: 8000,
    });
  });

  it("a Danish page's form is Danish and fetches no English", async () => {
    const { win, form } = await formPage('da');
    expect(form.shadowRoot!.textContent).to.contain('Send henvendelse');
    const fetched = scripts(win);
    expect(named(fetched, 'temadag-words-da-')).to.have.length(1);
    expect(named(fetched, 'temadag-words-en-')).to.have.length(0);
    expect(named(fetched, 'temadag-en-')).to.have.length(0);
    const [words] = named(fetched, 'temadag-words-da-');
    const [shared] = named(fetched, 'temadag-shared-');
    expect(words!.start).to.be.lessThan(shared!.start);
  });

  it('a page switched to English after the form rendered gets the form in English', async () => {
    const { win, form } = await formPage('da');
    win.document.documentElement.lang = 'en';
    await waitUntil(
      () => form.shadowRoot!.textContent!.includes('Send an inquiry'),
      'the form never turned English',
      { timeout: 8000 },
    );
    const text = form.shadowRoot!.textContent!;
    expect(text).not.to.contain('Send henvendelse');
    expect(text).not.to.contain('Kontaktoplysninger');
    expect(form.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('en');
    expect(named(scripts(win), 'temadag-words-en-')).to.have.length(1);
  });
});
