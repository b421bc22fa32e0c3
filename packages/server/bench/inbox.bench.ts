/**
 * Inbox benchmark: stores 10,000 inquiries through `createInquiry` (varied organisations,
 * people, offerings; most moved on from `ny`), then times `queryInquiries` for a page of 25 with
 * several filter and search mixes, and prints p50 and p95 per mix. The target is p95 <= 50 ms
 * on SQLite and PostgreSQL (with TEMADAG_TEST_DATABASE_URL set, in a fresh schema). Run with
 * `pnpm --filter @temadag/server bench` or `pnpm bench`.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createOffer, inquirySelection, loadCatalog, parseInquiry } from '@temadag/core';
import {
  openStorage,
  type InquiryListQuery,
  type InquiryStatus,
  type OpenStorageOptions,
  type Storage,
} from '../src/storage/index.js';

const INQUIRIES = Number(process.env.TEMADAG_BENCH_INQUIRIES ?? 10_000);
const RUNS = 200;
const TARGET_MS = 50;
const PAGE = 25;

const catalog = loadCatalog(
  JSON.parse(
    readFileSync(new URL('../../../examples/catalog/catalog.json', import.meta.url), 'utf8'),
  ),
);
const OFFERINGS = catalog.offerings.map((o) => o.id);
const PLACES = ['Aarhus', 'Ærø', 'Østjylland', 'Åbenrå', 'Odense', 'Aalborg', 'Køge', 'Vejle'];
const KINDS = ['Kommune', 'Boligselskab', 'Boligforening', 'Forvaltning', 'Afdeling'];
const FIRST = ['Anna', 'Bo', 'Søren', 'Åse', 'Mette', 'Jørgen', 'Lise', 'Niels', 'Karen', 'Ole'];
const LAST = ['Andersen', 'Berg', 'Østergaard', 'Nielsen', 'Holm', 'Krogh', 'Dahl', 'Lund'];
const LATER: InquiryStatus[] = ['besvaret', 'aftalt', 'afvist', 'annulleret'];

/** The offer of the first inquiry, reused: storage does not look inside it. */
let offer: ReturnType<typeof createOffer> | undefined;

async function fill(storage: Storage): Promise<void> {
  const start = Date.UTC(2025, 0, 1);
  const batch = storage.engine === 'sqlite' ? 500 : 20;
  for (let i = 0; i < INQUIRIES; i += batch) {
    const work: Promise<unknown>[] = [];
    for (let j = i; j < Math.min(INQUIRIES, i + batch); j++) {
      const offeringId = OFFERINGS[j % OFFERINGS.length]!;
      const first = FIRST[j % FIRST.length]!;
      const last = LAST[(j >> 3) % LAST.length]!;
      const parsed = parseInquiry(
        {
          offering: offeringId,
          format: j % 3 === 0 ? 'halv' : 'hel',
          participants: 20 + (j % 30),
          contact: {
            name: `${first} ${last}`,
            email: `kontakt.${j}@eksempel${j % 97}.dk`,
            organisation: `${PLACES[j % PLACES.length]} ${KINDS[j % KINDS.length]} ${j % 500}`,
          },
        },
        { offering: catalog.offerings.find((o) => o.id === offeringId)! },
      );
      if (!parsed.ok) throw new Error(`invalid bench inquiry: ${JSON.stringify(parsed.problems)}`);
      const inquiry = parsed.inquiry;
      const createdAt = new Date(start + j * 37 * 60_000);
      work.push(
        storage
          .createInquiry({
            inquiry: { id: randomUUID(), createdAt, offering: offeringId, locale: 'da', inquiry },
            requestHash: 'bench',
            channels: ['email'],
            makeOffer: (_reference, sequence) =>
              (offer ??= createOffer(catalog, inquirySelection(inquiry), {
                now: createdAt,
                sequence,
              })),
          })
          .then(async (result) => {
            // Four in five are past `ny`, as in an inbox that has been worked through.
            if (result.kind === 'created' && j % 5 !== 0) {
              const status = LATER[j % LATER.length]!;
              await storage.setInquiryStatus(result.stored.id, status, createdAt);
            }
          }),
      );
    }
    await Promise.all(work);
  }
}

const MIXES: Array<[string, (i: number) => InquiryListQuery]> = [
  ['first page', () => ({ limit: PAGE, offset: 0 })],
  ['any page', (i) => ({ limit: PAGE, offset: ((i * 7919) % (INQUIRIES / PAGE)) * PAGE })],
  ['status ny', () => ({ status: 'ny', limit: PAGE, offset: 0 })],
  [
    'offering + status',
    () => ({ offering: OFFERINGS[1], status: 'besvaret', limit: PAGE, offset: 25 }),
  ],
  ['search "kommune"', () => ({ search: 'kommune', limit: PAGE, offset: 0 })],
  ['search "ærø bolig" (rare)', () => ({ search: 'ærø boligselskab 1', limit: PAGE, offset: 0 })],
  ['search email part', (i) => ({ search: `.${i * 37}@`, limit: PAGE, offset: 0 })],
  ['search, no match', () => ({ search: 'findes ikke', limit: PAGE, offset: 0 })],
  ['status + search', () => ({ status: 'ny', search: 'østergaard', limit: PAGE, offset: 0 })],
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const rows: string[][] = [];

async function engine(name: string, options: OpenStorageOptions): Promise<void> {
  const storage = await openStorage(options);
  try {
    const filling = performance.now();
    await fill(storage);
    const filled = (performance.now() - filling) / 1000;
    process.stderr.write(`${name}: ${INQUIRIES} inquiries stored in ${filled.toFixed(1)} s\n`);
    const check = await storage.queryInquiries({ limit: PAGE, offset: 0 });
    if (check.total !== INQUIRIES) throw new Error(`stored ${check.total}, not ${INQUIRIES}`);
    for (const [mix, query] of MIXES) {
      for (let i = 0; i < 10; i++) await storage.queryInquiries(query(i));
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t = performance.now();
        await storage.queryInquiries(query(i));
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      const p50 = percentile(times, 50);
      const p95 = percentile(times, 95);
      rows.push([
        `inbox page of ${PAGE} of ${INQUIRIES}, ${name}, ${mix}: p50 / p95`,
        `${p50.toFixed(1)} / ${p95.toFixed(1)} ms`,
        `p95 <= ${TARGET_MS} ms`,
        p95 <= TARGET_MS ? 'ok' : 'MISSED',
      ]);
    }
  } finally {
    await storage.close();
  }
}

const dir = mkdtempSync(join(os.tmpdir(), 'temadag-inbox-bench-'));
try {
  await engine('SQLite', { sqlitePath: join(dir, 'inbox.sqlite') });
  const pgUrl = process.env.TEMADAG_TEST_DATABASE_URL;
  if (pgUrl) {
    const schema = `temadag_inbox_${randomUUID().slice(0, 8)}`;
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    try {
      const url = new URL(pgUrl);
      url.searchParams.set('options', `-c search_path=${schema}`);
      await engine('PostgreSQL', { databaseUrl: url.toString() });
    } finally {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log(
  `@temadag/server inbox bench — node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, ${new Date().toISOString()}, ${RUNS} queries per mix`,
);
console.log('| figure | value | target | |');
console.log('|---|---:|---:|---|');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
if (!process.env.TEMADAG_TEST_DATABASE_URL) {
  console.log('\nPostgreSQL skipped: set TEMADAG_TEST_DATABASE_URL to include it.');
}
