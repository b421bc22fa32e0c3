// The script-tag build on a page with the strict policy the README documents:
// default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' (test/browser/csp.html).
// It loads dist/cdn/ (`pnpm --filter @temadag/widget run build` first), renders, loads both
// chunks, makes a PDF and sends an inquiry, and no directive is violated on the way.
import { expect, waitUntil } from '@open-wc/testing';
import { container } from './offer.fixtures.js';

type CspWindow = Window & { cspViolations: string[]; temadagEvents: string[] };

async function cspPage(): Promise<{
  win: CspWindow;
  offer: HTMLElement & { shadowRoot: ShadowRoot };
}> {
  const check = await fetch('/packages/widget/dist/cdn/temadag.js');
  if (!check.ok) throw new Error('dist/cdn/temadag.js is missing: run the build first');
  const frame = document.createElement('iframe');
  frame.style.width = '1024px';
  frame.style.height = '800px';
  frame.src = '/packages/widget/test/browser/csp.html';
  container().append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as CspWindow;
  await waitUntil(() => win.temadagEvents?.includes('temadag-ready'), 'the offer never got ready', {
    timeout: 8000,
  });
  const offer = win.document.querySelector('temadag-offer') as HTMLElement & {
    shadowRoot: ShadowRoot;
  };
  return { win, offer };
}

describe('the script-tag build under a strict Content-Security-Policy', () => {
  it('renders, styles itself, loads its chunks, makes a PDF and sends an inquiry without a violation', async () => {
    const { win, offer } = await cspPage();
    const root = offer.shadowRoot;
    expect(root.adoptedStyleSheets.length).to.be.greaterThan(0);
    const title = root.querySelector('[part="title"]')!;
    expect(title.textContent).to.equal('Dialog i udsatte boligområder');
    expect(win.getComputedStyle(title).fontWeight).to.equal('700');
    expect(
      win.getComputedStyle(root.querySelector('[part="pdf-button"]')!).backgroundColor,
    ).to.equal('rgb(69, 69, 69)');

    // The PDF chunk (our PDF writer) loads from beside temadag.js.
    (root.querySelector('[part="pdf-button"]') as HTMLButtonElement).click();
    await waitUntil(() => win.temadagEvents.includes('temadag-pdf'), 'no PDF made', {
      timeout: 8000,
    });

    // The inquiry chunk loads when the form comes near, and sends to connect-src 'self'.
    root.querySelector('.inquiry')!.scrollIntoView();
    await waitUntil(() => win.customElements.get('temadag-inquiry'), 'the form never loaded', {
      timeout: 8000,
    });
    const inquiry = root.querySelector('temadag-inquiry') as HTMLElement & {
      shadowRoot: ShadowRoot;
      updateComplete: Promise<unknown>;
    };
    await inquiry.updateComplete;
    const form = inquiry.shadowRoot;
    const fill = (name: string, value: string) => {
      const field = form.querySelector<HTMLInputElement>(`#f-${name}`)!;
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
    };
    fill('name', 'Anna Jensen');
    fill('email', 'anna@kommune.dk');
    fill('organisation', 'Ærø Kommune');
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(
      () =>
        win.temadagEvents.includes('temadag-success') ||
        win.temadagEvents.includes('temadag-error'),
      'the inquiry was neither sent nor refused',
      { timeout: 8000 },
    );
    expect(win.temadagEvents).to.include.members(['temadag-submit', 'temadag-success']);
    expect(win.cspViolations).to.deep.equal([]);
  });
});
