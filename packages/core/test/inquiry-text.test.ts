import { describe, expect, it } from 'vitest';
import { designDaySpan, inquiryToText, localize, type Inquiry } from '@temadag/core';
import { EXAMPLE_CATALOG as catalog } from './catalog.support.js';

const inquiry: Inquiry = {
  offering: 'dialog-i-udsatte-boligomraader',
  format: 'hel',
  participants: 30,
  modules: ['forsamtale'],
  preferredDates: ['2027-03-15'],
  contact: { name: 'Anna Jensen', email: 'anna@kommune.dk', organisation: 'Eksempel Kommune' },
  message: 'Vi er 30 ledere.\nGerne i foråret.',
  locale: 'da',
};

describe('inquiryToText', () => {
  it('writes the day’s time span after the format when it is given (designDaySpan)', () => {
    const offering = catalog.offerings.find((o) => o.id === inquiry.offering)!;
    const span = designDaySpan(offering, inquiry);
    expect(span).toEqual({ start: '09:00', end: '14:30', minutes: 330 });
    const lines = inquiryToText(inquiry, { catalog, span }).split('\n');
    expect(lines.slice(1, 3)).toEqual(['Varighed: Hel temadag', 'Tidspunkt: kl. 09.00–14.30']);
    expect(inquiryToText(inquiry, { catalog, span, locale: 'en' })).toContain(
      '\nTime: 09:00–14:30\n',
    );
  });

  it('writes one line per filled-in field with the catalog’s titles, the message last', () => {
    const offering = catalog.offerings.find((o) => o.id === inquiry.offering)!;
    expect(inquiryToText(inquiry, { catalog })).toBe(
      [
        `Temadag: ${localize(offering.title, 'da')}`,
        'Varighed: Hel temadag',
        'Antal deltagere: 30',
        'Tilvalg: Forsamtale',
        'Ønsket dato: 15. marts 2027',
        'Navn: Anna Jensen',
        'E-mail: anna@kommune.dk',
        'Organisation: Eksempel Kommune',
        '',
        'Ønsker og behov:',
        'Vi er 30 ledere.',
        'Gerne i foråret.',
      ].join('\n'),
    );
  });

  it('writes ids without a catalog, and every optional field when given', () => {
    const full: Inquiry = {
      ...inquiry,
      modules: ['forsamtale', 'ukendt'],
      preferredDates: ['2027-03-15', '2027-04-01'],
      place: 'Rådhuset,\nsal 2',
      contact: { ...inquiry.contact, role: 'Leder', phone: '+45 12 34 56 78' },
      invoicing: { ean: '5798000000001', cvr: '10150817', reference: 'PO 17' },
      utm: { utm_source: 'nyhedsbrev', utm_campaign: 'forår' },
      message: undefined,
    };
    expect(inquiryToText(full)).toBe(
      [
        'Temadag: dialog-i-udsatte-boligomraader',
        'Varighed: hel',
        'Antal deltagere: 30',
        'Tilvalg: forsamtale, ukendt',
        'Ønskede datoer: 15. marts 2027, 1. april 2027',
        'Sted: Rådhuset, sal 2',
        'Navn: Anna Jensen',
        'E-mail: anna@kommune.dk',
        'Organisation: Eksempel Kommune',
        'Stilling: Leder',
        'Telefon: +45 12 34 56 78',
        'EAN-nummer: 5798000000001',
        'CVR-nummer: 10150817',
        'Reference: PO 17',
        'Kampagne: utm_source=nyhedsbrev, utm_campaign=forår',
      ].join('\n'),
    );
  });

  it('speaks the language asked for, else the inquiry’s own', () => {
    const en = inquiryToText(inquiry, { catalog, locale: 'en' });
    expect(en).toContain('Duration: Full theme day');
    expect(en).toContain('Add-ons: Preliminary meeting');
    expect(en).toContain('Preferred date: 15 March 2027');
    expect(en).toContain('Wishes and needs:\nVi er 30 ledere.');
    expect(inquiryToText({ ...inquiry, locale: 'en' })).toContain('Number of participants: 30');
  });

  it('keeps a value with line breaks on its own line, so it cannot forge another field', () => {
    const text = inquiryToText({
      ...inquiry,
      contact: { ...inquiry.contact, name: 'Anna\nE-mail: falsk@example.com' },
    });
    expect(text).toContain('Navn: Anna E-mail: falsk@example.com\n');
    expect(text.match(/^E-mail:/gm)).toHaveLength(1);
  });

  it('takes the caller’s labels', () => {
    const text = inquiryToText(inquiry, { messages: { inquiryText: { name: 'Kontaktperson' } } });
    expect(text).toContain('Kontaktperson: Anna Jensen');
  });
});
