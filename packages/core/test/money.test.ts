import { describe, expect, it } from 'vitest';
import { BASIS_POINTS, allocate, applyRate, multiply, roundDiv } from '@temadag/core';

/** Reference: amount × bp / 10 000 rounded half away from zero, computed in BigInt. */
function bigApplyRate(amount: number, basisPoints: number): bigint {
  const product = BigInt(amount) * BigInt(basisPoints);
  const abs = product < 0n ? -product : product;
  let q = abs / 10_000n;
  if ((abs % 10_000n) * 2n >= 10_000n) q += 1n;
  return product < 0n ? -q : q;
}

describe('roundDiv', () => {
  it('divides exactly when there is no remainder', () => {
    expect(roundDiv(10, 2)).toBe(5);
    expect(roundDiv(0, 7)).toBe(0);
    expect(roundDiv(-12, 4)).toBe(-3);
  });

  it('rounds halves away from zero', () => {
    expect(roundDiv(5, 2)).toBe(3);
    expect(roundDiv(-5, 2)).toBe(-3);
    expect(roundDiv(1, 2)).toBe(1);
    expect(roundDiv(-1, 2)).toBe(-1);
    expect(roundDiv(25, 10)).toBe(3);
    expect(roundDiv(-25, 10)).toBe(-3);
  });

  it('rounds below half towards zero and above half away from zero', () => {
    expect(roundDiv(14, 10)).toBe(1);
    expect(roundDiv(16, 10)).toBe(2);
    expect(roundDiv(-14, 10)).toBe(-1);
    expect(roundDiv(-16, 10)).toBe(-2);
    expect(roundDiv(1, 3)).toBe(0);
    expect(roundDiv(2, 3)).toBe(1);
  });

  it('never returns negative zero', () => {
    expect(Object.is(roundDiv(-1, 3), 0)).toBe(true);
    expect(Object.is(roundDiv(-0, 5), 0)).toBe(true);
  });

  it('is exact at the edge of the safe integer range', () => {
    expect(roundDiv(Number.MAX_SAFE_INTEGER, 1)).toBe(Number.MAX_SAFE_INTEGER);
    // (2^53 − 1) / 2 = 4503599627370495.5 → 4503599627370496
    expect(roundDiv(Number.MAX_SAFE_INTEGER, 2)).toBe(4_503_599_627_370_496);
    expect(roundDiv(-Number.MAX_SAFE_INTEGER, 2)).toBe(-4_503_599_627_370_496);
    // (2^53 − 1) / 3 = 3002399751580330.33… → 3002399751580330
    expect(roundDiv(Number.MAX_SAFE_INTEGER, 3)).toBe(3_002_399_751_580_330);
  });

  it('rejects non-integers, unsafe integers and denominators that are not positive', () => {
    expect(() => roundDiv(1.5, 2)).toThrow(RangeError);
    expect(() => roundDiv(1, 0)).toThrow(RangeError);
    expect(() => roundDiv(1, -2)).toThrow(RangeError);
    expect(() => roundDiv(2 ** 53, 2)).toThrow(RangeError);
    expect(() => roundDiv(Number.NaN, 2)).toThrow(RangeError);
  });
});

describe('applyRate', () => {
  it('uses basis points (10 000 = 100 %)', () => {
    expect(BASIS_POINTS).toBe(10_000);
    expect(applyRate(100_000, 1900)).toBe(19_000);
    expect(applyRate(100_000, 2500)).toBe(25_000);
    expect(applyRate(123_456, 10_000)).toBe(123_456);
    expect(applyRate(123_456, 0)).toBe(0);
  });

  it('rounds half an øre away from zero', () => {
    expect(applyRate(1, 5000)).toBe(1);
    expect(applyRate(-1, 5000)).toBe(-1);
    expect(applyRate(1002, 2500)).toBe(251); // 250,5 øre
    expect(applyRate(-1002, 2500)).toBe(-251);
    expect(applyRate(1001, 2500)).toBe(250); // 250,25 øre
    expect(applyRate(1003, 2500)).toBe(251); // 250,75 øre
  });

  it('computes dinero.js #8 exactly: 209050 × 8,61 %', () => {
    // 209050 × 861 / 10000 = 17999,205 → 17999
    expect(applyRate(209_050, 861)).toBe(17_999);
  });

  it('is exact beyond 2^53 through the BigInt path', () => {
    const max = Number.MAX_SAFE_INTEGER;
    // The product 9007199254740991 × 2500 is far beyond 2^53.
    expect(applyRate(max, 2500)).toBe(2_251_799_813_685_248);
    expect(applyRate(-max, 2500)).toBe(-2_251_799_813_685_248);
    expect(applyRate(max, 10_000)).toBe(max);
    expect(applyRate(max, 1)).toBe(900_719_925_474);
    // (2^52 + 1) × 5000 / 10000 = 2251799813685248,5: a half that floats would lose.
    expect(applyRate(2 ** 52 + 1, 5000)).toBe(2_251_799_813_685_249);
    expect(applyRate(-(2 ** 52 + 1), 5000)).toBe(-2_251_799_813_685_249);
  });

  it('agrees with a BigInt reference on large amounts', () => {
    const amounts = [
      Number.MAX_SAFE_INTEGER,
      Number.MAX_SAFE_INTEGER - 1,
      9_007_199_254_740_000,
      4_503_599_627_370_497,
      1_234_567_890_123_457,
      -7_777_777_777_777_777,
    ];
    const rates = [1, 3, 861, 1250, 1900, 2500, 3333, 5000, 9999];
    for (const amount of amounts) {
      for (const rate of rates) {
        expect(BigInt(applyRate(amount, rate)), `${amount} × ${rate}`).toBe(
          bigApplyRate(amount, rate),
        );
      }
    }
  });

  it('never returns negative zero', () => {
    expect(Object.is(applyRate(-1, 100), 0)).toBe(true);
  });
});

describe('multiply', () => {
  it('multiplies a unit amount by a quantity exactly', () => {
    expect(multiply(45_000, 25)).toBe(1_125_000);
    expect(multiply(0, 100_000)).toBe(0);
    expect(multiply(Number.MAX_SAFE_INTEGER, 1)).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('throws a RangeError when the product leaves the safe integer range', () => {
    expect(() => multiply(100_000_000_000, 100_000)).toThrow(RangeError);
    expect(() => multiply(100_000_000_000, 100_000)).toThrow(/too large/);
    expect(() => multiply(Number.MAX_SAFE_INTEGER, 2)).toThrow(RangeError);
    expect(() => multiply(2 ** 53, 1)).toThrow(RangeError);
  });
});

describe('allocate', () => {
  it('splits evenly with the leftover øre to the earlier parts (ties to earlier)', () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(101, [1, 1, 1])).toEqual([34, 34, 33]);
    expect(allocate(2, [1, 1, 1, 1])).toEqual([1, 1, 0, 0]);
  });

  it('gives leftover øre to the largest remainders first', () => {
    // Shares 3,3 / 3,3 / 3,4: the third has the largest remainder.
    expect(allocate(10, [33, 33, 34])).toEqual([3, 3, 4]);
    // Shares 1,6 / 4,8 / 3,6: remainders 0,6 / 0,8 / 0,6 → the second, then the first (tie).
    expect(allocate(10, [16, 48, 36])).toEqual([2, 5, 3]);
  });

  it('splits a total in proportion to the weights', () => {
    expect(allocate(-1000, [7500, 2500])).toEqual([-750, -250]);
    expect(allocate(1000, [7500, 2500])).toEqual([750, 250]);
    expect(allocate(12_345, [1])).toEqual([12_345]);
  });

  it('splits negative totals symmetrically to positive ones', () => {
    expect(allocate(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
    expect(allocate(-10, [33, 33, 34])).toEqual([-3, -3, -4]);
    expect(allocate(-2001, [10_005, 10_005])).toEqual([-1001, -1000]);
  });

  it('gives nothing to zero weights and never negative zero', () => {
    expect(allocate(7, [0, 1, 0])).toEqual([0, 7, 0]);
    const parts = allocate(-7, [0, 1, 0]);
    expect(parts).toEqual([0, -7, 0]);
    expect(Object.is(parts[0], 0)).toBe(true);
    expect(allocate(0, [3, 5])).toEqual([0, 0]);
  });

  it('always sums exactly to the total', () => {
    const cases: [number, number[]][] = [
      [1, [1, 1, 1]],
      [99_999, [3, 7, 11, 13]],
      [-123_457, [850_000, 123_456, 1]],
      [Number.MAX_SAFE_INTEGER, [1, 2, 3]],
      [-Number.MAX_SAFE_INTEGER, [5, 5]],
    ];
    for (const [total, weights] of cases) {
      const parts = allocate(total, weights);
      expect(parts).toHaveLength(weights.length);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
    }
  });

  it('throws on weights it cannot use', () => {
    expect(() => allocate(100, [])).toThrow(RangeError);
    expect(() => allocate(100, [0, 0])).toThrow(RangeError);
    expect(() => allocate(100, [1, -1, 2])).toThrow(RangeError);
    expect(() => allocate(100, [-1])).toThrow(RangeError);
  });
});
