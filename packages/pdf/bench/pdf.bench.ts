/**
 * PDF benchmark: render time of the example offer in Node (p50/p95), file sizes, and the gzip
 * size of the browser chunk. Run with `pnpm bench` (builds with tsup first).
 *
 * It measures the built package (dist), as users run it, and bundles dist/index.js for the
 * browser with esbuild as the widget's build would. Single-threaded; the machine may be
 * shared, so the times vary between runs: compare them within one run.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createOffer, loadCatalog, type Offer, type SelectionInput } from '@temadag/core';
import { build } from 'esbuild';
import { renderOfferPdf } from '../dist/index.js';

const catalog = loadCatalog(
  JSON.parse(
    readFileSync(new URL('../../../examples/catalog/catalog.json', import.meta.url), 'utf8'),
  ),
);
const now = new Date('2026-11-27T10:00:00Z');

/** The example offer of the tests: full day, 30 participants, two add-ons, travel, customer. */
const example = createOffer(
  catalog,
  {
    offering: 'dialog-i-udsatte-boligomraader',
    format: 'hel',
    participants: 30,
    modules: ['forsamtale', 'skriftlig-opsamling'],
    date: '2027-03-12',
    place: 'Rådhuset, Ærøskøbing',
    travel: { km: 120 },
  },
  {
    now,
    sequence: 42,
    customer: {
      organisation: 'Ærø Kommune, Børn og Unge',
      contact: 'Åse Ørum Ægidius',
      cvr: '10150817',
      ean: '5790000000005',
      reference: 'Rekv. “Temadag 2027” – ½ dag × 2',
    },
  },
);
/** A two-page offer: the example catalog's second offering, full day, no customer. */
const twoPageSelection: SelectionInput = {
  offering: 'borgerdialog-i-de-almene-boligomraader',
  format: 'hel',
  participants: 20,
};
const twoPage = createOffer(catalog, twoPageSelection, { now, sequence: 43 });

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/**
 * Wall-clock times of renders, sorted, and the CPU time (user + system, all threads) of each:
 * on a machine shared with other jobs the wall clock also counts time spent waiting for a core.
 */
async function renderTimes(offer: Offer, samples: number): Promise<number[] & { cpu: number[] }> {
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < samples; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await renderOfferPdf(offer);
    times.push(performance.now() - t0);
    const used = process.cpuUsage(c0);
    cpu.push((used.user + used.system) / 1000);
  }
  return Object.assign(
    times.sort((a, b) => a - b),
    { cpu: cpu.sort((a, b) => a - b) },
  );
}

async function pageCount(offer: Offer): Promise<{ pages: number; bytes: number }> {
  let pages = 0;
  const bytes = await renderOfferPdf(offer, {
    onProgress: (p) => {
      if (p.pages !== undefined) pages = p.pages;
    },
  });
  return { pages, bytes: bytes.length };
}

async function browserChunk(): Promise<{ raw: number; gzip: number }> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../dist/index.js', import.meta.url))],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  return { raw: code.length, gzip: gzipSync(code).length };
}

// The first render decodes the fonts; warm up the JIT too.
const t0 = performance.now();
await renderOfferPdf(example);
const first = performance.now() - t0;
await renderTimes(example, 30);

const exampleTimes = await renderTimes(example, 200);
const twoPageTimes = await renderTimes(twoPage, 200);
const exampleFile = await pageCount(example);
const twoPageFile = await pageCount(twoPage);
const chunk = await browserChunk();

const kB = (bytes: number) => (bytes / 1000).toFixed(1);
const ms = (value: number) => value.toFixed(1);
/** Budgets of issue 13: render p50 in Node, the two-page file, the browser chunk (gzip). */
const RENDER_P50_MS = 15;
const TWO_PAGE_BYTES = 40_000;
const CHUNK_GZIP_BYTES = 120_000;
const p50 = percentile(exampleTimes, 50);
const twoPageP50 = percentile(twoPageTimes, 50);
const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');
const rows: [string, string, string, string][] = [
  ['first render, cold (ms)', ms(first), '', ''],
  [
    `render p50, example offer, ${exampleFile.pages} pages (ms)`,
    ms(p50),
    `<= ${RENDER_P50_MS}`,
    verdict(p50 <= RENDER_P50_MS),
  ],
  [
    `render p50 CPU time, example offer, ${exampleFile.pages} pages (ms)`,
    ms(percentile(exampleTimes.cpu, 50)),
    '',
    '',
  ],
  [
    `render p95, example offer, ${exampleFile.pages} pages (ms)`,
    ms(percentile(exampleTimes, 95)),
    '',
    '',
  ],
  [
    `render p50, ${twoPageFile.pages}-page offer (ms)`,
    ms(twoPageP50),
    `<= ${RENDER_P50_MS}`,
    verdict(twoPageP50 <= RENDER_P50_MS),
  ],
  [
    `render p50 CPU time, ${twoPageFile.pages}-page offer (ms)`,
    ms(percentile(twoPageTimes.cpu, 50)),
    '',
    '',
  ],
  [`render p95, ${twoPageFile.pages}-page offer (ms)`, ms(percentile(twoPageTimes, 95)), '', ''],
  [`file size, example offer, ${exampleFile.pages} pages (kB)`, kB(exampleFile.bytes), '', ''],
  [
    `file size, ${twoPageFile.pages}-page offer (kB)`,
    kB(twoPageFile.bytes),
    `<= ${TWO_PAGE_BYTES / 1000}`,
    verdict(twoPageFile.pages === 2 && twoPageFile.bytes <= TWO_PAGE_BYTES),
  ],
  ['browser chunk, minified (kB)', kB(chunk.raw), '', ''],
  [
    'browser chunk, gzip, fonts included (kB)',
    kB(chunk.gzip),
    `<= ${CHUNK_GZIP_BYTES / 1000}`,
    verdict(chunk.gzip <= CHUNK_GZIP_BYTES),
  ],
];
console.log(
  `@temadag/pdf bench — node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, load ${os.loadavg()[0]!.toFixed(1)}, ${new Date().toISOString()}`,
);
console.log('| figure | value | target | |');
console.log('|---|---:|---:|---|');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
