import { INQUIRY_CSV_COLUMNS, csvRow, inquiryCsvRow, type CsvSeparator } from './csv.js';
import type { Storage } from './storage/types.js';

/** The formats of the inquiry export. */
export type InquiryExportFormat = 'csv' | 'json';

/** Options of {@link inquiryExportChunks}. */
export interface InquiryExportOptions {
  /** CSV field separator: `,` (the default) or `;` for a Danish Excel. */
  separator?: CsvSeparator;
  /** Start with a UTF-8 byte order mark, so Excel reads the CSV as UTF-8 (default false). */
  bom?: boolean;
}

/**
 * Every stored inquiry, oldest first, as the text of one export file in chunks: CSV (a header
 * row of `INQUIRY_CSV_COLUMNS`, then one record per inquiry, CRLF line ends) or a JSON array
 * (one stored inquiry per line). The one framing of the export: the admin route streams it,
 * the CLI writes it to standard output. Reads storage page by page, so memory stays flat.
 *
 * @param storage - where the inquiries are (only `exportInquiries` is used)
 * @param format - `csv` or `json`
 * @param options - CSV separator and byte order mark
 * @returns an async generator of text chunks; joined they are the whole file
 * @example
 * ```ts
 * for await (const chunk of inquiryExportChunks(storage, 'csv', { separator: ';', bom: true })) {
 *   process.stdout.write(chunk);
 * }
 * ```
 */
export async function* inquiryExportChunks(
  storage: Pick<Storage, 'exportInquiries'>,
  format: InquiryExportFormat,
  options: InquiryExportOptions = {},
): AsyncGenerator<string, void, undefined> {
  const separator = options.separator ?? ',';
  const bom = options.bom === true ? '\uFEFF' : '';
  let first = true;
  yield format === 'csv' ? `${bom}${csvRow(INQUIRY_CSV_COLUMNS, separator)}` : `${bom}[`;
  for await (const stored of storage.exportInquiries()) {
    yield format === 'csv'
      ? inquiryCsvRow(stored, separator)
      : `${first ? '\n' : ',\n'}${JSON.stringify(stored)}`;
    first = false;
  }
  if (format === 'json') yield first ? ']\n' : '\n]\n';
}

/**
 * The chunks of {@link inquiryExportChunks} as a byte stream for a response body, 50 inquiries
 * to a chunk; cancelling the stream stops reading storage.
 *
 * @param chunks - the text chunks
 * @returns the UTF-8 stream
 */
export function exportStream(chunks: AsyncGenerator<string, void, undefined>): ReadableStream {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const batch: string[] = [];
      for (let i = 0; i < 50; i++) {
        const { done, value } = await chunks.next();
        if (done) {
          if (batch.length > 0) controller.enqueue(encoder.encode(batch.join('')));
          controller.close();
          return;
        }
        batch.push(value);
      }
      controller.enqueue(encoder.encode(batch.join('')));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
