// The script-tag build's words on the wire (dist/cdn/, built first): a Danish page fetches
// temadag.js, and beside the catalog the offer's body (temadag-body-<hash>.js, which brings the
// shaping form's words; that the price does not wait for it is cdn-body.test.ts's); an English
// page fetches the English words (temadag-en-<hash>.js) too and renders in English from its
// first paint on.
import { expect } from '@open-wc/testing';
import { cspPage } from './csp-page.js';

/** The scripts the page fetched, by file name. */
function scripts(win: Window): string[] {
  return win.performance
    .getEntriesByType('resource')
    .map((entry) => entry.name.split('/').pop()!)
    .filter((name) => name.endsWith('.js'));
}

describe('the script-tag build, words by language', () => {
  it('a Danish page gets temadag.js and the body, no words chunk', async () => {
    const { win, root } = await cspPage('da');
    expect(root.textContent).to.contain('Sammensæt temadagen');
    expect(root.textContent).to.contain('I alt inkl. moms');
    const fetched = scripts(win).filter((name) => name.startsWith('temadag'));
    expect(fetched).to.have.length(2);
    expect(fetched[0]).to.equal('temadag.js');
    expect(fetched[1]).to.match(/^temadag-body-[A-Z0-9]{8}\.js$/);
  });

  it('an English page loads the English words once and renders in English', async () => {
    const { win, root } = await cspPage('en');
    expect(root.textContent).to.contain('Shape the theme day');
    expect(root.textContent).to.contain('Total incl. VAT');
    expect(root.textContent).not.to.contain('I alt inkl. moms');
    const fetched = scripts(win).filter((name) => name.startsWith('temadag'));
    expect(fetched).to.have.length(3);
    expect(fetched.filter((name) => /^temadag-en-[A-Z0-9]{8}\.js$/.test(name))).to.have.length(1);
    expect(fetched.filter((name) => /^temadag-body-[A-Z0-9]{8}\.js$/.test(name))).to.have.length(1);
  });
});
