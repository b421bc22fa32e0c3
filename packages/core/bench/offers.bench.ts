/**
 * Core benchmark: offers per second for the example catalog, and the time of one price
 * recomputation (what the widget does on every change). Run with `pnpm bench`.
 *
 * It measures the built package (dist), as users run it. Single-threaded: Node runs this on one core. The machine may be shared, so the figures vary
 * between runs; compare them within one run.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import {
  createOffer,
  loadCatalog,
  moduleEffect,
  priceResolved,
  priceSelection,
  resolveDesign,
  type SelectionInput,
} from '../dist/index.js';

const catalog = loadCatalog(
  JSON.parse(
    readFileSync(new URL('../../../examples/catalog/catalog.json', import.meta.url), 'utf8'),
  ),
);

const selections: SelectionInput[] = [
  { offering: 'dialog-i-udsatte-boligomraader', format: 'halv', participants: 12 },
  {
    offering: 'dialog-i-udsatte-boligomraader',
    format: 'hel',
    participants: 30,
    modules: ['forsamtale'],
  },
  {
    offering: 'dialog-i-udsatte-boligomraader',
    format: 'hel',
    participants: 55,
    modules: ['forsamtale', 'skriftlig-opsamling'],
    travel: { km: 120 },
  },
  { offering: 'borgerdialog-i-de-almene-boligomraader', format: 'hel', participants: 40 },
];
const now = new Date('2026-11-27T10:00:00Z');

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function offersPerSecond(durationMs: number): { count: number; perSecond: number } {
  let count = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < durationMs) {
    for (let i = 0; i < 100; i++) {
      createOffer(catalog, selections[count % selections.length]!, { now, sequence: count + 1 });
      count++;
    }
    elapsed = performance.now() - start;
  }
  return { count, perSecond: (count / elapsed) * 1000 };
}

function priceTimes(samples: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const selection = selections[i % selections.length]!;
    const t0 = process.hrtime.bigint();
    priceSelection(catalog, selection);
    times.push(Number(process.hrtime.bigint() - t0) / 1000);
  }
  return times.sort((a, b) => a - b);
}

/** The optional modules of the widget bench's offering, whose effects it shows beside them. */
const addOns = [
  'dialog-beboerdemokrati',
  'forsamtale',
  'interviews-lokale-aktoerer',
  'skriftlig-opsamling',
  'opfoelgningsmoede',
];

/**
 * What the widget works out on every input event in its bench (participants typed, 21 to 59):
 * the price with its explanations and each add-on's effect beside it. Wall time per update
 * (µs, sorted) and the mean main-thread CPU time (µs), which waits for no other process.
 */
function updateTimes(samples: number): { times: number[]; cpu: number } {
  const times: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < samples; i++) {
    const t0 = process.hrtime.bigint();
    const resolved = resolveDesign(catalog, {
      offering: 'dialog-i-udsatte-boligomraader',
      format: 'hel',
      participants: 21 + (i % 39),
      modules: ['forsamtale'],
    });
    if (!resolved.ok) throw new Error('The bench selection does not resolve');
    const price = priceResolved(catalog, resolved.value, { locale: 'da' });
    for (const id of addOns)
      moduleEffect(catalog, resolved.value.selection, id, { locale: 'da', price });
    times.push(Number(process.hrtime.bigint() - t0) / 1000);
  }
  const { user, system } = process.cpuUsage(cpu0);
  return { times: times.sort((a, b) => a - b), cpu: (user + system) / samples };
}

/**
 * Median wall time of a fresh `node` that imports the built package, minus that of a fresh
 * `node` that imports nothing: what `import '@temadag/core'` adds to the CLI's and the
 * server's cold start. Runs are interleaved so machine noise hits both alike.
 */
function coldImportMs(runs: number): number {
  const entry = new URL('../dist/index.js', import.meta.url).href;
  const run = (code: string): number => {
    const t0 = performance.now();
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', code]);
    if (result.status !== 0) throw new Error(String(result.stderr));
    return performance.now() - t0;
  };
  const bare: number[] = [];
  const loaded: number[] = [];
  for (let i = 0; i < runs; i++) {
    bare.push(run(''));
    loaded.push(run(`await import(${JSON.stringify(entry)});`));
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  return median(loaded) - median(bare);
}

// Warm up the JIT and the Intl formatter caches.
offersPerSecond(300);
priceTimes(5_000);
updateTimes(5_000);

const offers = offersPerSecond(2_000);
const times = priceTimes(20_000);
const p50 = percentile(times, 50);
const p95 = percentile(times, 95);
const p99 = percentile(times, 99);
const update = updateTimes(20_000);

const importMs = coldImportMs(15);

const rows: [string, string, string, string][] = [
  [
    'offers/s (createOffer, example catalog)',
    offers.perSecond.toFixed(0),
    '>= 20000',
    offers.perSecond >= 20_000 ? 'ok' : 'MISSED',
  ],
  ['price recomputation p50 (µs)', p50.toFixed(1), '', ''],
  ['price recomputation p95 (µs)', p95.toFixed(1), '<= 50', p95 <= 50 ? 'ok' : 'MISSED'],
  ['price recomputation p99 (µs)', p99.toFixed(1), '', ''],
  [
    'widget update: price and 5 add-on effects p50 (µs)',
    percentile(update.times, 50).toFixed(1),
    '',
    '',
  ],
  [
    'widget update: price and 5 add-on effects p95 (µs)',
    percentile(update.times, 95).toFixed(1),
    '',
    '',
  ],
  ['widget update: price and 5 add-on effects, mean CPU (µs)', update.cpu.toFixed(1), '', ''],
  ['cold import of @temadag/core (ms, median of 15)', importMs.toFixed(0), '', ''],
];
console.log(
  `@temadag/core bench — node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, ${new Date().toISOString()}`,
);
console.log('| figure | value | target | |');
console.log('|---|---:|---:|---|');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
