import { describe, expect, it } from 'vitest';
import { inquiryId } from '../src/ids.js';

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The Unix time in ms that a version 7 UUID starts with. */
const timeOf = (id: string) => parseInt(id.replace(/-/g, '').slice(0, 12), 16);

describe('inquiryId', () => {
  it('is a UUID version 7 that starts with the time in milliseconds', () => {
    const now = Date.UTC(2026, 10, 27, 9, 30, 15, 123);
    const id = inquiryId(now);
    expect(id).toMatch(V7);
    expect(timeOf(id)).toBe(now);
    expect(timeOf(inquiryId(0))).toBe(0);
    expect(timeOf(inquiryId(2 ** 48 - 1))).toBe(2 ** 48 - 1);
    const before = Date.now();
    const current = inquiryId();
    expect(timeOf(current)).toBeGreaterThanOrEqual(before);
    expect(timeOf(current)).toBeLessThanOrEqual(Date.now());
  });

  it('sorts by time: an id of a later millisecond sorts after one of an earlier', () => {
    const start = Date.UTC(2026, 0, 1);
    const ids = Array.from({ length: 1000 }, (_, i) => inquiryId(start + i * 7));
    expect([...ids].sort()).toEqual(ids);
  });

  it('is unique within one millisecond, across refills of its random pool', () => {
    const ids = Array.from({ length: 20_000 }, () => inquiryId(1_800_000_000_000));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids.slice(0, 50)) expect(id).toMatch(V7);
  });
});
