import { loadCatalog, localize, renderOfferText, type Catalog, type Locale } from '@temadag/core';
import { serverMessages } from './messages/index.js';
import type { Storage, StoredInquiry } from './storage/types.js';

/**
 * When the provider answers (`provider.responseTime`) as the widget said it after sending, in
 * the visitor's language: from the catalog version the inquiry was priced with, or from the
 * catalog file when it was priced with the file (or the version is gone).
 *
 * @param storage - the storage (the inquiry's catalog version, and that version's JSON)
 * @param fileCatalog - the catalog file the server runs with, if the caller has it
 * @param stored - the inquiry
 * @returns e.g. `inden for 2 hverdage`, or undefined when the catalog says nothing
 */
export async function responseTimeOf(
  storage: Storage,
  fileCatalog: Catalog | undefined,
  stored: StoredInquiry,
): Promise<string | undefined> {
  const version = (await storage.getInquiryDetail(stored.id))?.catalogVersion ?? null;
  let catalog = fileCatalog;
  if (version !== null) {
    const json = await storage.getCatalogVersion(version);
    // Stored versions were checked on upload; one that no longer loads falls back to the file.
    if (json !== undefined) {
      try {
        catalog = loadCatalog(JSON.parse(json));
      } catch {
        // keep the file's
      }
    }
  }
  const text = catalog?.provider.responseTime;
  return text === undefined ? undefined : oneLine(localize(text, stored.locale));
}

/**
 * The receipt to the person who asked, in their language: greeting, thanks with the reference,
 * when to expect an answer (when the catalog says), that it is not binding, the offer as text
 * and the provider's greeting. Nothing the provider alone should see (the message, the id).
 *
 * @param stored - the inquiry
 * @param responseTime - from {@link responseTimeOf}
 * @returns the email's text
 */
export function receiptText(stored: StoredInquiry, responseTime: string | undefined): string {
  const m = serverMessages[stored.locale as Locale].receipt;
  const provider = stored.offer.provider.name;
  return [
    m.greeting(oneLine(stored.inquiry.contact.name)),
    '',
    m.body(stored.reference, provider),
    ...(responseTime ? [m.when(responseTime)] : []),
    m.notBinding,
    '',
    renderOfferText(stored.offer).trimEnd(),
    '',
    m.signature(provider),
    '',
  ].join('\n');
}

/**
 * Text for one line of a header or a greeting: line breaks and tabs become one space.
 *
 * @param text - any text
 * @returns the text on one line, trimmed
 */
export function oneLine(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ').trim();
}
