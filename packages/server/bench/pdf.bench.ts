/**
 * PDF benchmark: the offer's PDF made by the server (`<temadag-offer pdf="server">`, which
 * POSTs the design to `/api/offers/pdf`) against the browser's own render (the same page
 * without an endpoint, as before the server path: it loads the PDF maker chunk), in headless Chromium (CHROME_PATH or /usr/bin/chromium,
 * the widget's test flags) against the built server (dist) in a child process. The server
 * serves the widget's script-tag build (`packages/widget/dist/cdn`, build it first:
 * `pnpm --filter @temadag/widget run build`; `pnpm bench` builds the widget before the server)
 * and the example catalog; the page comes from another origin (a node:http server on
 * 127.0.0.1, allowed by TEMADAG_ALLOWED_ORIGINS), so the widget's POST goes through the CORS
 * preflight as on a provider's site. Run with `pnpm bench`, or alone:
 * `pnpm --filter @temadag/server exec tsup && pnpm --filter @temadag/server exec tsx bench/pdf.bench.ts`.
 *
 * - time from the click on the PDF button to the downloaded file (Playwright's download
 *   finished), median of RUNS (20) for each path, the paths taking turns: the first click on a
 *   fresh page (new browser context: no HTTP cache, the chunk fetched) and a second click on
 *   the same page (the chunk loaded already);
 * - bytes on the wire per first click: the scripts by their precompressed `.gz` (gzip 9) and
 *   `.br` (brotli 11) files as the server sends them, the request's JSON body (browsers do not
 *   compress request bodies) and the PDF (sent as it is: its streams are compressed inside)
 *   (HTTP headers and the CORS preflight not counted).
 *
 * All on loopback: the times show the work (render, chunk parse) and the round trips without a
 * network's latency; the byte figures are what a real network carries. The machine may be
 * shared, so compare figures within one run.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page, type Response } from 'playwright-core';
import chromiumConfig from '../../widget/test/chromium.json' with { type: 'json' };
import { start } from './child.js';

const RUNS = Number(process.env.TEMADAG_BENCH_PDF_RUNS ?? 20);
const OFFERING = 'dialog-i-udsatte-boligomraader';
const catalogPath = fileURLToPath(
  new URL('../../../examples/catalog/catalog.json', import.meta.url),
);
const cdn = fileURLToPath(new URL('../../widget/dist/cdn/', import.meta.url));
if (!existsSync(`${cdn}temadag.js`)) {
  throw new Error(`${cdn}temadag.js is missing: run pnpm --filter @temadag/widget run build first`);
}
const catalogJson = readFileSync(catalogPath, 'utf8');

type Mode = 'server' | 'browser';

/** One click's figures. */
interface Sample {
  ms: number;
  /** The widget's files fetched after the click. */
  scripts: string[];
  /** Bytes of the request bodies sent after the click. */
  sent: number;
  /** POSTs to /api/offers/pdf and their statuses. */
  posts: number[];
  fileName: string;
  fileBytes: number;
}

const dir = mkdtempSync(join(os.tmpdir(), 'temadag-pdf-bench-'));

// The provider's page, on its own origin: the widget from the server, the catalog inline.
const pages = createServer((request, response) => {
  const mode = new URL(request.url ?? '/', 'http://localhost').searchParams.get('pdf');
  response.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
  });
  response.end(`<!doctype html>
<html lang="da">
<head><meta charset="utf-8"><title>Temadag PDF bench</title></head>
<body>
<script type="module">
document.addEventListener('temadag-ready', () => { window.__ready = true; }, { once: true });
</script>
<script type="module" src="${serverUrl}/widget/temadag.js"></script>
<temadag-offer offering="${OFFERING}" ${mode === 'server' ? `endpoint="${serverUrl}/api/inquiries" pdf="server"` : ''}
  organisation="Ærø Kommune" name="Åse Ørum">
<script type="application/json">${catalogJson.replace(/</g, '\\u003c')}</script>
</temadag-offer>
</body>
</html>`);
});
await new Promise<void>((resolve) => pages.listen(0, '127.0.0.1', resolve));
const pageOrigin = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;

const server = await start('server-child.ts', {
  TEMADAG_CATALOG: catalogPath,
  TEMADAG_DB: join(dir, 'db.sqlite'),
  TEMADAG_ALLOWED_ORIGINS: pageOrigin,
  TEMADAG_PDF_RATE_LIMIT: '1000000000',
  TEMADAG_RATE_LIMIT: '1000000000',
});
const serverUrl = server.url;

/**
 * Notes what the page got from `mark()` on: the widget's files and the bodies of the requests
 * answered (by the answers: Chromium reports a request with a CORS preflight twice).
 */
function network(page: Page) {
  let scripts: string[] = [];
  let sent = 0;
  page.on('response', (response) => {
    const url = response.url();
    if (url.startsWith(`${serverUrl}/widget/`)) scripts.push(basename(new URL(url).pathname));
    sent += response.request().postDataBuffer()?.length ?? 0;
  });
  return {
    mark() {
      scripts = [];
      sent = 0;
    },
    read: () => ({ scripts, sent }),
  };
}

/** Clicks the PDF button and waits for the downloaded file. */
async function click(page: Page, net: ReturnType<typeof network>): Promise<Sample> {
  const posts: number[] = [];
  const onResponse = (r: Response) => {
    if (r.url() === `${serverUrl}/api/offers/pdf` && r.request().method() === 'POST') {
      posts.push(r.status());
    }
  };
  page.on('response', onResponse);
  net.mark();
  // Found before the clock starts; clicked in the page, without Playwright's actionability waits.
  const button = await page.locator('temadag-offer [part="pdf-button"]').elementHandle();
  const download = page.waitForEvent('download', { timeout: 30_000 });
  const t0 = performance.now();
  await button!.evaluate((b: { click(): void }) => b.click());
  const file = await download;
  const path = await file.path();
  const ms = performance.now() - t0;
  // The last network events may trail the download by a moment; they are not timed.
  await page.waitForTimeout(100);
  page.off('response', onResponse);
  const bytes = readFileSync(path);
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') {
    throw new Error(`${file.suggestedFilename()} is not a PDF`);
  }
  return {
    ms,
    ...net.read(),
    posts,
    fileName: file.suggestedFilename(),
    fileBytes: bytes.length,
  };
}

/** A fresh page in its own context; the first and a second click. */
async function run(browser: Browser, mode: Mode): Promise<[Sample, Sample]> {
  const context = await browser.newContext({ acceptDownloads: true });
  try {
    const page = await context.newPage();
    const net = network(page);
    await page.goto(`${pageOrigin}/?pdf=${mode}`);
    await page.waitForFunction('window.__ready === true');
    const first = await click(page, net);
    const second = await click(page, net);
    return [first, second];
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: chromiumConfig.args,
});
const samples: Record<Mode, [Sample, Sample][]> = { server: [], browser: [] };
try {
  // One unmeasured round each: the server's JIT and font loading, Chromium's compile cache.
  await run(browser, 'server');
  await run(browser, 'browser');
  for (let i = 0; i < RUNS; i++) {
    for (const mode of ['server', 'browser'] as const) samples[mode].push(await run(browser, mode));
  }
} finally {
  await browser.close();
  await server.stop();
  pages.close();
  rmSync(dir, { recursive: true, force: true });
}

// The paths must be what they say: the server's made every file, the browser's asked nothing.
for (const [first, second] of samples.server) {
  for (const s of [first, second]) {
    if (s.posts.length !== 1 || s.posts[0] !== 200) {
      throw new Error(`server path: POST /api/offers/pdf answered ${JSON.stringify(s.posts)}`);
    }
  }
}
for (const [first, second] of samples.browser) {
  if (first.posts.length + second.posts.length > 0)
    throw new Error('browser path asked the server');
}

const wire = (names: string[]) => {
  let gzip = 0;
  let br = 0;
  for (const name of names) {
    gzip += readFileSync(`${cdn}${name}.gz`).length;
    br += readFileSync(`${cdn}${name}.br`).length;
  }
  return { gzip, br };
};
const rows: string[][] = [];
for (const mode of ['server', 'browser'] as const) {
  const firsts = samples[mode].map(([first]) => first);
  const seconds = samples[mode].map(([, second]) => second);
  const scripts = [...new Set(firsts.flatMap((s) => s.scripts))].sort();
  const { gzip, br } = wire(scripts);
  const sent = median(firsts.map((s) => s.sent));
  const pdf = median(firsts.map((s) => s.fileBytes));
  const extra = mode === 'server' ? sent + pdf : 0;
  rows.push(
    [
      `PDF ${mode} path: click → file, first click (median of ${RUNS})`,
      `${median(firsts.map((s) => s.ms)).toFixed(0)} ms`,
      '',
    ],
    [
      `PDF ${mode} path: click → file, second click (median of ${RUNS})`,
      `${median(seconds.map((s) => s.ms)).toFixed(0)} ms`,
      '',
    ],
    [
      `PDF ${mode} path: scripts fetched (${scripts.join(', ')})`,
      `gzip ${kB(gzip)} · br ${kB(br)}`,
      '',
    ],
    ...(mode === 'server'
      ? [
          [`PDF server path: request JSON body`, `${sent} B`, ''],
          [`PDF server path: the PDF in the answer (as is)`, kB(pdf), ''],
        ]
      : [[`PDF browser path: the PDF made (not on the wire)`, kB(pdf), '']]),
    [
      `PDF ${mode} path on the wire, first click: scripts + body + PDF`,
      `gzip ${kB(gzip + extra)} · br ${kB(br + extra)}`,
      '',
    ],
  );
}

console.log(
  `@temadag/server PDF bench — node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, ${new Date().toISOString()}, ${RUNS} runs per path, headless Chromium on loopback`,
);
console.log('| figure | value | target | |');
console.log('|---|---:|---:|---|');
for (const row of rows) console.log(`| ${row.join(' | ')} | |`);
