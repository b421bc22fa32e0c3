import { describe, expect, it } from 'vitest';
import {
  ValidationError,
  createOffer,
  getMessages,
  isOfferValid,
  loadCatalog,
  type Catalog,
  type CreateOfferOptions,
  type Offer,
  type Problem,
  type SelectionInput,
} from '@temadag/core';
import { exampleCatalogJson } from './catalog.support.js';

const exampleJson = exampleCatalogJson();
const catalog: Catalog = loadCatalog(exampleJson);

const hel30: SelectionInput = {
  offering: 'dialog-i-udsatte-boligomraader',
  format: 'hel',
  participants: 30,
};
const now = new Date('2026-11-27T10:00:00Z');

function offer(options: Partial<CreateOfferOptions> = {}, selection = hel30): Offer {
  return createOffer(catalog, selection, { now, ...options });
}

function problemsOf(run: () => unknown): readonly Problem[] {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return (e as ValidationError).problems;
  }
  throw new Error('expected a ValidationError');
}

const ZONES = [
  'UTC',
  'Europe/Copenhagen',
  'America/Los_Angeles',
  'Australia/Sydney',
  'America/Santiago',
  'Pacific/Kiritimati',
];

/** Runs `fn` with the process time zone set to each zone in turn, and checks that it took. */
function inEachZone(fn: (tz: string) => void): void {
  const before = process.env.TZ;
  const offsets = new Set<number>();
  try {
    for (const tz of ZONES) {
      process.env.TZ = tz;
      offsets.add(new Date(2026, 0, 15, 12).getTimezoneOffset());
      fn(tz);
    }
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
  expect(offsets.size).toBe(ZONES.length);
}

describe('offer number', () => {
  it('uses options.number as given', () => {
    expect(offer({ number: 'TILBUD-7' }).number).toBe('TILBUD-7');
    expect(offer({ number: 'TILBUD-7', sequence: 42 }).number).toBe('TILBUD-7');
  });

  it('formats the sequence with the provider pattern', () => {
    expect(offer({ sequence: 42 }).number).toBe('T-2026-0042');
    expect(offer({ sequence: 12345 }).number).toBe('T-2026-12345');
    const custom = loadCatalog({
      ...exampleJson,
      provider: { ...exampleJson.provider, offerNumberPattern: 'TD/{YYYY}/{NNNNNN}' },
    });
    expect(createOffer(custom, hel30, { now, sequence: 42 }).number).toBe('TD/2026/000042');
  });

  it('takes the year from the Copenhagen issue date', () => {
    const o = offer({ now: new Date('2026-12-31T23:30:00Z'), sequence: 42 });
    expect(o.issueDate).toBe('2027-01-01');
    expect(o.number).toBe('T-2027-0042');
  });

  it('records the revision it replaces, and only then', () => {
    expect(offer({ sequence: 43, replaces: 'T-2026-0042' }).replaces).toBe('T-2026-0042');
    expect(offer({ sequence: 43 })).not.toHaveProperty('replaces');
  });
});

describe('dates in Europe/Copenhagen', () => {
  it('gives the issue date as Copenhagen sees it (UTC+1 in winter)', () => {
    const late = offer({ now: new Date('2026-11-27T23:30:00Z') });
    expect(late.issuedAt).toBe('2026-11-27T23:30:00.000Z');
    expect(late.issueDate).toBe('2026-11-28');
    expect(offer({ now: new Date('2026-11-27T22:59:59Z') }).issueDate).toBe('2026-11-27');
  });

  it('gives the issue date as Copenhagen sees it (UTC+2 in summer)', () => {
    expect(offer({ now: new Date('2026-06-30T22:00:00Z') }).issueDate).toBe('2026-07-01');
    expect(offer({ now: new Date('2026-06-30T21:59:59Z') }).issueDate).toBe('2026-06-30');
  });

  it('sets validUntil to issue date + validityDays as a calendar date', () => {
    expect(offer().validUntil).toBe('2026-12-27');
    expect(offer().terms.validityDays).toBe(30);
    expect(offer({ now: new Date('2026-12-15T12:00:00Z') }).validUntil).toBe('2027-01-14');
  });

  it('counts calendar days across a daylight-saving change, whatever the process TZ', () => {
    inEachZone((tz) => {
      const spring = offer({ now: new Date('2026-03-20T10:00:00Z') });
      expect([tz, spring.issueDate, spring.validUntil]).toEqual([tz, '2026-03-20', '2026-04-19']);
      const autumn = offer({ now: new Date('2026-10-10T10:00:00Z') });
      expect([tz, autumn.validUntil]).toEqual([tz, '2026-11-09']);
      // Santiago skips midnight on 2026-09-06.
      const september = offer({ now: new Date('2026-09-01T10:00:00Z') });
      expect([tz, september.validUntil]).toEqual([tz, '2026-10-01']);
      const late = offer({ now: new Date('2026-11-27T23:30:00Z') });
      expect([tz, late.issueDate, late.validUntil]).toEqual([tz, '2026-11-28', '2026-12-28']);
    });
  });

  it('isOfferValid holds through 23:59 Copenhagen time on validUntil, not after', () => {
    const o = offer();
    expect(o.validUntil).toBe('2026-12-27');
    inEachZone((tz) => {
      expect([tz, isOfferValid(o, now)]).toEqual([tz, true]);
      // 23:59 in Copenhagen (UTC+1) on 27 December.
      expect([tz, isOfferValid(o, new Date('2026-12-27T22:59:00Z'))]).toEqual([tz, true]);
      expect([tz, isOfferValid(o, new Date('2026-12-27T22:59:59.999Z'))]).toEqual([tz, true]);
      // 00:00 in Copenhagen on 28 December.
      expect([tz, isOfferValid(o, new Date('2026-12-27T23:00:00Z'))]).toEqual([tz, false]);
      expect([tz, isOfferValid(o, new Date('2026-12-28T12:00:00Z'))]).toEqual([tz, false]);
      // Summer time: Copenhagen is UTC+2.
      const summer = { validUntil: '2026-07-15' };
      expect([tz, isOfferValid(summer, new Date('2026-07-15T21:59:00Z'))]).toEqual([tz, true]);
      expect([tz, isOfferValid(summer, new Date('2026-07-15T22:00:00Z'))]).toEqual([tz, false]);
      // Early morning in Copenhagen on validUntil is still the same day.
      expect([tz, isOfferValid(summer, new Date('2026-07-14T22:00:00Z'))]).toEqual([tz, true]);
    });
  });

  it('rejects an invalid clock', () => {
    expect(problemsOf(() => offer({ now: new Date(Number.NaN) }))).toEqual([
      expect.objectContaining({ path: 'now', code: 'invalid' }),
    ]);
  });
});

describe('immutability and determinism', () => {
  function expectDeepFrozen(value: unknown, path = 'offer'): number {
    if (value === null || typeof value !== 'object') return 0;
    expect(Object.isFrozen(value), path).toBe(true);
    let count = 1;
    for (const [key, inner] of Object.entries(value)) {
      count += expectDeepFrozen(inner, `${path}.${key}`);
    }
    return count;
  }

  it('freezes the offer deeply', () => {
    const o = offer({ customer: { organisation: 'Eksempel Kommune', ean: '5790000000005' } });
    expect(expectDeepFrozen(o)).toBeGreaterThan(20);
  });

  it('throws on assignment in strict mode', () => {
    const o = offer();
    const loose = o as unknown as Record<string, unknown> & {
      lines: { amount: number }[];
      agenda: unknown[];
      provider: { address: { city: string } };
    };
    expect(() => {
      loose.total = 0;
    }).toThrow(TypeError);
    expect(() => {
      loose.lines[0]!.amount = 0;
    }).toThrow(TypeError);
    expect(() => {
      loose.agenda.push({});
    }).toThrow(TypeError);
    expect(() => {
      loose.provider.address.city = 'Andetsteds';
    }).toThrow(TypeError);
    expect(() => {
      delete loose.number;
    }).toThrow(TypeError);
    expect(o.total).toBe(2625000);
  });

  it('does not freeze the catalog', () => {
    const fresh = loadCatalog(exampleJson);
    createOffer(fresh, hel30, { now });
    expect(Object.isFrozen(fresh)).toBe(false);
    expect(Object.isFrozen(fresh.provider.address)).toBe(false);
    expect(Object.isFrozen(fresh.offerings[0]!.formats[0])).toBe(false);
    const rule = fresh.offerings[0]!.priceRules.find((r) => r.kind === 'tiered');
    expect(rule && 'tiers' in rule && Object.isFrozen(rule.tiers[0])).toBe(false);
  });

  it('gives the same offer for the same input', () => {
    const options = {
      now,
      sequence: 42,
      customer: { organisation: 'Eksempel Kommune', cvr: '10150817' },
    };
    const selection: SelectionInput = {
      ...hel30,
      modules: ['dialog-beboerdemokrati', 'forsamtale'],
      travel: { km: 120 },
      date: '2027-03-15',
      place: 'Rådhuset',
    };
    const a = createOffer(catalog, selection, options);
    const b = createOffer(catalog, selection, options);
    expect(a).not.toBe(b);
    expect(a).toEqual(b);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    // Nothing undefined hides in the snapshot: it survives a JSON round trip.
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(a.date).toBe('2027-03-15');
    expect(a.place).toBe('Rådhuset');
  });

  it('gives the same offer whatever the process time zone', () => {
    const outputs = new Set<string>();
    inEachZone(() => {
      outputs.add(JSON.stringify(offer({ sequence: 1 })));
      outputs.add(JSON.stringify(offer({ sequence: 1 })));
    });
    expect(outputs.size).toBe(1);
  });
});

describe('customer', () => {
  const m = getMessages('da');

  it('rejects an invalid CVR at customer.cvr', () => {
    expect(problemsOf(() => offer({ customer: { cvr: '10150818' } }))).toEqual([
      { path: 'customer.cvr', code: 'cvr', message: m.issue.cvr },
    ]);
  });

  it('rejects an EAN with a wrong check digit at customer.ean', () => {
    expect(problemsOf(() => offer({ customer: { ean: '5790000000006' } }))).toEqual([
      { path: 'customer.ean', code: 'gln', message: m.issue.gln },
    ]);
    expect(problemsOf(() => offer({ customer: { ean: '579000000000' } }))).toEqual([
      expect.objectContaining({ path: 'customer.ean', code: 'gln' }),
    ]);
  });

  it('words customer problems in English with locale en', () => {
    const problems = problemsOf(() =>
      offer({ locale: 'en', customer: { cvr: '10150818', ean: '5790000000006' } }),
    );
    expect(problems).toEqual([
      {
        path: 'customer.cvr',
        code: 'cvr',
        message: 'The CVR number is not valid: 8 digits that pass the modulus 11 check.',
      },
      {
        path: 'customer.ean',
        code: 'gln',
        message: 'The EAN number is not valid: 13 digits with a correct check digit.',
      },
    ]);
  });

  it('reports selection and customer problems together', () => {
    const problems = problemsOf(() =>
      offer(
        { customer: { email: 'ikke-en-adresse', extra: 1 } as never },
        { ...hel30, participants: 81 },
      ),
    );
    expect(problems.map((p) => `${p.path} ${p.code}`).sort()).toEqual(
      ['customer.email email', 'customer unknown-key', 'participants participants-range'].sort(),
    );
  });

  it('accepts a valid GLN and CVR and keeps the customer block', () => {
    const o = offer({
      customer: {
        organisation: '  Eksempel Kommune ',
        contact: 'Anna Andersen',
        email: 'anna@kommune.dk',
        cvr: '10150817',
        ean: '5790000000005',
        reference: 'Rekv. 123',
      },
    });
    expect(o.customer).toEqual({
      organisation: 'Eksempel Kommune',
      contact: 'Anna Andersen',
      email: 'anna@kommune.dk',
      cvr: '10150817',
      ean: '5790000000005',
      reference: 'Rekv. 123',
    });
    expect(offer().customer).toEqual({});
  });
});

describe('content', () => {
  it('has the blocks a Danish public buyer expects, money as integer øre', () => {
    const o = offer({ sequence: 42 });
    expect(o.status).toBe('indicative');
    expect(o.locale).toBe('da');
    expect(o.currency).toBe('DKK');
    expect(o.priceStatus).toBe('priced');
    expect(o.provider.name).toBe('Tverskov Kommunikation & Udvikling');
    expect(o.provider.address).toEqual({
      street: 'Eksempelvej 1',
      postalCode: '1000',
      city: 'Eksempelby',
      country: 'DK',
    });
    expect(o.offering.title).toBe('Dialog i udsatte boligområder');
    expect(o.format).toEqual({
      id: 'hel',
      label: 'Hel temadag',
      durationMinutes: 390,
      start: '09:00',
    });
    expect(o.participants).toBe(30);
    expect(o.lines.length).toBeGreaterThan(0);
    expect(o.agenda.length).toBeGreaterThan(0);
    expect(o.vat.length).toBeGreaterThan(0);
    expect(o.terms.payment).toMatch(/^Betaling efter levering/);
    expect(o.terms.excluded).toContain('Forplejning');

    // 19.500,00 fee + 10 participants × 150,00 in tier 21-40 = 21.000,00; moms 25 %.
    expect(o.subtotal).toBe(2100000);
    expect(o.vat).toEqual([{ rate: 2500, base: 2100000, amount: 525000 }]);
    expect(o.vatTotal).toBe(525000);
    expect(o.total).toBe(2625000);
    expect(o.lines.reduce((sum, l) => sum + l.amount, 0)).toBe(o.subtotal);

    const money = [
      o.subtotal,
      o.vatTotal,
      o.total,
      ...o.lines.flatMap((l) => [l.amount, l.unitAmount, l.quantity]),
      ...o.vat.flatMap((v) => [v.base, v.amount, v.rate]),
    ];
    for (const value of money) expect(Number.isSafeInteger(value)).toBe(true);
  });

  it('uses English texts with locale en', () => {
    const o = offer({ locale: 'en' });
    expect(o.locale).toBe('en');
    expect(o.offering.title).toBe('Dialogue in disadvantaged housing areas');
    expect(o.format.label).toBe('Full theme day');
    expect(o.terms.payment).toMatch(/^Payment after delivery/);
    expect(o.terms.excluded).toContain('Food and drinks');
    expect(o.provider.bio).toMatch(/^Tverskov Kommunikation & Udvikling is run by/);
    expect(o.lines.map((l) => l.description)).toContain('Fee, full theme day');
    expect(o.agenda.map((i) => i.title)).toContain('Lunch');
    expect(o.total).toBe(offer().total);
  });

  it('is on request above the on-request limit (60) of the example catalog', () => {
    const at60 = offer({}, { ...hel30, participants: 60 });
    expect(at60.priceStatus).toBe('priced');
    expect(at60.total).toBeGreaterThan(0);

    for (const participants of [61, 80]) {
      const o = offer({}, { ...hel30, participants, modules: ['forsamtale'] });
      expect(o.priceStatus).toBe('on-request');
      expect(o.onRequestReason).toBe('Over 60 deltagere aftales prisen direkte.');
      expect(o.lines).toEqual([]);
      expect(o.subtotal).toBe(0);
      expect(o.total).toBe(0);
      // The chosen design is still listed.
      expect(o.agenda.length).toBeGreaterThan(0);
      expect(o.modules.map((mod) => mod.id)).toContain('forsamtale');
    }
    expect(offer({ locale: 'en' }, { ...hel30, participants: 61 }).onRequestReason).toBe(
      'Above 60 participants the price is agreed directly.',
    );
    expect(problemsOf(() => offer({}, { ...hel30, participants: 81 }))).toEqual([
      expect.objectContaining({ path: 'participants', code: 'participants-range' }),
    ]);
  });

  it('rejects an unknown offering with a ValidationError', () => {
    expect(problemsOf(() => offer({}, { ...hel30, offering: 'findes-ikke' }))).toEqual([
      expect.objectContaining({ path: 'offering', code: 'unknown-offering' }),
    ]);
  });
});
