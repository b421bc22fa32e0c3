/**
 * `sessionStorage` for drafts, guarded: storage that is missing, forbidden (privacy modes,
 * sandboxed frames, where even reading `sessionStorage` throws), full or holding something
 * unreadable never breaks an element. A draft is a convenience; without storage the element
 * works, only without the reload safety net.
 */

/** The storage these functions use; `sessionStorage` by default. */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** How a write went: done, or not and why (`quota`: full; `unavailable`: missing or forbidden). */
export type StorageResult = { ok: true } | { ok: false; reason: 'quota' | 'unavailable' };

/**
 * Reads a JSON value.
 *
 * @param key - the storage key
 * @param storage - defaults to `sessionStorage`
 * @returns the parsed value; undefined when absent, unreadable or the storage is unusable
 * @example
 * ```ts
 * readStored('temadag:dialog:draft'); // { name: 'Anna' } or undefined
 * ```
 */
export function readStored(key: string, storage?: DraftStorage): unknown {
  try {
    const text = (storage ?? sessionStorage).getItem(key);
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes a value as JSON, or removes it; a full or forbidden storage is reported, not thrown.
 *
 * @param key - the storage key
 * @param value - anything `JSON.stringify` takes; undefined removes the key
 * @param storage - defaults to `sessionStorage`
 * @returns `{ ok: true }`, or `{ ok: false, reason }`
 * @example
 * ```ts
 * const saved = writeStored('temadag:dialog:draft', { name: 'Anna' });
 * if (!saved.ok) console.debug('draft not kept:', saved.reason); // e.g. 'quota'
 * writeStored('temadag:dialog:draft', undefined); // removes it
 * ```
 */
export function writeStored(key: string, value: unknown, storage?: DraftStorage): StorageResult {
  try {
    const store = storage ?? sessionStorage;
    if (value === undefined) store.removeItem(key);
    else store.setItem(key, JSON.stringify(value));
    return { ok: true };
  } catch (error) {
    // Browsers name a full storage QuotaExceededError; anything else means no storage here.
    return {
      ok: false,
      reason: (error as Error | undefined)?.name === 'QuotaExceededError' ? 'quota' : 'unavailable',
    };
  }
}
