// The script-tag build's words on the wire (dist/cdn/, built first): a Danish page fetches
// temadag.js, and beside the catalog the offer's body (temadag-body-<hash>.js, which brings the
// shaping form's words; that the price does not wait for it is cdn-body.test.ts's); an English
// page fetches the English words (temadag-en-<hash>.js) too and renders in English from its
// first paint on.
import { expect, waitUntil } from '@open-wc/testing';
import { container } from './offer.fixtures.js';

type PageWindow = Window & { temadagEvents: string[] };

/** csp.html in a frame, in `lang`, once its offer is ready. */
async function page(lang: string): Promise<{ win: PageWindow; root: ShadowRoot }> {
  const check = await fetch('/packages/widget/dist/cdn/temadag.js');
  if (!check.ok) throw new Error('dist/cdn/temadag.js is missing: run the build first');
  const frame = document.createElement('iframe');
  frame.style.width = '1024px';
  frame.style.height = '800px';
  frame.src = `/packages/widget/test/browser/csp.html?lang=${lang}`;
  container().append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as PageWindow;
  await waitUntil(() => win.temadagEvents?.includes('temadag-ready'), 'the offer never got ready', {
    timeout: 8000,
  });
  return { win, root: win.document.querySelector('temadag-offer')!.shadowRoot! };
}

/** The scripts the page fetched, by file name. */
function scripts(win: Window): string[] {
  return win.performance
    .getEntriesByType('resource')
    .map((entry) => entry.name.split('/').pop()!)
    .filter((name) => name.endsWith('.js'));
}

describe('the script-tag build, words by language', () => {
  it('a Danish page gets temadag.js and the body, no words chunk', async () => {
    const { win, root } = await page('da');
    expect(root.textContent).to.contain('Sammensæt temadagen');
    expect(root.textContent).to.contain('I alt inkl. moms');
    const fetched = scripts(win).filter((name) => name.startsWith('temadag'));
    expect(fetched).to.have.length(2);
    expect(fetched[0]).to.equal('temadag.js');
    expect(fetched[1]).to.match(/^temadag-body-[A-Z0-9]{8}\.js$/);
  });

  it('an English page loads the English words once and renders in English', async () => {
    const { win, root } = await page('en');
    expect(root.textContent).to.contain('Shape the theme day');
    expect(root.textContent).to.contain('Total incl. VAT');
    expect(root.textContent).not.to.contain('I alt inkl. moms');
    const fetched = scripts(win).filter((name) => name.startsWith('temadag'));
    expect(fetched).to.have.length(3);
    expect(fetched.filter((name) => /^temadag-en-[A-Z0-9]{8}\.js$/.test(name))).to.have.length(1);
    expect(fetched.filter((name) => /^temadag-body-[A-Z0-9]{8}\.js$/.test(name))).to.have.length(1);
  });
});
