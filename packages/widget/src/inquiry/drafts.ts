import { isRecord, type Inquiry } from '@temadag/core';
import { readStored, writeStored, type DraftStorage } from '../utilities/session-storage.js';
import { FIELD_NAMES, type FieldValues } from './fields.js';

export type { DraftStorage } from '../utilities/session-storage.js';

/**
 * Drafts and unsent inquiries in `sessionStorage`, one pair of keys per offering:
 * `temadag:<offering>:draft` and `temadag:<offering>:pending`. `sessionStorage` lives as long
 * as the tab, so a reload keeps them while another visitor on a shared computer, in a new
 * browser session, never sees them. Storage goes through the guarded helpers of
 * `utilities/session-storage.ts`: unusable storage reads as empty and is never written.
 */

/** An inquiry that was not (known to be) received yet, with the key it was sent with. */
export interface PendingInquiry {
  /** The Idempotency-Key: the same on every try, across reloads. */
  key: string;
  inquiry: Inquiry;
  /** Where it was being sent. */
  endpoint: string;
}

/**
 * The storage key of an offering's draft.
 *
 * @param offering - the offering's id
 * @returns `temadag:<offering>:draft`
 */
export const draftKey = (offering: string): string => `temadag:${offering}:draft`;

/**
 * The storage key of an offering's unsent inquiry.
 *
 * @param offering - the offering's id
 * @returns `temadag:<offering>:pending`
 */
export const pendingKey = (offering: string): string => `temadag:${offering}:pending`;

/**
 * Reads an offering's draft.
 *
 * @param offering - the offering's id
 * @param storage - defaults to `sessionStorage`
 * @returns the fields that were saved (strings only), or an empty object
 */
export function loadDraft(offering: string, storage?: DraftStorage): Partial<FieldValues> {
  const saved = readStored(draftKey(offering), storage);
  if (!isRecord(saved)) return {};
  const draft: Partial<FieldValues> = {};
  for (const name of FIELD_NAMES) {
    const value = saved[name];
    if (typeof value === 'string') draft[name] = value;
  }
  return draft;
}

/**
 * Saves an offering's draft; only fields with something in them are kept, and a draft with
 * nothing in it is removed.
 *
 * @param offering - the offering's id
 * @param values - the fields as typed
 * @param storage - defaults to `sessionStorage`
 */
export function saveDraft(
  offering: string,
  values: Partial<FieldValues>,
  storage?: DraftStorage,
): void {
  const kept = Object.fromEntries(
    FIELD_NAMES.flatMap((name) => (values[name] ? [[name, values[name]]] : [])),
  );
  if (Object.keys(kept).length === 0) writeStored(draftKey(offering), undefined, storage);
  else writeStored(draftKey(offering), kept, storage);
}

/**
 * Removes an offering's draft.
 *
 * @param offering - the offering's id
 * @param storage - defaults to `sessionStorage`
 */
export function clearDraft(offering: string, storage?: DraftStorage): void {
  writeStored(draftKey(offering), undefined, storage);
}

/**
 * Reads an offering's unsent inquiry.
 *
 * @param offering - the offering's id
 * @param storage - defaults to `sessionStorage`
 * @returns the inquiry with its key and endpoint, or undefined when there is none (or it is
 *   unreadable)
 */
export function loadPending(offering: string, storage?: DraftStorage): PendingInquiry | undefined {
  const saved = readStored(pendingKey(offering), storage);
  if (
    !isRecord(saved) ||
    typeof saved.key !== 'string' ||
    saved.key === '' ||
    typeof saved.endpoint !== 'string' ||
    !isRecord(saved.inquiry)
  ) {
    return undefined;
  }
  return { key: saved.key, endpoint: saved.endpoint, inquiry: saved.inquiry as Inquiry };
}

/**
 * Saves an offering's unsent inquiry, before it is sent, so a reload can send it again with
 * the same key.
 *
 * @param offering - the offering's id
 * @param pending - the inquiry, its key and its endpoint
 * @param storage - defaults to `sessionStorage`
 */
export function savePending(
  offering: string,
  pending: PendingInquiry,
  storage?: DraftStorage,
): void {
  writeStored(pendingKey(offering), pending, storage);
}

/**
 * Removes an offering's unsent inquiry.
 *
 * @param offering - the offering's id
 * @param storage - defaults to `sessionStorage`
 */
export function clearPending(offering: string, storage?: DraftStorage): void {
  writeStored(pendingKey(offering), undefined, storage);
}
