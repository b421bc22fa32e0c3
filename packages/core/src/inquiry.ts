import { isWantedDateAllowed, parseDate } from './dates.js';
import type { Offering } from './catalog-schema.js';
import { formatNumber } from './format.js';
import { isRecord } from './guards.js';
import { checkInquiry, type InquiryIssue } from './inquiry-check.js';
import { INQUIRY_FIELDS, INQUIRY_LIMITS } from './inquiry-rules.js';
import type { Inquiry } from './inquiry-schema.js';
import type { Locale } from './locale.js';
import { getMessages, type Messages } from './messages/index.js';
import { formatPath, problemFromIssue, type Problem } from './problems.js';
import type { LocaleOptions } from './selection.js';

export { INQUIRY_LIMITS, isValidDanishPhone } from './inquiry-rules.js';
export { InquirySchema, type Inquiry, type InquiryInput } from './inquiry-schema.js';
export { checkInquiry, type InquiryCheckResult, type InquiryIssue } from './inquiry-check.js';

/** Options of {@link parseInquiry}. */
export interface ParseInquiryOptions extends LocaleOptions {
  /** The offering asked about: its participant bounds are then checked too. */
  offering?: Offering | undefined;
  /**
   * The moment of the check: preferred dates must then be after today in Denmark, the rule
   * the widget and the CLI follow (see `isWantedDateAllowed`). Left out, dates are not
   * compared with today.
   */
  now?: Date | undefined;
}

/** The result of {@link parseInquiry}: the inquiry, or every problem found. */
export type ParseInquiryResult =
  { ok: true; inquiry: Inquiry } | { ok: false; problems: Problem[] };

type Json = Record<string, unknown>;

const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

const trimmed = (value: unknown): unknown => (typeof value === 'string' ? value.trim() : value);

/** Trims the given string fields of a copy; drops the optional ones that are blank or null. */
function tidy(source: Json, required: readonly string[], optional: readonly string[]): Json {
  const out: Json = { ...source };
  for (const key of required) if (key in out) out[key] = trimmed(out[key]);
  for (const key of optional) {
    if (!(key in out)) continue;
    if (isBlank(out[key])) delete out[key];
    else out[key] = trimmed(out[key]);
  }
  return out;
}

interface Normalized {
  value: unknown;
  /** For each kept preferred date, its index in the input (blank entries are dropped). */
  dateIndexes: number[];
}

/** Trims strings and drops blank optional fields, on copies: the input is never changed. */
function normalize(input: unknown): Normalized {
  if (!isRecord(input)) return { value: input, dateIndexes: [] };
  const out = tidy(
    input,
    ['offering', 'format'],
    [
      'place',
      'travel',
      'message',
      'website',
      'locale',
      'modules',
      'preferredDates',
      'invoicing',
      'utm',
    ],
  );
  if (isBlank(out.participants)) delete out.participants;

  const contact = input.contact;
  if (contact === undefined || contact === null) out.contact = {};
  else if (isRecord(contact)) {
    out.contact = tidy(contact, ['name', 'email', 'organisation'], ['role', 'phone']);
  }

  if (isRecord(out.invoicing)) {
    const invoicing = tidy(out.invoicing, [], ['ean', 'cvr', 'reference']);
    if (Object.keys(invoicing).length === 0) delete out.invoicing;
    else out.invoicing = invoicing;
  }

  const dateIndexes: number[] = [];
  if (Array.isArray(out.preferredDates)) {
    const dates: unknown[] = [];
    out.preferredDates.forEach((date: unknown, index) => {
      if (isBlank(date)) return;
      // dd.mm.åååå as the error message's example reads, stored as ISO like every date.
      const value = trimmed(date);
      dates.push(typeof value === 'string' ? (parseDate(value) ?? value) : value);
      dateIndexes.push(index);
    });
    if (dates.length === 0) delete out.preferredDates;
    else out.preferredDates = dates;
  }

  if (isRecord(out.utm)) {
    const utm = tidy(out.utm, [], Object.keys(out.utm));
    if (Object.keys(utm).length === 0) delete out.utm;
    else out.utm = utm;
  }
  return { value: out, dateIndexes };
}

/** Field order of the form (the schema's order), so problems read top to bottom. */
const TOP_ORDER: readonly string[] = INQUIRY_FIELDS.top;
const CONTACT_ORDER: readonly string[] = INQUIRY_FIELDS.contact;
const INVOICING_ORDER: readonly string[] = INQUIRY_FIELDS.invoicing;

function rank(path: readonly PropertyKey[]): [number, number] {
  const [first, second] = path;
  const top = TOP_ORDER.indexOf(String(first));
  const inner =
    first === 'contact'
      ? CONTACT_ORDER.indexOf(String(second))
      : first === 'invoicing'
        ? INVOICING_ORDER.indexOf(String(second))
        : typeof second === 'number'
          ? second
          : -1;
  return [top === -1 ? TOP_ORDER.length : top, inner];
}

interface Ctx {
  m: Messages;
  locale: Locale;
  offering: Offering | undefined;
  n: (value: number) => string;
}

/** The label of the field at a path, so a message can name it; the path when none fits. */
function fieldLabel(path: string, m: Messages): string {
  const t = m.inquiryText;
  const labels: Record<string, string> = {
    offering: t.offering,
    format: t.format,
    place: t.place,
    message: t.message,
    'contact.name': t.name,
    'contact.email': t.email,
    'contact.organisation': t.organisation,
    'contact.role': t.role,
    'contact.phone': t.phone,
    'invoicing.reference': t.reference,
  };
  return labels[path] ?? (path.startsWith('utm.') ? t.campaign : path);
}

function emailProblem(input: unknown, path: string, ctx: Ctx): Problem | undefined {
  const { m } = ctx;
  if (isBlank(input)) return { path, code: 'email-empty', message: m.inquiry.emailEmpty };
  if (typeof input !== 'string') return undefined;
  if (!input.includes('@')) return { path, code: 'email-no-at', message: m.inquiry.emailNoAt };
  if (input.length > INQUIRY_LIMITS.email) {
    return {
      path,
      code: 'too-long',
      message: m.inquiry.tooLong(fieldLabel(path, m), ctx.n(INQUIRY_LIMITS.email)),
    };
  }
  return { path, code: 'email-invalid', message: m.inquiry.emailInvalid };
}

/** Words one issue as the inquiry form needs it; undefined leaves it to problemFromIssue. */
function inquiryProblem(issue: InquiryIssue, path: string, ctx: Ctx): Problem | undefined {
  const { m, offering } = ctx;
  const input = (issue as { input?: unknown }).input;
  const check = (issue.code === 'custom' ? issue.params : undefined)?.check as string | undefined;
  switch (path) {
    case 'contact.name':
      if (isBlank(input)) return { path, code: 'name-empty', message: m.inquiry.nameEmpty };
      break;
    case 'contact.organisation':
      if (isBlank(input)) {
        return { path, code: 'organisation-empty', message: m.inquiry.organisationEmpty };
      }
      break;
    case 'contact.email':
      return emailProblem(input, path, ctx);
    case 'contact.phone':
      return { path, code: 'phone-invalid', message: m.inquiry.phoneInvalid };
    case 'participants':
      if (isBlank(input)) {
        return { path, code: 'participants-empty', message: m.inquiry.participantsEmpty };
      }
      if (offering) return participantsRange(path, offering, ctx);
      break;
    case 'format':
      if (isBlank(input)) return { path, code: 'format-empty', message: m.inquiry.formatEmpty };
      break;
    case 'message':
      if (issue.code === 'too_big' && typeof input === 'string') {
        return {
          path,
          code: 'message-too-long',
          message: m.inquiry.messageTooLong(ctx.n(Number(issue.maximum)), ctx.n(input.length)),
        };
      }
      break;
    case 'invoicing.ean':
      if (check === 'gln')
        return { path, code: 'ean-check-digit', message: m.inquiry.eanCheckDigit };
      return { path, code: 'ean-invalid', message: m.inquiry.eanInvalid };
    case 'invoicing.cvr':
      if (check === 'cvr') return { path, code: 'cvr-check', message: m.inquiry.cvrCheck };
      return { path, code: 'cvr-invalid', message: m.inquiry.cvrInvalid };
  }
  if (issue.path[0] === 'preferredDates' && issue.path.length === 2) {
    return { path, code: 'date-invalid', message: m.inquiry.dateInvalid };
  }
  if (check === 'utm-keys') {
    const max = INQUIRY_LIMITS.utmKeys;
    return { path, code: 'too-many', message: m.issue.tooMany(ctx.n(max), max) };
  }
  if (issue.code === 'invalid_key') {
    return {
      path,
      code: 'unknown-key',
      message: m.issue.unknownKeys(String(input), [String(input)]),
    };
  }
  if (issue.code === 'too_big' && issue.origin === 'string') {
    return {
      path,
      code: 'too-long',
      message: m.inquiry.tooLong(fieldLabel(path, m), ctx.n(Number(issue.maximum))),
    };
  }
  return undefined;
}

function participantsRange(path: string, offering: Offering, ctx: Ctx): Problem {
  const { min, max } = offering.participants;
  return {
    path,
    code: 'participants-range',
    message: ctx.m.inquiry.participantsRange(ctx.n(min), ctx.n(max)),
  };
}

/**
 * Validates an inquiry and words every problem the way Det Fælles Designsystem asks: an
 * instruction when a field is empty ("Indtast din e-mailadresse"), a description otherwise
 * ("E-mailadressen skal have et @, fx navn@kommune.dk"). Every field with a problem is
 * reported once, in form order, with its path (`contact.email`, `invoicing.ean`,
 * `preferredDates[1]`).
 *
 * Before validation, strings are trimmed and optional fields that are empty strings or null
 * (role, phone, place, message, invoicing fields, blank preferred dates) count as absent, as
 * form fields send them. The input itself is never changed.
 *
 * The language is `options.locale`, else the inquiry's own `locale` when valid, else Danish.
 *
 * @param input - the inquiry, e.g. a parsed JSON body
 * @param options - language, message overrides, and the offering whose participant bounds to
 *   check
 * @returns `{ ok: true, inquiry }` or `{ ok: false, problems }`
 * @example
 * ```ts
 * const offering = catalog.offerings[0]!;
 * const result = parseInquiry(
 *   {
 *     offering: offering.id,
 *     format: 'hel',
 *     participants: 30,
 *     contact: { name: 'Mette Hansen', email: 'meha.kommune.dk', organisation: 'Eksempel Kommune' },
 *   },
 *   { offering },
 * );
 * if (result.ok) {
 *   const offer = createOffer(catalog, inquirySelection(result.inquiry), { now: new Date() });
 * } else {
 *   for (const p of result.problems) console.log(`${p.path}: ${p.message}`);
 *   // contact.email: E-mailadressen skal have et @, fx navn@kommune.dk
 * }
 * ```
 */
export function parseInquiry(
  input: unknown,
  options: ParseInquiryOptions = {},
): ParseInquiryResult {
  const { value, dateIndexes } = normalize(input);
  const own = isRecord(value) ? value.locale : undefined;
  const locale: Locale = options.locale ?? (own === 'da' || own === 'en' ? own : 'da');
  const ctx: Ctx = {
    m: getMessages(locale, options.messages),
    locale,
    offering: options.offering,
    n: (v) => formatNumber(v, locale),
  };

  // The rules of InquirySchema, checked without zod (see inquiry-check.ts).
  const parsed = checkInquiry(value);
  const found: { problem: Problem; rank: [number, number] }[] = [];
  const seen = new Set<string>();
  const add = (problem: Problem, at: readonly PropertyKey[]) => {
    if (seen.has(problem.path)) return;
    seen.add(problem.path);
    found.push({ problem, rank: rank(at) });
  };

  for (const issue of parsed.success ? [] : parsed.issues) {
    const at = [...issue.path];
    if (at[0] === 'preferredDates' && typeof at[1] === 'number') {
      at[1] = dateIndexes[at[1]] ?? at[1];
    }
    const path = formatPath(at);
    const remapped = { ...issue, path: at } as InquiryIssue;
    add(inquiryProblem(remapped, path, ctx) ?? problemFromIssue(remapped, ctx.m, locale), at);
  }

  const participants = isRecord(value) ? value.participants : undefined;
  const { offering } = options;
  if (offering && Number.isSafeInteger(participants)) {
    const count = participants as number;
    if (count < offering.participants.min || count > offering.participants.max) {
      add(participantsRange('participants', offering, ctx), ['participants']);
    }
  }

  if (parsed.success && options.now) {
    const now = options.now;
    parsed.data.preferredDates?.forEach((date, i) => {
      if (isWantedDateAllowed(date, now)) return;
      const at = ['preferredDates', dateIndexes[i] ?? i];
      add({ path: formatPath(at), code: 'date-past', message: ctx.m.inquiry.datePast }, at);
    });
  }

  if (found.length > 0 || !parsed.success) {
    const problems = found
      .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1])
      .map((f) => f.problem);
    return { ok: false, problems };
  }
  return { ok: true, inquiry: parsed.data };
}

/**
 * Whether the honeypot field `website` was filled in. Humans never see it, so a value means a
 * bot: accept the request quietly, but neither store nor forward it.
 *
 * @param inquiry - a parsed inquiry, or the raw body before parsing
 * @returns true when `website` holds anything but blanks
 * @example
 * ```ts
 * isHoneypotFilled({ website: ' ' }); // false
 * isHoneypotFilled({ website: 'https://spam.example' }); // true
 * ```
 */
export function isHoneypotFilled(inquiry: unknown): boolean {
  if (!isRecord(inquiry)) return false;
  const website = inquiry.website;
  if (typeof website === 'string') return website.trim() !== '';
  return website !== undefined && website !== null;
}
