/**
 * The widget's PDF button against a real server, in Chromium (CHROME_PATH or /usr/bin/chromium)
 * through playwright-core: the server (startServer) serves the widget's script-tag build and
 * `POST /api/offers/pdf`; the page is on another, allowed origin, with the catalog inline. The
 * server makes the file when its catalog prices the design as the page shows; when the page's
 * catalog is another (a 409), the browser makes it, with the price on the screen. Needs the
 * widget built (`pnpm --filter @temadag/widget run build`; `pnpm test` builds first). Skipped,
 * with the reason printed, only where no Chromium exists.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { startServer } from '../src/node.js';
import { HAVE_CHROMIUM, useChromium } from './chromium.support.js';
import { flat, pdfText } from './e2e.support.js';
import { catalogPath, listenOnLoopback, OFFERING, root, tempDir } from './helpers.js';

const WIDGET = new URL('packages/widget/dist/cdn/temadag.js', root);

const catalogJson = readFileSync(catalogPath, 'utf8');
/** The same catalog with the half day's fee 500 kr. higher: the page's, not the server's. */
const otherCatalogJson = (() => {
  const catalog = JSON.parse(catalogJson) as {
    offerings: { id: string; priceRules: { id: string; amount?: number }[] }[];
  };
  const fee = catalog.offerings
    .find((o) => o.id === OFFERING)!
    .priceRules.find((r) => r.id === 'honorar-halv')!;
  fee.amount! += 50_000;
  return JSON.stringify(catalog);
})();

let pageOrigin: string;
/** The server's own origin, which the page loads the widget from and sends to. */
let serverUrl: string;

const rig = useChromium('widget PDF browser tests', async ({ onClose }) => {
  if (!existsSync(WIDGET)) {
    throw new Error(`${WIDGET.pathname} is missing: run pnpm --filter @temadag/widget run build`);
  }
  const temp = tempDir('temadag-pdf-browser-');
  onClose(() => temp.remove());
  const pages = await listenOnLoopback((req, res) => {
    const other = new URL(req.url ?? '/', 'http://x').searchParams.has('other');
    const inline = (other ? otherCatalogJson : catalogJson).replace(/</g, '\\u003c');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html>
<html lang="da"><head><meta charset="utf-8"><title>Kommunens side</title></head>
<body>
<script type="module" src="${serverUrl}/widget/temadag.js"></script>
<temadag-offer offering="${OFFERING}" endpoint="${serverUrl}/api/inquiries"
  organisation="Ærø Kommune" name="Åse Ørum">
<script type="application/json">${inline}</script>
</temadag-offer>
</body></html>`);
  });
  onClose(pages.close);
  pageOrigin = pages.origin;
  const config = loadConfig({
    env: {
      TEMADAG_CATALOG: catalogPath,
      TEMADAG_DB: join(temp.dir, 'db.sqlite'),
      TEMADAG_ALLOWED_ORIGINS: pageOrigin,
      PORT: '0',
      HOST: '127.0.0.1',
    },
  });
  const server = await startServer(config, { log: () => {}, handleSignals: false });
  onClose(() => server.close());
  serverUrl = server.url;
});

/** Opens the page, clicks the PDF button and returns what happened. */
async function clickPdf(query = '') {
  const context = await rig.browser.newContext({ acceptDownloads: true });
  try {
    const page = await context.newPage();
    const scripts: string[] = [];
    const posts: number[] = [];
    page.on('response', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith('/widget/')) scripts.push(path.slice('/widget/'.length));
      if (path === '/api/offers/pdf' && r.request().method() === 'POST') posts.push(r.status());
    });
    await page.goto(`${pageOrigin}/${query}`);
    const amount = page.locator('temadag-offer [part="price-amount"]');
    const shown = flat(await amount.innerText());
    const download = page.waitForEvent('download', { timeout: 20_000 });
    await page.locator('temadag-offer [part="pdf-button"]').click();
    const file = await download;
    const text = await pdfText((await file.path())!);
    const status = flat(await page.locator('temadag-offer .pdf-status').innerText());
    return { shown, text, fileName: file.suggestedFilename(), scripts, posts, status };
  } finally {
    await context.close();
  }
}

/** The PDF maker's chunk (not the server request's `temadag-pdf-server-…`). */
const MAKER = /^temadag-pdf-[A-Z0-9]{8}\.js$/;

describe.skipIf(!HAVE_CHROMIUM)('<temadag-offer> PDF from a real @temadag/server', () => {
  it('the server makes the file the screen shows; the PDF maker is not loaded', async () => {
    const got = await clickPdf();
    expect(got.posts).toEqual([200]);
    expect(got.scripts.some((s) => /^temadag-pdf-server-[A-Z0-9]{8}\.js$/.test(s))).toBe(true);
    expect(got.scripts.filter((s) => MAKER.test(s))).toEqual([]);
    expect(got.fileName).toMatch(/^vejledende-tilbud-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(got.shown).toBe('13.250,00 kr.');
    expect(got.text).toContain('13.250,00');
    expect(got.text).toContain('Ærø Kommune');
    expect(got.text).toContain('Vejledende, uden nr.');
    expect(got.status).toBe('Tilbuddet er hentet som pdf-fil.');
  }, 30_000);

  it("when the page's catalog prices it otherwise (409), the browser makes the file with the screen's price", async () => {
    const got = await clickPdf('?other');
    expect(got.posts).toEqual([409]);
    expect(got.scripts.filter((s) => MAKER.test(s))).toHaveLength(1);
    expect(got.shown).toBe('13.750,00 kr.');
    expect(got.text).toContain('13.750,00');
    expect(got.text).not.toContain('13.250,00');
    expect(got.text).toContain('Ærø Kommune');
  }, 30_000);
});
