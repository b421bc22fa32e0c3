import { describe, expect, it } from 'vitest';
import { isRecord } from '@temadag/core';

describe('isRecord', () => {
  it('accepts plain objects, parsed JSON objects and objects without a prototype', () => {
    expect(isRecord({})).toBe(true);
    expect(isRecord(JSON.parse('{"offering":"dialog"}'))).toBe(true);
    expect(isRecord(Object.create(null))).toBe(true);
  });

  it('refuses null, arrays and primitives', () => {
    for (const value of [null, undefined, [], [1], 'x', 1, true, 0n]) {
      expect(isRecord(value), String(value)).toBe(false);
    }
  });
});
