#!/usr/bin/env node
// From the catalog and a selection to an offer: the PDF file and a plain-text email body.
//
//   node index.mjs                       Danish, the selection below
//   node index.mjs --lang en --participants 45 --format halv --module forsamtale
//   node index.mjs --out /tmp            where the PDF goes (default: ./out)
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createOffer, loadCatalog, renderOfferText, ValidationError } from '@temadag/core';
import { offerPdfFileName, renderOfferPdf } from '@temadag/pdf';

const { values } = parseArgs({
  options: {
    offering: { type: 'string', default: 'dialog-i-udsatte-boligomraader' },
    format: { type: 'string', default: 'hel' },
    participants: { type: 'string', default: '30' },
    module: { type: 'string', multiple: true },
    lang: { type: 'string', default: 'da' },
    out: { type: 'string', default: join(import.meta.dirname, 'out') },
  },
});
const locale = values.lang === 'en' ? 'en' : 'da';

// 1. The catalog: parsed and checked (loadCatalog throws a ValidationError naming each problem).
const catalogFile = new URL('../catalog/catalog.json', import.meta.url);
const catalog = loadCatalog(JSON.parse(await readFile(catalogFile, 'utf8')), { locale });

// 2. The selection: what the customer chose. Add-ons are module ids from the catalog.
const selection = {
  offering: values.offering,
  format: values.format,
  participants: Number(values.participants),
  modules: values.module ?? ['forsamtale', 'skriftlig-opsamling'],
  place: 'Eksempelby Rådhus',
};

// 3. The offer: an immutable snapshot with the price, the agenda and the terms. The clock and
//    the number come in, so the same input gives the same offer.
let offer;
try {
  offer = createOffer(catalog, selection, {
    now: new Date(),
    sequence: 1, // T-2026-0001 with the catalog's offerNumberPattern
    locale,
    customer: {
      organisation: 'Eksempel Kommune',
      contact: 'Anna Andersen',
      email: 'anna@example.dk',
    },
  });
} catch (error) {
  if (!(error instanceof ValidationError)) throw error;
  console.error(error.message); // a heading, then one line per problem with its path
  process.exit(1);
}

// 4. The PDF file (A4, tagged, in the offer's language).
const bytes = await renderOfferPdf(offer);
const dir = resolve(values.out);
await mkdir(dir, { recursive: true });
const file = join(dir, offerPdfFileName(offer)); // tilbud-T-2026-0001.pdf
await writeFile(file, bytes);

// 5. The email body: the same offer as plain text.
console.log(renderOfferText(offer));
console.error(`\nPDF: ${file} (${bytes.length} bytes)`);
