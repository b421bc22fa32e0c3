import { isRecord, localize, type Catalog, type Locale } from '@temadag/core';
import { Hono } from 'hono';
import { messagesOf, type AppContext, type AppDeps, type Env } from '../http/context.js';
import { readJsonRequest } from '../http/json-request.js';
import { errors, one } from '../http/responses.js';
import {
  INQUIRY_STATUSES,
  isInquiryStatus,
  type InquiryDetail,
  type InquiryRow,
} from '../storage/types.js';
import { INQUIRY_ID, storedOfferPdf } from './offer-pdf.js';

/** Longest internal note, in characters. */
export const NOTE_MAX = 5000;

const BY_ID = '/inquiries/:id';

/**
 * The inbox query of the admin API: filters, search and pages, newest first, with the count of
 * new inquiries and the offerings to filter by.
 *
 * @param deps - the app's dependencies
 * @param path - where it answers: `/inquiries` in the console; `/inbox` for scripts, whose
 *   `GET /inquiries` keeps its older list
 * @returns the sub-app
 */
export function inboxQueryRoute(deps: AppDeps, path: string): Hono<Env> {
  const { storage } = deps;
  return new Hono<Env>().get(path, async (c) => {
    const t = messagesOf(c).console;
    const page = whole(c.req.query('page'), 1);
    const pageSize = whole(c.req.query('pageSize'), 25);
    if (
      page === undefined ||
      pageSize === undefined ||
      page < 1 ||
      pageSize < 1 ||
      pageSize > 100
    ) {
      return errors(c, 400, one('pageSize', t.badPage));
    }
    const status = c.req.query('status') || undefined;
    if (status !== undefined && !isInquiryStatus(status)) {
      return errors(c, 400, one('status', t.badStatus(INQUIRY_STATUSES.join(', '))));
    }
    const offering = c.req.query('offering') || undefined;
    const search = c.req.query('q')?.trim() || undefined;
    const result = await storage.queryInquiries({
      ...(status !== undefined ? { status } : {}),
      ...(offering !== undefined ? { offering } : {}),
      ...(search !== undefined ? { search: search.slice(0, 200) } : {}),
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    const { catalog } = deps.catalogs.current();
    const locale = c.get('locale');
    return c.json({
      items: result.items.map((row) => inboxRow(row, catalog, locale)),
      total: result.total,
      page,
      pageSize,
      newCount: result.newCount,
      offerings: catalog.offerings.map((o) => ({ id: o.id, title: localize(o.title, locale) })),
    });
  });
}

/** Settings of {@link inboxRoutes}. */
export interface InboxSettings {
  /** Called when a delivery is queued again, e.g. to wake the outbox worker. */
  onDeliveryQueued?: (() => void) | undefined;
}

/**
 * One inquiry in the admin API: its detail (the stored inquiry with its status, history, notes
 * and deliveries), its PDF, a status change, a note; and sending a delivery again. Mount it
 * after the routes of `/inquiries/export` and `/inquiries/purge`, which look like ids here.
 *
 * @param deps - the app's dependencies
 * @param settings - what to wake after a retry
 * @returns the sub-app
 */
export function inboxRoutes(deps: AppDeps, settings: InboxSettings): Hono<Env> {
  const { storage, log } = deps;
  return new Hono<Env>()
    .get(BY_ID, async (c) => {
      const id = c.req.param('id');
      const detail = INQUIRY_ID.test(id) ? await storage.getInquiryDetail(id) : undefined;
      if (!detail) return errors(c, 404, one('', messagesOf(c).notFound));
      return c.json(detailAnswer(detail));
    })
    .get(`${BY_ID}/pdf`, (c) => storedOfferPdf(deps, c, c.req.param('id')))
    .patch(BY_ID, async (c) => {
      const body = await readJsonRequest(deps, c, 4 * 1024);
      if (body instanceof Response) return body;
      const status = isRecord(body.value) ? body.value.status : undefined;
      if (!isInquiryStatus(status)) {
        const allowed = INQUIRY_STATUSES.join(', ');
        return errors(c, 422, one('status', messagesOf(c).console.badStatus(allowed)));
      }
      const id = c.req.param('id');
      if (!INQUIRY_ID.test(id) || !(await storage.setInquiryStatus(id, status, deps.now()))) {
        return notFound(c);
      }
      log({ msg: 'inquiry-status', status, requestId: c.get('requestId') });
      const detail = await storage.getInquiryDetail(id);
      return detail ? c.json(detailAnswer(detail)) : notFound(c);
    })
    .post(`${BY_ID}/notes`, async (c) => {
      const body = await readJsonRequest(deps, c, 64 * 1024);
      if (body instanceof Response) return body;
      const text = isRecord(body.value) ? body.value.text : undefined;
      const length = typeof text === 'string' ? [...text.trim()].length : 0;
      if (typeof text !== 'string' || length < 1 || length > NOTE_MAX) {
        return errors(c, 422, one('text', messagesOf(c).console.badNote(String(NOTE_MAX))));
      }
      const id = c.req.param('id');
      const note = INQUIRY_ID.test(id)
        ? await storage.addInquiryNote(id, text.trim(), deps.now())
        : undefined;
      if (!note) return notFound(c);
      log({ msg: 'inquiry-note', requestId: c.get('requestId') });
      return c.json(note, 201);
    })
    .post('/deliveries/:id/retry', async (c) => {
      const given = c.req.param('id');
      const id = /^[0-9]{1,15}$/.test(given) ? Number(given) : undefined;
      if (id === undefined || !(await storage.retryDelivery(id, deps.now()))) {
        return errors(c, 404, one('', messagesOf(c).console.noDelivery));
      }
      log({ msg: 'delivery-retry', outboxId: id, requestId: c.get('requestId') });
      settings.onDeliveryQueued?.();
      return c.json({ id, status: 'pending' }, 202);
    });
}

function notFound(c: AppContext): Response {
  return errors(c, 404, one('', messagesOf(c).notFound));
}

/**
 * An inbox row as the console shows it: the titles from the running catalog in the request's
 * language (the ids when the catalog no longer has them), and no total for a price on request.
 */
function inboxRow(row: InquiryRow, catalog: Catalog, locale: Locale) {
  const offering = catalog.offerings.find((o) => o.id === row.offering);
  const format = offering?.formats.find((f) => f.id === row.format);
  return {
    id: row.id,
    reference: row.reference,
    createdAt: row.createdAt,
    organisation: row.organisation,
    contactName: row.contactName,
    email: row.email,
    offering: row.offering,
    offeringTitle: offering ? localize(offering.title, locale) : row.offering,
    format: row.format,
    formatLabel: format ? localize(format.label, locale) : row.format,
    participants: row.participants,
    // Rows carry no price status; an offer priced "on request" has a total of 0, and nothing
    // offered by this app costs nothing.
    total: row.total > 0 ? row.total : null,
    currency: catalog.currency,
    status: row.status,
    deliveries: row.deliveries,
  };
}

/** The detail answer: the stored inquiry, its pipeline, notes and deliveries (no inquiry id). */
function detailAnswer(detail: InquiryDetail) {
  return {
    ...detail,
    deliveries: detail.deliveries.map((d) => ({
      id: d.id,
      channel: d.channel,
      status: d.status,
      attempts: d.attempts,
      ...(d.lastError !== undefined ? { lastError: d.lastError } : {}),
      nextAttemptAt: d.nextAttemptAt,
    })),
  };
}

function whole(value: string | undefined, fallback: number): number | undefined {
  if (value === undefined || value === '') return fallback;
  return /^\d{1,6}$/.test(value) ? Number(value) : undefined;
}
