import type { Design, DesignPrefill } from '../utilities/design.js';
import { readStored, writeStored } from '../utilities/session-storage.js';

const draftKey = (offering: string) => `temadag:${offering}:design`;

/**
 * Reads the visitor's design of an offering, kept in `sessionStorage` for this browser session
 * (a reload, a page of the same site).
 *
 * @param offering - the offering's id
 * @returns the saved design, unchecked (`initialDesign` checks every field against the
 *   catalog), or undefined when there is none or storage cannot be used
 * @example
 * ```ts
 * loadDesignDraft('dialog'); // { format: 'hel', participants: 30, modules: [] }
 * ```
 */
export function loadDesignDraft(offering: string): DesignPrefill | undefined {
  const value = readStored(draftKey(offering));
  return value && typeof value === 'object' && Array.isArray((value as Design).modules)
    ? (value as DesignPrefill)
    : undefined;
}

/**
 * Keeps the visitor's design of an offering, or forgets it; without storage the design lives
 * for this page view only.
 *
 * @param offering - the offering's id
 * @param design - the design, or null to forget it
 * @example
 * ```ts
 * saveDesignDraft('dialog', design);
 * saveDesignDraft('dialog', null);
 * ```
 */
export function saveDesignDraft(offering: string, design: Design | null): void {
  writeStored(draftKey(offering), design ?? undefined);
}
