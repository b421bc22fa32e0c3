import { copenhagenDate, offerToUbl } from '@temadag/core';
import { Hono } from 'hono';
import { messagesOf, type AppContext, type AppDeps, type Env } from '../http/context.js';
import { readJsonRequest } from '../http/json-request.js';
import { errors, one, problemItems } from '../http/responses.js';
import { draftFromInquiry, readDraft } from '../offers/draft.js';
import { revisionPdfResponse } from '../offers/revision-pdf.js';
import { priceRevision, revisionSummary, sendRevision } from '../offers/service.js';
import type { StoredInquiry } from '../storage/types.js';
import { INQUIRY_ID } from './offer-pdf.js';

/** Largest body of a draft, in bytes. */
export const DRAFT_BODY_LIMIT = 64 * 1024;

/** Settings of {@link offersAdminRoutes}. */
export interface OffersAdminSettings {
  /** The offer pages' address; from the request's origin when not configured. */
  publicUrl?: string | undefined;
  /** The offer secret (see `resolveOfferSecret`). */
  secret: () => Promise<string>;
  /** Email to the customer and the provider's copy are queued (SMTP is configured). */
  email: boolean;
  /** The `offer.sent` webhook is queued (a webhook is configured). */
  webhook: boolean;
  /** Called when deliveries were queued, e.g. to wake the outbox worker. */
  onDeliveryQueued?: (() => void) | undefined;
}

const BASE = '/inquiries/:id/offers';

/**
 * The offers of one inquiry in the admin API (the console's "Lav tilbud"): the draft
 * prefilled from the inquiry, a preview priced by core (not stored), sending a revision
 * (stored, emailed, webhook `offer.sent`), the list of revisions, and one revision's PDF (with
 * the acceptance block once accepted) and UBL export (accepted only).
 *
 * @param deps - the app's dependencies
 * @param settings - the public address, the secret and the configured channels
 * @returns the sub-app
 */
export function offersAdminRoutes(deps: AppDeps, settings: OffersAdminSettings): Hono<Env> {
  const { storage, log } = deps;

  /** The inquiry of the path, or the 404. */
  const inquiryOf = async (c: AppContext): Promise<StoredInquiry | Response> => {
    const id = c.req.param('id') ?? '';
    const stored = INQUIRY_ID.test(id) ? await storage.getInquiry(id) : undefined;
    return stored ?? errors(c, 404, one('', messagesOf(c).notFound));
  };
  /** The revision of the path, or the 404. */
  const revisionOf = async (c: AppContext) => {
    const id = c.req.param('id') ?? '';
    const given = c.req.param('revision') ?? '';
    const revision =
      INQUIRY_ID.test(id) && /^\d{1,6}$/.test(given)
        ? await storage.getOfferRevision(id, Number(given))
        : undefined;
    return revision ?? errors(c, 404, one('', messagesOf(c).offers.noRevision));
  };
  /** The posted draft, priced; or the error answer. */
  const priced = async (c: AppContext, stored: StoredInquiry) => {
    const body = await readJsonRequest(deps, c, DRAFT_BODY_LIMIT);
    if (body instanceof Response) return body;
    const now = deps.now();
    const read = readDraft(body.value, copenhagenDate(now), messagesOf(c).offers.draft);
    if (!read.ok) return errors(c, 400, read.problems);
    const latest = (await storage.listOfferRevisions(stored.id))[0];
    const { catalog } = deps.catalogs.current();
    const result = priceRevision(stored, latest, catalog, read.draft, now);
    if (!result.ok) return errors(c, 400, problemItems(result.problems));
    return { ...result, draft: read.draft, now };
  };

  return new Hono<Env>()
    .get(`${BASE}/draft`, async (c) => {
      const stored = await inquiryOf(c);
      if (stored instanceof Response) return stored;
      return c.json(draftFromInquiry(stored, deps.catalogs.current().catalog, deps.now()));
    })
    .post(`${BASE}/preview`, async (c) => {
      const stored = await inquiryOf(c);
      if (stored instanceof Response) return stored;
      const result = await priced(c, stored);
      if (result instanceof Response) return result;
      return c.json({ offer: result.offer });
    })
    .post(BASE, async (c) => {
      const stored = await inquiryOf(c);
      if (stored instanceof Response) return stored;
      const result = await priced(c, stored);
      if (result instanceof Response) return result;
      const sent = await sendRevision(
        storage,
        {
          stored,
          offer: result.offer,
          revision: result.revision,
          ...(result.draft.message !== undefined ? { message: result.draft.message } : {}),
          now: result.now,
        },
        {
          baseUrl: (settings.publicUrl ?? new URL(c.req.url).origin).replace(/\/+$/, ''),
          secret: await settings.secret(),
          email: settings.email,
          webhook: settings.webhook,
        },
      );
      if (sent.kind === 'conflict') {
        return errors(c, 409, one('', messagesOf(c).offers.sendConflict));
      }
      log({ msg: 'offer-sent', revision: result.revision, requestId: c.get('requestId') });
      settings.onDeliveryQueued?.();
      return c.json(
        { revision: revisionSummary(sent.revision, result.now), offerUrl: sent.offerUrl },
        201,
      );
    })
    .get(BASE, async (c) => {
      const stored = await inquiryOf(c);
      if (stored instanceof Response) return stored;
      const now = deps.now();
      const items = await storage.listOfferRevisions(stored.id);
      return c.json({ items: items.map((r) => revisionSummary(r, now)) });
    })
    .get(`${BASE}/:revision/pdf`, async (c) => {
      const revision = await revisionOf(c);
      if (revision instanceof Response) return revision;
      return revisionPdfResponse(c, revision);
    })
    .get(`${BASE}/:revision/ubl`, async (c) => {
      const revision = await revisionOf(c);
      if (revision instanceof Response) return revision;
      if (!revision.acceptance) return errors(c, 409, one('', messagesOf(c).offers.notAccepted));
      return c.json(offerToUbl(revision.offer, revision.acceptance));
    });
}
