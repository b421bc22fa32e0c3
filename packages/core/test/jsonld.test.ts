import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createOffer, loadCatalog, type Catalog, type CatalogInput } from '@temadag/core';
import {
  decimalFromMinor,
  isoDuration,
  offerToJsonLd,
  offeringToJsonLd,
  serializeJsonLd,
  type JsonLdNode,
} from '../src/jsonld.js';
import { exampleCatalogJson } from './catalog.support.js';

const raw = exampleCatalogJson();
const catalog = loadCatalog(raw);
const OFFERING_ID = 'dialog-i-udsatte-boligomraader';
const NOW = new Date('2026-11-27T10:00:00Z');

/** The example catalog with changes made to a copy of its JSON. */
function variant(change: (input: CatalogInput) => void): Catalog {
  const input = structuredClone(raw);
  change(input);
  return loadCatalog(input);
}

const dialog = (input: CatalogInput) => input.offerings.find((o) => o.id === OFFERING_ID)!;

const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Sums decimal strings exactly, in minor units. */
const sumDecimals = (values: string[]) =>
  values.reduce((sum, v) => sum + BigInt(v.replace('.', '')), 0n);

describe('decimalFromMinor', () => {
  it.each([
    [0, '0.00'],
    [1, '0.01'],
    [10, '0.10'],
    [99, '0.99'],
    [100, '1.00'],
    [1_250_000, '12500.00'],
    [2_651_200, '26512.00'],
    [123_456_789, '1234567.89'],
    [-1, '-0.01'],
    [-123_456, '-1234.56'],
    [Number.MAX_SAFE_INTEGER, '90071992547409.91'],
  ])('%d øre is "%s"', (minor, expected) => {
    expect(decimalFromMinor(minor)).toBe(expected);
  });

  it('is exact for every safe integer', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (minor) => {
        const text = decimalFromMinor(minor);
        expect(text).toMatch(/^-?\d+\.\d{2}$/);
        expect(BigInt(text.replace('.', ''))).toBe(BigInt(minor));
      }),
    );
  });

  it('refuses amounts that are not whole minor units', () => {
    expect(() => decimalFromMinor(0.5)).toThrow(RangeError);
    expect(() => decimalFromMinor(Number.MAX_SAFE_INTEGER + 1)).toThrow(RangeError);
    expect(() => decimalFromMinor(Number.NaN)).toThrow(RangeError);
  });
});

describe('isoDuration', () => {
  it.each([
    [210, 'PT3H30M'],
    [390, 'PT6H30M'],
    [240, 'PT4H'],
    [45, 'PT45M'],
    [0, 'PT0M'],
  ])('%d minutes is %s', (minutes, expected) => {
    expect(isoDuration(minutes)).toBe(expected);
  });

  it('refuses negative or fractional minutes', () => {
    expect(() => isoDuration(-1)).toThrow(RangeError);
    expect(() => isoDuration(1.5)).toThrow(RangeError);
  });
});

describe('offeringToJsonLd', () => {
  const course = offeringToJsonLd(catalog, OFFERING_ID, {
    locale: 'da',
    url: 'https://www.example.dk/temadage/dialog',
  });

  it('describes the offering as a Course in Danish', () => {
    expect(course['@context']).toBe('https://schema.org');
    expect(course['@type']).toBe('Course');
    expect(course.name).toBe('Dialog i udsatte boligområder');
    expect(course.description).toMatch(/^En temadag for kommunale ledere/);
    expect(course.inLanguage).toBe('da');
    expect(course.url).toBe('https://www.example.dk/temadage/dialog');
    expect(course.audience).toEqual({
      '@type': 'Audience',
      audienceType: 'Kommunale ledergrupper og personalegrupper',
    });
  });

  it('names the provider with its address', () => {
    expect(course.provider).toEqual({
      '@type': 'Organization',
      name: 'Tverskov Kommunikation & Udvikling',
      url: 'https://www.example.dk',
      email: 'kontakt@example.dk',
      telephone: '+45 12 34 56 78',
      address: {
        '@type': 'PostalAddress',
        streetAddress: 'Eksempelvej 1',
        postalCode: '1000',
        addressLocality: 'Eksempelby',
        addressCountry: 'DK',
      },
    });
  });

  it('lists the focus questions as what the course is about', () => {
    const about = course.about as JsonLdNode[];
    expect(about).toHaveLength(3);
    expect(about[0]).toEqual({
      '@type': 'Thing',
      name: 'Hvilke barrierer er der i mødet mellem kommune og den almene beboerkultur?',
    });
  });

  it('has one onsite CourseInstance per format with an ISO 8601 workload', () => {
    const instances = course.hasCourseInstance as JsonLdNode[];
    expect(instances.map((i) => [i['@type'], i.name, i.courseMode, i.courseWorkload])).toEqual([
      ['CourseInstance', 'Halv temadag', 'onsite', 'PT3H30M'],
      ['CourseInstance', 'Hel temadag', 'onsite', 'PT6H30M'],
    ]);
  });

  it('states the fixed fee per format, excluding VAT', () => {
    const offer = course.offers as JsonLdNode;
    expect(offer['@type']).toBe('Offer');
    expect(offer.priceCurrency).toBe('DKK');
    expect(offer.priceSpecification).toEqual([
      {
        '@type': 'PriceSpecification',
        name: 'Halv temadag',
        description: 'Honorar, halv temadag',
        price: '12500.00',
        priceCurrency: 'DKK',
        valueAddedTaxIncluded: false,
      },
      {
        '@type': 'PriceSpecification',
        name: 'Hel temadag',
        description: 'Honorar, hel temadag',
        price: '19500.00',
        priceCurrency: 'DKK',
        valueAddedTaxIncluded: false,
      },
    ]);
    expect(offer.eligibleQuantity).toEqual({
      '@type': 'QuantitativeValue',
      minValue: 8,
      maxValue: 80,
      unitCode: 'IE',
    });
  });

  it('speaks English when asked', () => {
    const en = offeringToJsonLd(catalog, OFFERING_ID, { locale: 'en' });
    expect(en.name).toBe('Dialogue in disadvantaged housing areas');
    expect(en.inLanguage).toBe('en');
    expect((en.hasCourseInstance as JsonLdNode[])[0]?.name).toBe('Half theme day');
    expect(en.url).toBeUndefined();
    expect('url' in en).toBe(false);
  });

  it('writes odd øre amounts exactly', () => {
    const odd = variant((input) => {
      const rule = dialog(input).priceRules!.find((r) => r.id === 'honorar-halv')!;
      if (rule.kind === 'fixed') rule.amount = 123_456_789;
    });
    const specs = (offeringToJsonLd(odd, OFFERING_ID).offers as JsonLdNode)
      .priceSpecification as JsonLdNode[];
    expect(specs[0]?.price).toBe('1234567.89');
  });

  it('omits prices for an offering whose price is on request', () => {
    const onRequest = variant((input) => (dialog(input).priceDisplay = 'on-request'));
    const doc = offeringToJsonLd(onRequest, OFFERING_ID);
    const offer = doc.offers as JsonLdNode;
    expect(offer['@type']).toBe('Offer');
    expect(offer.priceSpecification).toBeUndefined();
    expect(offer.priceCurrency).toBeUndefined();
    expect(JSON.stringify(doc)).not.toMatch(/"price"|priceCurrency/);
  });

  it('omits prices when no fixed fee applies to every choice', () => {
    const tiered = offeringToJsonLd(catalog, 'borgerdialog-i-de-almene-boligomraader');
    expect(JSON.stringify(tiered)).not.toMatch(/"price"/);
    const conditional = variant((input) => {
      for (const rule of dialog(input).priceRules!) {
        if (rule.kind === 'fixed') rule.when = { ...rule.when, participants: { min: 10 } };
      }
    });
    expect(JSON.stringify(offeringToJsonLd(conditional, OFFERING_ID))).not.toMatch(/"price"/);
  });

  it('adds a fee that applies to all formats to each format’s fee', () => {
    const withBase = variant((input) => {
      dialog(input).priceRules!.unshift({
        id: 'grundgebyr',
        kind: 'fixed',
        amount: 1,
      });
    });
    const specs = (offeringToJsonLd(withBase, OFFERING_ID).offers as JsonLdNode)
      .priceSpecification as JsonLdNode[];
    expect(specs.map((s) => s.price)).toEqual(['12500.01', '19500.01']);
  });

  it('throws for an unknown offering', () => {
    expect(() => offeringToJsonLd(catalog, 'findes-ikke')).toThrow(/findes-ikke/);
  });

  it('survives a JSON round trip unchanged', () => {
    expect(roundTrip(course)).toEqual(course);
    const text = JSON.stringify(course);
    expect(text).not.toMatch(/undefined|null/);
  });
});

describe('offerToJsonLd', () => {
  const offer = createOffer(
    catalog,
    {
      offering: OFFERING_ID,
      format: 'hel',
      participants: 30,
      date: '2027-03-15',
      place: 'Aarhus',
    },
    {
      now: NOW,
      sequence: 42,
      customer: { organisation: 'Eksempel Kommune', contact: 'Mette Hansen', cvr: '10150817' },
    },
  );
  const doc = offerToJsonLd(offer);

  it('describes the snapshot as an Offer', () => {
    expect(doc['@context']).toBe('https://schema.org');
    expect(doc['@type']).toBe('Offer');
    expect(doc.identifier).toBe('T-2026-0042');
    expect(doc.validFrom).toBe('2026-11-27');
    expect(doc.priceValidUntil).toBe('2026-12-27');
    expect(doc.priceCurrency).toBe('DKK');
    expect(doc.eligibleQuantity).toEqual({
      '@type': 'QuantitativeValue',
      value: 30,
      unitCode: 'IE',
    });
  });

  it('gives the total excluding VAT as an exact decimal string', () => {
    // 19.500 kr. + 20 × 0 kr. + 10 × 150 kr.
    expect(offer.subtotal).toBe(2_100_000);
    expect(doc.price).toBe('21000.00');
  });

  it('has one UnitPriceSpecification per line that adds up to the price', () => {
    const specs = doc.priceSpecification as JsonLdNode[];
    expect(specs).toHaveLength(offer.lines.length);
    specs.forEach((spec, i) => {
      const line = offer.lines[i]!;
      expect(spec).toEqual({
        '@type': 'UnitPriceSpecification',
        name: line.description,
        description: line.explanation,
        price: decimalFromMinor(line.amount),
        priceCurrency: 'DKK',
        valueAddedTaxIncluded: false,
        referenceQuantity: { '@type': 'QuantitativeValue', value: line.quantity },
      });
    });
    expect(specs[0]).toMatchObject({ name: 'Honorar, hel temadag', price: '19500.00' });
    expect(sumDecimals(specs.map((s) => s.price as string))).toBe(BigInt(offer.subtotal));
  });

  it('names the seller and the course, and leaves the customer out', () => {
    expect((doc.seller as JsonLdNode).name).toBe('Tverskov Kommunikation & Udvikling');
    expect(doc.itemOffered).toMatchObject({
      '@type': 'Course',
      name: 'Dialog i udsatte boligområder',
      inLanguage: 'da',
      hasCourseInstance: {
        '@type': 'CourseInstance',
        name: 'Hel temadag',
        courseWorkload: 'PT6H30M',
        startDate: '2027-03-15',
        location: 'Aarhus',
      },
    });
    expect((doc.itemOffered as JsonLdNode).description).toBe(offer.offering.summary);
    const text = JSON.stringify(doc);
    expect(text).not.toMatch(/Mette Hansen|Eksempel Kommune|10150817/);
  });

  it('writes odd øre amounts exactly, line by line', () => {
    const odd = variant((input) => {
      const rule = dialog(input).priceRules!.find((r) => r.id === 'honorar-halv')!;
      if (rule.kind === 'fixed') rule.amount = 123_456_789;
    });
    const oddOffer = createOffer(
      odd,
      { offering: OFFERING_ID, format: 'halv', participants: 8 },
      { now: NOW },
    );
    const oddDoc = offerToJsonLd(oddOffer);
    expect((oddDoc.priceSpecification as JsonLdNode[])[0]?.price).toBe('1234567.89');
    expect(oddDoc.price).toBe('1234567.89');
  });

  it('omits every price field when the price is on request', () => {
    const big = createOffer(
      catalog,
      { offering: OFFERING_ID, format: 'hel', participants: 70 },
      { now: NOW, locale: 'en' },
    );
    expect(big.priceStatus).toBe('on-request');
    const onRequest = offerToJsonLd(big);
    expect(onRequest.price).toBeUndefined();
    expect(onRequest.priceCurrency).toBeUndefined();
    expect(onRequest.priceSpecification).toBeUndefined();
    expect(onRequest.description).toBe(big.onRequestReason);
    expect(onRequest.identifier).toBe(big.number);
    expect(JSON.stringify(onRequest)).not.toMatch(/"price"|priceCurrency|priceSpecification/);
  });

  it('survives a JSON round trip unchanged', () => {
    expect(roundTrip(doc)).toEqual(doc);
    expect(JSON.stringify(doc)).not.toMatch(/undefined|null/);
  });
});

describe('serializeJsonLd', () => {
  it('cannot end a script element early', () => {
    const hostile = variant((input) => {
      dialog(input).title = '</script><script>alert(1)</script> & co';
    });
    const doc = offeringToJsonLd(hostile, OFFERING_ID);
    const text = serializeJsonLd(doc);
    expect(text).not.toMatch(/<|>|&/);
    expect(JSON.parse(text)).toEqual(doc);
  });
});
