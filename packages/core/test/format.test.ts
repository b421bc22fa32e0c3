import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatMinutes,
  formatMoney,
  formatNumber,
  formatPercent,
  formatTime,
  formatTimeRange,
  getMessages,
  gs1CheckDigit,
  isValidCvr,
  isValidGln,
  localize,
  messages,
  toLocale,
} from '@temadag/core';

const NBSP = '\u00a0';

function inZones(zones: string[], fn: (tz: string) => void): void {
  const before = process.env.TZ;
  const offsets = new Set<number>();
  try {
    for (const tz of zones) {
      process.env.TZ = tz;
      offsets.add(new Date(2026, 10, 27).getTimezoneOffset());
      fn(tz);
    }
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
  expect(offsets.size).toBe(zones.length);
}

describe('formatMoney', () => {
  it('writes Danish kroner with a point for thousands and a no-break space before kr.', () => {
    expect(formatMoney(1_250_000, 'da')).toBe(`12.500,00${NBSP}kr.`);
    expect(formatMoney(1_250_000, 'da')).toBe('12.500,00\u00a0kr.');
    expect(formatMoney(1_250_000, 'da')).toMatch(/^12\.500,00\u00a0kr\.$/);
    expect(formatMoney(45_000, 'da')).toBe(`450,00${NBSP}kr.`);
    expect(formatMoney(0, 'da')).toBe(`0,00${NBSP}kr.`);
    expect(formatMoney(1, 'da')).toBe(`0,01${NBSP}kr.`);
    expect(formatMoney(10, 'da')).toBe(`0,10${NBSP}kr.`);
    expect(formatMoney(100_000_000, 'da')).toBe(`1.000.000,00${NBSP}kr.`);
  });

  it('leaves out the øre with decimals 0, and refuses to round them away', () => {
    expect(formatMoney(1_250_000, 'da', { decimals: 0 })).toBe(`12.500${NBSP}kr.`);
    expect(formatMoney(0, 'da', { decimals: 0 })).toBe(`0${NBSP}kr.`);
    expect(() => formatMoney(1_250_050, 'da', { decimals: 0 })).toThrow(RangeError);
    expect(() => formatMoney(99, 'da', { decimals: 0 })).toThrow(RangeError);
  });

  it('writes negative amounts with a minus sign', () => {
    expect(formatMoney(-1_250_050, 'da')).toMatch(/^[-\u2212]12\.500,50\u00a0kr\.$/);
    expect(formatMoney(-5, 'da')).toMatch(/^[-\u2212]0,05\u00a0kr\.$/);
    expect(formatMoney(-1_250_000, 'da', { decimals: 0 })).toMatch(/^[-\u2212]12\.500\u00a0kr\.$/);
    expect(formatMoney(-1_250_000, 'en')).toMatch(/^[-\u2212]DKK\s12,500\.00$/);
  });

  it('is exact for large amounts (never divides as a float)', () => {
    expect(formatMoney(900_719_925_474_099, 'da')).toBe(`9.007.199.254.740,99${NBSP}kr.`);
    expect(formatMoney(Number.MAX_SAFE_INTEGER, 'da')).toBe(`90.071.992.547.409,91${NBSP}kr.`);
    expect(formatMoney(-Number.MAX_SAFE_INTEGER, 'da')).toMatch(
      /^[-\u2212]90\.071\.992\.547\.409,91\u00a0kr\.$/,
    );
    // 0.29 * 100 is 28.999999999999996 in floats.
    expect(formatMoney(29, 'da')).toBe(`0,29${NBSP}kr.`);
    expect(formatMoney(100_000_000_000_029, 'da')).toBe(`1.000.000.000.000,29${NBSP}kr.`);
  });

  it('refuses amounts that are not whole minor units', () => {
    expect(() => formatMoney(12.5, 'da')).toThrow(RangeError);
    expect(() => formatMoney(Number.NaN, 'da')).toThrow(RangeError);
    expect(() => formatMoney(Number.MAX_SAFE_INTEGER + 1, 'da')).toThrow(RangeError);
  });

  it('writes English amounts with the currency code first', () => {
    expect(formatMoney(1_250_000, 'en')).toMatch(/^DKK\s12,500\.00$/);
    expect(formatMoney(1_250_000, 'en', { decimals: 0 })).toMatch(/^DKK\s12,500$/);
  });

  it('takes another currency', () => {
    expect(formatMoney(1_250_000, 'da', { currency: 'EUR' })).toBe(`12.500,00${NBSP}€`);
  });
});

describe('formatDate', () => {
  it('writes a long and a full Danish date', () => {
    expect(formatDate('2026-11-27', 'da')).toBe('27. november 2026');
    expect(formatDate('2026-11-27', 'da', 'long')).toBe('27. november 2026');
    expect(formatDate('2026-11-27', 'da', 'full')).toBe('fredag den 27. november 2026');
    expect(formatDate('2027-01-01', 'da', 'full')).toBe('fredag den 1. januar 2027');
  });

  it('writes English dates', () => {
    expect(formatDate('2026-11-27', 'en')).toBe('27 November 2026');
    expect(formatDate('2026-11-27', 'en', 'full')).toMatch(/^Friday,? 27 November 2026$/);
  });

  it('gives the same calendar date whatever the process time zone', () => {
    inZones(['UTC', 'Europe/Copenhagen', 'America/Los_Angeles', 'Pacific/Kiritimati'], (tz) => {
      expect([tz, formatDate('2026-11-27', 'da')]).toEqual([tz, '27. november 2026']);
      expect([tz, formatDate('2026-11-27', 'da', 'full')]).toEqual([
        tz,
        'fredag den 27. november 2026',
      ]);
      expect([tz, formatDate('2026-03-29', 'da')]).toEqual([tz, '29. marts 2026']);
    });
  });

  it('refuses text that is not a calendar date', () => {
    expect(() => formatDate('27-11-2026', 'da')).toThrow(RangeError);
    expect(() => formatDate('2026-11-27T10:00:00Z', 'da')).toThrow(RangeError);
  });
});

describe('formatTime and formatTimeRange', () => {
  it('writes Danish times with kl. and a point', () => {
    expect(formatTime('09:00', 'da')).toBe('kl. 09.00');
    expect(formatTime('13:30', 'da')).toBe('kl. 13.30');
    expect(formatTime('09:00', 'da', false)).toBe('09.00');
  });

  it('writes English times with a colon', () => {
    expect(formatTime('09:00', 'en')).toBe('09:00');
  });

  it('writes a span with an en dash', () => {
    expect(formatTimeRange('09:00', '09:45', 'da')).toBe('kl. 09.00\u201309.45');
    expect(formatTimeRange('09:00', '09:45', 'da')).toBe('kl. 09.00–09.45');
    expect(formatTimeRange('09:00', '09:45', 'en')).toBe('09:00–09:45');
  });

  it('refuses text that is not a clock time', () => {
    expect(() => formatTime('9:00', 'da')).toThrow(RangeError);
    expect(() => formatTime('09.00', 'da')).toThrow(RangeError);
  });
});

describe('formatPercent', () => {
  it('writes Danish percentages with a space before %', () => {
    expect(formatPercent(2500, 'da')).toBe(`25${NBSP}%`);
    expect(formatPercent(2500, 'da')).toMatch(/^25\s%$/);
    expect(formatPercent(1250, 'da')).toBe(`12,5${NBSP}%`);
    expect(formatPercent(1, 'da')).toBe(`0,01${NBSP}%`);
    expect(formatPercent(10_000, 'da')).toBe(`100${NBSP}%`);
  });

  it('writes English percentages without a space', () => {
    expect(formatPercent(2500, 'en')).toBe('25%');
    expect(formatPercent(1250, 'en')).toBe('12.5%');
  });
});

describe('formatNumber and formatMinutes', () => {
  it('groups thousands the Danish way', () => {
    expect(formatNumber(1200, 'da')).toBe('1.200');
    expect(formatNumber(1200, 'en')).toBe('1,200');
  });

  it('writes durations in hours and minutes', () => {
    expect(formatMinutes(45, 'da')).toBe('45 min.');
    expect(formatMinutes(60, 'da')).toBe('1 t.');
    expect(formatMinutes(210, 'da')).toBe('3 t. 30 min.');
    expect(formatMinutes(0, 'da')).toBe('0 min.');
    expect(formatMinutes(45, 'en')).toBe('45 min');
    expect(formatMinutes(120, 'en')).toBe('2 h');
    expect(formatMinutes(210, 'en')).toBe('3 h 30 min');
  });
});

describe('localize and toLocale', () => {
  it('picks the text for the locale, falling back to Danish', () => {
    expect(localize({ da: 'Hel temadag', en: 'Full day' }, 'en')).toBe('Full day');
    expect(localize({ da: 'Hel temadag', en: 'Full day' }, 'da')).toBe('Hel temadag');
    expect(localize({ da: 'Hel temadag' }, 'en')).toBe('Hel temadag');
    expect(localize('Hel temadag', 'en')).toBe('Hel temadag');
    expect(localize(undefined, 'da')).toBeUndefined();
  });

  it('turns language tags into da or en', () => {
    expect(toLocale('en')).toBe('en');
    expect(toLocale('en-GB')).toBe('en');
    expect(toLocale('en-US')).toBe('en');
    expect(toLocale('EN')).toBe('en');
    expect(toLocale(' en-gb ')).toBe('en');
    expect(toLocale('da')).toBe('da');
    expect(toLocale('da-DK')).toBe('da');
    expect(toLocale('de')).toBe('da');
    expect(toLocale('eng')).toBe('da');
    expect(toLocale('')).toBe('da');
    expect(toLocale(null)).toBe('da');
    expect(toLocale(undefined)).toBe('da');
  });
});

describe('getMessages', () => {
  it('returns the catalogue of each language', () => {
    expect(getMessages('da').offer.total).toBe('I alt inkl. moms');
    expect(getMessages('en').offer.total).toBe('Total incl. VAT');
    expect(getMessages('da').agenda.lunch).toBe('Frokost');
    expect(getMessages('en').agenda.lunch).toBe('Lunch');
  });

  it('lays overrides on top, group by group, without changing the defaults', () => {
    const m = getMessages('da', {
      offer: { title: 'Tilbud på temadag' },
      selection: { overfull: (over) => `${over} min. for meget` },
    });
    expect(m.offer.title).toBe('Tilbud på temadag');
    expect(m.offer.total).toBe('I alt inkl. moms');
    expect(m.selection.overfull('15')).toBe('15 min. for meget');
    expect(m.selection.unknownZone('x')).toBe(messages.da.selection.unknownZone('x'));
    expect(m.agenda).toEqual(messages.da.agenda);
    expect(getMessages('da').offer.title).toBe('Tilbud');
    expect(messages.da.offer.title).toBe('Tilbud');
  });

  it('has the same keys in Danish and English', () => {
    const keys = (value: object): string[] =>
      Object.entries(value).flatMap(([k, v]) =>
        v && typeof v === 'object' ? keys(v).map((inner) => `${k}.${inner}`) : [k],
      );
    expect(keys(messages.en).sort()).toEqual(keys(messages.da).sort());
  });
});

describe('identifiers', () => {
  it('checks CVR numbers with modulus 11', () => {
    expect(isValidCvr('10150817')).toBe(true);
    expect(isValidCvr('1015 0817')).toBe(true);
    expect(isValidCvr('10150818')).toBe(false);
    expect(isValidCvr('1015081')).toBe(false);
    expect(isValidCvr('101508170')).toBe(false);
    expect(isValidCvr('01508174')).toBe(false);
    expect(isValidCvr('1015o817')).toBe(false);
    expect(isValidCvr('')).toBe(false);
  });

  it('computes GS1 check digits from the right', () => {
    expect(gs1CheckDigit('579000000000')).toBe(5);
    expect(gs1CheckDigit('400638133393')).toBe(1);
    expect(gs1CheckDigit('9638507')).toBe(4);
    expect(gs1CheckDigit('000000000000')).toBe(0);
    expect(() => gs1CheckDigit('57900000000x')).toThrow(RangeError);
    expect(() => gs1CheckDigit('')).toThrow(RangeError);
  });

  it('checks GLN/EAN numbers: 13 digits with the right check digit', () => {
    expect(isValidGln('5790000000005')).toBe(true);
    expect(isValidGln('5 790000 000005')).toBe(true);
    expect(isValidGln('4006381333931')).toBe(true);
    expect(isValidGln('5790000000006')).toBe(false);
    expect(isValidGln('579000000000')).toBe(false);
    expect(isValidGln('57900000000050')).toBe(false);
    expect(isValidGln('579000000000a')).toBe(false);
    for (let digit = 0; digit <= 9; digit++) {
      expect(isValidGln(`579000000000${digit}`)).toBe(digit === 5);
    }
  });
});
