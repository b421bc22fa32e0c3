// <temadag-offer> on a page whose origin the catalog's server does not allow
// (TEMADAG_ALLOWED_ORIGINS): one clear console message for the page's developer (the origin,
// the setting, the guide), and the visitor sees the page's fallback content, not a broken
// widget. The catalog comes from the test runner's other host name (127.0.0.1 for localhost),
// another origin, from stubs in web-test-runner.config.mjs.
import { expect, waitUntil } from '@open-wc/testing';
import { $, mount } from './offer.fixtures.js';

before(async () => {
  await import('../../src/define.js');
});

const FALLBACK = `<div class="temadag-fallback"><h2>Dialog i udsatte boligområder</h2>
  <p><a href="mailto:kontakt@example.dk">Skriv til os</a></p></div>`;

/** The same test server under another origin. */
function otherOrigin(path: string): string {
  const host = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return `${location.protocol}//${host}:${location.port}${path}`;
}

/** Mounts an offer on a refused catalog; the console warnings it logged. */
async function refused(path: string, fallback?: string) {
  const warnings: unknown[][] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args);
  try {
    const el = await mount('temadag-offer', {
      attrs: { src: otherOrigin(path) },
      ...(fallback ? { fallback } : {}),
      ready: false,
    });
    await waitUntil(() => warnings.length > 0, 'nothing logged', { timeout: 5000 });
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 200));
    return { el, warnings: warnings.map((args) => args.map(String).join(' ')) };
  } finally {
    console.warn = warn;
  }
}

describe('<temadag-offer> on a page that is not allowed', () => {
  for (const [kind, path] of [
    ['the server says so', '/__temadag-test/refusing-catalog'],
    ['the fetch fails (CORS)', '/__temadag-test/no-cors-catalog'],
  ] as const) {
    it(`logs one message naming the origin and TEMADAG_ALLOWED_ORIGINS and shows the fallback (${kind})`, async () => {
      const { el, warnings } = await refused(path, FALLBACK);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(location.origin);
      expect(warnings[0]).to.contain('TEMADAG_ALLOWED_ORIGINS');
      expect(warnings[0]).to.contain('docs/embedding.md#when-the-page-is-not-allowed');
      const slot = $<HTMLSlotElement>(el, 'slot.fallback');
      expect(slot.hidden).to.equal(false);
      expect(el.shadowRoot!.querySelector('.load-error'), 'no error over the fallback').to.equal(
        null,
      );
      expect(el.shadowRoot!.querySelector('[part="base"]')).to.equal(null);
      const contact = el.querySelector('a[href^="mailto:"]')!;
      expect(contact.getBoundingClientRect().height).to.be.greaterThan(0);
      // The fallback at its own height, not the space reserved while loading.
      expect(el.getBoundingClientRect().height).to.be.below(window.innerHeight / 2);
    });
  }

  it('says briefly that the offer cannot be shown when the page wrote no fallback', async () => {
    const { el, warnings } = await refused('/__temadag-test/refusing-catalog');
    expect(warnings).to.have.length(1);
    expect($(el, '.load-error').textContent).to.contain('Kontakt udbyderen');
  });

  it('says nothing about origins when a catalog of its own origin is missing', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      await mount('temadag-offer', {
        attrs: { src: '/packages/widget/test/browser/missing-catalog.json' },
        fallback: FALLBACK,
        ready: false,
      });
      await waitUntil(() => warnings.length > 0, 'nothing logged', { timeout: 5000 });
      expect(warnings.flat().map(String).join(' ')).not.to.contain('TEMADAG_ALLOWED_ORIGINS');
    } finally {
      console.warn = warn;
    }
  });
});
