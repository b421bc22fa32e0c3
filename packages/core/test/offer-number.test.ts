import { describe, expect, it } from 'vitest';
import {
  createOffer,
  formatOfferNumber,
  numberOffer,
  offerPdfFileName,
  type SelectionInput,
} from '@temadag/core';
import { EXAMPLE_CATALOG as catalog } from './catalog.support.js';

const hel30: SelectionInput = {
  offering: 'dialog-i-udsatte-boligomraader',
  format: 'hel',
  participants: 30,
};
const now = new Date('2026-11-27T10:00:00Z');

describe('formatOfferNumber', () => {
  it('fills the year and pads the sequence to the run of Ns', () => {
    expect(formatOfferNumber('T-{YYYY}-{NNNN}', 2026, 42)).toBe('T-2026-0042');
    expect(formatOfferNumber('{N}/{YYYY}', 2027, 7)).toBe('7/2027');
  });

  it('refuses a sequence that is not a whole number from 0', () => {
    expect(() => formatOfferNumber('T-{N}', 2026, -1)).toThrowError(RangeError);
    expect(() => formatOfferNumber('T-{N}', 2026, 1.5)).toThrowError(RangeError);
  });
});

describe('numberOffer', () => {
  it('numbers an offer as createOffer does with the same sequence', () => {
    const made = createOffer(catalog, hel30, { now, sequence: 1 });
    const renumbered = numberOffer(made, catalog.provider.offerNumberPattern, 42);
    expect(renumbered.number).toBe('T-2026-0042');
    expect(renumbered).toEqual(createOffer(catalog, hel30, { now, sequence: 42 }));
  });

  it('takes the year from the issue date, leaves the offer as it was and freezes the copy', () => {
    const made = createOffer(catalog, hel30, { now: new Date('2026-12-31T23:30:00Z') });
    const renumbered = numberOffer(made, 'TD/{YYYY}/{NNNNNN}', 7);
    expect(renumbered.number).toBe('TD/2027/000007');
    expect(made.number).toBe('T-2027-0001');
    expect(Object.isFrozen(renumbered)).toBe(true);
    expect(Object.isFrozen(renumbered.lines)).toBe(true);
  });

  it('refuses a bad sequence', () => {
    const made = createOffer(catalog, hel30, { now });
    expect(() => numberOffer(made, 'T-{NNNN}', Number.NaN)).toThrowError(RangeError);
  });
});

describe('offerPdfFileName', () => {
  it('names the PDF after the offer number, in the offer’s language', () => {
    expect(offerPdfFileName({ number: 'T-2026-0042', locale: 'da' })).toBe(
      'tilbud-T-2026-0042.pdf',
    );
    expect(offerPdfFileName({ number: 'T-2026-0042', locale: 'en' })).toBe('offer-T-2026-0042.pdf');
    expect(offerPdfFileName(createOffer(catalog, hel30, { now, sequence: 3 }))).toBe(
      'tilbud-T-2026-0003.pdf',
    );
  });

  it('keeps only A-Z, a-z, 0-9, dot, underscore and dash from the number', () => {
    expect(offerPdfFileName({ number: 'T/2026 42', locale: 'en' })).toBe('offer-T-2026-42.pdf');
    expect(offerPdfFileName({ number: 'TD/2026/"æ"\r\n7', locale: 'da' })).toBe(
      'tilbud-TD-2026-7.pdf',
    );
  });

  it('takes a file name of the caller’s own', () => {
    const name = offerPdfFileName(
      { number: 'T-1', locale: 'da' },
      { offer: { fileName: (n) => `temadag-${n}.pdf` } },
    );
    expect(name).toBe('temadag-T-1.pdf');
  });
});
