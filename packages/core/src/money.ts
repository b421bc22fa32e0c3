/**
 * Exact money arithmetic in integer minor units (øre for DKK).
 *
 * Amounts are safe integers; rates are integer basis points (1 % = 100 bp, 25 % = 2500 bp).
 * Every rounding in Temadag goes through {@link roundDiv}, so the widget, the PDF, the server
 * and the CLI can never disagree by an øre.
 *
 * @module
 */

/** Basis points in 100 %. */
export const BASIS_POINTS = 10_000;

/**
 * Divides two integers and rounds half away from zero (the commercial rounding used on
 * invoices: 0,5 øre becomes 1 øre, -0,5 øre becomes -1 øre).
 *
 * Uses BigInt when the product would leave the safe integer range, so the result is exact.
 *
 * @param numerator - an integer
 * @param denominator - a positive integer
 * @returns the rounded quotient
 * @example
 * ```ts
 * roundDiv(5, 2); // 3
 * roundDiv(-5, 2); // -3
 * ```
 */
export function roundDiv(numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0) {
    throw new RangeError(`roundDiv needs safe integers and a positive denominator`);
  }
  const sign = numerator < 0 ? -1 : 1;
  const abs = Math.abs(numerator);
  const quotient = Math.floor(abs / denominator);
  const remainder = abs - quotient * denominator;
  const rounded = remainder * 2 >= denominator ? quotient + 1 : quotient;
  return sign * rounded || 0;
}

/**
 * Applies a rate in basis points to an amount in minor units, rounded half away from zero.
 *
 * @param amount - amount in minor units (øre)
 * @param basisPoints - the rate, 2500 for 25 %
 * @returns `amount × basisPoints / 10 000`, rounded to a whole minor unit
 * @example
 * ```ts
 * applyRate(100_000, 1900); // 19_000 (19 % of 1.000,00 kr.)
 * applyRate(1, 5000); // 1 (half an øre rounds up)
 * ```
 */
export function applyRate(amount: number, basisPoints: number): number {
  const product = amount * basisPoints;
  if (Number.isSafeInteger(product)) return roundDiv(product, BASIS_POINTS);
  const big = BigInt(amount) * BigInt(basisPoints);
  const denom = BigInt(BASIS_POINTS);
  const neg = big < 0n;
  const abs = neg ? -big : big;
  let q = abs / denom;
  if ((abs % denom) * 2n >= denom) q += 1n;
  return Number(neg ? -q : q);
}

/**
 * Multiplies a unit amount by a whole quantity, checking that the result stays exact.
 *
 * @param unitAmount - price of one unit in minor units
 * @param quantity - a whole number of units
 * @returns the exact product
 * @throws RangeError when the product is not a safe integer
 * @example
 * ```ts
 * multiply(45_000, 25); // 1_125_000 (25 × 450,00 kr.)
 * ```
 */
export function multiply(unitAmount: number, quantity: number): number {
  const product = unitAmount * quantity;
  if (!Number.isSafeInteger(product)) {
    throw new RangeError(`Amount ${unitAmount} × ${quantity} is too large to compute exactly`);
  }
  return product;
}

/**
 * Splits an integer total over weights so that the parts sum exactly to the total, using the
 * largest-remainder method: every part gets the floor of its share, and the øre left over go
 * to the parts with the largest remainders (ties to the earlier part).
 *
 * @param total - the amount to split, in minor units (may be negative)
 * @param weights - non-negative integer weights, at least one of them positive
 * @returns one part per weight, summing to `total`
 * @example
 * ```ts
 * allocate(100, [1, 1, 1]); // [34, 33, 33]
 * allocate(-1000, [7500, 2500]); // [-750, -250]
 * ```
 */
export function allocate(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0 || sum <= 0 || weights.some((w) => w < 0)) {
    throw new RangeError('allocate needs non-negative weights with a positive sum');
  }
  const sign = total < 0 ? -1 : 1;
  const abs = Math.abs(total);
  const bigAbs = BigInt(abs);
  const bigSum = BigInt(sum);
  const parts = weights.map((w) => Number((bigAbs * BigInt(w)) / bigSum));
  const remainders = weights.map((w, i) => ({
    i,
    r: (bigAbs * BigInt(w)) % bigSum,
  }));
  let left = abs - parts.reduce((a, b) => a + b, 0);
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of remainders) {
    if (left <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    left -= 1;
  }
  return parts.map((p) => sign * p || 0);
}
