import { describe, expect, it } from 'vitest';
import {
  danishDate,
  firstWantedDate,
  getMessages,
  isWantedDateAllowed,
  parseDate,
  parseInquiry,
  todayInDenmark,
} from '@temadag/core';

/** Every date written in a text: `15.03.2027`, `5.3.2027`, `2027-03-15` and slashed ones. */
function datesIn(text: string): string[] {
  return text.match(/\d{1,4}[./-]\d{1,2}[./-]\d{1,4}/g) ?? [];
}

const inquiry = (preferredDates: string[]) => ({
  offering: 'tema',
  format: 'hel',
  participants: 20,
  preferredDates,
  contact: { name: 'Kim', email: 'kim@example.dk', organisation: 'Kommunen' },
});

describe('parseDate', () => {
  it('reads dd.mm.åååå, d.m.åååå and ISO', () => {
    expect(parseDate('15.03.2027')).toBe('2027-03-15');
    expect(parseDate(' 5.3.2027 ')).toBe('2027-03-05');
    expect(parseDate('2027-03-15')).toBe('2027-03-15');
  });

  it('refuses what is no calendar date or another notation', () => {
    for (const text of ['31.02.2027', '2027-13-01', '29.02.2027', '15/03/2027', '03.15.27', '']) {
      expect(parseDate(text), text).toBeUndefined();
    }
    expect(parseDate('29.02.2028')).toBe('2028-02-29');
  });

  it('reads back what danishDate writes', () => {
    expect(parseDate(danishDate('2027-03-15'))).toBe('2027-03-15');
  });

  it('accepts the example of every date message, in Danish and English', () => {
    for (const locale of ['da', 'en'] as const) {
      const message = getMessages(locale).inquiry.dateInvalid;
      const examples = datesIn(message);
      expect(examples.length, message).toBeGreaterThan(0);
      for (const example of examples) expect(parseDate(example), example).toBeDefined();
    }
  });
});

describe('the rule for past dates', () => {
  // 23:30 UTC on 27 November is 00:30 on 28 November in Copenhagen.
  const lateEvening = new Date('2026-11-27T23:30:00Z');
  const morning = new Date('2026-11-27T10:00:00Z');

  it('takes today from the Danish calendar', () => {
    expect(todayInDenmark(morning)).toBe('2026-11-27');
    expect(todayInDenmark(lateEvening)).toBe('2026-11-28');
  });

  it('turns the day at Danish midnight, one call after the other (winter and summer time)', () => {
    const at = (iso: string) => todayInDenmark(new Date(iso));
    expect(at('2026-11-27T22:59:00.000Z')).toBe('2026-11-27');
    expect(at('2026-11-27T22:59:59.999Z')).toBe('2026-11-27');
    expect(at('2026-11-27T23:00:00.000Z')).toBe('2026-11-28');
    expect(at('2026-11-27T22:59:59.999Z')).toBe('2026-11-27');
    expect(at('2026-06-30T21:59:59.999Z')).toBe('2026-06-30');
    expect(at('2026-06-30T22:00:00.000Z')).toBe('2026-07-01');
    expect(at('2026-06-30T22:00:59.999Z')).toBe('2026-07-01');
    expect(() => todayInDenmark(new Date(Number.NaN))).toThrow(RangeError);
  });

  it('allows only days after today', () => {
    expect(isWantedDateAllowed('2026-11-28', morning)).toBe(true);
    expect(isWantedDateAllowed('2026-11-27', morning)).toBe(false);
    expect(isWantedDateAllowed('2020-01-01', morning)).toBe(false);
    expect(isWantedDateAllowed('2026-11-28', lateEvening)).toBe(false);
  });

  it('names tomorrow as the first date, across a month and a year', () => {
    expect(firstWantedDate(morning)).toBe('2026-11-28');
    expect(firstWantedDate(new Date('2026-11-30T12:00:00Z'))).toBe('2026-12-01');
    expect(firstWantedDate(new Date('2026-12-31T12:00:00Z'))).toBe('2027-01-01');
    expect(isWantedDateAllowed(firstWantedDate(lateEvening), lateEvening)).toBe(true);
  });
});

describe('preferred dates of an inquiry', () => {
  it('accepts the Danish notation and stores ISO', () => {
    const result = parseInquiry(inquiry(['15.03.2027', '2027-03-16']));
    expect(result.ok && result.inquiry.preferredDates).toEqual(['2027-03-15', '2027-03-16']);
  });

  it('refuses a past date when the clock is given, naming the entry', () => {
    const now = new Date('2026-11-27T10:00:00Z');
    const result = parseInquiry(inquiry(['2027-03-15', '27.11.2026']), { now });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toEqual([
        { path: 'preferredDates[1]', code: 'date-past', message: 'Vælg en dato efter i dag' },
      ]);
    }
    const en = parseInquiry(inquiry(['2020-01-01']), { now, locale: 'en' });
    expect(en.ok ? [] : en.problems.map((p) => p.message)).toEqual(['Choose a date after today']);
    expect(parseInquiry(inquiry(['2020-01-01'])).ok).toBe(true);
  });

  it('words a date that is no date with an example it accepts', () => {
    const result = parseInquiry(inquiry(['31.02.2027']));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems[0]).toMatchObject({ path: 'preferredDates[0]', code: 'date-invalid' });
      for (const example of datesIn(result.problems[0]!.message)) {
        expect(parseInquiry(inquiry([example])).ok, example).toBe(true);
      }
    }
  });
});
