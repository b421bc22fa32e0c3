/**
 * Whether a value is a plain record: an object that is neither `null` nor an array, as a
 * parsed JSON object is. Use it before reading keys of untrusted input.
 *
 * @param value - anything, e.g. a parsed JSON body
 * @returns true for `{}`-like objects; false for `null`, arrays and primitives
 * @example
 * ```ts
 * isRecord({ offering: 'dialog' }); // true
 * isRecord([1, 2]); // false
 * isRecord(null); // false
 * ```
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
