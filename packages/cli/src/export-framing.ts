// The framing of `inquiries export` (a CSV header, or a JSON array around the rows). The server
// frames its HTTP export the same way and is getting a shared `inquiryExportChunks`; this file is
// kept alone so that it can be swapped for it.
import type { Storage } from '@temadag/server';

/**
 * Every stored inquiry as CSV or as a JSON array, oldest first, in chunks for streaming.
 *
 * @param storage - the open storage
 * @param format - `csv` or `json`
 * @param server - the loaded `@temadag/server` module (it loads only for this command)
 * @returns the chunks of text
 */
export async function* exportChunks(
  storage: Storage,
  format: 'csv' | 'json',
  server: typeof import('@temadag/server'),
): AsyncGenerator<string> {
  let first = true;
  if (format === 'csv') yield server.csvRow(server.INQUIRY_CSV_COLUMNS);
  else yield '[';
  for await (const stored of storage.exportInquiries()) {
    if (format === 'csv') yield server.inquiryCsvRow(stored);
    else yield `${first ? '\n' : ',\n'}${JSON.stringify(stored)}`;
    first = false;
  }
  if (format === 'json') yield first ? ']\n' : '\n]\n';
}
