import {
  ValidationError,
  createOffer,
  isRecord,
  offerPdfFileName,
  type Locale,
  type Offer,
  type Problem,
  type SelectionInput,
} from '@temadag/core';
import { renderOfferPdf } from '@temadag/pdf';
import { Hono, type MiddlewareHandler } from 'hono';
import { findBadString, parseJsonBytes } from '../body.js';
import { messagesOf, type AppContext, type AppDeps, type Env } from '../http/context.js';
import type { RateLimiter } from '../http/rate-limit.js';
import { bodyBytes, charsetOk, mediaType, tooLarge } from '../http/request.js';
import { attachment } from '../http/content-disposition.js';
import { errors, one, problemItems } from '../http/responses.js';
import { serverMessages } from '../messages/index.js';
import { pageCsp, problemsPage } from '../pages.js';
import { parseTravelKm } from '../pages-travel.js';

/** Largest body of `POST /api/offers/pdf`, in bytes. */
export const PDF_BODY_LIMIT = 8 * 1024;

/** The code of the 409 answer when the page's price (`expect`) is not the server's. */
export const PRICE_DIFFERS = 'price-differs';

/** The `number` text of a PDF: one line of 1 to 60 characters (the offer is not stored). */
const NUMBER_TEXT = /^[^\n\r]{1,60}$/;

/** An inquiry id as the app makes them (UUID); anything else is not looked up. */
export const INQUIRY_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Settings of {@link offerPdfRoutes}. */
export interface OfferPdfSettings {
  /** Public PDFs per client address per window; 0 is off. */
  limit: number;
  limiter: RateLimiter;
  /** The guard of the stored offers' PDFs; without one they are not served at all. */
  adminGuard?: MiddlewareHandler<Env> | undefined;
}

/**
 * The offer PDFs (mounted at `/api/offers`): `POST /pdf` makes one for a selection (JSON, or
 * the plain form of the embed page), and with an admin guard `GET /:id.pdf` renders the offer
 * of a stored inquiry.
 *
 * @param deps - the app's dependencies
 * @param settings - rate limit and admin guard
 * @returns the sub-app
 */
export function offerPdfRoutes(deps: AppDeps, settings: OfferPdfSettings): Hono<Env> {
  const routes = new Hono<Env>().post('/pdf', (c) => selectionPdf(deps, settings, c));
  if (settings.adminGuard !== undefined) {
    const file = '/:file{[^/]+\\.pdf}';
    routes.use(file, settings.adminGuard);
    routes.get(file, (c) => storedOfferPdf(deps, c, c.req.param('file').replace(/\.pdf$/, '')));
  }
  return routes;
}

/**
 * The PDF of a stored inquiry's offer, as an attachment named after the offer number; 404 when
 * there is no such inquiry. For the admin routes (behind their guard).
 *
 * @param deps - the app's dependencies
 * @param c - the request context
 * @param id - the inquiry's id
 * @returns the PDF response, or a 404
 */
export async function storedOfferPdf(deps: AppDeps, c: AppContext, id: string): Promise<Response> {
  const stored = INQUIRY_ID.test(id) ? await deps.storage.getInquiry(id) : undefined;
  if (!stored) return errors(c, 404, one('', messagesOf(c).notFound));
  const pdf = await renderOfferPdf(stored.offer);
  return c.body(pdf as Uint8Array<ArrayBuffer>, 200, {
    'Content-Type': 'application/pdf',
    'Content-Disposition': attachment(offerPdfFileName(stored.offer)),
  });
}

/**
 * `POST /pdf`: the offer of a selection as a PDF, for pages without JavaScript (the plain form)
 * and for the widget (JSON). Besides the selection and `lang`, JSON may carry what the widget's
 * own render would print: `customer` (left out when the schema refuses it, as the widget does),
 * `number` (the text of the number field; the offer is not stored, so it has no number of the
 * provider's; `T-<year>-0000` without it), and `expect` (`status`, `currency`, `subtotal`,
 * `total` of the price the page shows): when the server's catalog prices the selection
 * otherwise, the answer is a 409 with the code `price-differs` and no file, so the page never
 * gets a PDF that contradicts the price on its screen.
 */
async function selectionPdf(
  deps: AppDeps,
  settings: OfferPdfSettings,
  c: AppContext,
): Promise<Response> {
  const limited = await settings.limiter.check(c, 'pdf', settings.limit);
  if (limited) return limited;
  const t = messagesOf(c);
  const contentType = deps.header(c, 'content-type') ?? '';
  const type = mediaType(contentType);
  const form = type === 'application/x-www-form-urlencoded';
  if ((!form && type !== 'application/json') || !charsetOk(contentType)) {
    return errors(c, 415, one('', t.unsupportedMediaType));
  }
  let input: Record<string, unknown>;
  // What the plain form's own checks refused (the distance), shown with core's problems.
  let formProblems: Problem[] = [];
  const bytes = await bodyBytes(deps, c, PDF_BODY_LIMIT);
  if (bytes === null) return errors(c, 400, one('', t.badJson));
  if (bytes === undefined) return tooLarge(c, PDF_BODY_LIMIT);
  if (form) {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return errors(c, 400, one('', t.badEncoding));
    }
    ({ input, problems: formProblems } = selectionFromForm(new URLSearchParams(text), c));
  } else {
    const body = parseJsonBytes(bytes);
    if (!body.ok) {
      return errors(c, 400, one('', body.problem === 'encoding' ? t.badEncoding : t.badJson));
    }
    if (!isRecord(body.value)) return errors(c, 422, one('', t.notAnObject));
    input = { ...body.value };
  }
  const lang = input.lang ?? input.locale;
  delete input.lang;
  delete input.locale;
  const locale: Locale = lang === 'da' || lang === 'en' ? lang : c.get('locale');
  c.set('locale', locale);
  const bad = findBadString(input);
  if (bad !== undefined) return errors(c, 422, one(bad, messagesOf(c).badCharacters));

  // The widget's extras (JSON only): the customer block, the number text and the price the
  // page shows. They are not part of the selection.
  const { customer, number, expect } = input;
  delete input.customer;
  delete input.number;
  delete input.expect;
  if (number !== undefined && !(typeof number === 'string' && NUMBER_TEXT.test(number))) {
    return errors(c, 422, one('number', t.pdfNumber));
  }
  if (expect !== undefined && !isRecord(expect)) {
    return errors(c, 422, one('expect', t.notAnObject));
  }

  let offer: Offer | undefined;
  let problems: readonly Problem[] = formProblems;
  try {
    const catalog = deps.catalogs.current().catalog;
    const base = { now: deps.now(), locale, ...(number ? { number } : { sequence: 0 }) };
    try {
      offer = createOffer(catalog, input as SelectionInput, {
        ...base,
        customer: isRecord(customer) ? customer : {},
      });
    } catch (error) {
      // As the widget's own render does: a customer the schema refuses (an odd email from the
      // page's prefill, say) leaves the customer block out rather than costing the file.
      if (customer === undefined) throw error;
      offer = createOffer(catalog, input as SelectionInput, base);
    }
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    problems = [...formProblems, ...error.problems];
  }
  if (!offer || problems.length > 0) {
    if (form) {
      return c.html(problemsPage(problems, locale), 422, {
        'Content-Security-Policy': pageCsp(["'none'"]),
        'Cache-Control': 'no-store',
      });
    }
    return errors(c, 422, problemItems(problems));
  }
  if (expect !== undefined && priceDiffers(offer, expect)) {
    return errors(c, 409, [
      { path: 'expect', code: PRICE_DIFFERS, message: messagesOf(c).pdfPriceDiffers },
    ]);
  }
  const pdf = await renderOfferPdf(offer);
  // The offer is not stored and has no number of the provider's: the file is named as the
  // widget names its own, by the indicative offer's date, whatever the number field says.
  return c.body(pdf as Uint8Array<ArrayBuffer>, 200, {
    'Content-Type': 'application/pdf',
    'Content-Disposition': attachment(serverMessages[locale].pdfDraftFileName(offer.issueDate)),
    'Cache-Control': 'no-store',
  });
}

/**
 * Whether the offer's price differs from the page's (`expect`, a core `Price`'s `status`,
 * `currency`, `subtotal` and `total`) in one of the keys given.
 */
function priceDiffers(offer: Offer, expect: Record<string, unknown>): boolean {
  const ours: Record<string, unknown> = {
    status: offer.priceStatus,
    currency: offer.currency,
    subtotal: offer.subtotal,
    total: offer.total,
  };
  return Object.keys(ours).some((key) => key in expect && expect[key] !== ours[key]);
}

/**
 * The selection from the plain form of the embed page, and what its own checks refused: a
 * distance (`km`) that is not a whole number of km from 0 to 10,000 gets the widget's message
 * for the field (the selection then has no travel).
 */
function selectionFromForm(
  form: URLSearchParams,
  c: AppContext,
): { input: Record<string, unknown>; problems: Problem[] } {
  const out: Record<string, unknown> = {};
  const problems: Problem[] = [];
  for (const key of ['offering', 'format', 'date', 'place', 'lang']) {
    const value = form.get(key);
    if (value !== null && value.trim() !== '') out[key] = value.trim();
  }
  const participants = form.get('participants')?.trim();
  if (participants)
    out.participants = /^\d{1,9}$/.test(participants) ? Number(participants) : participants;
  const modules = [...form.getAll('module'), ...form.getAll('modules')].filter((m) => m !== '');
  if (modules.length > 0) out.modules = modules;
  const km = form.get('km')?.trim();
  const zone = form.get('zone')?.trim();
  if (km) {
    const distance = parseTravelKm(km);
    if (distance === undefined) {
      const lang = out.lang === 'en' ? 'en' : out.lang === 'da' ? 'da' : c.get('locale');
      problems.push({
        path: 'travel.km',
        code: /^\d+$/.test(km) ? 'too-big' : /^-\d+$/.test(km) ? 'too-small' : 'integer',
        message: serverMessages[lang].page.travel.kmInvalid,
      });
    } else out.travel = { km: distance };
  } else if (zone) out.travel = { zone };
  return { input: out, problems };
}
