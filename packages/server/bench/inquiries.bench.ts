/**
 * Server benchmark: POST /api/inquiries for 10 s with autocannon from this process, against the
 * built server (dist) in a child process, each request with its own Idempotency-Key; then the
 * same against a bare node:http handler (another child) that parses the JSON and does the same
 * insert directly. The two take turns (two rounds each by default) and each keeps its best
 * round; the ratio of the two is the figure that travels between machines. With
 * TEMADAG_TEST_DATABASE_URL set, the same on PostgreSQL. Run with `pnpm bench`.
 *
 * Two processes share the machine's cores (the server and autocannon), so the figures vary
 * between runs and machines; compare them within one run.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon, { type Result } from 'autocannon';
import pg from 'pg';
import { start } from './child.js';

const catalog = fileURLToPath(new URL('../../../examples/catalog/catalog.json', import.meta.url));
const DURATION = Number(process.env.TEMADAG_BENCH_SECONDS ?? 10);
const CONNECTIONS = 10;

const body = JSON.stringify({
  offering: 'dialog-i-udsatte-boligomraader',
  format: 'hel',
  participants: 30,
  modules: ['forsamtale'],
  preferredDates: ['2027-03-04'],
  place: 'Aarhus',
  message: 'Vi vil gerne høre mere om temadagen for vores afdelingsbestyrelser.',
  contact: { name: 'Anna Andersen', email: 'anna@kommune.dk', organisation: 'Aarhus Kommune' },
});

async function load(url: string, seconds: number): Promise<Result> {
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path: '/api/inquiries',
        headers: { 'content-type': 'application/json' },
        body,
        setupRequest: (request) => ({
          ...request,
          headers: { ...request.headers, 'idempotency-key': randomUUID() },
        }),
      },
    ],
  });
}

interface Figures {
  perSecond: number;
  p99: number;
  non2xx: number;
  errors: number;
}

const ROUNDS = Number(process.env.TEMADAG_BENCH_ROUNDS ?? 2);

/**
 * Loads the server and the bare handler in turns (server, bare, server, bare, …), so a noisy
 * neighbour on a shared machine hits both alike, and keeps each one's best round.
 */
async function measurePair(
  serverEnv: Record<string, string>,
  bareEnv: Record<string, string>,
): Promise<{ server: Figures; bare: Figures }> {
  const server = await start('server-child.ts', serverEnv);
  const bare = await start('bare-child.ts', bareEnv);
  try {
    // Warm up the JIT, the statement caches and the pools.
    await load(server.url, 2);
    await load(bare.url, 2);
    const best: { server?: Figures; bare?: Figures } = {};
    for (let round = 0; round < ROUNDS; round++) {
      for (const [who, child] of [
        ['server', server],
        ['bare', bare],
      ] as const) {
        const r = await load(child.url, DURATION);
        const figures: Figures = {
          perSecond: r.requests.average,
          p99: r.latency.p99,
          non2xx: r.non2xx,
          errors: r.errors + r.timeouts,
        };
        const previous = best[who];
        if (!previous || figures.perSecond > previous.perSecond) {
          best[who] = {
            ...figures,
            non2xx: figures.non2xx + (previous?.non2xx ?? 0),
            errors: figures.errors + (previous?.errors ?? 0),
          };
        } else {
          previous.non2xx += figures.non2xx;
          previous.errors += figures.errors;
        }
      }
    }
    return { server: best.server!, bare: best.bare! };
  } finally {
    await server.stop();
    await bare.stop();
  }
}

const dir = mkdtempSync(join(os.tmpdir(), 'temadag-bench-'));
const rows: string[][] = [];
const flag = (ok: boolean) => (ok ? 'ok' : 'MISSED');

async function engine(
  name: string,
  serverEnv: Record<string, string>,
  bareEnv: Record<string, string>,
) {
  const { server, bare } = await measurePair(
    { TEMADAG_CATALOG: catalog, TEMADAG_RATE_LIMIT: '1000000000', ...serverEnv },
    { TEMADAG_CATALOG: catalog, ...bareEnv },
  );
  const ratio = server.perSecond / bare.perSecond;
  rows.push(
    [
      `inquiries/s, ${name}, @temadag/server`,
      server.perSecond.toFixed(0),
      '>= 1500',
      flag(server.perSecond >= 1500),
    ],
    [
      `p99 latency (ms), ${name}, @temadag/server`,
      server.p99.toFixed(1),
      '<= 50',
      flag(server.p99 <= 50),
    ],
    [`inquiries/s, ${name}, bare node:http`, bare.perSecond.toFixed(0), '', ''],
    [`p99 latency (ms), ${name}, bare node:http`, bare.p99.toFixed(1), '', ''],
    [`ratio server / bare, ${name}`, ratio.toFixed(2), '>= 0.5', flag(ratio >= 0.5)],
  );
  for (const [who, f] of [
    ['server', server],
    ['bare', bare],
  ] as const) {
    if (f.non2xx > 0 || f.errors > 0) {
      rows.push([
        `non-2xx / errors, ${name}, ${who}`,
        `${f.non2xx} / ${f.errors}`,
        '0 / 0',
        'MISSED',
      ]);
    }
  }
}

try {
  await engine(
    'SQLite',
    { TEMADAG_DB: join(dir, 'server.sqlite') },
    { BARE_DB: join(dir, 'bare.sqlite') },
  );
  const pgUrl = process.env.TEMADAG_TEST_DATABASE_URL;
  if (pgUrl) {
    // A fresh schema for this run, as the SQLite runs get fresh files: both start empty.
    const schema = `temadag_bench_${randomUUID().slice(0, 8)}`;
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    try {
      const url = new URL(pgUrl);
      url.searchParams.set('options', `-c search_path=${schema}`);
      await engine(
        'PostgreSQL',
        { DATABASE_URL: url.toString() },
        { BARE_DATABASE_URL: url.toString() },
      );
    } finally {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log(
  `@temadag/server bench — node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, ${new Date().toISOString()}, best of ${ROUNDS} alternating runs of ${DURATION} s, ${CONNECTIONS} connections`,
);
console.log('| figure | value | target | |');
console.log('|---|---:|---:|---|');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
if (!process.env.TEMADAG_TEST_DATABASE_URL) {
  console.log('\nPostgreSQL skipped: set TEMADAG_TEST_DATABASE_URL to include it.');
}
