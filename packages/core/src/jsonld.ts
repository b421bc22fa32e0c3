import type { Catalog, Offering, PriceRule, Provider } from './catalog-schema.js';
import { localize, type Locale } from './locale.js';
import { getMessages } from './messages/index.js';
import type { Offer } from './offer.js';

/** A value in a JSON-LD document: text, number, boolean, a node or a list. */
export type JsonLdValue = string | number | boolean | JsonLdNode | JsonLdValue[];

/** A schema.org node such as `{ "@type": "Course", "name": "..." }`. */
export interface JsonLdNode {
  '@type': string;
  [property: string]: JsonLdValue;
}

/** A JSON-LD document: a schema.org node with its `@context`. */
export interface JsonLdDocument extends JsonLdNode {
  '@context': 'https://schema.org';
}

const CONTEXT = 'https://schema.org' as const;

/** Builds a node, leaving out properties that are undefined or empty lists. */
function node(type: string, properties: Record<string, JsonLdValue | undefined>): JsonLdNode {
  const out: JsonLdNode = { '@type': type };
  for (const [key, value] of Object.entries(properties)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = value;
  }
  return out;
}

function document(type: string, properties: Record<string, JsonLdValue | undefined>) {
  return { '@context': CONTEXT, ...node(type, properties) } as JsonLdDocument;
}

/**
 * Writes an amount in minor units (øre) as a decimal string with two decimals, as schema.org
 * prices are written. Only string operations are used, so no float can round the amount.
 *
 * @param minor - a safe integer amount in minor units, may be negative
 * @returns the amount in major units, e.g. `"12500.00"`
 * @throws RangeError when the amount is not a safe integer
 * @example
 * ```ts
 * decimalFromMinor(1); // '0.01'
 * decimalFromMinor(123_456_789); // '1234567.89'
 * decimalFromMinor(-50); // '-0.50'
 * ```
 */
export function decimalFromMinor(minor: number): string {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`Not an amount in minor units: ${minor}`);
  const sign = minor < 0 ? '-' : '';
  const digits = String(Math.abs(minor)).padStart(3, '0');
  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/**
 * Writes minutes as an ISO 8601 duration, as schema.org's `courseWorkload` expects.
 *
 * @param minutes - whole minutes, not negative
 * @returns e.g. `PT3H30M`, `PT6H`, `PT45M`
 * @throws RangeError when minutes is not a whole number of at least 0
 * @example
 * ```ts
 * isoDuration(210); // 'PT3H30M'
 * ```
 */
export function isoDuration(minutes: number): string {
  if (!Number.isSafeInteger(minutes) || minutes < 0) {
    throw new RangeError(`Not a number of minutes: ${minutes}`);
  }
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `PT${m}M`;
  return m === 0 ? `PT${h}H` : `PT${h}H${m}M`;
}

type ProviderFields = Pick<Provider, 'name' | 'email' | 'phone' | 'website'> & {
  address: { street: string; postalCode: string; city: string; country: string };
};

function organization(provider: ProviderFields): JsonLdNode {
  return node('Organization', {
    name: provider.name,
    url: provider.website,
    email: provider.email,
    telephone: provider.phone,
    address: node('PostalAddress', {
      streetAddress: provider.address.street,
      postalCode: provider.address.postalCode,
      addressLocality: provider.address.city,
      addressCountry: provider.address.country,
    }),
  });
}

/** A fixed rule that always applies to the format, whatever else is chosen. */
function isBaseFee(
  rule: PriceRule,
  formatId: string,
): rule is Extract<PriceRule, { kind: 'fixed' }> {
  if (rule.kind !== 'fixed') return false;
  const when = rule.when;
  if (!when) return true;
  if (when.participants || (when.modules && when.modules.length > 0)) return false;
  return !when.formats || when.formats.includes(formatId);
}

function formatFees(offering: Offering, locale: Locale, currency: string): JsonLdNode[] {
  if (offering.priceDisplay !== 'indicative') return [];
  const fees: JsonLdNode[] = [];
  for (const format of offering.formats) {
    const rules = offering.priceRules.filter((rule) => isBaseFee(rule, format.id));
    if (rules.length === 0) continue;
    const amount = rules.reduce((sum, rule) => sum + (rule.kind === 'fixed' ? rule.amount : 0), 0);
    fees.push(
      node('PriceSpecification', {
        name: localize(format.label, locale),
        description: rules
          .map((rule) => localize(rule.label, locale))
          .filter((label): label is string => label !== undefined)
          .join(', '),
        price: decimalFromMinor(amount),
        priceCurrency: currency,
        valueAddedTaxIncluded: false,
      }),
    );
  }
  return fees;
}

/** Options of {@link offeringToJsonLd}. */
export interface OfferingJsonLdOptions {
  /** Language of the texts; Danish when left out. */
  locale?: Locale;
  /** The page where the offering is shown and can be configured. */
  url?: string;
}

/**
 * Describes an offering as a schema.org `Course` for search engines: provider, audience,
 * focus questions (`about`), one `CourseInstance` per format with its workload, and an
 * `Offer`. The offer states prices only when the offering shows indicative prices and a format
 * has a fixed fee that always applies: one `PriceSpecification` per such format, excluding
 * VAT. Offerings with the price on request get an offer without prices.
 *
 * @param catalog - a parsed catalog
 * @param offeringId - the offering's id
 * @param options - language and the page's URL
 * @returns the JSON-LD document, ready for `JSON.stringify`
 * @throws RangeError when the catalog has no offering with that id
 * @example
 * ```ts
 * const course = offeringToJsonLd(catalog, 'dialog-i-udsatte-boligomraader', {
 *   locale: 'da',
 *   url: 'https://www.example.dk/temadage/dialog',
 * });
 * course.hasCourseInstance; // [{ '@type': 'CourseInstance', courseWorkload: 'PT3H30M', ... }, ...]
 * ```
 */
export function offeringToJsonLd(
  catalog: Catalog,
  offeringId: string,
  options: OfferingJsonLdOptions = {},
): JsonLdDocument {
  const locale = options.locale ?? 'da';
  const offering = catalog.offerings.find((o) => o.id === offeringId);
  if (!offering) {
    throw new RangeError(getMessages(locale).selection.unknownOffering(offeringId));
  }
  const fees = formatFees(offering, locale, catalog.currency);
  const audience = localize(offering.audience, locale);
  return document('Course', {
    identifier: offering.id,
    name: localize(offering.title, locale),
    alternativeHeadline: localize(offering.subtitle, locale),
    description: localize(offering.summary, locale),
    url: options.url,
    inLanguage: locale,
    provider: organization(catalog.provider),
    audience: audience === undefined ? undefined : node('Audience', { audienceType: audience }),
    about: offering.focusQuestions.map((q) => node('Thing', { name: localize(q, locale) })),
    hasCourseInstance: offering.formats.map((format) =>
      node('CourseInstance', {
        name: localize(format.label, locale),
        description: localize(format.description, locale),
        courseMode: 'onsite',
        courseWorkload: isoDuration(format.durationMinutes),
      }),
    ),
    offers: node('Offer', {
      category: 'Paid',
      url: options.url,
      priceCurrency: fees.length > 0 ? catalog.currency : undefined,
      priceSpecification: fees,
      eligibleQuantity: node('QuantitativeValue', {
        minValue: offering.participants.min,
        maxValue: offering.participants.max,
        unitCode: 'IE',
      }),
    }),
  });
}

/**
 * Describes an offer snapshot as a schema.org `Offer`: its number, validity, the total
 * excluding VAT as `price`, one `UnitPriceSpecification` per priced line (the line's amount
 * for its quantity), the seller and the course offered. When the price is on request, no
 * price fields are written. The customer is left out: the document may end up on a web page.
 *
 * @param offer - an offer made by `createOffer`
 * @returns the JSON-LD document, ready for `JSON.stringify`
 * @example
 * ```ts
 * const jsonLd = offerToJsonLd(offer);
 * jsonLd.price; // '21000.00' (excluding VAT)
 * ```
 */
export function offerToJsonLd(offer: Offer): JsonLdDocument {
  const priced = offer.priceStatus === 'priced';
  return document('Offer', {
    identifier: offer.number,
    name: `${offer.offering.title}, ${offer.format.label}`,
    description: priced
      ? undefined
      : (offer.onRequestReason ?? getMessages(offer.locale).offer.priceOnRequest),
    validFrom: offer.issueDate,
    priceValidUntil: offer.validUntil,
    priceCurrency: priced ? offer.currency : undefined,
    price: priced ? decimalFromMinor(offer.subtotal) : undefined,
    priceSpecification: priced
      ? offer.lines.map((line) =>
          node('UnitPriceSpecification', {
            name: line.description,
            description: line.explanation,
            price: decimalFromMinor(line.amount),
            priceCurrency: offer.currency,
            valueAddedTaxIncluded: false,
            referenceQuantity: node('QuantitativeValue', { value: line.quantity }),
          }),
        )
      : undefined,
    eligibleQuantity: node('QuantitativeValue', { value: offer.participants, unitCode: 'IE' }),
    seller: organization(offer.provider),
    itemOffered: node('Course', {
      name: offer.offering.title,
      description: offer.offering.summary,
      inLanguage: offer.locale,
      hasCourseInstance: node('CourseInstance', {
        name: offer.format.label,
        courseMode: 'onsite',
        courseWorkload: isoDuration(offer.format.durationMinutes),
        startDate: offer.date,
        location: offer.place,
      }),
    }),
  });
}

/**
 * Serializes a JSON-LD document for a `<script type="application/ld+json">` element: `<`, `>`
 * and `&` are escaped, so no catalog text can end the script element early.
 *
 * @param doc - the document
 * @returns JSON text that is safe inside a script element
 * @example
 * ```ts
 * const html = `<script type="application/ld+json">${serializeJsonLd(course)}</script>`;
 * ```
 */
export function serializeJsonLd(doc: JsonLdDocument): string {
  return JSON.stringify(doc)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
