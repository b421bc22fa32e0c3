import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import {
  LATEST_VERSION,
  MIGRATIONS,
  PostgresStorage,
  SqliteStorage,
  openStorage,
  type CreateInquiryResult,
  type Storage,
  type StorageLog,
  type StoredInquiry,
} from '../src/storage/index.js';
import { Checkpointer, WRITER_CHECKPOINT_PAGES } from '../src/storage/checkpointer.js';
import {
  BASE,
  OFFERING,
  PERSONAL,
  REFERENCE,
  at,
  created,
  freshStore,
  input,
  keyed,
  literal,
  migrateByHandTo,
  onBothEngines,
  tempDirs,
  type Engine,
} from './storage-harness.js';

/** The shared suite: every engine passes the same tests. */
function storageSuite(engine: () => Engine) {
  const fresh = freshStore(engine);
  const open = fresh.open;
  const setup = fresh.renew;

  describe('migrations', () => {
    it('run on open, record every version, and are a no-op the second time', async () => {
      await setup();
      const storage = await open();
      expect(await fresh.count('schema_migrations')).toBe(MIGRATIONS.length);
      await storage.migrate();
      await storage.migrate();
      expect(await fresh.count('schema_migrations')).toBe(MIGRATIONS.length);
      expect(LATEST_VERSION).toBe(MIGRATIONS.at(-1)!.version);
      expect(created(await storage.createInquiry(input())).reference).toMatch(REFERENCE);
    });

    it('two instances migrating at once both succeed, and the schema is made once', async () => {
      await setup();
      const [a, b, c] = await Promise.all([
        open({ migrate: false }),
        open({ migrate: false }),
        open({ migrate: false }),
      ]);
      await Promise.all([a!.migrate(), b!.migrate(), c!.migrate()]);
      expect(await fresh.count('schema_migrations')).toBe(MIGRATIONS.length);
      created(await a!.createInquiry(input()));
      created(await b!.createInquiry(input()));
      expect(await fresh.count('inquiries')).toBe(2);
    });

    it('version 3 moves the keys of a version 2 database onto their inquiries', async () => {
      await setup();
      // A database as versions 1 and 2 left it, with an inquiry that took a key.
      await migrateByHandTo(fresh, 2);
      const old = input({ key: 'key-old', createdAt: at(-60_000) });
      const offer = old.makeOffer('H-2026-9001', 9001);
      const id = old.inquiry.id;
      await fresh.exec(
        `INSERT INTO inquiries (id, reference, year, sequence, created_at, offering, locale,
           inquiry, offer, organisation, participants, total)
         VALUES (${literal(id)}, 'H-2026-9001', 2026, 9001, ${literal(at(-60_000).toISOString())},
           ${literal(OFFERING)}, 'da', ${literal(JSON.stringify(old.inquiry.inquiry))},
           ${literal(JSON.stringify(offer))}, 'Kommune', 30, ${offer.total})`,
      );
      const response = { status: 201, body: { id, reference: 'H-2026-9001', offer: null } };
      await fresh.exec(
        `INSERT INTO idempotency (key, request_hash, inquiry_id, response, created_at)
         VALUES ('key-old', 'hash-a', ${literal(id)},
           ${literal(JSON.stringify({ ...response, offerIn: 'offer' }))},
           ${literal(at(-60_000).toISOString())})`,
      );

      const storage = await open();
      expect(await fresh.count('schema_migrations')).toBe(MIGRATIONS.length);
      await expect(fresh.count('idempotency')).rejects.toThrow();
      expect(await keyed(fresh, 'key-old')).toBe(1);
      const replay = await storage.createInquiry(input({ key: 'key-old' }));
      expect(replay).toMatchObject({
        kind: 'replay',
        stored: { id, reference: 'H-2026-9001', offer },
      });
      expect(await storage.createInquiry(input({ key: 'key-old', hash: 'hash-b' }))).toEqual({
        kind: 'conflict',
      });
      expect(await fresh.count('inquiries')).toBe(1);
    });
  });

  describe('inquiries', () => {
    it('gives the offer number as the reference when the pattern holds the year, beside older H- references', async () => {
      await setup();
      const storage = await open();
      // An inquiry stored before references were offer numbers stays as it was.
      const old = created(await storage.createInquiry(input({ createdAt: at(0) })));
      expect(old.reference).toBe('H-2026-0001');
      const numbered = created(
        await storage.createInquiry({
          ...input({ createdAt: at(60_000) }),
          numberPattern: 'T-{YYYY}-{NNNN}',
        }),
      );
      expect(numbered.reference).toBe('T-2026-0002');
      expect(numbered.offer.number).toBe(numbered.reference);
      // Without the year the numbers would repeat each year: the reference stays H-.
      const yearless = created(
        await storage.createInquiry({
          ...input({ createdAt: at(120_000) }),
          numberPattern: 'T{NNNN}',
        }),
      );
      expect(yearless.reference).toBe('H-2026-0003');
      expect((await storage.getInquiry(old.id))?.reference).toBe('H-2026-0001');
      expect((await storage.getInquiry(numbered.id))?.reference).toBe('T-2026-0002');
      const list = await storage.listInquiries();
      expect(list.map((i) => i.reference)).toEqual(['H-2026-0003', 'T-2026-0002', 'H-2026-0001']);
    });

    it('creates, gets, lists newest first with deliveries, and exports oldest first', async () => {
      await setup();
      const storage = await open();
      const first = created(
        await storage.createInquiry(input({ createdAt: at(0), participants: 20 })),
      );
      const second = created(
        await storage.createInquiry(
          input({ createdAt: at(60_000), participants: 40, channels: ['email'] }),
        ),
      );
      const third = created(
        await storage.createInquiry(
          input({ createdAt: at(120_000), organisation: 'Anden Kommune', channels: [] }),
        ),
      );

      expect(first.reference).toBe('H-2026-0001');
      expect(second.reference).toBe('H-2026-0002');
      expect(third.reference).toBe('H-2026-0003');
      // The offer is made with the sequence storage assigned.
      expect(first.offer.number).toBe('T-2026-0001');

      const got = await storage.getInquiry(first.id);
      expect(got).toEqual(first);
      expect(got!.createdAt).toBe(at(0).toISOString());
      expect(got!.offer.total).toBe(first.offer.total);
      expect(got!.offer.lines.length).toBeGreaterThan(0);
      expect(got!.inquiry.contact.email).toBe(PERSONAL.email);
      expect(await storage.getInquiry(crypto.randomUUID())).toBeUndefined();

      const list = await storage.listInquiries();
      expect(list.map((s) => s.reference)).toEqual(['H-2026-0003', 'H-2026-0002', 'H-2026-0001']);
      expect(list[2]).toEqual({
        id: first.id,
        reference: 'H-2026-0001',
        createdAt: at(0).toISOString(),
        offering: OFFERING,
        organisation: PERSONAL.organisation,
        participants: 20,
        total: first.offer.total,
        deliveries: [
          { channel: 'email', status: 'pending', attempts: 0 },
          { channel: 'receipt', status: 'pending', attempts: 0 },
        ],
      });
      expect(list[1]!.deliveries).toEqual([{ channel: 'email', status: 'pending', attempts: 0 }]);
      expect(list[0]!.deliveries).toEqual([]);
      expect(list[0]!.organisation).toBe('Anden Kommune');
      expect((await storage.listInquiries({ limit: 1, offset: 1 })).map((s) => s.id)).toEqual([
        second.id,
      ]);
      expect(await storage.listInquiries({ offset: 10 })).toEqual([]);

      const exported: StoredInquiry[] = [];
      for await (const stored of storage.exportInquiries()) exported.push(stored);
      expect(exported).toEqual([first, second, third]);
    });

    it('exports in pages: every inquiry once, in order, also with equal timestamps', async () => {
      await setup();
      const [a, b] = [await open(), await open()];
      const total = 455;
      const ids = new Set<string>();
      for (let i = 0; i < total; i += 25) {
        const batch = Array.from({ length: Math.min(25, total - i) }, (_, j) =>
          // Runs of seven share a timestamp, so pages must break ties by id.
          (j % 2 ? a : b).createInquiry(
            input({ createdAt: at(Math.floor((i + j) / 7)), channels: [] }),
          ),
        );
        for (const result of await Promise.all(batch)) ids.add(created(result).id);
      }
      const seen: StoredInquiry[] = [];
      for await (const stored of a.exportInquiries()) seen.push(stored);
      expect(seen).toHaveLength(total);
      expect(new Set(seen.map((s) => s.id))).toEqual(ids);
      const keys = seen.map((s) => [s.createdAt, s.id] as const);
      const sorted = [...keys].sort((x, y) =>
        x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0,
      );
      expect(keys).toEqual(sorted);
    });

    it('numbers references per Copenhagen year, uniquely under concurrency', async () => {
      await setup();
      const [a, b] = [await open(), await open()];
      const results = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          (i % 2 ? a : b).createInquiry(input({ createdAt: at(i) })),
        ),
      );
      const references = results.map((r) => created(r).reference);
      expect(new Set(references).size).toBe(40);
      for (const reference of references) expect(reference).toMatch(/^H-2026-\d{4}$/);
      // 23:30 UTC on New Year's Eve is already the new year in Copenhagen.
      const newYear = created(
        await a.createInquiry(input({ createdAt: new Date('2026-12-31T23:30:00Z') })),
      );
      expect(newYear.reference).toBe('H-2027-0001');
      expect(newYear.offer.number).toBe('T-2027-0001');
      expect(await fresh.count('inquiries')).toBe(41);
    });

    it('of writes sent at once, one that throws fails alone; the others are stored', async () => {
      await setup();
      const storage = await open();
      const failing = input({
        key: 'key-fails',
        makeOffer: () => {
          throw new Error('offer failed');
        },
      });
      const results = await Promise.allSettled([
        storage.createInquiry(input({ key: 'key-a' })),
        storage.hit('ip:together', at(0), 60_000),
        storage.createInquiry(failing),
        storage.createInquiry(input({ key: 'key-a' })),
        storage.createInquiry(input({ key: 'key-b' })),
        storage.hit('ip:together', at(0), 60_000),
      ]);
      expect(results.map((r) => r.status)).toEqual([
        'fulfilled',
        'fulfilled',
        'rejected',
        'fulfilled',
        'fulfilled',
        'fulfilled',
      ]);
      const values = results.map((r) => (r.status === 'fulfilled' ? r.value : r.reason));
      // One of the two with key-a is stored and the other replays it (on PostgreSQL either may
      // come first); the two hits count 1 and 2.
      const kinds = [values[0], values[3]].map((v) => (v as CreateInquiryResult).kind);
      expect(kinds.sort()).toEqual(['created', 'replay']);
      expect((values[4] as CreateInquiryResult).kind).toBe('created');
      expect([values[1], values[5]].sort()).toEqual([1, 2]);
      expect((values[2] as Error).message).toBe('offer failed');
      expect(await fresh.count('inquiries')).toBe(2);
      expect(await keyed(fresh, 'key-fails')).toBe(0);
      expect(await fresh.count('outbox')).toBe(4);
    });

    it('is atomic: when makeOffer throws, nothing at all is stored', async () => {
      await setup();
      const storage = await open();
      const failing = input({
        key: 'key-atomic',
        makeOffer: () => {
          throw new Error('offer failed');
        },
      });
      await expect(storage.createInquiry(failing)).rejects.toThrow('offer failed');
      for (const table of ['inquiries', 'outbox']) {
        expect(await fresh.count(table), table).toBe(0);
      }
      // The key is free again: the same request now succeeds.
      const ok = await storage.createInquiry(input({ key: 'key-atomic' }));
      expect(ok.kind).toBe('created');
      expect(await fresh.count('inquiries')).toBe(1);
      expect(await fresh.count('outbox')).toBe(2);
      expect(await keyed(fresh, 'key-atomic')).toBe(1);
    });

    it('keeps the data when closed and opened again', async () => {
      await setup();
      const first = await open();
      const stored = created(await first.createInquiry(input({ key: 'key-durable' })));
      await first.close();
      const again = await open();
      expect(await again.getInquiry(stored.id)).toEqual(stored);
      const replay = await again.createInquiry(input({ key: 'key-durable' }));
      expect(replay.kind).toBe('replay');
      expect(created(await again.createInquiry(input())).reference).toBe('H-2026-0002');
    });
  });

  describe('rate limit counted with the inquiry', () => {
    it('counts each request once; over the limit nothing is stored or replayed', async () => {
      await setup();
      const storage = await open();
      const countHit = { key: 'inquiry:addr', max: 2, windowMs: 60_000 };
      const first = await storage.createInquiry({ ...input({ key: 'rl-1' }), countHit });
      expect(first.kind).toBe('created');
      expect((await storage.createInquiry({ ...input(), countHit })).kind).toBe('created');
      // The third is over the limit: a new inquiry, and a replay of the first, alike.
      expect(await storage.createInquiry({ ...input(), countHit })).toEqual({
        kind: 'over-max',
        count: 3,
      });
      expect(await storage.createInquiry({ ...input({ key: 'rl-1' }), countHit })).toEqual({
        kind: 'over-max',
        count: 4,
      });
      expect(await fresh.count('inquiries')).toBe(2);
      // The limited requests were counted all the same.
      expect(await storage.hit('inquiry:addr', BASE, 60_000)).toBe(5);
      // Another address, or the next window, is not limited.
      const other = { ...countHit, key: 'inquiry:other' };
      expect((await storage.createInquiry({ ...input(), countHit: other })).kind).toBe('created');
      const later = await storage.createInquiry({ ...input({ createdAt: at(60_000) }), countHit });
      expect(later.kind).toBe('created');
    });

    it('keeps the count of a request whose storing fails', async () => {
      await setup();
      const storage = await open();
      const countHit = { key: 'inquiry:fails', max: 5, windowMs: 60_000 };
      const failing = {
        ...input({
          makeOffer: () => {
            throw new Error('offer failed');
          },
        }),
        countHit,
      };
      await expect(storage.createInquiry(failing)).rejects.toThrow('offer failed');
      expect(await fresh.count('inquiries')).toBe(0);
      expect(await storage.hit('inquiry:fails', BASE, 60_000)).toBe(2);
    });

    it('counts a request once when it races others for one key', async () => {
      await setup();
      const [a, b] = [await open(), await open()];
      const countHit = { key: 'inquiry:race', max: 1000, windowMs: 60_000 };
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          (i % 2 ? a : b).createInquiry({ ...input({ key: 'rl-race' }), countHit }),
        ),
      );
      expect(results.filter((r) => r.kind === 'created')).toHaveLength(1);
      expect(results.filter((r) => r.kind === 'replay')).toHaveLength(19);
      expect(await a.hit('inquiry:race', BASE, 60_000)).toBe(21);
    });
  });

  describe('idempotency', () => {
    it('a replay returns the first inquiry; another body with the key is a conflict', async () => {
      await setup();
      const storage = await open();
      const calls = { makeOffer: 0 };
      const first = await storage.createInquiry(input({ key: 'key-1', calls }));
      expect(first.kind).toBe('created');
      const replay = await storage.createInquiry(input({ key: 'key-1', calls }));
      expect(replay).toEqual({
        kind: 'replay',
        stored: first.kind === 'created' ? first.stored : undefined,
      });
      expect(calls.makeOffer).toBe(1);
      expect(await storage.createInquiry(input({ key: 'key-1', hash: 'hash-b' }))).toEqual({
        kind: 'conflict',
      });
      // Another key, or no key, stores another inquiry.
      expect((await storage.createInquiry(input({ key: 'key-2' }))).kind).toBe('created');
      expect((await storage.createInquiry(input())).kind).toBe('created');
      expect(await fresh.count('inquiries')).toBe(3);
      expect(await keyed(fresh, 'key-1')).toBe(1);
      expect(await keyed(fresh, 'key-2')).toBe(1);
    });

    it('20 concurrent requests with one key from two instances store one inquiry', async () => {
      await setup();
      const [a, b] = [await open(), await open()];
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          (i % 2 ? a : b).createInquiry(input({ key: 'key-race' })),
        ),
      );
      const made = results.filter((r) => r.kind === 'created');
      expect(made).toHaveLength(1);
      const stored = made[0]!.kind === 'created' ? made[0]!.stored : undefined;
      for (const r of results) {
        if (r.kind === 'replay') expect(r.stored).toEqual(stored);
        else expect(r.kind).toBe('created');
      }
      expect(await fresh.count('inquiries')).toBe(1);
      expect(await fresh.count('outbox')).toBe(2);
      expect(await keyed(fresh, 'key-race')).toBe(1);
    });

    it('concurrent requests with one key and two bodies: one stored, the rest replay or conflict', async () => {
      await setup();
      const [a, b] = [await open(), await open()];
      const results = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          (i % 2 ? a : b).createInquiry(
            input({ key: 'key-mixed', hash: i % 3 ? 'hash-a' : 'hash-b' }),
          ),
        ),
      );
      expect(results.filter((r) => r.kind === 'created')).toHaveLength(1);
      expect(results.filter((r) => r.kind === 'conflict').length).toBeGreaterThan(0);
      expect(await fresh.count('inquiries')).toBe(1);
    });

    it('forgets a key after its time to live', async () => {
      await setup();
      const storage = await open({ idempotencyTtlMs: 60_000 });
      created(await storage.createInquiry(input({ key: 'key-ttl', createdAt: at(0) })));
      expect(
        (await storage.createInquiry(input({ key: 'key-ttl', createdAt: at(59_000) }))).kind,
      ).toBe('replay');
      const later = await storage.createInquiry(
        input({ key: 'key-ttl', hash: 'hash-b', createdAt: at(61_000) }),
      );
      expect(later.kind).toBe('created');
      expect(await fresh.count('inquiries')).toBe(2);
      // The key moved to the new inquiry; the first one is kept without it.
      expect(await keyed(fresh, 'key-ttl')).toBe(1);
      const replay = await storage.createInquiry(
        input({ key: 'key-ttl', hash: 'hash-b', createdAt: at(62_000) }),
      );
      expect(replay).toEqual({
        kind: 'replay',
        stored: later.kind === 'created' ? later.stored : undefined,
      });
    });

    it('keeps keys 24 hours by default', async () => {
      await setup();
      const storage = await open();
      created(await storage.createInquiry(input({ key: 'key-day', createdAt: at(0) })));
      const hour = 3_600_000;
      expect(
        (await storage.createInquiry(input({ key: 'key-day', createdAt: at(23 * hour) }))).kind,
      ).toBe('replay');
      expect(
        (await storage.createInquiry(input({ key: 'key-day', createdAt: at(25 * hour) }))).kind,
      ).toBe('created');
    });
  });

  describe('outbox', () => {
    it('two claimers never get the same item; a lease hides an item until it ends', async () => {
      await setup();
      const [a, b] = [await open(), await open()];
      for (let i = 0; i < 5; i++) created(await a.createInquiry(input({ createdAt: at(i) })));
      const now = at(10_000);
      const claims = await Promise.all(
        Array.from({ length: 8 }, (_, i) => (i % 2 ? a : b).claimOutbox(now, 2, 30_000)),
      );
      const ids = claims.flat().map((item) => item.id);
      expect(ids).toHaveLength(10);
      expect(new Set(ids).size).toBe(10);
      const item = claims.flat()[0]!;
      expect(item).toMatchObject({ status: 'pending', attempts: 0 });
      expect(['email', 'receipt']).toContain(item.channel);
      expect(item.inquiryId).toMatch(/^[0-9a-f-]{36}$/);
      expect(item.lastError).toBeUndefined();

      // Leased: nothing due until the lease ends, then all of them again.
      expect(await a.claimOutbox(at(20_000), 100, 30_000)).toEqual([]);
      const again = await b.claimOutbox(at(40_001), 100, 30_000);
      expect(again.map((i) => i.id).sort((x, y) => x - y)).toEqual([...ids].sort((x, y) => x - y));
    });

    it('does not hand out items that are not due yet', async () => {
      await setup();
      const storage = await open();
      created(await storage.createInquiry(input({ createdAt: at(60_000) })));
      expect(await storage.claimOutbox(at(59_999), 10, 1000)).toEqual([]);
      expect(await storage.claimOutbox(at(60_000), 10, 1000)).toHaveLength(2);
      expect(await storage.claimOutbox(at(60_000), 0, 1000)).toEqual([]);
    });

    it('markSent, markFailed with a retry, and a final failure', async () => {
      await setup();
      const storage = await open();
      const stored = created(await storage.createInquiry(input({ createdAt: at(0) })));
      const [email, receipt] = await storage.claimOutbox(at(1000), 10, 60_000);
      expect([email!.channel, receipt!.channel]).toEqual(['email', 'receipt']);

      await storage.markSent(email!.id);
      await storage.markFailed(receipt!.id, 'SMTP 451 try later', at(120_000));
      let [summary] = await storage.listInquiries();
      expect(summary!.id).toBe(stored.id);
      expect(summary!.deliveries).toEqual([
        { channel: 'email', status: 'sent', attempts: 1 },
        { channel: 'receipt', status: 'pending', attempts: 1, lastError: 'SMTP 451 try later' },
      ]);

      // The retry is not due before retryAt; the lease was released.
      expect(await storage.claimOutbox(at(119_999), 10, 60_000)).toEqual([]);
      const [retry] = await storage.claimOutbox(at(120_000), 10, 60_000);
      expect(retry).toEqual({
        id: receipt!.id,
        inquiryId: stored.id,
        channel: 'receipt',
        attempts: 1,
        status: 'pending',
        nextAttemptAt: at(120_000).toISOString(),
        lastError: 'SMTP 451 try later',
      });

      await storage.markFailed(retry!.id, 'x'.repeat(5000), null);
      [summary] = await storage.listInquiries();
      expect(summary!.deliveries[1]).toMatchObject({ status: 'failed', attempts: 2 });
      expect(summary!.deliveries[1]!.lastError!.length).toBeLessThanOrEqual(1000);
      // Sent and failed items are never claimed again.
      expect(await storage.claimOutbox(at(10_000_000), 10, 60_000)).toEqual([]);
      // The inquiry itself is untouched by delivery failures.
      expect(await storage.getInquiry(stored.id)).toEqual(stored);
    });
  });

  describe('rate limits', () => {
    it('count per key and window, shared by two instances', async () => {
      await setup();
      const [a, b] = [await open(), await open()];
      const window = 60_000;
      const counts = await Promise.all(
        Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).hit('ip:1', at(i * 1000), window)),
      );
      expect([...counts].sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(await a.hit('ip:2', at(0), window)).toBe(1);
      expect(await b.hit('ip:1', at(59_999), window)).toBe(11);
      // The next window starts again at one.
      expect(await a.hit('ip:1', at(60_000), window)).toBe(1);
      expect(await b.hit('ip:1', at(60_001), window)).toBe(2);
    });

    it('cleans up old windows now and then', async () => {
      await setup();
      const storage = await open();
      await storage.hit('ip:old', at(0), 1000);
      await storage.hit('ip:old', at(5000), 1000);
      expect(await fresh.count('rate_limits', 'key', 'ip:old')).toBe(2);
      // Housekeeping runs at most once a minute (by the clock passed in).
      await storage.hit('ip:new', at(10 * 60_000), 1000);
      expect(await fresh.count('rate_limits', 'key', 'ip:old')).toBe(0);
      expect(await fresh.count('rate_limits', 'key', 'ip:new')).toBe(1);
    });

    it('rejects a window that is not positive', async () => {
      await setup();
      const storage = await open();
      await expect(storage.hit('ip:1', at(0), 0)).rejects.toThrow(RangeError);
    });
  });

  describe('erasure and retention', () => {
    const rowsOf = async (id: string, key: string) => ({
      inquiries: await fresh.count('inquiries', 'id', id),
      outbox: await fresh.count('outbox', 'inquiry_id', id),
      keyed: await keyed(fresh, key),
    });
    const none = { inquiries: 0, outbox: 0, keyed: 0 };

    it('deleteInquiry removes the inquiry, its outbox and its idempotency rows', async () => {
      await setup();
      const storage = await open();
      const gone = created(await storage.createInquiry(input({ key: 'key-gone' })));
      const kept = created(await storage.createInquiry(input({ key: 'key-kept' })));
      await storage.claimOutbox(at(1000), 1, 60_000);
      expect(await rowsOf(gone.id, 'key-gone')).toEqual({
        inquiries: 1,
        outbox: 2,
        keyed: 1,
      });

      expect(await storage.deleteInquiry(gone.id)).toBe(true);
      expect(await rowsOf(gone.id, 'key-gone')).toEqual(none);
      expect(await storage.getInquiry(gone.id)).toBeUndefined();
      expect(await storage.deleteInquiry(gone.id)).toBe(false);
      expect((await storage.listInquiries()).map((s) => s.id)).toEqual([kept.id]);
      expect(await rowsOf(kept.id, 'key-kept')).toMatchObject({ inquiries: 1, outbox: 2 });
      // Nothing remembers the erased request: the key is new again.
      expect((await storage.createInquiry(input({ key: 'key-gone' }))).kind).toBe('created');
    });

    it('purgeBefore removes every inquiry older than the cutoff, with all its rows', async () => {
      await setup();
      const storage = await open();
      const old = [
        created(await storage.createInquiry(input({ key: 'k-old-1', createdAt: at(-2e9) }))),
        created(await storage.createInquiry(input({ key: 'k-old-2', createdAt: at(-1e9) }))),
      ];
      const recent = created(
        await storage.createInquiry(input({ key: 'k-new', createdAt: at(0) })),
      );
      expect(await storage.purgeBefore(at(-1))).toBe(2);
      for (const [i, stored] of old.entries()) {
        expect(await rowsOf(stored.id, `k-old-${i + 1}`)).toEqual(none);
      }
      expect(await storage.getInquiry(recent.id)).toEqual(recent);
      expect(await fresh.count('inquiries')).toBe(1);
      expect(await fresh.count('outbox')).toBe(2);
      expect(await storage.purgeBefore(at(-1))).toBe(0);
    });
  });

  describe('health and logs', () => {
    it('ping resolves while open and rejects after close', async () => {
      await setup();
      const storage = await fresh.open();
      await expect(storage.ping()).resolves.toBeUndefined();
      await storage.close();
      await storage.close();
      await expect(storage.ping()).rejects.toThrow();
    });

    it('writes no personal data to the log', async () => {
      await setup();
      const lines: unknown[] = [];
      const log: StorageLog = (...args) => lines.push(args);
      const storage = await open({ log });
      const stored = created(await storage.createInquiry(input({ key: 'key-log' })));
      await storage.createInquiry(input({ key: 'key-log' }));
      const [item] = await storage.claimOutbox(at(1000), 1, 1000);
      await storage.markFailed(item!.id, `550 ${PERSONAL.email} rejected`, null);
      await storage.listInquiries();
      await storage.deleteInquiry(stored.id);
      await storage.purgeBefore(at(0));
      await expect(
        storage.createInquiry(
          input({
            makeOffer: () => {
              throw new Error(PERSONAL.email);
            },
          }),
        ),
      ).rejects.toThrow();
      expect(lines.length).toBeGreaterThan(0);
      const text = JSON.stringify(lines);
      for (const value of Object.values(PERSONAL)) expect(text).not.toContain(value);
      expect(text).not.toContain('Mette');
    });
  });
}

// ---------------------------------------------------------------------------------------------

onBothEngines('Storage', (engine, postgresUrl) => {
  storageSuite(engine);
  if (postgresUrl) postgresOnly(engine, postgresUrl);
});

describe('SQLite storage', () => {
  it('uses WAL, foreign keys, NORMAL sync and a busy timeout', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'temadag-storage-'));
    tempDirs.push(dir);
    const file = path.join(dir, 'pragmas.sqlite');
    const storage = await openStorage({ sqlitePath: file });
    expect(storage).toBeInstanceOf(SqliteStorage);
    expect(storage.engine).toBe('sqlite');
    const db = (storage as unknown as { db: Database.Database }).db;
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(1000);
    await storage.close();
    const full = await openStorage({ sqlitePath: file, sqliteSynchronous: 'FULL' });
    const fullDb = (full as unknown as { db: Database.Database }).db;
    expect(fullDb.pragma('synchronous', { simple: true })).toBe(2);
    await full.close();
  });
});

describe('SQLite group commit', () => {
  /** Frames in the WAL file after `n` inquiries, sent all at once or one after another. */
  async function walFrames(n: number, together: boolean): Promise<number> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'temadag-storage-'));
    tempDirs.push(dir);
    const file = path.join(dir, 'group.sqlite');
    const storage = await openStorage({ sqlitePath: file });
    // Start from an empty WAL: everything so far is moved into the database file.
    (storage as unknown as { db: Database.Database }).db.pragma('wal_checkpoint(TRUNCATE)');
    const inputs = Array.from({ length: n }, (_, i) => input({ key: `key-${i}` }));
    if (together) await Promise.all(inputs.map((x) => storage.createInquiry(x)));
    else for (const x of inputs) await storage.createInquiry(x);
    const bytes = fs.statSync(`${file}-wal`).size;
    await storage.close();
    return (bytes - 32) / (4096 + 24);
  }

  it('inquiries sent at once share one commit, so the WAL grows less than one by one', async () => {
    const apart = await walFrames(20, false);
    const together = await walFrames(20, true);
    expect(apart).toBeGreaterThan(0);
    expect(together).toBeLessThan(apart * 0.6);
  });

  it('close() commits the writes already accepted', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'temadag-storage-'));
    tempDirs.push(dir);
    const file = path.join(dir, 'close.sqlite');
    const storage = await openStorage({ sqlitePath: file });
    const pending = storage.createInquiry(input({ key: 'key-close' }));
    await storage.close();
    expect((await pending).kind).toBe('created');
    const again = await openStorage({ sqlitePath: file });
    expect(await again.listInquiries()).toHaveLength(1);
    await again.close();
    await expect(storage.hit('ip:1', at(0), 1000)).rejects.toThrow('closed');
  });
});

describe('SQLite background checkpoints', () => {
  const tempFile = (name: string) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'temadag-storage-'));
    tempDirs.push(dir);
    return path.join(dir, name);
  };
  const dbOf = (storage: Storage) => (storage as unknown as { db: Database.Database }).db;

  it('a worker copies the WAL into the database file; the writer only past 10,000 pages', async () => {
    const file = tempFile('background.sqlite');
    const storage = await openStorage({ sqlitePath: file });
    expect(dbOf(storage).pragma('wal_autocheckpoint', { simple: true })).toBe(
      WRITER_CHECKPOINT_PAGES,
    );
    const before = fs.statSync(file).size;
    await Promise.all(
      Array.from({ length: 30 }, (_, i) => storage.createInquiry(input({ key: `bg-${i}` }))),
    );
    // Far below the writer's threshold: only the worker can have copied these pages.
    const walPages = (fs.statSync(`${file}-wal`).size - 32) / (4096 + 24);
    expect(walPages).toBeLessThan(WRITER_CHECKPOINT_PAGES);
    await expect.poll(() => fs.statSync(file).size, { timeout: 5000 }).toBeGreaterThan(before);
    await storage.close();
    // Closed: the WAL is gone, every inquiry is in the database file.
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM inquiries').get()).toEqual({ n: 30 });
    db.close();
  });

  it('does not keep a process alive that never closes its storage', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'temadag-storage-'));
    tempDirs.push(dir);
    const script = path.join(dir, 'open-and-leave.mts');
    const storageModule = new URL('../src/storage/index.ts', import.meta.url).href;
    fs.writeFileSync(
      script,
      `import { openStorage } from ${JSON.stringify(storageModule)};
       const storage = await openStorage({ sqlitePath: ${JSON.stringify(path.join(dir, 'left.sqlite'))} });
       await storage.hit('ip:1', new Date(), 60000);
       console.log('written');`,
    );
    const started = Date.now();
    const result = spawnSync(process.execPath, ['--import', 'tsx', script], {
      cwd: new URL('..', import.meta.url).pathname,
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.stdout).toContain('written');
    expect(result.signal).toBeNull(); // not killed by the timeout: it ended by itself
    expect(result.status).toBe(0);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('an erasure leaves no frame in the WAL, while the worker checkpoints under writes', async () => {
    const file = tempFile('erasure.sqlite');
    const storage = await openStorage({ sqlitePath: file });
    for (let round = 0; round < 10; round++) {
      const made = await Promise.all(
        Array.from({ length: 20 }, () => storage.createInquiry(input())),
      );
      // Give the worker time to start a checkpoint of these writes, then erase one.
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await storage.deleteInquiry(created(made[0]!).id)).toBe(true);
      expect(fs.statSync(`${file}-wal`).size, `round ${round}`).toBe(0);
    }
    await storage.close();
  });

  it('can be turned off: then SQLite checkpoints in the commits every 1000 pages', async () => {
    const storage = await openStorage({
      sqlitePath: tempFile('inline.sqlite'),
      sqliteBackgroundCheckpoints: false,
    });
    expect(dbOf(storage).pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    expect(created(await storage.createInquiry(input())).reference).toBe('H-2026-0001');
    await storage.close();
  });

  it('when the worker fails, says so once and hands checkpoints back to the writer', async () => {
    const log: unknown[][] = [];
    const failed = new Promise<void>((resolve) => {
      new Checkpointer(
        tempFile('missing.sqlite'),
        (...args) => log.push(args),
        () => resolve(),
      ).wrote();
    });
    await failed;
    expect(log).toEqual([['warn', 'background checkpoints stopped', { code: expect.any(String) }]]);
  });
});

describe('openStorage', () => {
  it('refuses a database URL that is not PostgreSQL, without echoing it', async () => {
    const error = await openStorage({ databaseUrl: 'mysql://user:secret@host/db' }).catch(
      (e: Error) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).not.toContain('secret');
  });
});

/** The tests of PostgreSQL alone, beside the shared suite. */
function postgresOnly(postgresEngine: () => Engine, pgUrl: () => URL) {
  it('runs without prepared statements when the connection refuses them', async () => {
    const fresh = await postgresEngine().fresh();
    const log: unknown[][] = [];
    const storage = await fresh.open({ poolSize: 1, log: (...args) => log.push(args) });
    try {
      // What a pooler that moves a session between server connections looks like: the
      // name is taken on this connection by something the driver does not know of.
      await (storage as unknown as { pool: pg.Pool }).pool.query(
        'PREPARE temadag_insert_inquiry AS SELECT 1',
      );
      expect(created(await storage.createInquiry(input({ key: 'k-pooler' }))).reference).toBe(
        'H-2026-0001',
      );
      expect(log).toContainEqual([
        'warn',
        'prepared statements refused; running without them',
        { code: '42P05' },
      ]);
      expect((await storage.createInquiry(input({ key: 'k-pooler' }))).kind).toBe('replay');
      expect(created(await storage.createInquiry(input())).reference).toBe('H-2026-0002');
      expect(await fresh.count('inquiries')).toBe(2);
    } finally {
      await storage.close();
    }
  });

  it('is chosen for postgres:// and postgresql:// URLs', async () => {
    for (const scheme of ['postgres:', 'postgresql:']) {
      const url = new URL(pgUrl());
      url.protocol = scheme;
      const storage = await openStorage({ databaseUrl: url.toString() });
      expect(storage).toBeInstanceOf(PostgresStorage);
      expect(storage.engine).toBe('postgres');
      await storage.ping();
      await storage.close();
    }
  });

  it('ping rejects when the server cannot be reached', async () => {
    const storage = new PostgresStorage('postgres://temadag:temadag@127.0.0.1:1/none');
    await expect(storage.ping()).rejects.toThrow();
    await storage.close();
  });
}
