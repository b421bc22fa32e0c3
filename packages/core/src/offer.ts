import * as z from 'zod/mini';
import { scheduleModules, type Agenda, type AgendaItem } from './agenda.js';
import type { Catalog, Format, Module, ModuleKind, Offering } from './catalog-schema.js';
import { isValidCvr, isValidGln } from './identifiers.js';
import { deepFreeze } from './freeze.js';
import { localize, type Locale } from './locale.js';
import { getMessages, type Messages } from './messages/index.js';
import { numberOffer } from './offer-number.js';
import { priceDraft } from './manual-lines.js';
import { resolveDraft, type OfferDraftInput } from './offer-draft.js';
import type { PriceLine, VatBreakdown } from './pricing.js';
import { ValidationError, problemFromIssue, type Problem } from './problems.js';
import { addCalendarDays, calendarDaysBetween, copenhagenDate } from './calendar.js';
import { moduleMinutes, type LocaleOptions } from './selection.js';

/** The customer block of an offer; every field is optional at this stage. */
export const CustomerSchema = z.strictObject({
  organisation: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  contact: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  email: z.optional(z.email()),
  cvr: z.optional(z.string().check(z.refine(isValidCvr, { params: { check: 'cvr' } }))),
  ean: z.optional(z.string().check(z.refine(isValidGln, { params: { check: 'gln' } }))),
  /** Personreference, ordre- or rekvisitionsnummer. */
  reference: z.optional(z.string().check(z.trim(), z.maxLength(100))),
});

/** The customer as given. */
export type CustomerInput = z.input<typeof CustomerSchema>;
/** The customer block on an offer. */
export type Customer = z.output<typeof CustomerSchema>;

/** Options of {@link createOffer}: the clock and the number come in, so output is repeatable. */
export interface CreateOfferOptions extends LocaleOptions {
  /** The moment the offer is made. */
  now: Date;
  /** The offer number as given (`T-2026-0042`); or give `sequence`. */
  number?: string | undefined;
  /** A sequence number formatted with the provider's `offerNumberPattern`. */
  sequence?: number | undefined;
  /** The customer, when known. */
  customer?: CustomerInput | undefined;
  /** Number of the offer this one replaces (a revision). */
  replaces?: string | undefined;
  /** `binding` for a provider's sent offer; `indicative` (the default) for the widget's. */
  status?: 'indicative' | 'binding' | undefined;
  /**
   * Last day of validity, `YYYY-MM-DD` in Europe/Copenhagen, from the issue date on; overrides
   * the offering's `validityDays` (the offer's `terms.validityDays` then counts up to it).
   */
  validUntil?: string | undefined;
  /** The revision, a whole number from 1 (see `revisionNumber`). */
  revision?: number | undefined;
}

/** An immutable offer snapshot. Money is in minor units (øre) with `currency` beside it. */
export interface Offer {
  number: string;
  /** The moment the offer was made, ISO 8601 in UTC. */
  issuedAt: string;
  /** The issue date in Europe/Copenhagen, `YYYY-MM-DD`. */
  issueDate: string;
  /** Last day of validity in Europe/Copenhagen, `YYYY-MM-DD`; valid through the end of it. */
  validUntil: string;
  /** `indicative` ("Vejledende tilbud") or `binding` ("Bindende tilbud"). */
  status: 'indicative' | 'binding';
  locale: Locale;
  currency: string;
  /** The revision, from 1, when the offer is one of a provider's revisions. */
  revision?: number;
  replaces?: string;
  provider: {
    name: string;
    contactPerson: string;
    email: string;
    phone: string;
    address: { street: string; postalCode: string; city: string; country: string };
    cvr?: string;
    website?: string;
    bio?: string;
    privacyNoticeUrl: string;
  };
  customer: Customer;
  offering: {
    id: string;
    title: string;
    subtitle?: string;
    summary: string;
    description?: string;
    audience?: string;
    focusQuestions: string[];
  };
  format: { id: string; label: string; durationMinutes: number; start: string };
  participants: number;
  /** Preferred date of the day, `YYYY-MM-DD`, when given. */
  date?: string;
  place?: string;
  modules: { id: string; title: string; description?: string; kind: ModuleKind; minutes: number }[];
  agenda: AgendaItem[];
  /** `priced`, or `on-request` when the price is agreed directly ("Pris efter aftale"). */
  priceStatus: 'priced' | 'on-request';
  onRequestReason?: string;
  lines: PriceLine[];
  subtotal: number;
  vat: VatBreakdown[];
  vatTotal: number;
  total: number;
  terms: {
    validityDays: number;
    payment: string;
    cancellation: string;
    included: string[];
    excluded: string[];
  };
}

/** `T` with its `undefined`-valued properties made optional, as {@link compact} returns it. */
type Compacted<T> = {
  [K in keyof T as undefined extends T[K] ? never : K]: T[K];
} & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/** A copy without the keys whose value is undefined (built fresh: no `delete`). */
function compact<T extends object>(value: T): Compacted<T> {
  const out: Record<string, unknown> = {};
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (record[key] !== undefined) out[key] = record[key];
  }
  return out as Compacted<T>;
}

type Blocks = Pick<Offer, 'provider' | 'offering' | 'terms'> & {
  formats: Map<string, Offer['format']>;
  modules: Map<string, Offer['modules'][number]>;
};

/**
 * The parts of an offer that depend only on the catalog, the offering and the language. They
 * are frozen, so offers can share them; made once per catalog object and language.
 */
const NO_CUSTOMER: Customer = Object.freeze({});

/** Agendas by format, language and modules: pure results, frozen and shared between offers. */
const agendaCache = new WeakMap<Format, Map<string, Agenda>>();

function sharedAgenda(
  format: Format,
  modules: readonly Module[],
  locale: Locale,
  m: Messages,
): Agenda {
  let byKey = agendaCache.get(format);
  if (!byKey) agendaCache.set(format, (byKey = new Map()));
  let key = locale;
  for (const mod of modules) key += `|${mod.id}`;
  let agenda = byKey.get(key);
  if (!agenda) {
    if (byKey.size >= 256) byKey.clear();
    agenda = deepFreeze(scheduleModules(format, modules, locale, m));
    byKey.set(key, agenda);
  }
  return agenda;
}

const blockCache = new WeakMap<Catalog, Map<string, Blocks>>();

function catalogBlocks(catalog: Catalog, offering: Offering, locale: Locale): Blocks {
  let byKey = blockCache.get(catalog);
  if (!byKey) blockCache.set(catalog, (byKey = new Map()));
  const key = `${offering.id}|${locale}`;
  const cached = byKey.get(key);
  if (cached) return cached;
  const { provider } = catalog;
  const { terms } = offering;
  const formats = new Map<string, Offer['format']>();
  const modules = new Map<string, Offer['modules'][number]>();
  for (const format of offering.formats) {
    formats.set(
      format.id,
      deepFreeze({
        id: format.id,
        label: localize(format.label, locale),
        durationMinutes: format.durationMinutes,
        start: format.start,
      }),
    );
    for (const mod of offering.modules) {
      modules.set(
        `${mod.id}|${format.id}`,
        deepFreeze(
          compact({
            id: mod.id,
            title: localize(mod.title, locale),
            description: localize(mod.description, locale),
            kind: mod.kind,
            minutes: moduleMinutes(mod, format.id) ?? 0,
          }),
        ),
      );
    }
  }
  const blocks: Blocks = {
    provider: deepFreeze(
      compact({
        name: provider.name,
        contactPerson: provider.contactPerson,
        email: provider.email,
        phone: provider.phone,
        address: { ...provider.address },
        cvr: provider.cvr,
        website: provider.website,
        bio: localize(provider.bio, locale),
        privacyNoticeUrl: provider.privacyNoticeUrl,
      }),
    ),
    offering: deepFreeze(
      compact({
        id: offering.id,
        title: localize(offering.title, locale),
        subtitle: localize(offering.subtitle, locale),
        summary: localize(offering.summary, locale),
        description: localize(offering.description, locale),
        audience: localize(offering.audience, locale),
        focusQuestions: offering.focusQuestions.map((q) => localize(q, locale)),
      }),
    ),
    terms: deepFreeze({
      validityDays: terms.validityDays,
      payment: localize(terms.payment, locale),
      cancellation: localize(terms.cancellation, locale),
      included: terms.included.map((t) => localize(t, locale)),
      excluded: terms.excluded.map((t) => localize(t, locale)),
    }),
    formats,
    modules,
  };
  byKey.set(key, blocks);
  return blocks;
}

/**
 * Creates an offer: the priced selection, its agenda and every block a Danish public buyer
 * expects, as one frozen snapshot. The clock and the number are options, so the same input
 * gives the same offer.
 *
 * @param catalog - a parsed catalog; treat it as read-only, since offers made from it share
 *   the texts taken from it
 * @param selection - what was chosen
 * @param options - `now`, `number` or `sequence`, `customer`, `locale`
 * @returns the frozen offer
 * @throws {@link ValidationError} when the selection or the customer has problems, or the
 *   modules do not fit the format (the message says by how many minutes)
 * @example
 * ```ts
 * const offer = createOffer(catalog, {
 *   offering: 'dialog-i-udsatte-boligomraader',
 *   format: 'hel',
 *   participants: 30,
 * }, { now: new Date('2026-11-27T10:00:00Z'), sequence: 42 });
 * offer.number; // 'T-2026-0042'
 * offer.validUntil; // '2026-12-27'
 * ```
 */
export function createOffer(
  catalog: Catalog,
  selection: OfferDraftInput,
  options: CreateOfferOptions,
): Offer {
  const locale = options.locale ?? 'da';
  const m = getMessages(locale, options.messages);
  const heading = m.headings.offer;
  const problems: Problem[] = [];
  const resolved = resolveDraft(catalog, selection, options);
  if (!resolved.ok) problems.push(...resolved.problems);
  const customer =
    options.customer === undefined
      ? ({ success: true, data: {} } as const)
      : CustomerSchema.safeParse(options.customer, { reportInput: true });
  if (!customer.success) {
    problems.push(
      ...customer.error.issues.map((i) => problemFromIssue(i, m, locale, ['customer'])),
    );
  }
  if (Number.isNaN(options.now.getTime())) {
    problems.push({ path: 'now', code: 'invalid', message: m.issue.invalid });
  }
  const { revision, validUntil } = options;
  if (revision !== undefined && !(Number.isSafeInteger(revision) && revision >= 1)) {
    problems.push({ path: 'revision', code: 'too-small', message: m.issue.tooSmall('1') });
  }
  const validNow = !Number.isNaN(options.now.getTime());
  const issueDate = validNow ? copenhagenDate(options.now) : '';
  if (validUntil !== undefined && validNow) {
    const days = calendarDaysBetween(issueDate, validUntil);
    if (Number.isNaN(days))
      problems.push({ path: 'validUntil', code: 'date', message: m.issue.date });
    else if (days < 0) {
      problems.push({
        path: 'validUntil',
        code: 'valid-until-past',
        message: m.revision.validUntilPast(issueDate),
      });
    }
  }
  if (!resolved.ok || !customer.success || problems.length > 0)
    throw new ValidationError(problems, heading);

  const r = resolved.value.resolved;
  const agenda = options.messages
    ? scheduleModules(r.format, r.modules, locale, m)
    : sharedAgenda(r.format, r.modules, locale, m);
  if (agenda.overMinutes > 0) {
    throw new ValidationError(
      [
        {
          path: 'modules',
          code: 'overfull',
          message: m.selection.overfull(String(agenda.overMinutes)),
        },
      ],
      heading,
    );
  }
  const priced = priceDraft(catalog, resolved.value, options);
  if (!priced.ok) throw new ValidationError(priced.problems, heading);
  const price = priced.value;
  const { offering, format } = r;
  const terms = offering.terms;

  const blocks = catalogBlocks(catalog, offering, locale);
  const offer: Offer = {
    // Numbered below by numberOffer when no number is given, as the server numbers offers.
    number: options.number ?? '',
    issuedAt: options.now.toISOString(),
    issueDate,
    validUntil: validUntil ?? addCalendarDays(issueDate, terms.validityDays),
    status: options.status ?? 'indicative',
    locale,
    currency: catalog.currency,
    provider: blocks.provider,
    customer: options.customer === undefined ? NO_CUSTOMER : compact({ ...customer.data }),
    offering: blocks.offering,
    format: blocks.formats.get(format.id)!,
    participants: r.participants,
    modules: r.modules.map((mod) => blocks.modules.get(`${mod.id}|${format.id}`)!),
    agenda: agenda.items,
    priceStatus: price.status,
    lines: price.lines,
    subtotal: price.subtotal,
    vat: price.vat,
    vatTotal: price.vatTotal,
    total: price.total,
    terms:
      validUntil === undefined
        ? blocks.terms
        : { ...blocks.terms, validityDays: calendarDaysBetween(issueDate, validUntil) },
  };
  if (revision !== undefined) offer.revision = revision;
  if (options.replaces !== undefined) offer.replaces = options.replaces;
  if (r.selection.date !== undefined) offer.date = r.selection.date;
  if (r.selection.place !== undefined) offer.place = r.selection.place;
  if (price.onRequestReason !== undefined) offer.onRequestReason = price.onRequestReason;
  if (options.number !== undefined) return deepFreeze(offer);
  return numberOffer(offer, catalog.provider.offerNumberPattern, options.sequence ?? 1);
}
