/**
 * The benchmark's baseline: a bare node:http handler that reads the body, parses the JSON and
 * does the same insert the server does (look the Idempotency-Key up, then insert the inquiry
 * with its key, request hash and an offer snapshot of the same size: in one transaction on
 * SQLite, two statements on PostgreSQL) and answers the same shape (`{ id, reference, offer }`),
 * with no framework, no validation, no pricing, no reference counter, no outbox, no rate limit
 * and no index beyond the id and the key: the offer is made once at start. SQLite through
 * better-sqlite3 (WAL, synchronous NORMAL, as the server's storage; SQLite's own checkpoints
 * inside commits and one commit per request, where the server groups commits and checkpoints
 * from a worker thread), or PostgreSQL through pg when BARE_DATABASE_URL is set (unnamed
 * statements, where the server prepares its two).
 */
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import Database from 'better-sqlite3';
import pg from 'pg';
import { createOffer, loadCatalog } from '@temadag/core';

type Insert = (
  key: string,
  id: string,
  hash: string,
  body: string,
  inquiry: Record<string, unknown>,
) => Promise<string>;

const catalog = loadCatalog(JSON.parse(readFileSync(process.env.TEMADAG_CATALOG!, 'utf8')));
const offer = JSON.stringify(
  createOffer(
    catalog,
    {
      offering: 'dialog-i-udsatte-boligomraader',
      format: 'hel',
      participants: 30,
      modules: ['forsamtale'],
    },
    {
      now: new Date(),
      sequence: 1,
      customer: { organisation: 'Aarhus Kommune', contact: 'Anna Andersen' },
    },
  ),
);
let sequence = 0;
const respond = (id: string) =>
  `{"id":"${id}","reference":"H-2026-${String(++sequence).padStart(4, '0')}","offer":${offer}}`;

async function sqlite(file: string): Promise<Insert> {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`CREATE TABLE IF NOT EXISTS bare_inquiries (id TEXT PRIMARY KEY, created_at TEXT NOT NULL,
             offering TEXT NOT NULL, organisation TEXT NOT NULL, participants INTEGER NOT NULL,
             inquiry TEXT NOT NULL, offer TEXT NOT NULL, idempotency_key TEXT, request_hash TEXT);
           CREATE UNIQUE INDEX IF NOT EXISTS bare_inquiries_key ON bare_inquiries (idempotency_key)
             WHERE idempotency_key IS NOT NULL`);
  const byKey = db.prepare('SELECT id FROM bare_inquiries WHERE idempotency_key = ?');
  const row = db.prepare(
    `INSERT INTO bare_inquiries (id, created_at, offering, organisation, participants, inquiry,
       offer, idempotency_key, request_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const tx = db.transaction(
    (k: string, id: string, hash: string, body: string, q: Record<string, unknown>) => {
      if (byKey.get(k)) throw new Error('key taken');
      const contact = q.contact as { organisation: string };
      row.run(
        id,
        new Date().toISOString(),
        String(q.offering),
        contact.organisation,
        Number(q.participants),
        body,
        offer,
        k,
        hash,
      );
      return respond(id);
    },
  );
  return async (k, id, hash, body, q) => tx.immediate(k, id, hash, body, q);
}

async function postgres(url: string): Promise<Insert> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // Scratch table of this benchmark only.
  await pool.query('DROP TABLE IF EXISTS bare_idempotency, bare_inquiries');
  await pool.query(`CREATE TABLE bare_inquiries (id UUID PRIMARY KEY, created_at TIMESTAMPTZ NOT NULL,
      offering TEXT NOT NULL, organisation TEXT NOT NULL, participants INTEGER NOT NULL,
      inquiry JSON NOT NULL, offer JSON NOT NULL, idempotency_key TEXT, request_hash TEXT)`);
  await pool.query(`CREATE UNIQUE INDEX bare_inquiries_key ON bare_inquiries (idempotency_key)
      WHERE idempotency_key IS NOT NULL`);
  return async (k, id, hash, body, q) => {
    const { rowCount } = await pool.query(
      'SELECT id FROM bare_inquiries WHERE idempotency_key = $1',
      [k],
    );
    if (rowCount) throw new Error('key taken');
    const contact = q.contact as { organisation: string };
    // One statement: atomic on its own, as the server's insert.
    await pool.query(
      `INSERT INTO bare_inquiries (id, created_at, offering, organisation, participants, inquiry,
         offer, idempotency_key, request_hash) VALUES ($1, now(), $2, $3, $4, $5, $6, $7, $8)`,
      [id, String(q.offering), contact.organisation, Number(q.participants), body, offer, k, hash],
    );
    return respond(id);
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const url = process.env.BARE_DATABASE_URL;
const insert = url ? await postgres(url) : await sqlite(process.env.BARE_DB ?? 'bare.sqlite');

const server = createServer(async (req, res) => {
  try {
    const body = await readBody(req);
    const inquiry = JSON.parse(body) as Record<string, unknown>;
    const id = randomUUID();
    const key = String(req.headers['idempotency-key'] ?? id);
    const hash = createHash('sha256').update(body).digest('hex');
    const response = await insert(key, id, hash, body, inquiry);
    res.writeHead(201, { 'content-type': 'application/json' });
    res.end(response);
  } catch {
    res.writeHead(500);
    res.end();
  }
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : 0}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
