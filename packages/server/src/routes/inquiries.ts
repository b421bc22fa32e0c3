import { hash, randomInt } from 'node:crypto';
import {
  ValidationError,
  copenhagenDate,
  createOffer,
  customerFromInquiry,
  isRecord,
  numberOffer,
  inquirySelection,
  isHoneypotFilled,
  parseInquiry,
  resolveSelection,
  type Catalog,
  type Inquiry,
  type Locale,
  type Offer,
} from '@temadag/core';
import { Hono } from 'hono';
import { canonicalJson, findBadString, parseJsonBytes } from '../body.js';
import { messagesOf, type AppContext, type AppDeps, type Env } from '../http/context.js';
import type { RateLimiter } from '../http/rate-limit.js';
import { bodyBytes, charsetOk, mediaType, tooLarge } from '../http/request.js';
import { completeJson, errors, one, problemItems } from '../http/responses.js';
import { inquiryId } from '../ids.js';
import { inquiryReference, jsonOnce } from '../storage/common.js';
import type { Channel, StoredInquiry } from '../storage/types.js';

/** Largest inquiry body accepted, in bytes. */
export const INQUIRY_BODY_LIMIT = 32 * 1024;
/** Longest `Idempotency-Key` accepted. */
export const IDEMPOTENCY_KEY_MAX = 200;

const IDEMPOTENCY_KEY = new RegExp(`^[A-Za-z0-9_.:-]{1,${IDEMPOTENCY_KEY_MAX}}$`);

/** Settings of {@link inquiryRoutes}. */
export interface InquirySettings {
  /** Notifications to queue with each inquiry. */
  channels: Channel[];
  /** Inquiries per client address per window; 0 is off. */
  limit: number;
  limiter: RateLimiter;
  /** Called after an inquiry is stored. */
  onInquiry?: ((stored: StoredInquiry) => void) | undefined;
}

/** A checked and priced inquiry request, ready to store. */
interface Checked {
  inquiry: Inquiry;
  requestHash: string;
  key?: string;
  trial: Offer;
  now: Date;
  /** The catalog it was priced with, and its version (null: the file). */
  catalog: Catalog;
  catalogVersion: number | null;
}

/**
 * `POST /` (mounted at `/api/inquiries`): checks the inquiry, prices it again with the server's
 * catalog, stores it with its offer and notifications (idempotent by `Idempotency-Key`) and
 * answers `201 { id, reference, offer }`. The reference is the offer's number (`T-2026-0042`)
 * when the provider's pattern holds the year.
 *
 * @param deps - the app's dependencies
 * @param settings - notifications and rate limit
 * @returns the sub-app
 */
export function inquiryRoutes(deps: AppDeps, settings: InquirySettings): Hono<Env> {
  const { storage } = deps;
  const { limiter, limit } = settings;
  return new Hono<Env>().post('/', async (c) => {
    // Every request counts against the address's budget, and once it is spent the answer is a
    // 429 whatever else is wrong. A request that fails its checks is counted on its own; a good
    // one is counted by the storage in the same step that stores it (one write, not two).
    let checked: Checked | Response;
    try {
      checked = await checkInquiry(deps, c);
    } catch (error) {
      // Counted even so, and a spent budget still answers 429 rather than 500.
      const limited = await limiter.check(c, 'inquiry', limit);
      if (limited) return limited;
      throw error;
    }
    if (checked instanceof Response) {
      return (await limiter.check(c, 'inquiry', limit)) ?? checked;
    }
    const { inquiry, requestHash, key, trial, now, catalog, catalogVersion } = checked;

    const result = await storage.createInquiry({
      inquiry: {
        id: inquiryId(now.getTime()),
        createdAt: now,
        offering: inquiry.offering,
        locale: inquiry.locale,
        inquiry,
        catalogVersion,
      },
      ...(key !== undefined ? { idempotencyKey: key } : {}),
      requestHash,
      channels: settings.channels,
      makeOffer: (_reference, sequence) => withNumber(catalog, trial, sequence),
      numberPattern: catalog.provider.offerNumberPattern,
      ...(limit > 0
        ? {
            countHit: {
              key: limiter.key(c, 'inquiry'),
              windowMs: limiter.settings.windowMs,
              max: limit,
            },
          }
        : {}),
    });
    switch (result.kind) {
      case 'over-max':
        return limiter.answer(c, limit, { count: result.count, now })!;
      case 'conflict':
        return errors(c, 422, one('Idempotency-Key', messagesOf(c).idempotencyConflict));
      case 'replay':
        return completeJson(c, 201, answerText(result.stored), true);
      case 'created':
        settings.onInquiry?.(result.stored);
        return completeJson(c, 201, answerText(result.stored), false);
    }
  });
}

/**
 * The answer to a stored inquiry, the first time and for each replay alike:
 * `{"id","reference","offer"}`. The offer of a new inquiry was serialised for its row already
 * ({@link jsonOnce}): that text is reused, not made a second time.
 */
function answerText(stored: StoredInquiry): string {
  return `{"id":${JSON.stringify(stored.id)},"reference":${JSON.stringify(stored.reference)},"offer":${jsonOnce(stored.offer)}}`;
}

/**
 * Reads and checks an inquiry request and prices it: an error response (or, for a bot, the
 * honeypot's answer), or what to store.
 */
async function checkInquiry(deps: AppDeps, c: AppContext): Promise<Response | Checked> {
  const { header } = deps;
  const { catalog, version: catalogVersion } = deps.catalogs.current();
  const t = messagesOf(c);
  const contentType = header(c, 'content-type') ?? '';
  if (mediaType(contentType) !== 'application/json' || !charsetOk(contentType)) {
    return errors(c, 415, one('', t.unsupportedMediaType));
  }
  const key = header(c, 'idempotency-key');
  if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) {
    return errors(
      c,
      400,
      one('Idempotency-Key', t.idempotencyKeyInvalid(String(IDEMPOTENCY_KEY_MAX))),
    );
  }
  const bytes = await bodyBytes(deps, c, INQUIRY_BODY_LIMIT);
  if (bytes === null) return errors(c, 400, one('', t.badJson));
  const body = parseJsonBytes(bytes);
  if (!body.ok) {
    if (body.problem === 'too-large') return tooLarge(c, INQUIRY_BODY_LIMIT);
    return errors(c, 400, one('', body.problem === 'encoding' ? t.badEncoding : t.badJson));
  }
  const raw = body.value;
  const own = isRecord(raw) ? raw.locale : undefined;
  const locale: Locale = own === 'da' || own === 'en' ? own : c.get('locale');
  c.set('locale', locale);
  // The messages from here on are in the inquiry's own language.
  const m = messagesOf(c);
  if (!isRecord(raw)) return errors(c, 422, one('', m.notAnObject));
  const bad = findBadString(raw);
  if (bad !== undefined) return errors(c, 422, one(bad, m.badCharacters));

  const offering =
    typeof raw.offering === 'string'
      ? catalog.offerings.find((o) => o.id === raw.offering)
      : undefined;
  const now = deps.now();
  // Preferred dates follow the widget's and the CLI's rule: only days after today.
  const parsed = parseInquiry(raw, offering ? { locale, offering, now } : { locale, now });
  if (!parsed.ok) return errors(c, 422, problemItems(parsed.problems));
  const inquiry = parsed.inquiry;
  const selection = inquirySelection(inquiry);

  let trial: Offer;
  try {
    // createOffer resolves the selection itself (whether it resolves does not depend on the
    // locale), so it is resolved once here; only when the offer cannot be made is it resolved
    // again, in the request's locale, to answer with the selection's problems as before.
    trial = createOffer(catalog, selection, {
      now,
      locale: inquiry.locale,
      sequence: 1,
      customer: customerFromInquiry(inquiry),
    });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const resolved = resolveSelection(catalog, selection, { locale });
    return errors(c, 422, problemItems(resolved.ok ? error.problems : resolved.problems));
  }

  if (isHoneypotFilled(inquiry)) {
    // A bot: answer like a stored inquiry (an id of the same kind), keep nothing, send nothing.
    const sequence = randomInt(1, 10_000);
    deps.log({ msg: 'honeypot', requestId: c.get('requestId') });
    return c.json(
      {
        id: inquiryId(now.getTime()),
        reference: fakeReference(catalog, now, sequence),
        offer: withNumber(catalog, trial, sequence),
      },
      201,
      { 'Cache-Control': 'no-store' },
    );
  }
  const requestHash = hash('sha256', canonicalJson(raw), 'hex');
  return {
    inquiry,
    requestHash,
    ...(key !== undefined ? { key } : {}),
    trial,
    now,
    catalog,
    catalogVersion,
  };
}

/** The trial offer with its real number, once storage has given the sequence. */
function withNumber(catalog: Catalog, offer: Offer, sequence: number): Offer {
  return numberOffer(offer, catalog.provider.offerNumberPattern, sequence);
}

/** A reference shaped like the ones storage hands out, for the honeypot's answer. */
function fakeReference(catalog: Catalog, now: Date, sequence: number): string {
  const year = Number(copenhagenDate(now).slice(0, 4));
  return inquiryReference(catalog.provider.offerNumberPattern, year, sequence);
}
