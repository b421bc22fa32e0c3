import { describe, expect, it } from 'vitest';
import { getMessages, type Locale, type Messages } from '@temadag/core';
import {
  INQUIRY_LIMITS,
  InquirySchema,
  isHoneypotFilled,
  isValidDanishPhone,
  parseInquiry,
} from '../src/inquiry.js';
import { EXAMPLE_CATALOG, EXAMPLE_OFFERING_ID } from './catalog.support.js';
import { validInquiry } from './inquiry.support.js';

const offering = EXAMPLE_CATALOG.offerings.find((o) => o.id === EXAMPLE_OFFERING_ID)!;

type Patch = (input: Record<string, unknown>) => void;

function withPatch(patch: Patch): Record<string, unknown> {
  const input = structuredClone(validInquiry()) as Record<string, unknown>;
  patch(input);
  return input;
}

const contact = (input: Record<string, unknown>) => input.contact as Record<string, unknown>;

function problemsOf(input: unknown, options: Parameters<typeof parseInquiry>[1] = {}) {
  const result = parseInquiry(input, options);
  if (result.ok) throw new Error('expected problems, got a valid inquiry');
  return result.problems;
}

describe('parseInquiry: a valid inquiry', () => {
  it('accepts the required fields and fills in the defaults', () => {
    const result = parseInquiry(validInquiry(), { offering });
    expect(result).toEqual({
      ok: true,
      inquiry: { ...validInquiry(), modules: [], locale: 'da' },
    });
  });

  it('accepts every optional field and trims strings', () => {
    const result = parseInquiry({
      ...validInquiry(),
      modules: ['forsamtale'],
      preferredDates: ['2027-03-15', '2027-03-22', '2028-02-29'],
      place: '  Rådhuset, Aarhus ',
      contact: {
        name: '  Mette Hansen ',
        email: ' meha@kommune.dk ',
        organisation: 'Eksempel Kommune',
        role: 'Projektleder',
        phone: '+45 12 34 56 78',
      },
      message: 'Vi ønsker fokus på beboerdemokrati.',
      invoicing: { ean: '5790 0000 00005', cvr: '10150817', reference: 'Sag 2027-17' },
      locale: 'en',
      utm: { utm_source: 'nyhedsbrev', utm_campaign: 'forår' },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.inquiry.place).toBe('Rådhuset, Aarhus');
    expect(result.inquiry.contact.name).toBe('Mette Hansen');
    expect(result.inquiry.contact.email).toBe('meha@kommune.dk');
    expect(result.inquiry.invoicing).toEqual({
      ean: '5790 0000 00005',
      cvr: '10150817',
      reference: 'Sag 2027-17',
    });
    expect(result.inquiry.locale).toBe('en');
    expect(result.inquiry.utm).toEqual({ utm_source: 'nyhedsbrev', utm_campaign: 'forår' });
  });

  it('treats empty and blank optional strings from form fields as absent', () => {
    const result = parseInquiry({
      ...validInquiry(),
      place: '',
      message: '   ',
      preferredDates: ['', ' '],
      contact: { ...validInquiry().contact, role: '', phone: ' ' },
      invoicing: { ean: '', cvr: '', reference: '' },
      locale: '',
      website: '',
      utm: { utm_source: '' },
    });
    expect(result).toEqual({ ok: true, inquiry: { ...validInquiry(), modules: [], locale: 'da' } });
  });

  it('keeps the invoicing group when one field is filled', () => {
    const result = parseInquiry({
      ...validInquiry(),
      invoicing: { ean: '', cvr: '10150817', reference: ' ' },
    });
    expect(result.ok && result.inquiry.invoicing).toEqual({ cvr: '10150817' });
  });

  it('never changes its input', () => {
    const input = {
      ...validInquiry(),
      place: '  ',
      preferredDates: ['', '2027-03-15'],
      contact: { ...validInquiry().contact, name: ' Mette ', phone: '' },
      invoicing: { ean: '' },
    };
    const copy = structuredClone(input);
    const frozen = deepFreeze(input);
    const result = parseInquiry(frozen);
    expect(result.ok).toBe(true);
    expect(input).toEqual(copy);
  });

  it('accepts Danish phone numbers with and without +45 or 0045 and spaces', () => {
    for (const phone of [
      '12345678',
      '12 34 56 78',
      '+4512345678',
      '+45 12 34 56 78',
      '0045 1234 5678',
    ]) {
      expect(isValidDanishPhone(phone), phone).toBe(true);
      const r = parseInquiry(withPatch((i) => (contact(i).phone = phone)));
      expect(r.ok, phone).toBe(true);
    }
    for (const phone of [
      '1234567',
      '123456789',
      '+46 12 34 56 78',
      '12-34-56-78',
      'tlf 12345678',
    ]) {
      expect(isValidDanishPhone(phone), phone).toBe(false);
    }
  });

  it('needs no offering to check bounds, and accepts the bounds themselves', () => {
    expect(parseInquiry(withPatch((i) => (i.participants = 500))).ok).toBe(true);
    expect(
      parseInquiry(
        withPatch((i) => (i.participants = 8)),
        { offering },
      ).ok,
    ).toBe(true);
    expect(
      parseInquiry(
        withPatch((i) => (i.participants = 80)),
        { offering },
      ).ok,
    ).toBe(true);
  });
});

interface Rule {
  name: string;
  patch: Patch;
  path: string;
  code: string;
  message: (m: Messages, locale: Locale) => string;
  withOffering?: boolean;
}

const n = (value: number, locale: Locale) =>
  value.toLocaleString(locale === 'da' ? 'da-DK' : 'en-GB');

const rules: Rule[] = [
  {
    name: 'missing name',
    patch: (i) => delete contact(i).name,
    path: 'contact.name',
    code: 'name-empty',
    message: (m) => m.inquiry.nameEmpty,
  },
  {
    name: 'blank name',
    patch: (i) => (contact(i).name = '   '),
    path: 'contact.name',
    code: 'name-empty',
    message: (m) => m.inquiry.nameEmpty,
  },
  {
    name: 'empty email',
    patch: (i) => (contact(i).email = ''),
    path: 'contact.email',
    code: 'email-empty',
    message: (m) => m.inquiry.emailEmpty,
  },
  {
    name: 'missing email',
    patch: (i) => delete contact(i).email,
    path: 'contact.email',
    code: 'email-empty',
    message: (m) => m.inquiry.emailEmpty,
  },
  {
    name: 'email without @',
    patch: (i) => (contact(i).email = 'meha.kommune.dk'),
    path: 'contact.email',
    code: 'email-no-at',
    message: (m) => m.inquiry.emailNoAt,
  },
  {
    name: 'email with @ but no domain',
    patch: (i) => (contact(i).email = 'meha@kommune'),
    path: 'contact.email',
    code: 'email-invalid',
    message: (m) => m.inquiry.emailInvalid,
  },
  {
    name: 'email too long',
    patch: (i) => (contact(i).email = `${'a'.repeat(60)}@${'b'.repeat(200)}.dk`),
    path: 'contact.email',
    code: 'too-long',
    message: (m, l) => m.inquiry.tooLong(m.inquiryText.email, n(254, l)),
  },
  {
    name: 'empty organisation',
    patch: (i) => (contact(i).organisation = ''),
    path: 'contact.organisation',
    code: 'organisation-empty',
    message: (m) => m.inquiry.organisationEmpty,
  },
  {
    name: 'bad phone',
    patch: (i) => (contact(i).phone = '1234'),
    path: 'contact.phone',
    code: 'phone-invalid',
    message: (m) => m.inquiry.phoneInvalid,
  },
  {
    name: 'very long phone',
    patch: (i) => (contact(i).phone = '1'.repeat(40)),
    path: 'contact.phone',
    code: 'phone-invalid',
    message: (m) => m.inquiry.phoneInvalid,
  },
  {
    name: 'missing participants',
    patch: (i) => delete i.participants,
    path: 'participants',
    code: 'participants-empty',
    message: (m) => m.inquiry.participantsEmpty,
  },
  {
    name: 'empty participants from a form field',
    patch: (i) => (i.participants = ''),
    path: 'participants',
    code: 'participants-empty',
    message: (m) => m.inquiry.participantsEmpty,
  },
  {
    name: 'participants below the offering',
    patch: (i) => (i.participants = 7),
    path: 'participants',
    code: 'participants-range',
    message: (m) => m.inquiry.participantsRange('8', '80'),
    withOffering: true,
  },
  {
    name: 'participants above the offering',
    patch: (i) => (i.participants = 81),
    path: 'participants',
    code: 'participants-range',
    message: (m) => m.inquiry.participantsRange('8', '80'),
    withOffering: true,
  },
  {
    name: 'participants not a whole number, with an offering',
    patch: (i) => (i.participants = 12.5),
    path: 'participants',
    code: 'participants-range',
    message: (m) => m.inquiry.participantsRange('8', '80'),
    withOffering: true,
  },
  {
    name: 'participants not a whole number, without an offering',
    patch: (i) => (i.participants = 12.5),
    path: 'participants',
    code: 'integer',
    message: (m) => m.issue.integer,
  },
  {
    name: 'missing format',
    patch: (i) => delete i.format,
    path: 'format',
    code: 'format-empty',
    message: (m) => m.inquiry.formatEmpty,
  },
  {
    name: 'empty format',
    patch: (i) => (i.format = ''),
    path: 'format',
    code: 'format-empty',
    message: (m) => m.inquiry.formatEmpty,
  },
  {
    name: 'impossible date',
    patch: (i) => (i.preferredDates = ['2027-02-30']),
    path: 'preferredDates[0]',
    code: 'date-invalid',
    message: (m) => m.inquiry.dateInvalid,
  },
  {
    // dd.mm.åååå, the message's own example, is accepted (see dates.test.ts); slashes are not.
    name: 'date with slashes, neither Danish nor ISO',
    patch: (i) => (i.preferredDates = ['15/03/2027']),
    path: 'preferredDates[0]',
    code: 'date-invalid',
    message: (m) => m.inquiry.dateInvalid,
  },
  {
    name: 'bad date after a blank one keeps its own index',
    patch: (i) => (i.preferredDates = ['', '2027-03-15', '2027-13-01']),
    path: 'preferredDates[2]',
    code: 'date-invalid',
    message: (m) => m.inquiry.dateInvalid,
  },
  {
    name: 'message too long',
    patch: (i) => (i.message = 'x'.repeat(2001)),
    path: 'message',
    code: 'message-too-long',
    message: (m, l) => m.inquiry.messageTooLong(n(2000, l), n(2001, l)),
  },
  {
    name: 'EAN not 13 digits',
    patch: (i) => (i.invoicing = { ean: '579000000000' }),
    path: 'invoicing.ean',
    code: 'ean-invalid',
    message: (m) => m.inquiry.eanInvalid,
  },
  {
    name: 'EAN with letters',
    patch: (i) => (i.invoicing = { ean: '579000000000X' }),
    path: 'invoicing.ean',
    code: 'ean-invalid',
    message: (m) => m.inquiry.eanInvalid,
  },
  {
    name: 'EAN with a wrong check digit',
    patch: (i) => (i.invoicing = { ean: '5790000000006' }),
    path: 'invoicing.ean',
    code: 'ean-check-digit',
    message: (m) => m.inquiry.eanCheckDigit,
  },
  {
    name: 'CVR not 8 digits',
    patch: (i) => (i.invoicing = { cvr: '1015081' }),
    path: 'invoicing.cvr',
    code: 'cvr-invalid',
    message: (m) => m.inquiry.cvrInvalid,
  },
  {
    name: 'CVR failing modulus 11',
    patch: (i) => (i.invoicing = { cvr: '10150818' }),
    path: 'invoicing.cvr',
    code: 'cvr-check',
    message: (m) => m.inquiry.cvrCheck,
  },
  {
    name: 'reference too long',
    patch: (i) => (i.invoicing = { reference: 'r'.repeat(101) }),
    path: 'invoicing.reference',
    code: 'too-long',
    message: (m) => m.inquiry.tooLong(m.inquiryText.reference, '100'),
  },
  {
    name: 'place too long',
    patch: (i) => (i.place = 'p'.repeat(201)),
    path: 'place',
    code: 'too-long',
    message: (m) => m.inquiry.tooLong(m.inquiryText.place, '200'),
  },
  {
    name: 'role too long',
    patch: (i) => (contact(i).role = 'r'.repeat(201)),
    path: 'contact.role',
    code: 'too-long',
    message: (m) => m.inquiry.tooLong(m.inquiryText.role, '200'),
  },
  {
    name: 'name too long',
    patch: (i) => (contact(i).name = 'n'.repeat(201)),
    path: 'contact.name',
    code: 'too-long',
    message: (m) => m.inquiry.tooLong(m.inquiryText.name, '200'),
  },
  {
    name: 'organisation too long',
    patch: (i) => (contact(i).organisation = 'o'.repeat(201)),
    path: 'contact.organisation',
    code: 'too-long',
    message: (m) => m.inquiry.tooLong(m.inquiryText.organisation, '200'),
  },
  {
    name: 'more than three dates',
    patch: (i) => (i.preferredDates = ['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04']),
    path: 'preferredDates',
    code: 'too-many',
    message: (m) => m.issue.tooMany('3'),
  },
  {
    name: 'missing offering',
    patch: (i) => delete i.offering,
    path: 'offering',
    code: 'required',
    message: (m) => m.issue.required,
  },
  {
    name: 'an unknown field',
    patch: (i) => (i.cpr = '0101011234'),
    path: '',
    code: 'unknown-key',
    message: (m) => m.issue.unknownKeys('cpr'),
  },
  {
    name: 'too many utm keys',
    patch: (i) =>
      (i.utm = Object.fromEntries(
        ['source', 'medium', 'campaign', 'term', 'content', 'id'].map((k) => [`utm_${k}`, 'x']),
      )),
    path: 'utm',
    code: 'too-many',
    message: (m) => m.issue.tooMany('5'),
  },
  {
    name: 'a utm key without the utm_ prefix',
    patch: (i) => (i.utm = { gclid: 'x' }),
    path: 'utm.gclid',
    code: 'unknown-key',
    message: (m) => m.issue.unknownKeys('gclid'),
  },
  {
    name: 'a utm value too long',
    patch: (i) => (i.utm = { utm_source: 's'.repeat(201) }),
    path: 'utm.utm_source',
    code: 'too-long',
    message: (m) => m.inquiry.tooLong(m.inquiryText.campaign, '200'),
  },
];

describe.each(['da', 'en'] as const)('parseInquiry: problems in %s', (locale) => {
  const m = getMessages(locale);

  it.each(rules)('$name', (rule) => {
    const input = withPatch(rule.patch);
    const options = rule.withOffering ? { locale, offering } : { locale };
    expect(problemsOf(input, options)).toEqual([
      { path: rule.path, code: rule.code, message: rule.message(m, locale) },
    ]);
  });
});

describe('parseInquiry: wording', () => {
  it('speaks Danish as Det Fælles Designsystem asks', () => {
    const problems = problemsOf(
      withPatch((i) => {
        contact(i).email = 'meha.kommune.dk';
        contact(i).phone = '1234';
        i.message = 'x'.repeat(2345);
        i.participants = 100;
      }),
      { offering },
    );
    expect(problems.map((p) => p.message)).toEqual([
      'Antal deltagere skal være et helt tal mellem 8 og 80',
      'E-mailadressen skal indeholde @, fx navn@kommune.dk',
      'Indtast et dansk telefonnummer, fx 12345678 eller +45 12 34 56 78',
      'Ønsker og behov må højst være 2.000 tegn. Du har skrevet 2.345 tegn',
    ]);
  });

  it('formats numbers in English the English way', () => {
    const problems = problemsOf(
      withPatch((i) => (i.message = 'x'.repeat(2345))),
      {
        locale: 'en',
      },
    );
    expect(problems[0]?.message).toBe(
      'Wishes and needs can be at most 2,000 characters. You have written 2,345 characters',
    );
  });

  it('uses the inquiry’s own locale when no locale is given', () => {
    const problems = problemsOf(
      withPatch((i) => {
        i.locale = 'en';
        contact(i).email = '';
      }),
    );
    expect(problems).toEqual([
      { path: 'contact.email', code: 'email-empty', message: 'Enter your email address' },
    ]);
  });

  it('prefers the locale option over the inquiry’s own', () => {
    const problems = problemsOf(
      withPatch((i) => {
        i.locale = 'en';
        contact(i).email = '';
      }),
      { locale: 'da' },
    );
    expect(problems[0]?.message).toBe('Indtast din e-mailadresse');
  });

  it('falls back to Danish when the inquiry’s locale is not supported', () => {
    const problems = problemsOf(
      withPatch((i) => {
        i.locale = 'de';
        contact(i).name = '';
      }),
    );
    expect(problems).toEqual([
      { path: 'contact.name', code: 'name-empty', message: 'Indtast dit navn' },
      { path: 'locale', code: 'one-of', message: 'Skal være én af: "da" eller "en".' },
    ]);
  });

  it('lays message overrides on top', () => {
    const problems = problemsOf(
      withPatch((i) => (contact(i).name = '')),
      { messages: { inquiry: { nameEmpty: 'Skriv dit fulde navn' } } },
    );
    expect(problems[0]?.message).toBe('Skriv dit fulde navn');
  });

  it('never uses the words denmark.md forbids', () => {
    const forbidden = /Udfyld feltet|Dette felt er påkrævet|En fejl opstod/;
    for (const locale of ['da', 'en'] as const) {
      const problems = problemsOf({ contact: {} }, { locale, offering });
      for (const p of problems) expect(p.message).not.toMatch(forbidden);
    }
  });
});

describe('parseInquiry: several problems at once', () => {
  it('reports every field once, in form order', () => {
    const problems = problemsOf(
      {
        offering: EXAMPLE_OFFERING_ID,
        format: '',
        participants: 3,
        preferredDates: ['2027-03-15', 'snart'],
        contact: { name: '', email: 'x', organisation: ' ', phone: '99' },
        message: 'x'.repeat(2001),
        invoicing: { ean: '5790000000006', cvr: '123', reference: '' },
      },
      { offering },
    );
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['format', 'format-empty'],
      ['participants', 'participants-range'],
      ['preferredDates[1]', 'date-invalid'],
      ['contact.name', 'name-empty'],
      ['contact.email', 'email-no-at'],
      ['contact.organisation', 'organisation-empty'],
      ['contact.phone', 'phone-invalid'],
      ['message', 'message-too-long'],
      ['invoicing.ean', 'ean-check-digit'],
      ['invoicing.cvr', 'cvr-invalid'],
    ]);
  });

  it('asks for each contact field when the contact is missing', () => {
    const { contact: _contact, ...rest } = validInquiry();
    const problems = problemsOf(rest, { locale: 'en' });
    expect(problems).toEqual([
      { path: 'contact.name', code: 'name-empty', message: 'Enter your name' },
      { path: 'contact.email', code: 'email-empty', message: 'Enter your email address' },
      {
        path: 'contact.organisation',
        code: 'organisation-empty',
        message: 'Enter the name of your organisation, e.g. a municipality or housing association',
      },
    ]);
  });

  it('gives one problem for an email that is both too long and malformed', () => {
    const problems = problemsOf(withPatch((i) => (contact(i).email = `${'a'.repeat(300)}@`)));
    expect(problems).toEqual([
      {
        path: 'contact.email',
        code: 'too-long',
        message: 'E-mail må højst være 254 tegn',
      },
    ]);
  });

  it('reports a body that is not an object', () => {
    expect(problemsOf('hej')).toEqual([
      { path: '', code: 'type', message: 'Skal være et objekt.' },
    ]);
    expect(problemsOf(null)[0]?.path).toBe('');
  });
});

describe('InquirySchema', () => {
  it('exports limits that match the schema', () => {
    const ok = InquirySchema.safeParse({
      ...validInquiry(),
      message: 'x'.repeat(INQUIRY_LIMITS.message),
    });
    const long = InquirySchema.safeParse({
      ...validInquiry(),
      message: 'x'.repeat(INQUIRY_LIMITS.message + 1),
    });
    expect([ok.success, long.success]).toEqual([true, false]);
  });

  it('rejects a non-integer or zero participant count on its own', () => {
    expect(InquirySchema.safeParse({ ...validInquiry(), participants: 0 }).success).toBe(false);
    expect(InquirySchema.safeParse({ ...validInquiry(), participants: 2.5 }).success).toBe(false);
  });
});

describe('isHoneypotFilled', () => {
  it('is false when the website field is absent, empty or blank', () => {
    expect(isHoneypotFilled(validInquiry())).toBe(false);
    expect(isHoneypotFilled({ ...validInquiry(), website: '' })).toBe(false);
    expect(isHoneypotFilled({ ...validInquiry(), website: ' \n\t' })).toBe(false);
    expect(isHoneypotFilled(null)).toBe(false);
  });

  it('is true when a bot filled it in', () => {
    expect(isHoneypotFilled({ ...validInquiry(), website: 'https://spam.example' })).toBe(true);
    expect(isHoneypotFilled({ ...validInquiry(), website: ' x ' })).toBe(true);
    expect(isHoneypotFilled({ website: 1 })).toBe(true);
  });

  it('works on a parsed inquiry, which keeps the honeypot so the server can see it', () => {
    const result = parseInquiry({ ...validInquiry(), website: 'spam' });
    expect(result.ok).toBe(true);
    if (result.ok) expect(isHoneypotFilled(result.inquiry)).toBe(true);
    const human = parseInquiry({ ...validInquiry(), website: '  ' });
    expect(human.ok && isHoneypotFilled(human.inquiry)).toBe(false);
  });
});

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
