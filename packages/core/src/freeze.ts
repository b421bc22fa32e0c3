/**
 * Freezes a value and everything in it. Parts that are frozen already are taken to be frozen
 * all the way down (shared catalog blocks are), so they are not walked again.
 *
 * @param value - an object or array
 * @returns the same value, frozen
 */
export function deepFreeze<T>(value: T): T {
  if (Object.isFrozen(value)) return value;
  if (Array.isArray(value)) {
    for (const inner of value) if (inner !== null && typeof inner === 'object') deepFreeze(inner);
  } else {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const inner = record[key];
      if (inner !== null && typeof inner === 'object') deepFreeze(inner);
    }
  }
  return Object.freeze(value);
}
