// The offer revisions' storage (migration 5), on a real SQLite file and on the real PostgreSQL
// (when TEMADAG_TEST_DATABASE_URL is set): one suite for both engines.
import crypto from 'node:crypto';
import { expect, it } from 'vitest';
import { createOffer, type Offer } from '@temadag/core';
import type { AcceptanceRecord, NewRevision, StoredInquiry } from '../src/storage/index.js';
import {
  OFFERING,
  at,
  catalog,
  created,
  freshStore,
  input,
  onBothEngines,
  type Engine,
} from './storage-harness.js';

const hash = (text: string) => crypto.createHash('sha256').update(text).digest('hex');

function offerFor(stored: StoredInquiry, revision: number): Offer {
  return createOffer(
    catalog,
    { offering: OFFERING, format: 'hel', participants: 30 },
    { now: at(revision * 1000), number: `${stored.offer.number}-${revision}` },
  );
}

function revisionOf(stored: StoredInquiry, revision: number, more: Partial<NewRevision> = {}) {
  const offer = offerFor(stored, revision);
  const r: NewRevision = {
    id: crypto.randomUUID(),
    inquiryId: stored.id,
    number: offer.number,
    revision,
    replaces: revision === 2 ? stored.offer.number : `${stored.offer.number}-${revision - 1}`,
    offer,
    pdfSha256: hash(`pdf ${revision}`),
    tokenHash: hash(`token ${stored.id} ${revision}`),
    createdAt: at(revision * 1000),
    validUntil: '2026-04-01',
    deliveries: [{ channel: 'offer-email', payload: 'sealed' }, { channel: 'offer-copy' }],
    status: { from: ['ny'], to: 'besvaret' },
    ...more,
  };
  return r;
}

function acceptance(r: NewRevision, name = 'Mette Testesen'): AcceptanceRecord {
  return {
    name,
    title: 'Afdelingsleder',
    acceptedAt: at(60_000).toISOString(),
    number: r.number,
    pdfSha256: r.pdfSha256,
  };
}

function offerSuite(engine: () => Engine) {
  const fresh = freshStore(engine);
  const open = fresh.open;
  const setup = async () => {
    const storage = await (await fresh.renew()).open();
    const stored = created(await storage.createInquiry(input({ channels: [] })));
    return { storage, stored };
  };

  it('stores a revision, queues its deliveries and moves the inquiry from ny to besvaret', async () => {
    const { storage, stored } = await setup();
    const r = revisionOf(stored, 2);
    expect(await storage.createOfferRevision(r)).toBe('created');
    const found = await storage.findOfferRevision(r.tokenHash);
    expect(found).toMatchObject({
      id: r.id,
      inquiryId: stored.id,
      number: r.number,
      revision: 2,
      replaces: stored.offer.number,
      state: 'sent',
      validUntil: '2026-04-01',
      pdfSha256: r.pdfSha256,
      createdAt: r.createdAt.toISOString(),
    });
    expect(found!.offer).toEqual(JSON.parse(JSON.stringify(r.offer)));
    const detail = (await storage.getInquiryDetail(stored.id))!;
    expect(detail.status).toBe('besvaret');
    expect(detail.statusHistory.map((h) => h.status)).toEqual(['ny', 'besvaret']);
    const items = await storage.claimOutbox(at(10_000), 10, 60_000);
    expect(items.map((i) => [i.channel, i.revisionId, i.payload])).toEqual([
      ['offer-email', r.id, 'sealed'],
      ['offer-copy', r.id, undefined],
    ]);
    // The payload (the sealed token) leaves the database once the email is sent.
    await storage.markSent(items[0]!.id);
    expect(await fresh.count('outbox', 'payload', 'sealed')).toBe(0);
  });

  it('leaves another status alone when sending again', async () => {
    const { storage, stored } = await setup();
    await storage.setInquiryStatus(stored.id, 'aftalt', at(500));
    expect(await storage.createOfferRevision(revisionOf(stored, 2))).toBe('created');
    expect((await storage.getInquiryDetail(stored.id))!.status).toBe('aftalt');
  });

  it('supersedes the open older revisions with a new one, and lists newest first', async () => {
    const { storage, stored } = await setup();
    const r2 = revisionOf(stored, 2);
    const r3 = revisionOf(stored, 3);
    await storage.createOfferRevision(r2);
    await storage.createOfferRevision(r3);
    const list = await storage.listOfferRevisions(stored.id);
    expect(list.map((r) => [r.revision, r.state])).toEqual([
      [3, 'sent'],
      [2, 'superseded'],
    ]);
    const refused = await storage.acceptOfferRevision(
      {
        tokenHash: r2.tokenHash,
        at: at(70_000),
        deliveries: [{ channel: 'offer-accepted-email' }],
      },
      acceptance(r2),
    );
    expect(refused).toMatchObject({ kind: 'unchanged', revision: { state: 'superseded' } });
    expect((await storage.getOfferRevision(stored.id, 2))!.acceptance).toBeUndefined();
    expect(await fresh.count('outbox', 'channel', 'offer-accepted-email')).toBe(0);
  });

  it('answers conflict for a revision number taken, and no-inquiry for an unknown inquiry', async () => {
    const { storage, stored } = await setup();
    await storage.createOfferRevision(revisionOf(stored, 2));
    expect(await storage.createOfferRevision(revisionOf(stored, 2))).toBe('conflict');
    expect(
      await storage.createOfferRevision({
        ...revisionOf(stored, 2),
        inquiryId: crypto.randomUUID(),
      }),
    ).toBe('no-inquiry');
    expect(await storage.listOfferRevisions(stored.id)).toHaveLength(1);
  });

  it('records one acceptance of 20 concurrent ones; the others get the first record', async () => {
    const { storage, stored } = await setup();
    // A second instance on the same database: the accepts really race on PostgreSQL.
    const other = await open();
    const r = revisionOf(stored, 2);
    await storage.createOfferRevision(r);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 === 0 ? storage : other).acceptOfferRevision(
          {
            tokenHash: r.tokenHash,
            at: at(60_000 + i),
            deliveries: [
              { channel: 'offer-accepted-email' },
              { channel: 'offer-accepted-webhook' },
            ],
          },
          acceptance(r, `Person ${i}`),
        ),
      ),
    );
    const done = results.filter((x) => x.kind === 'done');
    expect(done).toHaveLength(1);
    const winner = done[0]!.kind === 'done' ? done[0]!.revision.acceptance! : undefined;
    for (const x of results) {
      expect(x.kind === 'unknown' ? undefined : x.revision.acceptance).toEqual(winner);
    }
    expect(await fresh.count('outbox', 'channel', 'offer-accepted-email')).toBe(1);
    expect(await fresh.count('outbox', 'channel', 'offer-accepted-webhook')).toBe(1);
    const detail = (await storage.getInquiryDetail(stored.id))!;
    expect(detail.status).toBe('aftalt');
    expect(detail.statusHistory.filter((h) => h.status === 'aftalt')).toHaveLength(1);
  });

  it('declines once, with the reason, and an accepted revision cannot be declined', async () => {
    const { storage, stored } = await setup();
    const r2 = revisionOf(stored, 2);
    await storage.createOfferRevision(r2);
    const declined = await storage.declineOfferRevision(
      {
        tokenHash: r2.tokenHash,
        at: at(80_000),
        deliveries: [{ channel: 'offer-declined-email' }],
      },
      'For dyrt',
    );
    expect(declined).toMatchObject({
      kind: 'done',
      revision: {
        state: 'declined',
        declineReason: 'For dyrt',
        declinedAt: at(80_000).toISOString(),
      },
    });
    expect((await storage.getInquiryDetail(stored.id))!.status).toBe('afvist');
    const again = await storage.acceptOfferRevision(
      { tokenHash: r2.tokenHash, at: at(90_000), deliveries: [] },
      acceptance(r2),
    );
    expect(again).toMatchObject({ kind: 'unchanged', revision: { state: 'declined' } });

    const r3 = revisionOf(stored, 3);
    await storage.createOfferRevision(r3);
    await storage.acceptOfferRevision(
      { tokenHash: r3.tokenHash, at: at(95_000), deliveries: [] },
      acceptance(r3),
    );
    const late = await storage.declineOfferRevision({
      tokenHash: r3.tokenHash,
      at: at(96_000),
      deliveries: [{ channel: 'offer-declined-email' }],
    });
    expect(late).toMatchObject({ kind: 'unchanged', revision: { state: 'accepted' } });
    expect(await fresh.count('outbox', 'channel', 'offer-declined-email')).toBe(1);
  });

  it('knows no unknown token hash', async () => {
    const { storage } = await setup();
    const tokenHash = hash('nothing');
    expect(await storage.findOfferRevision(tokenHash)).toBeUndefined();
    expect(
      await storage.acceptOfferRevision(
        { tokenHash, at: at(1), deliveries: [] },
        {
          name: 'x',
          title: 'y',
          acceptedAt: at(1).toISOString(),
          number: 'T',
          pdfSha256: tokenHash,
        },
      ),
    ).toEqual({ kind: 'unknown' });
    expect(await storage.declineOfferRevision({ tokenHash, at: at(1), deliveries: [] })).toEqual({
      kind: 'unknown',
    });
  });

  it('erases the revisions and their deliveries with the inquiry', async () => {
    const { storage, stored } = await setup();
    await storage.createOfferRevision(revisionOf(stored, 2));
    expect(await storage.deleteInquiry(stored.id)).toBe(true);
    expect(await fresh.count('offer_revisions')).toBe(0);
    expect(await fresh.count('outbox')).toBe(0);
  });

  it('keeps one offer secret for every instance', async () => {
    const { storage } = await setup();
    const other = await open();
    const [a, b] = await Promise.all([
      storage.offerSecret('first-candidate', at(1)),
      other.offerSecret('second-candidate', at(1)),
    ]);
    expect(a).toBe(b);
    expect(await storage.offerSecret('third', at(2))).toBe(a);
  });
}

onBothEngines('Offer storage', offerSuite);
