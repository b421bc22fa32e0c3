const CVR_WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1] as const;

/**
 * Checks a Danish CVR number: eight digits (spaces allowed) whose weighted sum with the
 * weights 2, 7, 6, 5, 4, 3, 2, 1 is divisible by 11 (modulus 11).
 *
 * @param value - the number as typed, e.g. `"1234 5678"`
 * @returns true when it is a well-formed CVR number
 * @example
 * ```ts
 * isValidCvr('10150817'); // true
 * isValidCvr('10150818'); // false
 * ```
 */
export function isValidCvr(value: string): boolean {
  const digits = value.replace(/\s+/g, '');
  if (!/^[1-9]\d{7}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (CVR_WEIGHTS[i] ?? 0);
  return sum % 11 === 0;
}

/**
 * Computes the GS1 check digit for the first digits of a GTIN/GLN (weights 3 and 1 from the
 * right).
 *
 * @param body - the digits without the check digit (12 for a GLN/EAN-13)
 * @returns the check digit, 0-9
 * @example
 * ```ts
 * gs1CheckDigit('579000000000'); // 5 (so 5790000000005 is valid)
 * ```
 */
export function gs1CheckDigit(body: string): number {
  if (!/^\d+$/.test(body)) throw new RangeError('gs1CheckDigit needs digits only');
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const digit = Number(body[body.length - 1 - i]);
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * Checks an EAN location number (GLN, 13 digits) as Danish public buyers use for e-invoicing,
 * including its GS1 check digit. Spaces are ignored.
 *
 * @param value - the number as typed
 * @returns true when it has 13 digits and the right check digit
 * @example
 * ```ts
 * isValidGln('5790000000005'); // true
 * isValidGln('5790000000006'); // false
 * ```
 */
export function isValidGln(value: string): boolean {
  const digits = value.replace(/\s+/g, '');
  if (!/^\d{13}$/.test(digits)) return false;
  return gs1CheckDigit(digits.slice(0, 12)) === Number(digits[12]);
}
