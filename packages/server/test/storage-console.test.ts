// The console's storage methods, on a real SQLite file and on the real PostgreSQL (when
// TEMADAG_TEST_DATABASE_URL is set): one suite for both engines.
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createOffer, inquirySelection, parseInquiry } from '@temadag/core';
import { type CreateInquiryInput, type Storage, type StoredInquiry } from '../src/storage/index.js';
import {
  OFFERING,
  at,
  catalog,
  created,
  freshStore,
  literal,
  migrateByHandTo,
  onBothEngines,
  type Engine,
} from './storage-harness.js';

const OTHER_OFFERING = 'borgerdialog-i-de-almene-boligomraader';

interface Who {
  offering?: string;
  format?: string;
  organisation?: string;
  name?: string;
  email?: string;
  createdAt?: Date;
  catalogVersion?: number | null;
}

/** An inquiry from `who`, valid for its offering, with its offer priced from the catalog. */
function from(who: Who = {}): CreateInquiryInput {
  const offeringId = who.offering ?? OFFERING;
  const offering = catalog.offerings.find((o) => o.id === offeringId)!;
  const result = parseInquiry(
    {
      offering: offeringId,
      format: who.format ?? 'hel',
      participants: 30,
      contact: {
        name: who.name ?? 'Mette Testesen',
        email: who.email ?? 'mette@eksempel.dk',
        organisation: who.organisation ?? 'Eksempel Kommune',
      },
    },
    { offering },
  );
  if (!result.ok) throw new Error(`invalid test inquiry: ${JSON.stringify(result.problems)}`);
  const inquiry = result.inquiry;
  const createdAt = who.createdAt ?? at(0);
  return {
    inquiry: {
      id: crypto.randomUUID(),
      createdAt,
      offering: offeringId,
      locale: 'da',
      inquiry,
      catalogVersion: who.catalogVersion,
    },
    requestHash: 'hash',
    channels: ['email', 'receipt'],
    makeOffer: (_reference, sequence) =>
      createOffer(catalog, inquirySelection(inquiry), { now: createdAt, sequence }),
  };
}

/** The people of the inbox tests, oldest first, one minute apart. */
const PEOPLE: Who[] = [
  { organisation: 'Ærø Kommune', name: 'Åse Øster', email: 'aase@aeroe.dk' },
  { organisation: 'Østjysk Boligselskab', name: 'Bo Berg', email: 'bo@ostjysk.dk' },
  { organisation: 'Forening 50% rabat', name: 'Carl Dahl', email: 'carl@forening.dk' },
  {
    organisation: 'Under_streg ApS',
    name: 'Dina Ek',
    email: 'dina@understreg.dk',
    offering: OTHER_OFFERING,
    format: 'halv',
  },
  {
    organisation: 'Vesthimmerland',
    name: 'Erik Fog',
    email: 'erik@vest.dk',
    offering: OTHER_OFFERING,
  },
  { organisation: 'Aabenraa Kommune', name: 'Fie Gram', email: 'fie@aabenraa.dk' },
];

function consoleSuite(engine: () => Engine) {
  const fresh = freshStore(engine);
  const open = fresh.open;
  const setup = async () => (await fresh.renew()).open();

  /** Stores {@link PEOPLE}; returns them oldest first. */
  async function inbox(storage: Storage): Promise<StoredInquiry[]> {
    const stored: StoredInquiry[] = [];
    for (const [i, who] of PEOPLE.entries()) {
      stored.push(
        created(await storage.createInquiry(from({ ...who, createdAt: at(i * 60_000) }))),
      );
    }
    return stored;
  }
  const page = (storage: Storage, query: Partial<Parameters<Storage['queryInquiries']>[0]>) =>
    storage.queryInquiries({ limit: 25, offset: 0, ...query });
  const orgs = (p: Awaited<ReturnType<Storage['queryInquiries']>>) =>
    p.items.map((r) => r.organisation);

  describe('inbox', () => {
    it('lists newest first with the inbox columns, the total and the new count', async () => {
      const storage = await setup();
      const stored = await inbox(storage);
      const all = await page(storage, {});
      expect(all.total).toBe(6);
      expect(all.newCount).toBe(6);
      expect(orgs(all)).toEqual(PEOPLE.map((p) => p.organisation).reverse());
      const dina = all.items.find((r) => r.organisation === 'Under_streg ApS')!;
      expect(dina).toEqual({
        id: stored[3]!.id,
        reference: stored[3]!.reference,
        createdAt: at(3 * 60_000).toISOString(),
        offering: OTHER_OFFERING,
        organisation: 'Under_streg ApS',
        participants: 30,
        total: stored[3]!.offer.total,
        status: 'ny',
        contactName: 'Dina Ek',
        email: 'dina@understreg.dk',
        format: 'halv',
        deliveries: [
          { channel: 'email', status: 'pending', attempts: 0 },
          { channel: 'receipt', status: 'pending', attempts: 0 },
        ],
      });
    });

    it('filters by status and offering; the new count ignores the filters', async () => {
      const storage = await setup();
      const stored = await inbox(storage);
      expect(await storage.setInquiryStatus(stored[0]!.id, 'besvaret', at(1e6))).toBe(true);
      expect(await storage.setInquiryStatus(stored[4]!.id, 'besvaret', at(1e6))).toBe(true);
      expect(await storage.setInquiryStatus(stored[2]!.id, 'afvist', at(1e6))).toBe(true);
      const answered = await page(storage, { status: 'besvaret' });
      expect(orgs(answered)).toEqual(['Vesthimmerland', 'Ærø Kommune']);
      expect(answered).toMatchObject({ total: 2, newCount: 3 });
      expect((await page(storage, { status: 'aftalt' })).total).toBe(0);
      const other = await page(storage, { offering: OTHER_OFFERING });
      expect(orgs(other)).toEqual(['Vesthimmerland', 'Under_streg ApS']);
      const both = await page(storage, { offering: OTHER_OFFERING, status: 'ny' });
      expect(orgs(both)).toEqual(['Under_streg ApS']);
      expect(both).toMatchObject({ total: 1, newCount: 3 });
    });

    it('searches organisation, name, email and reference, ignoring case (æ, ø, å too)', async () => {
      const storage = await setup();
      const stored = await inbox(storage);
      const search = async (text: string) => orgs(await page(storage, { search: text }));
      expect(await search('ÆRØ')).toEqual(['Ærø Kommune']);
      expect(await search('øSTJYSK')).toEqual(['Østjysk Boligselskab']);
      expect(await search('åse ø')).toEqual(['Ærø Kommune']);
      expect(await search('AABENRAA')).toEqual(['Aabenraa Kommune']);
      expect(await search('@VEST.dk')).toEqual(['Vesthimmerland']);
      expect(await search('carl dahl')).toEqual(['Forening 50% rabat']);
      expect(await search(stored[1]!.reference.toLowerCase())).toEqual(['Østjysk Boligselskab']);
      expect(await search('kommune')).toEqual(['Aabenraa Kommune', 'Ærø Kommune']);
      expect(await search('ingen sådan')).toEqual([]);
      // Blank: no search at all.
      expect((await page(storage, { search: '   ' })).total).toBe(6);
      // Fields are searched one by one: no match across the end of one and the start of next.
      expect(await search('kommuneåse')).toEqual([]);
    });

    it('takes % and _ literally', async () => {
      const storage = await setup();
      await inbox(storage);
      const search = async (text: string) => orgs(await page(storage, { search: text }));
      expect(await search('%')).toEqual(['Forening 50% rabat']);
      expect(await search('50%')).toEqual(['Forening 50% rabat']);
      expect(await search('_')).toEqual(['Under_streg ApS']);
      // As LIKE patterns these would match the two Kommune organisations.
      expect(await search('ommu_e')).toEqual([]);
      expect(await search('ærø%kommune')).toEqual([]);
      expect(await search('%kommune')).toEqual([]);
      expect(await search('\\')).toEqual([]);
    });

    it('combines search with filters, and counts the matches of all pages', async () => {
      const storage = await setup();
      await inbox(storage);
      const result = await page(storage, { search: '.dk', offering: OFFERING, limit: 2 });
      expect(orgs(result)).toEqual(['Aabenraa Kommune', 'Forening 50% rabat']);
      expect(result.total).toBe(4);
    });

    it('pages through the list without gaps or repeats, and clamps the page', async () => {
      const storage = await setup();
      const stored = await inbox(storage);
      const ids: string[] = [];
      for (let offset = 0; offset < 8; offset += 4) {
        const p = await page(storage, { limit: 4, offset });
        expect(p.total).toBe(6);
        ids.push(...p.items.map((r) => r.id));
      }
      expect(ids).toEqual(stored.map((s) => s.id).reverse());
      expect((await page(storage, { limit: 0 })).items).toHaveLength(1);
      expect((await page(storage, { offset: -5, limit: 1 })).items[0]!.id).toBe(stored[5]!.id);
      expect((await page(storage, { offset: 6 })).items).toEqual([]);
      for (let i = 0; i < 100; i++) {
        await storage.createInquiry(from({ createdAt: at(1e7 + i) }));
      }
      expect((await page(storage, { limit: 1000 })).items).toHaveLength(100);
    });
  });

  describe('detail, status and notes', () => {
    it('records every status change with its time; the first entry is ny at createdAt', async () => {
      const storage = await setup();
      const stored = created(await storage.createInquiry(from({ catalogVersion: 3 })));
      expect(await storage.setInquiryStatus(stored.id, 'besvaret', at(1000))).toBe(true);
      expect(await storage.setInquiryStatus(stored.id, 'aftalt', at(2000))).toBe(true);
      expect(await storage.setInquiryStatus('no-such-id', 'aftalt', at(2000))).toBe(false);
      const detail = (await storage.getInquiryDetail(stored.id))!;
      expect(detail).toMatchObject({ ...stored, status: 'aftalt', catalogVersion: 3 });
      expect(detail.statusHistory).toEqual([
        { status: 'ny', at: stored.createdAt },
        { status: 'besvaret', at: at(1000).toISOString() },
        { status: 'aftalt', at: at(2000).toISOString() },
      ]);
      expect(detail.deliveries.map((d) => [d.channel, d.status, d.attempts])).toEqual([
        ['email', 'pending', 0],
        ['receipt', 'pending', 0],
      ]);
      expect(await storage.getInquiryDetail('no-such-id')).toBeUndefined();
      const plain = created(await storage.createInquiry(from()));
      expect((await storage.getInquiryDetail(plain.id))!.catalogVersion).toBeNull();
    });

    it('keeps notes in order, and none for an unknown inquiry', async () => {
      const storage = await setup();
      const stored = created(await storage.createInquiry(from()));
      const first = await storage.addInquiryNote(stored.id, 'Ringet op, ønsker tilbud', at(10));
      const second = await storage.addInquiryNote(stored.id, 'Sendt tilbud', at(20));
      expect(first).toEqual({
        id: expect.any(Number),
        text: 'Ringet op, ønsker tilbud',
        at: at(10).toISOString(),
      });
      expect(second!.id).not.toBe(first!.id);
      expect(await storage.addInquiryNote('no-such-id', 'x', at(30))).toBeUndefined();
      expect((await storage.getInquiryDetail(stored.id))!.notes).toEqual([first, second]);
    });
  });

  describe('retrying a delivery', () => {
    it('makes a failed or pending item due now, keeping its attempts; not a sent one', async () => {
      const storage = await setup();
      const stored = created(await storage.createInquiry(from()));
      const [email, receipt] = await storage.claimOutbox(at(0), 10, 60_000);
      await storage.markFailed(email!.id, 'refused', null);
      await storage.markSent(receipt!.id);
      expect(await storage.claimOutbox(at(1e6), 10, 60_000)).toEqual([]);

      expect(await storage.retryDelivery(email!.id, at(5000))).toBe(true);
      expect(await storage.retryDelivery(receipt!.id, at(5000))).toBe(false);
      expect(await storage.retryDelivery(987_654, at(5000))).toBe(false);
      const claimed = await storage.claimOutbox(at(5000), 10, 60_000);
      expect(claimed).toEqual([
        {
          id: email!.id,
          inquiryId: stored.id,
          channel: 'email',
          attempts: 1,
          status: 'pending',
          nextAttemptAt: at(5000).toISOString(),
          lastError: 'refused',
        },
      ]);
      // Pending, waiting for a later retry: due now instead, once its lease is over.
      await storage.markFailed(email!.id, 'again', at(1e6));
      expect(await storage.retryDelivery(email!.id, at(6000))).toBe(true);
      const detail = (await storage.getInquiryDetail(stored.id))!;
      expect(detail.deliveries[0]).toMatchObject({
        status: 'pending',
        attempts: 2,
        nextAttemptAt: at(6000).toISOString(),
      });
      expect((await storage.claimOutbox(at(6000), 10, 60_000)).map((i) => i.id)).toEqual([
        email!.id,
      ]);
    });
  });

  describe('password and sessions', () => {
    const session = (idHash: string, start = 0) => ({
      idHash,
      csrfToken: `csrf-${idHash}`,
      createdAt: at(start),
      expiresAt: at(start + 8 * 3600_000),
      idleExpiresAt: at(start + 1800_000),
    });

    it('stores the password hash; setting it ends every session', async () => {
      const storage = await setup();
      expect(await storage.getPasswordHash()).toBeUndefined();
      await storage.setPasswordHash('scrypt$1', at(0));
      expect(await storage.getPasswordHash()).toBe('scrypt$1');
      await storage.createSession(session('a'));
      await storage.createSession(session('b'));
      await storage.setPasswordHash('scrypt$2', at(10));
      expect(await storage.getPasswordHash()).toBe('scrypt$2');
      expect(await storage.getSession('a', at(20))).toBeUndefined();
      expect(await fresh.count('console_sessions')).toBe(0);
      expect(await fresh.count('console_settings')).toBe(1);
    });

    it('finds a live session, and neither an idle nor an expired one', async () => {
      const storage = await setup();
      await storage.createSession(session('a'));
      expect(await storage.getSession('a', at(1000))).toEqual({
        csrfToken: 'csrf-a',
        expiresAt: at(8 * 3600_000).toISOString(),
        idleExpiresAt: at(1800_000).toISOString(),
      });
      expect(await storage.getSession('unknown', at(1000))).toBeUndefined();
      // Idle past its idle expiry: gone, and deleted.
      expect(await storage.getSession('a', at(1800_000))).toBeUndefined();
      expect(await fresh.count('console_sessions')).toBe(0);

      await storage.createSession(session('b'));
      for (let t = 1000_000; t < 8 * 3600_000; t += 1000_000) {
        await storage.touchSession('b', at(t + 1800_000));
        expect((await storage.getSession('b', at(t)))?.csrfToken).toBe('csrf-b');
      }
      // Touching never moves the idle expiry past the absolute one.
      expect((await storage.getSession('b', at(8 * 3600_000 - 1)))!.idleExpiresAt).toBe(
        at(8 * 3600_000).toISOString(),
      );
      expect(await storage.getSession('b', at(8 * 3600_000))).toBeUndefined();
      expect(await fresh.count('console_sessions')).toBe(0);
    });

    it('signs out one session or all, and sweeps expired ones when making a new one', async () => {
      const storage = await setup();
      await storage.createSession(session('a'));
      await storage.createSession(session('b'));
      await storage.createSession(session('c'));
      await storage.deleteSession('a');
      expect(await storage.getSession('a', at(10))).toBeUndefined();
      expect(await storage.getSession('b', at(10))).toBeDefined();
      expect(await storage.deleteAllSessions()).toBe(2);
      expect(await storage.getSession('c', at(10))).toBeUndefined();
      await storage.createSession(session('old'));
      await storage.createSession(session('new', 3600_000));
      expect(await fresh.count('console_sessions')).toBe(1);
      expect(await storage.deleteAllSessions()).toBe(1);
    });

    it('a second instance on the same database sees the same sessions and password', async () => {
      const a = await setup();
      const b = await open();
      await a.setPasswordHash('scrypt$x', at(0));
      await a.createSession(session('shared'));
      expect(await b.getPasswordHash()).toBe('scrypt$x');
      expect((await b.getSession('shared', at(10)))?.csrfToken).toBe('csrf-shared');
      await b.deleteSession('shared');
      expect(await a.getSession('shared', at(10))).toBeUndefined();
    });
  });

  describe('catalog versions', () => {
    const json = (offerings: number) =>
      JSON.stringify({ offerings: Array.from({ length: offerings }, (_, i) => ({ id: `o${i}` })) });

    it('numbers versions, lists them newest first, and switches and back to the file', async () => {
      const storage = await setup();
      const other = await open();
      expect(await storage.listCatalogVersions()).toEqual([]);
      expect(await storage.getActiveCatalogVersion()).toBeNull();
      expect(await storage.addCatalogVersion(json(2), at(0), 'første')).toBe(1);
      expect(await other.addCatalogVersion(json(3), at(1000))).toBe(2);
      expect(await storage.listCatalogVersions()).toEqual([
        { version: 2, createdAt: at(1000).toISOString(), offerings: 3 },
        { version: 1, createdAt: at(0).toISOString(), offerings: 2, note: 'første' },
      ]);
      expect(await storage.getCatalogVersion(1)).toBe(json(2));
      expect(await storage.getCatalogVersion(3)).toBeUndefined();

      await storage.setActiveCatalogVersion(2, at(2000));
      expect(await other.getActiveCatalogVersion()).toBe(2);
      await other.setActiveCatalogVersion(1, at(3000));
      expect(await storage.getActiveCatalogVersion()).toBe(1);
      await expect(storage.setActiveCatalogVersion(7, at(4000))).rejects.toThrow(
        'Catalog version 7 is not stored',
      );
      expect(await storage.getActiveCatalogVersion()).toBe(1);
      await storage.setActiveCatalogVersion(null, at(5000));
      expect(await other.getActiveCatalogVersion()).toBeNull();
    });

    it('gives uploads at the same moment distinct numbers', async () => {
      const a = await setup();
      const b = await open();
      const versions = await Promise.all(
        Array.from({ length: 6 }, (_, i) => (i % 2 ? a : b).addCatalogVersion(json(i), at(i))),
      );
      expect([...versions].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    });
  });

  describe('erasure', () => {
    it('deleteInquiry and purgeBefore remove notes and status history with the inquiry', async () => {
      const storage = await setup();
      const stored = await inbox(storage);
      for (const s of stored) {
        await storage.setInquiryStatus(s.id, 'besvaret', at(1e6));
        await storage.addInquiryNote(s.id, 'note', at(1e6));
      }
      expect(await storage.deleteInquiry(stored[0]!.id)).toBe(true);
      for (const table of ['inquiry_notes', 'inquiry_status_history', 'outbox']) {
        expect(await fresh.count(table, 'inquiry_id', stored[0]!.id)).toBe(0);
        expect(await fresh.count(table, 'inquiry_id', stored[1]!.id)).toBeGreaterThan(0);
      }
      expect(await storage.purgeBefore(at(3 * 60_000))).toBe(2);
      for (const table of ['inquiry_notes', 'inquiry_status_history']) {
        expect(await fresh.count(table)).toBe(3);
      }
      expect((await page(storage, { search: 'østjysk' })).total).toBe(0);
      expect((await page(storage, {})).total).toBe(3);
    });
  });

  describe('migration 4', () => {
    it('gives inquiries stored before it status ny, their history and searchable columns', async () => {
      await migrateByHandTo(await fresh.renew(), 3);
      const olds = PEOPLE.slice(0, 3).map((who, i) => from({ ...who, createdAt: at(i * 1000) }));
      for (const [i, old] of olds.entries()) {
        const reference = `H-2026-900${i}`;
        const offer = old.makeOffer(reference, 9000 + i);
        const o = old.inquiry;
        await fresh.exec(
          `INSERT INTO inquiries (id, reference, year, sequence, created_at, offering, locale,
             inquiry, offer, organisation, participants, total)
           VALUES (${literal(o.id)}, '${reference}', 2026, ${9000 + i},
             ${literal(o.createdAt.toISOString())}, ${literal(o.offering)}, 'da',
             ${literal(JSON.stringify(o.inquiry))}, ${literal(JSON.stringify(offer))},
             ${literal(o.inquiry.contact.organisation)}, 30, ${offer.total})`,
        );
      }
      const storage = await open();
      const all = await page(storage, {});
      expect(all).toMatchObject({ total: 3, newCount: 3 });
      expect(all.items[2]).toMatchObject({
        reference: 'H-2026-9000',
        status: 'ny',
        contactName: 'Åse Øster',
        email: 'aase@aeroe.dk',
        format: 'hel',
      });
      expect(orgs(await page(storage, { search: 'ÆRØ' }))).toEqual(['Ærø Kommune']);
      expect(orgs(await page(storage, { search: 'h-2026-9001' }))).toEqual([
        'Østjysk Boligselskab',
      ]);
      const detail = (await storage.getInquiryDetail(olds[1]!.inquiry.id))!;
      expect(detail).toMatchObject({ status: 'ny', catalogVersion: null, notes: [] });
      expect(detail.statusHistory).toEqual([{ status: 'ny', at: at(1000).toISOString() }]);
      expect(await storage.setInquiryStatus(detail.id, 'afvist', at(5000))).toBe(true);
      expect((await page(storage, {})).newCount).toBe(2);
    });
  });
}

onBothEngines('Console storage', consoleSuite);
