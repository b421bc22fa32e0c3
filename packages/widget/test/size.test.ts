// The script-tag build's weight budget: dist/cdn/temadag.js <= BUDGET gzip (level 6) and
// <= BROTLI_BUDGET brotli (quality 11) (the root `pnpm test` builds first; alone, run
// `pnpm --filter @temadag/widget run build`).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const cdn = fileURLToPath(new URL('../dist/cdn/', import.meta.url));
// Issue 13 asks for 20,000 gzip and 18,000 brotli. These are what the first paint weighs once
// the English words, the check messages and the PDF's and the form's words left temadag.js
// (22,070 and 19,939 bytes): the next cut is core's pricing explanations, which the price
// (and the ready and change events' price) carries from the first paint on. Lower these as
// temadag.js shrinks, down to 20,000 and 18,000. Issue 12's one truth added 627 and 609 bytes
// (22,697 and 20,538): the day's span beside each format (core's designDaySpan), core's date
// rule (parseDate, isWantedDateAllowed), tier and package explanations without 0,00 kr. lines,
// and the price panel's bounds message, all shown at first paint.
// Issue 14 put travel, the terms, the add-on effects (core's moduleEffect), the container
// layout, the sticky summary and the Danish rewording into the first paint as well: 26,441
// and 23,783 bytes on 2026-12-07. The sticky summary, the terms' body and the refused-origin
// message then moved to the extras chunk (loaded once an offer renders narrow or its terms are
// opened): 25,645 and 23,111 bytes on 2026-12-07. Splitting offer.ts into controllers and
// template modules cost 112 and 158 bytes; the breakdown's table (to the extras chunk) and
// <temadag-catalog>'s list (to a chunk of its own, temadag-catalog-<hash>.js) then brought it
// to 25,309 and 22,752 bytes, and the sticky summary's targets and actions (to the extras
// chunk) to 25,148 and 22,697 bytes on 2026-12-07. The offer's body (the shaping form, the
// agenda, the about text, their styles and Danish words, the live region's sentence; a chunk
// that temadag.js fetches as soon as it runs, temadag-body-<hash>.js) and the Danish words of
// the extras and the catalog's list (to their chunks) brought it to 22,376 and 20,164 bytes on
// 2026-12-07. Issue 13's 20,000 / 18,000 is not reached: what is left is Lit (about 15 kB
// minified, 5.9 kB gzip), core's pricing with the explanations and labels that every price and
// the ready and change events carry, the design's state and the shaping form's handlers
// (controllers/offer-design.ts), the intro, the price panel and its styles. Moving more to the
// body costs the send journey more than it saves (each byte compresses worse apart), and the
// narrow English send journey is at 59.9 of its 60 kB. The price update's reuse of the agenda
// and add-on choices, the server-PDF chunk asked for only when it can be used, and offer.ts
// split by job (evaluation, ready, PDF download, spoken price, shown offering) then brought it
// to 22,678 and 20,498 bytes on 2026-12-07. What only the shaping form uses then went to the
// offer's body: its fields' handlers, the add-ons' price effects (core's moduleEffect, which
// reads core's resolveDesign from temadag.js), the PDF button's action and what the panel shows
// of its job, with their words; so did the reading of a refused catalog fetch (to the extras)
// and <temadag-catalog>'s opening, closing and lowest prices (to its view's chunk): 21,516 and
// 19,449 bytes on 2026-12-07. Core's Danish pricing explanations then went to the body as well
// (scripts/later-explanations.ts; a price worked out before it has empty explanations, and is
// worked out again when it comes): 21,258 and 19,213 bytes on 2026-12-07. Starting the form's
// words file beside the form's chunk (a file per language) and core's faster price update then
// added 59 and 64 bytes: 21,317 and 19,277 bytes on 2026-12-08. The rules of controls only
// later parts show (secondary and link buttons, hints, error messages: styles/controls.ts) and
// the PDF job's progress and error styles (to the parts that show them), the offer's PDF job
// itself (PdfJobController, to the body, made on the first click; the form keeps a copy of its
// own) and the watch for the form's section (to the body) then brought it to 20,931 and 18,876
// bytes on 2026-12-08. The PDF button's status line saying that the body could not be loaded
// added 29 and 25: 20,960 and 18,901 bytes (the budget below is those plus about 30). Issue
// 13's 20,000 / 18,000 is still not reached: what is left is Lit (about 15 kB minified), core's pricing (its explanation
// writing is interleaved with the amounts), the catalog's loading, checks and defaults, the
// design's state, the intro and the price panel.
const BUDGET = 20_990;
const BROTLI_BUDGET = 18_930;

function read(name: string): string {
  const path = `${cdn}${name}`;
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: run pnpm --filter @temadag/widget run build first`);
  }
  return readFileSync(path, 'utf8');
}

/** The one file of a lazy entry, `temadag-<entry>-<hash>.js`. */
function chunk(entry: string): string {
  const found = readdirSync(cdn).filter((f) =>
    new RegExp(`^temadag-${entry}-\\w{8}\\.js$`).test(f),
  );
  expect(found, `temadag-${entry}-<hash>.js`).toHaveLength(1);
  return found[0]!;
}

/** The text of the lazy chunks' shared chunks, `temadag-shared-<hash>.js`. */
function sharedChunks(): string {
  return readdirSync(cdn)
    .filter((f) => /^temadag-shared-\w{8}\.js$/.test(f))
    .map(read)
    .join('\n');
}

describe('dist/cdn/temadag.js', () => {
  const main = read('temadag.js');

  it(`is at most ${BUDGET / 1000} kB gzip`, () => {
    const gzip = gzipSync(main).length;
    expect(gzip, `${gzip} bytes gzip`).toBeLessThanOrEqual(BUDGET);
  });

  it(`is at most ${BROTLI_BUDGET / 1000} kB brotli`, () => {
    const params = { [constants.BROTLI_PARAM_QUALITY]: 11 };
    const brotli = brotliCompressSync(main, { params }).length;
    expect(brotli, `${brotli} bytes brotli`).toBeLessThanOrEqual(BROTLI_BUDGET);
  });

  it("is one file: no static imports; the offer's body, the inquiry form, the English words, the extras and the catalog's list load beside it (the PDF maker and the server PDF request from the body)", () => {
    expect(main).not.toMatch(/(^|[;}])\s*import\s*[{*\w]/m);
    expect(main).not.toMatch(/\bfrom\s*["']/);
    const dynamic = [...main.matchAll(/import\(["']([^"']+)["']\)/g)].map((m) => m[1]).sort();
    const chunks = [
      chunk('body'),
      chunk('catalog'),
      chunk('en'),
      chunk('extras'),
      chunk('inquiry'),
      chunk('words-da'),
      chunk('words-en'),
    ].map((name) => `./${name}`);
    expect(dynamic).toEqual(chunks.sort());
    for (const file of dynamic) expect(existsSync(`${cdn}${file!.slice(2)}`)).toBe(true);
  });

  it("leaves the PDF job to the offer's body and the form: each asks for the PDF maker's and the server PDF request's chunks", () => {
    const pdfChunks = [chunk('pdf'), chunk('pdf-server')].map((name) => `./${name}`).sort();
    for (const entry of ['body', 'inquiry']) {
      const text = read(chunk(entry));
      const dynamic = [...text.matchAll(/import\(["']([^"']+)["']\)/g)].map((m) => m[1]);
      expect(dynamic.filter((d) => /temadag-pdf/.test(d!)).sort(), entry).toEqual(pdfChunks);
    }
  });

  it('holds neither pdf-lib nor zod', () => {
    // pdf-lib: its compression and font names; zod: the names of its schema classes.
    for (const marker of ['FlateDecode', 'Helvetica-Bold', '$ZodType', '$ZodObject']) {
      expect(main.includes(marker), marker).toBe(false);
    }
    expect(read(chunk('pdf'))).toContain('FlateDecode');
  });

  it('holds Danish offer words only: English and the check messages come in chunks', () => {
    // Core's English offer messages, a widget translation, a catalog check and a schema issue.
    const english = ['Indicative price', 'Shape the theme day'];
    const checks = ['er allerede brugt i', 'Feltet mangler.'];
    expect(main).toContain('Vejledende pris');
    for (const marker of [...english, ...checks]) expect(main.includes(marker), marker).toBe(false);
    for (const marker of english) expect(read(chunk('en')), marker).toContain(marker);
    expect(read(chunk('words-da')) + sharedChunks()).toContain(checks[1]);
  });

  it("leaves the offer's body to its chunk: the shaping form, the agenda and their words", () => {
    const body = read(chunk('body'));
    // The form's heading, a field's id, the agenda's off-day heading, a rule of the form's styles.
    // The PDF job's status words and the add-ons' effects (core's moduleEffect) are the body's too.
    const markers = ['Sammensæt temadagen', 'travel-km', 'Før og efter dagen', '.choice{'];
    // So are core's pricing explanations ('påbegyndte hold', 'Mindstepris …').
    for (const marker of [
      ...markers,
      'Pdf-filen laves',
      'vejledende-tilbud-',
      'påbegyndt',
      'Mindstepris',
    ]) {
      expect(main.includes(marker), marker).toBe(false);
      expect(body, marker).toContain(marker);
    }
    // What the price panel says is temadag.js's.
    expect(main).toContain('Hent tilbud som pdf-fil');
  });

  it('registers the elements and uses no eval', () => {
    expect(main).toContain('customElements.define("temadag-offer"');
    expect(main).toContain('customElements.define("temadag-catalog"');
    // The catalog's list (its view) is its chunk's, not temadag.js's.
    expect(main).not.toContain('open-button');
    expect(read(chunk('catalog'))).toContain('open-button');
    expect(read(chunk('inquiry'))).toContain('customElements.define("temadag-inquiry"');
    for (const file of readdirSync(cdn).filter((f) => f.endsWith('.js'))) {
      const code = read(file);
      expect(code, file).not.toMatch(/\beval\(|new Function\(/);
    }
  });
});
