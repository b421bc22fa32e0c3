/**
 * The offer page in a real Chromium (CHROME_PATH or /usr/bin/chromium) through playwright-core:
 * served over HTTP with its own headers, so the browser enforces the CSP; axe-core in every
 * state (0 violations), a keyboard pass, a 320 px window, and the accept form posted with
 * JavaScript turned off. Skipped, with the reason printed, only where no Chromium exists.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { offerPageHeaders, renderOfferPage, type OfferPageInput } from '../src/pages/offer-page.js';
import { HAVE_CHROMIUM, axeViolations, useChromium } from './chromium.support.js';
import { listenOnLoopback } from './helpers.js';
import { STATES, pageInput } from './offer-page.support.js';

/** The pages the server below answers, by the token in their address. */
const PAGES: Record<string, OfferPageInput> = {
  ...Object.fromEntries(STATES.map((state) => [state, pageInput(state, { token: state })])),
  errors: pageInput('open', {
    token: 'errors',
    errors: [
      { field: 'name', message: 'Indtast dit navn' },
      {
        field: 'authorised',
        message: 'Sæt flueben, hvis du har ret til at forpligte organisationen',
      },
      { field: 'ean', message: 'EAN-nummeret skal være 13 cifre, fx 5790000000005' },
    ],
    values: { title: 'Leder', ean: '123' },
  }),
  english: pageInput('open', { token: 'english', offer: pageInput('open').offer }),
};
PAGES.english!.offer = { ...PAGES.english!.offer, locale: 'en' };

/** The bodies of the form posts the server received. */
const posts: { path: string; type: string; body: string }[] = [];
let base: string;

const rig = useChromium('offer page browser tests', async ({ onClose }) => {
  const server = await listenOnLoopback((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = url.pathname;
    const [, o, token, action] = path.split('/');
    const input = o === 'o' && token ? PAGES[token] : undefined;
    if (req.method === 'POST' && input && (action === 'accept' || action === 'decline')) {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        posts.push({ path, type: req.headers['content-type'] ?? '', body });
        res.writeHead(303, { Location: `/o/${token}` }).end();
      });
      return;
    }
    if (req.method === 'GET' && input && action === 'pdf') {
      res.writeHead(200, { 'Content-Type': 'application/pdf' }).end('%PDF-1.7\n');
      return;
    }
    if (req.method === 'GET' && input && action === undefined) {
      const headers = offerPageHeaders();
      if (url.searchParams.has('wrong-hash')) {
        headers['Content-Security-Policy'] = headers['Content-Security-Policy']!.replace(
          /sha256-[^']+/,
          'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
        );
      }
      res
        .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...headers })
        .end(renderOfferPage(input));
      return;
    }
    res.writeHead(404).end();
  });
  onClose(server.close);
  base = server.origin;
});

/** Opens a page in a fresh context and collects what the console says (CSP reports land there). */
async function open(
  token: string,
  options: { width?: number; javaScript?: boolean; query?: string } = {},
): Promise<{ page: Page; console: string[]; close: () => Promise<void> }> {
  const context = await rig.browser.newContext({
    viewport: { width: options.width ?? 1024, height: 800 },
    javaScriptEnabled: options.javaScript ?? true,
  });
  const page = await context.newPage();
  const seen: string[] = [];
  page.on('console', (m) => seen.push(`${m.type()}: ${m.text()}`));
  const response = await page.goto(`${base}/o/${token}${options.query ?? ''}`);
  expect(response?.status()).toBe(200);
  return { page, console: seen, close: () => context.close() };
}

/** Two values that only the page's style sheet sets (a browser's defaults differ). */
function styled(page: Page): Promise<{ maxWidth: string; link: string }> {
  return page.evaluate<{ maxWidth: string; link: string }>(`({
    maxWidth: getComputedStyle(document.querySelector('.page')).maxWidth,
    link: getComputedStyle(document.querySelector('a[href$="/pdf"]')).color,
  })`);
}

describe.skipIf(!HAVE_CHROMIUM)('offer page in Chromium', () => {
  it.each([...STATES, 'errors', 'english'])(
    '%s: 0 axe violations, the CSP lets the inline style in and nothing else is blocked',
    async (token) => {
      const { page, console: seen, close } = await open(token);
      try {
        expect(await axeViolations(page)).toEqual([]);
        // The style applied: the hash in the CSP matched the <style> the browser read.
        expect(await styled(page)).toEqual({ maxWidth: '768px', link: 'rgb(0, 77, 153)' });
        expect(seen.filter((line) => /Content Security Policy|Refused/i.test(line))).toEqual([]);
      } finally {
        await close();
      }
    },
  );

  it('the check above can fail: with another hash in the CSP the browser refuses the style', async () => {
    const { page, console: seen, close } = await open('open', { query: '?wrong-hash' });
    try {
      expect(await styled(page)).not.toEqual({ maxWidth: '768px', link: 'rgb(0, 77, 153)' });
      expect(seen.join('\n')).toMatch(/Content Security Policy/);
    } finally {
      await close();
    }
  });

  it.each([...STATES, 'errors'])(
    '%s: reflows in a 320 px window without scrolling sideways',
    async (token) => {
      const { page, close } = await open(token, { width: 320 });
      try {
        const widths = await page.evaluate<{ scroll: number; client: number }>(`({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        })`);
        expect(widths.scroll).toBeLessThanOrEqual(widths.client);
      } finally {
        await close();
      }
    },
  );

  it('keyboard: Tab reaches the PDF link, every field and both buttons in reading order, with a visible focus ring', async () => {
    const { page, close } = await open('open');
    try {
      const order: string[] = [];
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate<{ key: string; outline: string }>(`(() => {
          const el = document.activeElement;
          if (!el || el === document.body) return { key: 'body', outline: '' };
          const key = el.id || el.getAttribute('href') || el.tagName + ':' + el.textContent.trim();
          const style = getComputedStyle(el);
          return { key, outline: style.outlineStyle + ' ' + style.outlineWidth };
        })()`);
        if (focused.key !== 'body') expect(focused.outline, focused.key).toBe('solid 3px');
        order.push(focused.key);
        if (focused.key === 'BUTTON:Afvis tilbuddet') break;
      }
      const expected = [
        '/o/open/pdf',
        '#answer',
        'accept-name',
        'accept-title',
        'accept-authorised',
        'accept-order-reference',
        'accept-ean',
        'BUTTON:Accepter tilbuddet',
        'decline-reason',
        'BUTTON:Afvis tilbuddet',
      ];
      expect(order.filter((key) => expected.includes(key))).toEqual(expected);
      // The checkbox is toggled with the space bar, as a native one is.
      await page.focus('#accept-authorised');
      await page.keyboard.press('Space');
      expect(await page.isChecked('#accept-authorised')).toBe(true);
    } finally {
      await close();
    }
  });

  it('without JavaScript: the accept and decline forms post the fields and the CSRF value', async () => {
    const { page, close } = await open('open', { javaScript: false });
    try {
      posts.length = 0;
      await page.getByLabel('Dit navn').fill('Bo Jensen');
      await page.getByLabel('Stilling').fill('Afdelingsleder');
      await page.getByLabel(/Jeg bekræfter/).check();
      await page.getByLabel(/Ordre- eller rekvisitionsnummer/).fill('PO 77');
      await page.getByRole('button', { name: 'Accepter tilbuddet' }).click();
      await page.waitForURL(`${base}/o/open`);
      await page.getByLabel(/Begrundelse/).fill('For dyrt & for sent');
      await page.getByRole('button', { name: 'Afvis tilbuddet' }).click();
      await expect.poll(() => posts.length).toBe(2);
      expect(posts.map((p) => [p.path, p.type])).toEqual([
        ['/o/open/accept', 'application/x-www-form-urlencoded'],
        ['/o/open/decline', 'application/x-www-form-urlencoded'],
      ]);
      expect(Object.fromEntries(new URLSearchParams(posts[0]!.body))).toEqual({
        csrf: 'csrf-value-0123456789',
        name: 'Bo Jensen',
        title: 'Afdelingsleder',
        authorised: 'on',
        orderReference: 'PO 77',
        ean: '',
      });
      expect(Object.fromEntries(new URLSearchParams(posts[1]!.body))).toEqual({
        csrf: 'csrf-value-0123456789',
        reason: 'For dyrt & for sent',
      });
    } finally {
      await close();
    }
  });

  it('errors: each link of the summary leads to its field', async () => {
    const { page, close } = await open('errors');
    try {
      const summary = page.getByRole('alert');
      await expect
        .poll(() => summary.getByRole('heading', { name: 'Der er problemer' }).count())
        .toBe(1);
      await summary.getByRole('link', { name: 'Indtast dit navn' }).click();
      await page.keyboard.type('Bo');
      expect(await page.inputValue('#accept-name')).toBe('Bo');
      const name = page.getByRole('textbox', { name: 'Dit navn' });
      expect(await name.getAttribute('aria-invalid')).toBe('true');
      expect(await page.getByLabel('Stilling').inputValue()).toBe('Leder');
    } finally {
      await close();
    }
  });
});
