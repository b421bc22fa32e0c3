// The visitor journey's budget (issue 13): read, shape and send, the PDF apart, at most
// JOURNEY_BUDGET bytes on the wire, gzip and brotli, as @temadag/server sends the files (the
// build's .gz and .br beside each script, the catalog compressed on the fly). Measured as
// `pnpm --filter @temadag/widget run bench` prints it (bench/wire.ts); the root `pnpm test`
// builds first, alone run `pnpm --filter @temadag/widget run build`.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { JOURNEY_BUDGET, journeys } from '../bench/wire.js';

const cdn = fileURLToPath(new URL('../dist/cdn/', import.meta.url));
if (!existsSync(`${cdn}temadag.js`)) {
  throw new Error(`${cdn}temadag.js is missing: run pnpm --filter @temadag/widget run build first`);
}
const catalog = readFileSync(
  new URL('../../../examples/catalog/catalog.json', import.meta.url),
  'utf8',
);

describe('the send journey on the wire', () => {
  const j = journeys(cdn, catalog);

  it(`is at most ${JOURNEY_BUDGET / 1000} kB gzip and brotli on a Danish page`, () => {
    expect(j.send.gzip, `${j.send.gzip} bytes gzip`).toBeLessThanOrEqual(JOURNEY_BUDGET);
    expect(j.send.br, `${j.send.br} bytes brotli`).toBeLessThanOrEqual(JOURNEY_BUDGET);
  });

  it(`is at most ${JOURNEY_BUDGET / 1000} kB on a narrow English page too (extras, English words)`, () => {
    expect(j.sendAll.gzip, `${j.sendAll.gzip} bytes gzip`).toBeLessThanOrEqual(JOURNEY_BUDGET);
    expect(j.sendAll.br, `${j.sendAll.br} bytes brotli`).toBeLessThanOrEqual(JOURNEY_BUDGET);
  });

  it("counts the offer's body in every journey: temadag.js fetches it as soon as it runs", () => {
    const body = Object.keys(j.files).find((f) => /^temadag-body-[A-Z0-9]{8}\.js$/.test(f))!;
    const first = j.files['temadag.js']!;
    expect(j.read.gzip).toBe(first.gzip + j.files[body]!.gzip + j.catalog.gzip);
    expect(j.read.br).toBe(first.br + j.files[body]!.br + j.catalog.br);
  });

  it("counts every file the form needs: the inquiry chunk, what it imports, its language's words", () => {
    const of = (words: string) =>
      Object.keys(j.files).filter((f) =>
        new RegExp(`^temadag-(?:inquiry|shared|${words})-`).test(f),
      );
    const sum = (files: string[]) => files.reduce((total, f) => total + j.files[f]!.gzip, 0);
    // The PDF maker's own chunk is not part of the send journey; every shared chunk the form
    // imports is (today one); so send - read is at least the inquiry chunk and the words.
    const danish = of('words-da');
    const form = j.send.gzip - j.read.gzip;
    const inquiryChunk = danish.find((f) => f.startsWith('temadag-inquiry-'))!;
    const words = danish.find((f) => f.startsWith('temadag-words-da-'))!;
    expect(form).toBeGreaterThanOrEqual(j.files[inquiryChunk]!.gzip + j.files[words]!.gzip);
    expect(form).toBeLessThanOrEqual(sum(danish));
    // The narrow English page: the form with its English words (never the Danish ones), the
    // extras and the first paint's English words.
    const english = of('words-en');
    const extras = Object.keys(j.files).filter((f) => /^temadag-(?:extras|en)-/.test(f));
    expect(j.sendAll.gzip).toBe(j.read.gzip + sum(english) + sum(extras));
  });

  it('the form downloads no zod: core checks an inquiry without it', () => {
    const code = Object.keys(j.files)
      .filter((f) => /^temadag-(?:inquiry|shared)-/.test(f))
      .map((f) => readFileSync(`${cdn}${f}`, 'utf8'))
      .join('\n');
    for (const marker of ['$ZodType', '$ZodObject', 'Invalid input: expected']) {
      expect(code.includes(marker), marker).toBe(false);
    }
    const pdf = Object.keys(j.files).find((f) => f.startsWith('temadag-pdf-'))!;
    expect(readFileSync(`${cdn}${pdf}`, 'utf8')).toContain('$ZodObject');
  });
});
