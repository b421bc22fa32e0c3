// The script-tag build's page for the browser tests of its files on the wire: csp.html (which
// loads dist/cdn/temadag.js under a strict Content-Security-Policy) in a frame, in a language.
import { waitUntil } from '@open-wc/testing';
import { container } from './offer.fixtures.js';

/** The page's window, with the events its offer fired. */
export type CspWindow = Window & { temadagEvents: string[] };

/**
 * csp.html in a 1024 × 800 frame, in `lang`, once its offer is ready.
 *
 * @param lang - the page's `lang`
 * @returns the frame's window and the offer's shadow root
 */
export async function cspPage(lang: string): Promise<{ win: CspWindow; root: ShadowRoot }> {
  const check = await fetch('/packages/widget/dist/cdn/temadag.js');
  if (!check.ok) throw new Error('dist/cdn/temadag.js is missing: run the build first');
  const frame = document.createElement('iframe');
  frame.style.width = '1024px';
  frame.style.height = '800px';
  frame.src = `/packages/widget/test/browser/csp.html?lang=${lang}`;
  container().append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as CspWindow;
  await waitUntil(() => win.temadagEvents?.includes('temadag-ready'), 'the offer never got ready', {
    timeout: 8000,
  });
  return { win, root: win.document.querySelector('temadag-offer')!.shadowRoot! };
}
