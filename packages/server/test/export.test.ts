import { describe, expect, it } from 'vitest';
import { createOffer, inquirySelection, parseInquiry } from '@temadag/core';
import { INQUIRY_CSV_COLUMNS } from '../src/csv.js';
import { inquiryExportChunks } from '../src/export.js';
import type { StoredInquiry } from '../src/storage/types.js';
import { OFFERING, catalog, inquiryBody, parseCsv } from './helpers.js';

function stored(n: number, organisation: string): StoredInquiry {
  const offering = catalog.offerings.find((o) => o.id === OFFERING)!;
  const parsed = parseInquiry(
    { ...inquiryBody(), contact: { ...inquiryBody().contact, organisation } },
    { offering },
  );
  if (!parsed.ok) throw new Error('invalid test inquiry');
  const offer = createOffer(catalog, inquirySelection(parsed.inquiry), {
    now: new Date('2026-03-02T09:00:00Z'),
    sequence: n,
  });
  return {
    id: `id-${n}`,
    reference: `H-2026-000${n}`,
    createdAt: `2026-03-0${n}T09:00:00.000Z`,
    offering: OFFERING,
    locale: 'da',
    inquiry: parsed.inquiry,
    offer,
  };
}

function storageOf(items: StoredInquiry[]) {
  return {
    async *exportInquiries() {
      yield* items;
    },
  };
}

async function text(chunks: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const chunk of chunks) out += chunk;
  return out;
}

describe('inquiryExportChunks', () => {
  const items = [stored(1, 'Aarhus; Kommune'), stored(2, 'Odense Kommune')];

  it('frames JSON as an array, one inquiry per line, and an empty export as []', async () => {
    const json = await text(inquiryExportChunks(storageOf(items), 'json'));
    expect(json.split('\n')).toHaveLength(items.length + 3);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(items)));
    expect(await text(inquiryExportChunks(storageOf([]), 'json'))).toBe('[]\n');
  });

  it('writes CSV with a header row, and with ; and a byte order mark when asked', async () => {
    const csv = await text(inquiryExportChunks(storageOf(items), 'csv'));
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...INQUIRY_CSV_COLUMNS]);
    expect(rows.map((r) => r[1])).toEqual(['reference', 'H-2026-0001', 'H-2026-0002']);
    expect(csv.startsWith('\uFEFF')).toBe(false);

    const excel = await text(
      inquiryExportChunks(storageOf(items), 'csv', { separator: ';', bom: true }),
    );
    expect(excel.startsWith(`\uFEFF${INQUIRY_CSV_COLUMNS.join(';')}\r\n`)).toBe(true);
    // A value holding the separator is quoted.
    expect(excel).toContain('"Aarhus; Kommune"');
    expect(excel.split('\r\n')[2]!.split(';')[1]).toBe('H-2026-0002');
  });
});
