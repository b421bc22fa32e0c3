// The script-tag build's first paint (dist/cdn/, built first): temadag.js fetches the offer's
// body (temadag-body-<hash>.js: the shaping form, the agenda, the about text) when it runs on
// a page with an offer, and an offer whose catalog is here shows its price without waiting for
// it. The web test runner holds the body back until the test lets it go (heldBody in
// web-test-runner.config.mjs), so the test sees the offer before and after: the price is painted at once, the form's place
// is kept, `temadag-ready` waits for the form, and when the body arrives the price panel is the
// same element in the same place and keeps the keyboard focus. A page whose body cannot be
// loaded keeps its price and gets ready without the form. A page with only a <temadag-catalog>
// fetches the body only once the catalog opens an offer.
import { expect, waitUntil } from '@open-wc/testing';
import { container, exampleInput } from './offer.fixtures.js';

type PageWindow = Window & {
  temadagEvents: string[];
  temadagReady?: { price: { lines: { explanation: string }[] } };
};

const HELD = '/__temadag-test/held';
let pages = 0;

/** A page with one offer and its catalog inline, loading temadag.js with the body held back. */
async function heldPage(width: number, height: number, page = 'page'): Promise<PageWindow> {
  const check = await fetch('/packages/widget/dist/cdn/temadag.js');
  if (!check.ok) throw new Error('dist/cdn/temadag.js is missing: run the build first');
  await fetch(`${HELD}/reset`);
  const catalog = JSON.stringify(await exampleInput()).replace(/</g, '\\u003c');
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:${height}px;border:0;display:block`;
  frame.srcdoc = `<!doctype html><html lang="da"><head><meta charset="utf-8">
    <script>
      window.temadagEvents = [];
      document.addEventListener('temadag-ready', (event) => {
        window.temadagEvents.push('temadag-ready');
        window.temadagReady = event.detail;
      });
      // A PDF file is made but not downloaded (the event is cancelable).
      document.addEventListener('temadag-pdf', (event) => {
        event.preventDefault();
        window.temadagEvents.push('temadag-pdf');
      });
    </script>
    <script type="module" src="${HELD}/${page}${++pages}/temadag.js"></script></head>
    <body style="margin:0"><temadag-offer participants="30">
      <script type="application/json">${catalog}</script>
      <p>Dialog i udsatte boligområder: en temadag.</p>
    </temadag-offer><p>Efter tilbuddet</p></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  container().append(frame);
  await loaded;
  return frame.contentWindow as PageWindow;
}

function offerRoot(win: Window): ShadowRoot | null {
  return win.document.querySelector('temadag-offer')?.shadowRoot ?? null;
}

afterEach(async () => {
  // A held request must not outlive its test.
  await fetch(`${HELD}/release`);
});

describe('the script-tag build, the offer body', () => {
  it('shows the price before the body, keeps its place, and is ready once the form is there', async () => {
    const win = await heldPage(1280, 800);
    await waitUntil(
      () => offerRoot(win)?.querySelector('.amount-value'),
      'no price without the body',
      {
        timeout: 8000,
      },
    );
    const root = offerRoot(win)!;
    expect(root.querySelector('#participants'), 'no form yet').to.equal(null);
    expect(root.querySelector('.shaping.pending'), "the form's place is kept").not.to.equal(null);
    expect(root.querySelector('.agenda')).to.equal(null);
    expect(win.temadagEvents, 'not ready without the form').to.deep.equal([]);
    // Held back: it has not arrived.
    const names = win.performance.getEntriesByType('resource').map((e) => e.name);
    expect(names.some((name) => /temadag-body-[A-Z0-9]{8}\.js$/.test(name))).to.equal(false);

    const price = root.querySelector<HTMLElement>('.price')!;
    const button = root.querySelector<HTMLButtonElement>('[part="pdf-button"]')!;
    button.focus();
    expect(root.activeElement).to.equal(button);
    const top = price.getBoundingClientRect().top;

    await fetch(`${HELD}/release`);
    await waitUntil(() => win.temadagEvents.includes('temadag-ready'), 'never ready', {
      timeout: 8000,
    });
    // Core's pricing explanations come with the body; the ready event's price carries them.
    const lines = win.temadagReady!.price.lines;
    expect(lines.length).to.be.greaterThan(0);
    for (const line of lines) expect(line.explanation).not.to.equal('');
    expect(root.querySelector('.price'), 'the same price panel').to.equal(price);
    expect(price.getBoundingClientRect().top).to.equal(top);
    expect(root.activeElement, 'the focus stays').to.equal(button);
    expect(root.querySelector('.shaping.pending')).to.equal(null);
    const participants = root.querySelector<HTMLInputElement>('#participants')!;
    expect(participants.value).to.equal('30');
    // The body's styles and words came with it.
    expect(win.getComputedStyle(participants).minHeight).to.equal('44px');
    expect(root.textContent).to.contain('Sammensæt temadagen');
    expect(root.textContent).to.contain('Program');
    expect(root.textContent).not.to.contain('undefined');
    // Each add-on says what it does to the price: the body works it out with core's
    // resolveDesign, read from temadag.js.
    const hints = [...root.querySelectorAll('.modules .choice .hint')].map(
      (h) => h.textContent ?? '',
    );
    expect(hints.length).to.be.greaterThan(0);
    for (const hint of hints) {
      expect(hint).to.match(
        /\+ [\d.]+,\d\d\u00a0kr\. ekskl\. moms|Uden merpris|Ingen merpris|Sænker prisen/,
      );
    }
  });

  it("a click on the PDF button before the body is here waits for it (the action is the body's)", async () => {
    const win = await heldPage(1280, 800, 'pdf');
    await waitUntil(() => offerRoot(win)?.querySelector('[part="pdf-button"]'), 'no PDF button', {
      timeout: 8000,
    });
    const root = offerRoot(win)!;
    root.querySelector<HTMLButtonElement>('[part="pdf-button"]')!.click();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(win.temadagEvents, 'no file without the body').to.deep.equal([]);
    // The status line (a live region) is there from the first paint, empty until a job runs.
    expect(root.querySelector('.pdf-status')?.textContent?.trim()).to.equal('');
    await fetch(`${HELD}/release`);
    await waitUntil(() => win.temadagEvents.includes('temadag-pdf'), 'no PDF once the body came', {
      timeout: 20000,
    });
    await waitUntil(
      () =>
        root.querySelector('.pdf-status')?.textContent?.trim() ===
        'Tilbuddet er hentet som pdf-fil.',
      'the status line never said the file was made',
    );
  });

  it('on a narrow page, the price below the kept place starts below the fold', async () => {
    const win = await heldPage(412, 823);
    await waitUntil(
      () => offerRoot(win)?.querySelector('.amount-value'),
      'no price without the body',
      {
        timeout: 8000,
      },
    );
    const root = offerRoot(win)!;
    const pending = root.querySelector<HTMLElement>('.shaping.pending')!;
    expect(pending.getBoundingClientRect().height).to.equal(823);
    expect(root.querySelector('.price')!.getBoundingClientRect().top).to.be.at.least(823);
    await fetch(`${HELD}/release`);
    await waitUntil(() => win.temadagEvents.includes('temadag-ready'), 'never ready', {
      timeout: 8000,
    });
    expect(root.querySelector('#participants')).not.to.equal(null);
  });

  it('without its body (the chunk cannot be loaded) keeps the price, frees the place and gets ready', async () => {
    const win = await heldPage(1280, 800, 'broken');
    await waitUntil(() => win.temadagEvents.includes('temadag-ready'), 'never ready', {
      timeout: 8000,
    });
    const root = offerRoot(win)!;
    expect(root.querySelector('.amount-value')).not.to.equal(null);
    expect(root.querySelector('.shaping'), 'no kept place without a form to come').to.equal(null);
    expect(root.querySelector('#participants')).to.equal(null);
    expect(root.querySelector('[part="pdf-button"]')).not.to.equal(null);
  });

  it('without its body, a click on the PDF button says in the status line that it failed', async () => {
    const win = await heldPage(1280, 800, 'broken');
    await waitUntil(() => win.temadagEvents.includes('temadag-ready'), 'never ready', {
      timeout: 8000,
    });
    const root = offerRoot(win)!;
    const status = () => root.querySelector('.pdf-status')?.textContent?.trim();
    expect(status(), 'nothing to say before a click').to.equal('');
    root.querySelector<HTMLButtonElement>('[part="pdf-button"]')!.click();
    await waitUntil(
      () => status() === 'Tilbuddet kunne ikke hentes. Prøv at genindlæse siden.',
      `the status line said "${status()}"`,
      { timeout: 8000 },
    );
    expect(root.querySelector('.pdf-status')!.getAttribute('role')).to.equal('status');
    expect(win.temadagEvents).to.not.include('temadag-pdf');
  });
});

/** The body chunks `win` has fetched (a held request counts once it has arrived). */
function bodiesFetched(win: Window): string[] {
  return win.performance
    .getEntriesByType('resource')
    .map((entry) => entry.name.split('/').pop()!)
    .filter((name) => /^temadag-body-[A-Z0-9]{8}\.js$/.test(name));
}

describe('the script-tag build, the body on a page without an offer', () => {
  it('a catalog-only page does not fetch the body until the catalog opens an offer', async () => {
    // Nothing held back: a body asked for arrives at once and shows among the page's resources.
    await fetch(`${HELD}/release`);
    const catalog = JSON.stringify(await exampleInput()).replace(/</g, '\\u003c');
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width:1024px;height:800px;border:0;display:block';
    frame.srcdoc = `<!doctype html><html lang="da"><head><meta charset="utf-8">
      <script type="module" src="${HELD}/catalog${++pages}/temadag.js"></script></head>
      <body style="margin:0"><temadag-catalog>
        <script type="application/json">${catalog}</script>
        <p>Temadage</p>
      </temadag-catalog></body></html>`;
    const loaded = new Promise((resolve) =>
      frame.addEventListener('load', resolve, { once: true }),
    );
    container().append(frame);
    await loaded;
    const win = frame.contentWindow!;
    const root = () => win.document.querySelector('temadag-catalog')?.shadowRoot ?? null;
    await waitUntil(() => root()?.querySelector('[part="open-button"]'), 'the list never came', {
      timeout: 8000,
    });
    // The list's chunk has arrived; give a body fetched beside it as long again to show up.
    const started = win.performance.now();
    await waitUntil(() => win.performance.now() - started > 500, '', { timeout: 2000 });
    const names = win.performance.getEntriesByType('resource').map((e) => e.name);
    expect(names.some((name) => /temadag-catalog-[A-Z0-9]{8}\.js$/.test(name))).to.equal(true);
    expect(bodiesFetched(win), 'no body for a list').to.deep.equal([]);

    root()!.querySelector<HTMLButtonElement>('[part="open-button"]')!.click();
    await waitUntil(
      () => root()?.querySelector('temadag-offer')?.shadowRoot?.querySelector('#participants'),
      'the opened offer never got its form',
      { timeout: 8000 },
    );
    expect(bodiesFetched(win), 'the opened offer fetches it, once').to.have.length(1);
  });
});
