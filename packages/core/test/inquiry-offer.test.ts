import { describe, expect, it } from 'vitest';
import {
  createOffer,
  customerFromInquiry,
  inquirySelection,
  parseInquiry,
  type Inquiry,
  type InquiryInput,
} from '@temadag/core';
import { EXAMPLE_CATALOG, EXAMPLE_OFFERING_ID } from './catalog.support.js';
import { validInquiry } from './inquiry.support.js';

const offering = EXAMPLE_CATALOG.offerings.find((o) => o.id === EXAMPLE_OFFERING_ID)!;

function parsed(input: InquiryInput): Inquiry {
  const result = parseInquiry(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.inquiry;
}

describe('inquirySelection', () => {
  it('takes the selection and the first preferred date', () => {
    const result = parseInquiry({
      ...validInquiry(),
      modules: ['forsamtale'],
      preferredDates: ['', '2027-03-15', '2027-03-22'],
      place: 'Aarhus',
    });
    if (!result.ok) throw new Error('expected a valid inquiry');
    expect(inquirySelection(result.inquiry)).toEqual({
      offering: EXAMPLE_OFFERING_ID,
      format: 'hel',
      participants: 30,
      modules: ['forsamtale'],
      date: '2027-03-15',
      place: 'Aarhus',
    });
  });

  it('leaves out date and place when not given', () => {
    const result = parseInquiry(validInquiry());
    if (!result.ok) throw new Error('expected a valid inquiry');
    const selection = inquirySelection(result.inquiry);
    expect(Object.keys(selection).sort()).toEqual([
      'format',
      'modules',
      'offering',
      'participants',
    ]);
  });

  it('lets the server price the inquiry again', () => {
    const result = parseInquiry({ ...validInquiry(), modules: ['forsamtale'] }, { offering });
    if (!result.ok) throw new Error('expected a valid inquiry');
    const offer = createOffer(EXAMPLE_CATALOG, inquirySelection(result.inquiry), {
      now: new Date('2026-11-27T10:00:00Z'),
      sequence: 7,
    });
    // 19.500 kr. fixed fee + 10 × 150 kr. + 2.500 kr. preliminary meeting, excluding VAT.
    expect(offer.subtotal).toBe(2_350_000);
    expect(offer.number).toBe('T-2026-0007');
  });
});

describe('customerFromInquiry', () => {
  it('takes organisation, contact and email from the contact block', () => {
    expect(customerFromInquiry(parsed(validInquiry()))).toEqual({
      organisation: 'Eksempel Kommune',
      contact: 'Mette Hansen',
      email: 'meha@kommune.dk',
    });
  });

  it('takes CVR and EAN without spaces, and the reference as written', () => {
    const inquiry = parsed({
      ...validInquiry(),
      invoicing: { cvr: '1015 0817', ean: '579 8000 000 001', reference: 'Ordre 17 / afd. 3' },
    });
    expect(customerFromInquiry(inquiry)).toEqual({
      organisation: 'Eksempel Kommune',
      contact: 'Mette Hansen',
      email: 'meha@kommune.dk',
      cvr: '10150817',
      ean: '5798000000001',
      reference: 'Ordre 17 / afd. 3',
    });
  });

  it('gives createOffer a customer it accepts', () => {
    const inquiry = parsed({ ...validInquiry(), invoicing: { ean: '5798 0000 0000 1' } });
    const offer = createOffer(EXAMPLE_CATALOG, inquirySelection(inquiry), {
      now: new Date('2026-11-27T10:00:00Z'),
      customer: customerFromInquiry(inquiry),
    });
    expect(offer.customer).toEqual({
      organisation: 'Eksempel Kommune',
      contact: 'Mette Hansen',
      email: 'meha@kommune.dk',
      ean: '5798000000001',
    });
  });
});
