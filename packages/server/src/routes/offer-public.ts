import { isOfferValid, isValidGln } from '@temadag/core';
import { Hono } from 'hono';
import type { AppContext, AppDeps, Env } from '../http/context.js';
import type { RateLimiter } from '../http/rate-limit.js';
import { bodyBytes, mediaType } from '../http/request.js';
import { serverMessages } from '../messages/index.js';
import { revisionPdfResponse } from '../offers/revision-pdf.js';
import {
  hashOfferToken,
  isOfferTokenShape,
  offerCsrf,
  offerCsrfMatches,
} from '../offers/tokens.js';
import {
  offerPageHeaders,
  renderOfferPage,
  type FieldError,
  type OfferPageState,
} from '../pages/offer-page.js';
import type { AnswerResult, OfferDelivery, StoredRevision } from '../storage/types.js';

/** A known revision with the token of the request and its hash. */
interface Found {
  token: string;
  tokenHash: string;
  revision: StoredRevision;
}

/** Largest body of the accept and decline forms, in bytes. */
export const OFFER_FORM_LIMIT = 8 * 1024;

/** Longest name, title and reason; order reference. */
const LIMITS = { name: 200, title: 200, orderReference: 100, reason: 1000 } as const;

/** Settings of {@link offerPublicRoutes}. */
export interface OfferPublicSettings {
  /** The offer secret (see `resolveOfferSecret`). */
  secret: () => Promise<string>;
  /** The provider's notice and the customer's confirmation are queued (SMTP is configured). */
  email: boolean;
  /** The `offer.accepted` and `offer.declined` webhooks are queued. */
  webhook: boolean;
  /** Requests per client address per window; 0 is off. */
  limit: number;
  limiter: RateLimiter;
  /** Called when deliveries were queued, e.g. to wake the outbox worker. */
  onDeliveryQueued?: (() => void) | undefined;
}

/**
 * The customer's offer page (mounted at `/o`): `GET /:token` the offer as HTML, `GET
 * /:token/pdf` its PDF, `POST /:token/accept` and `POST /:token/decline` plain form posts
 * (Post/Redirect/Get: 303 back to the page; 422 with the page, its errors and the values kept;
 * 403 when the form's CSRF value is wrong). An accepted offer answers a second accept with the
 * first receipt; an expired, declined or superseded one refuses (409 with the page saying
 * so). An unknown token is a 404 after the same hashing and one index lookup as a known one.
 *
 * @param deps - the app's dependencies
 * @param settings - the secret, the configured channels, the rate limit
 * @returns the sub-app
 */
export function offerPublicRoutes(deps: AppDeps, settings: OfferPublicSettings): Hono<Env> {
  const { storage, log } = deps;

  /** The revision of the path's token, or undefined; the token's hash either way. */
  const find = async (c: AppContext) => {
    const token = c.req.param('token') ?? '';
    // A token of another shape is hashed too, so a miss costs what a hit does.
    const tokenHash = hashOfferToken(token);
    const revision = isOfferTokenShape(token)
      ? await storage.findOfferRevision(tokenHash)
      : undefined;
    return { token, tokenHash, revision };
  };

  const page = async (
    c: AppContext,
    found: Found,
    status: 200 | 403 | 409 | 422 = 200,
    form: { errors?: FieldError[]; values?: Record<string, string> } = {},
  ) => {
    const { revision } = found;
    const now = deps.now();
    const input = {
      offer: revision.offer,
      state: pageState(revision, now),
      token: found.token,
      csrf: offerCsrf(await settings.secret(), found.tokenHash),
      now,
      ...(revision.acceptance ? { acceptance: revision.acceptance } : {}),
      ...(revision.declinedAt !== undefined
        ? {
            decline: {
              declinedAt: revision.declinedAt,
              ...(revision.declineReason !== undefined ? { reason: revision.declineReason } : {}),
            },
          }
        : {}),
      ...form,
    };
    return c.html(renderOfferPage(input), status, offerPageHeaders());
  };

  const notFound = (c: AppContext) => {
    const t = serverMessages[c.get('locale')].offers;
    return c.html(
      notFoundPage(c.get('locale'), t.notFoundTitle, t.notFoundText),
      404,
      offerPageHeaders(),
    );
  };

  const back = (c: AppContext, token: string) =>
    c.body(null, 303, { Location: `/o/${token}`, 'Cache-Control': 'no-store' });

  /** The posted form, or the error answer (415, 413). */
  const readForm = async (c: AppContext): Promise<URLSearchParams | Response> => {
    const type = mediaType(deps.header(c, 'content-type') ?? '');
    if (type !== 'application/x-www-form-urlencoded') return c.body(null, 415);
    const bytes = await bodyBytes(deps, c, OFFER_FORM_LIMIT);
    if (bytes === undefined) return c.body(null, 413);
    if (bytes === null) return c.body(null, 400);
    return new URLSearchParams(new TextDecoder().decode(bytes));
  };

  const deliveries = (kind: 'accepted' | 'declined', customerEmail: boolean): OfferDelivery[] => {
    const list: OfferDelivery[] = [];
    if (settings.email) {
      list.push({ channel: `offer-${kind}-email` });
      if (kind === 'accepted' && customerEmail) list.push({ channel: 'offer-accepted-receipt' });
    }
    if (settings.webhook) list.push({ channel: `offer-${kind}-webhook` });
    return list;
  };

  /** Answers a post: limit, token, form, CSRF; then `act` on the open revision. */
  const answer =
    (act: (c: AppContext, found: Found, form: URLSearchParams) => Promise<Response>) =>
    async (c: AppContext) => {
      const limited = await settings.limiter.check(c, 'offer', settings.limit);
      if (limited) return limited;
      const found = await find(c);
      if (!found.revision) return notFound(c);
      const known = { ...found, revision: found.revision };
      const form = await readForm(c);
      if (form instanceof Response) return form;
      const t = serverMessages[known.revision.offer.locale].offerPage.errors;
      if (!offerCsrfMatches(await settings.secret(), found.tokenHash, form.get('csrf'))) {
        log({ level: 'warn', msg: 'offer-csrf-refused', requestId: c.get('requestId') });
        return page(c, known, 403, { errors: [{ field: 'csrf', message: t.csrf }] });
      }
      const state = pageState(known.revision, deps.now());
      // A second accept is answered with the page of the first: its receipt.
      if (state === 'accepted' && c.req.path.endsWith('/accept')) return back(c, found.token);
      if (state !== 'open') return page(c, known, 409);
      return act(c, known, form);
    };

  /** After the conditional update: 303 to the page, or 409 with the page as it now is. */
  const after = (c: AppContext, found: Found, result: AnswerResult, msg: string) => {
    if (result.kind === 'unknown') return notFound(c);
    if (result.kind === 'done') {
      log({ msg, requestId: c.get('requestId') });
      settings.onDeliveryQueued?.();
      return back(c, found.token);
    }
    // Lost the race to another accept: its receipt is the answer.
    if (result.revision.state === 'accepted' && msg === 'offer-accepted') {
      return back(c, found.token);
    }
    return page(c, { ...found, revision: result.revision }, 409);
  };

  return new Hono<Env>()
    .get('/:token', async (c) => {
      const found = await find(c);
      if (!found.revision) return notFound(c);
      return page(c, { ...found, revision: found.revision });
    })
    .get('/:token/pdf', async (c) => {
      const limited = await settings.limiter.check(c, 'pdf', settings.limit);
      if (limited) return limited;
      const { revision } = await find(c);
      if (!revision) return notFound(c);
      return revisionPdfResponse(c, revision, {
        'Cache-Control': 'no-store',
        'X-Robots-Tag': 'noindex',
        'Referrer-Policy': 'no-referrer',
      });
    })
    .post(
      '/:token/accept',
      answer(async (c, found, form) => {
        const { revision } = found;
        const { errors: t, accept: labels } = serverMessages[revision.offer.locale].offerPage;
        const values = fields(form, ['name', 'title', 'authorised', 'orderReference', 'ean']);
        const problems: FieldError[] = [];
        if (!values.name) problems.push({ field: 'name', message: t.nameEmpty });
        if (!values.title) problems.push({ field: 'title', message: t.titleEmpty });
        if (values.authorised !== 'on') {
          problems.push({ field: 'authorised', message: t.authorisedMissing });
        }
        for (const key of ['name', 'title', 'orderReference'] as const) {
          if ([...(values[key] ?? '')].length > LIMITS[key]) {
            problems.push({ field: key, message: t.tooLong(labels[key], String(LIMITS[key])) });
          }
        }
        const ean = values.ean?.replace(/\s+/g, '');
        if (ean && !(/^\d{13}$/.test(ean) && isValidGln(ean))) {
          problems.push({ field: 'ean', message: t.eanInvalid });
        }
        if (problems.length > 0) return page(c, found, 422, { errors: problems, values });
        const result = await storage.acceptOfferRevision(
          {
            tokenHash: found.tokenHash,
            at: deps.now(),
            deliveries: deliveries('accepted', Boolean(revision.offer.customer.email)),
          },
          {
            name: values.name!,
            title: values.title!,
            acceptedAt: deps.now().toISOString(),
            number: revision.number,
            pdfSha256: revision.pdfSha256,
            ...(values.orderReference ? { orderReference: values.orderReference } : {}),
            ...(ean ? { ean } : {}),
          },
        );
        return after(c, found, result, 'offer-accepted');
      }),
    )
    .post(
      '/:token/decline',
      answer(async (c, found, form) => {
        const { errors: t, decline: labels } =
          serverMessages[found.revision.offer.locale].offerPage;
        const values = fields(form, ['reason']);
        if ([...(values.reason ?? '')].length > LIMITS.reason) {
          return page(c, found, 422, {
            errors: [{ field: 'reason', message: t.tooLong(labels.reason, String(LIMITS.reason)) }],
            values,
          });
        }
        const result = await storage.declineOfferRevision(
          { tokenHash: found.tokenHash, at: deps.now(), deliveries: deliveries('declined', false) },
          values.reason || undefined,
        );
        return after(c, found, result, 'offer-declined');
      }),
    );
}

/**
 * The page state of a revision at a moment: a `sent` revision is `open` through its last day
 * in Europe/Copenhagen (core's `isOfferValid`), `expired` after.
 */
function pageState(revision: StoredRevision, now: Date): OfferPageState {
  if (revision.state === 'sent') return isOfferValid(revision, now) ? 'open' : 'expired';
  return revision.state;
}

/** The trimmed text fields of a form that are present and not blank. */
function fields<K extends string>(form: URLSearchParams, keys: readonly K[]) {
  const out: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const value = form.get(key)?.trim();
    if (value) out[key] = value.replace(/\r\n?/g, '\n');
  }
  return out as Record<string, string> & Partial<Record<K, string>>;
}

/** A small 404 page for an unknown link (no details: the link may have been mistyped). */
function notFoundPage(locale: string, title: string, text: string): string {
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>${title}</title></head><body><h1>${title}</h1><p>${text}</p></body></html>`;
}
