// checkInquiry (no zod) against InquirySchema (zod) on many inputs: the same verdict, the same
// kept data, the same issues. parseInquiry words checkInquiry's issues, so a rule changed in one
// place and not the other fails here.
import { describe, expect, it } from 'vitest';
import { checkInquiry } from '../src/inquiry-check.js';
import { INQUIRY_FIELDS } from '../src/inquiry-rules.js';
import { ContactSchema, InquirySchema, InvoicingSchema } from '../src/inquiry-schema.js';
import { SelectionSchema } from '../src/selection.js';

/** Park and Miller's minimal standard generator: seeded, so a failure can be run again. */
function random(seed: number): () => number {
  let state = seed % 2147483647 || 1;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}

const long = (n: number) => 'x'.repeat(n);
const wrongTypes = [undefined, null, 42, true, [], {}, 'text', 1.5];
const strings = ['', ' ', '  padded  ', 'ok', long(81), long(201), long(2001), 'æøå ÆØÅ'];
const ids = ['hel', 'dialog-i-udsatte-boligomraader', 'Bad Id', 'a--b', '-a', long(81), ''];
const numbers = [0, 1, 30, -1, 1.5, 100_000, 100_001, 10_001, NaN, Infinity, 2 ** 60, -(2 ** 60)];
const emails = ['meha@kommune.dk', 'meha.kommune.dk', 'a b@c.dk', `${long(250)}@kommune.dk`, ''];
const dates = ['2027-05-04', '2027-02-30', '2028-02-29', '04.05.2027', '', 5];
const phones = ['12 34 56 78', '+45 12345678', '0045 12345678', '1234567', long(31)];
const eans = ['5790000000005', '5790000000006', '123', ' 5790 0000 0000 5 ', 'abc'];
const cvrs = ['10150817', '10150818', '1015', ' 1015 0817 '];

/** Values for each field: mostly its own kind, some of every wrong kind. */
const pools: Record<string, unknown[]> = {
  offering: ids,
  format: ids,
  participants: numbers,
  modules: [[], ['hel'], ['Bad Id', 'ok'], [1], 'hel', undefined],
  preferredDates: [
    undefined,
    [],
    ['2027-05-04'],
    dates,
    ['2027-05-04', '2027-05-05', '2027-05-06'],
    ['2027-05-04', '2027-05-05', '2027-05-06', 'x'],
    'x',
  ],
  place: [undefined, ...strings],
  travel: [undefined, {}, { km: 12 }, { km: -1 }, { km: 10_001 }, { zone: 'Bad Id' }, { q: 1 }, 5],
  message: [undefined, ...strings],
  locale: [undefined, 'da', 'en', 'fr', 5],
  website: [undefined, '', 'https://spam.example', 5],
  utm: [
    undefined,
    {},
    { utm_source: 'nyhedsbrev' },
    { utm_source: long(201) },
    { utm_Source: 'x', other: 'y' },
    { utm_a: 'a', utm_b: 'b', utm_c: 'c', utm_d: 'd', utm_e: 'e', utm_f: 'f' },
    { utm_a: 5 },
    'x',
  ],
};
const contactPools: Record<string, unknown[]> = {
  name: [...strings, 5],
  email: [...emails, 5],
  organisation: [...strings, 5],
  role: [undefined, ...strings],
  phone: [undefined, ...phones, 5],
};
const invoicingPools: Record<string, unknown[]> = {
  ean: [undefined, ...eans, 5],
  cvr: [undefined, ...cvrs, 5],
  reference: [undefined, ...strings],
};

function valid(): Record<string, unknown> {
  return {
    offering: 'dialog-i-udsatte-boligomraader',
    format: 'hel',
    participants: 30,
    contact: { name: 'Mette Hansen', email: 'meha@kommune.dk', organisation: 'Eksempel' },
  };
}

/** An inquiry with a few fields changed, sometimes to the wrong kind, sometimes removed. */
function mutant(next: () => number): unknown {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const roll = next();
  if (roll < 0.02) return pick(wrongTypes);
  const input = valid();
  const contact = input.contact as Record<string, unknown>;
  const changes = 1 + Math.floor(next() * 4);
  for (let i = 0; i < changes; i++) {
    const where = next();
    if (where < 0.55) {
      const key = pick(Object.keys(pools));
      input[key] = next() < 0.1 ? pick(wrongTypes) : pick(pools[key]!);
    } else if (where < 0.8) {
      const key = pick(Object.keys(contactPools));
      contact[key] = next() < 0.1 ? pick(wrongTypes) : pick(contactPools[key]!);
    } else if (where < 0.93) {
      const isGroup = typeof input.invoicing === 'object' && input.invoicing !== null;
      if (!isGroup || Array.isArray(input.invoicing)) input.invoicing = {};
      const invoicing = input.invoicing as Record<string, unknown>;
      const key = pick(Object.keys(invoicingPools));
      invoicing[key] = pick(invoicingPools[key]!);
    } else if (where < 0.96) {
      input[pick(['extra', 'cpr'])] = 'x';
      if (next() < 0.5) contact.extra = 1;
    } else if (where < 0.98) {
      input.contact = pick(wrongTypes);
    } else {
      input.invoicing = pick(wrongTypes);
    }
    if (next() < 0.05) delete input[pick(['offering', 'format', 'participants', 'contact'])];
  }
  return input;
}

/** The parts of an issue that problem wording reads, with patterns as their source. */
function comparable(issue: object): Record<string, unknown> {
  const i = issue as Record<string, unknown>;
  const out: Record<string, unknown> = { code: i.code, path: i.path, input: i.input };
  for (const key of ['expected', 'origin', 'minimum', 'maximum', 'inclusive', 'format']) {
    if (i[key] !== undefined) out[key] = i[key];
  }
  for (const key of ['values', 'keys']) if (i[key] !== undefined) out[key] = i[key];
  // problemFromIssue reads the pattern of a `regex` format only, a RegExp or its text in
  // slashes; of `email` and `date` it reads the format (the inputs test those patterns).
  if (i.format === 'regex') {
    out.pattern =
      i.pattern instanceof RegExp
        ? i.pattern.source
        : String(i.pattern).replace(/^\/(.*)\/[a-z]*$/, '$1');
  }
  const check = (i.params as { check?: unknown } | undefined)?.check;
  if (check !== undefined) out.check = check;
  if (Array.isArray(i.issues)) out.issues = (i.issues as object[]).map(comparable);
  return out;
}

function compare(input: unknown): void {
  const ours = checkInquiry(input);
  const zods = InquirySchema.safeParse(input, { reportInput: true });
  const label = JSON.stringify(input);
  expect(ours.success, label).toBe(zods.success);
  if (ours.success && zods.success) expect(ours.data, label).toStrictEqual(zods.data);
  if (!ours.success && !zods.success) {
    expect(ours.issues.map(comparable), label).toEqual(zods.error.issues.map(comparable));
  }
}

describe('checkInquiry agrees with InquirySchema', () => {
  it('walks the fields in the schema order', () => {
    expect(INQUIRY_FIELDS.top).toEqual(Object.keys(InquirySchema.shape));
    expect(INQUIRY_FIELDS.contact).toEqual(Object.keys(ContactSchema.shape));
    expect(INQUIRY_FIELDS.invoicing).toEqual(Object.keys(InvoicingSchema.shape));
    const travel = SelectionSchema.shape.travel.def.innerType;
    expect(INQUIRY_FIELDS.travel).toEqual(Object.keys(travel.shape));
  });

  it('on a valid inquiry and on inputs of the wrong kind', () => {
    compare(valid());
    for (const value of wrongTypes) compare(value);
  });

  it('on every pool value of every field', () => {
    for (const [key, values] of Object.entries(pools)) {
      for (const value of values) compare({ ...valid(), [key]: value });
    }
    for (const [key, values] of Object.entries(contactPools)) {
      for (const value of values) {
        compare({ ...valid(), contact: { ...(valid().contact as object), [key]: value } });
      }
    }
    for (const [key, values] of Object.entries(invoicingPools)) {
      for (const value of values) compare({ ...valid(), invoicing: { [key]: value } });
    }
  });

  it('on 5,000 seeded random mutants', () => {
    const next = random(13);
    for (let i = 0; i < 5000; i++) compare(mutant(next));
  });
});
