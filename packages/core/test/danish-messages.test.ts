// Walks every Danish message of every package (functions called with sample arguments) and the
// example catalog's Danish text, and fails on the phrases DKFDS bans and on the terms that
// docs/danish.md rejects. English messages are checked for the English terms that were replaced.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { da as cliDa } from '../../cli/src/messages/da.js';
import { en as cliEn } from '../../cli/src/messages/en.js';
import { da as consoleDa } from '../../console/src/messages/da.js';
import { en as consoleEn } from '../../console/src/messages/en.js';
import { pdfDa, pdfEn } from '../../pdf/src/messages.js';
import { da as serverDa } from '../../server/src/messages/da.js';
import { en as serverEn } from '../../server/src/messages/en.js';
import { da as widgetDa, daInquiry } from '../../widget/src/translations/da.js';
import { en as widgetEn, enInquiry } from '../../widget/src/translations/en.js';
import { getMessages } from '../src/index.js';

const root = new URL('../../../', import.meta.url);

/** The rejected terms: the third column of the table under "## Terms" in docs/danish.md. */
function rejectedTerms(): string[] {
  const doc = readFileSync(new URL('docs/danish.md', root), 'utf8');
  const section = doc.slice(doc.indexOf('## Terms'), doc.indexOf('## Banned phrases'));
  const rows = section.split('\n').filter((line) => line.startsWith('| ') && !/^\| -/.test(line));
  return rows
    .slice(1) // the header
    .flatMap((row) => row.split('|')[3]!.split('·'))
    .map((term) => term.trim())
    .filter(Boolean);
}

const BANNED = ['Udfyld feltet', 'Dette felt er påkrævet', 'En fejl opstod'];

/** Sample arguments: numbers for counts, words for names; a function gets each set in turn. */
const SAMPLES: unknown[][] = [
  [1, 1, 1, 1, 1],
  [3, 5, 7, 9, 11],
  ['Halv temadag', 'Aarhus Kommune', '12', '30', 'navn@kommune.dk'],
];

/** Every text of a catalogue, with where it comes from; functions called with the samples. */
function texts(value: unknown, path: string): [path: string, text: string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const out: [string, string][] = [];
    for (const args of SAMPLES) {
      try {
        const result: unknown = (value as (...a: unknown[]) => unknown)(...args);
        out.push(...texts(result, `${path}(${args.join(', ')})`));
      } catch {
        // A sample of the wrong type for this message; another sample fits.
      }
    }
    expect(out.length, `${path} gave no text for any sample`).toBeGreaterThan(0);
    return out;
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) => texts(v, `${path}.${key}`));
  }
  return [];
}

/** The Danish text of a catalog: plain strings and the `da` of `{ da, en }`, never `en`. */
function catalogTexts(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => catalogTexts(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value)
      .filter(([key]) => key !== 'en')
      .flatMap(([key, v]) => catalogTexts(v, `${path}.${key}`));
  }
  return [];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A whole word or phrase: no letter or digit just before or after. */
const wholePhrase = (term: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}_])${escape(term)}(?![\\p{L}\\p{N}_])`, 'u');

const danish: [string, unknown][] = [
  ['core', getMessages('da')],
  ['pdf', pdfDa],
  ['widget', widgetDa],
  ['widget inquiry', daInquiry],
  ['server', serverDa],
  ['console', consoleDa],
  ['cli', cliDa],
];

const english: [string, unknown][] = [
  ['core', getMessages('en')],
  ['pdf', pdfEn],
  ['widget', widgetEn],
  ['widget inquiry', enInquiry],
  ['server', serverEn],
  ['console', consoleEn],
  ['cli', cliEn],
];

const example = JSON.parse(
  readFileSync(new URL('examples/catalog/catalog.json', root), 'utf8'),
) as unknown;

const allDanish = [
  ...danish.flatMap(([name, catalogue]) => texts(catalogue, name)),
  ...catalogTexts(example, 'examples/catalog'),
];

describe('Danish messages', () => {
  it('reads a list of rejected terms from docs/danish.md', () => {
    const terms = rejectedTerms();
    for (const term of ['Minimumspris', 'Afbestilling', 'Transport', 'imellem', 'fejlet']) {
      expect(terms).toContain(term);
    }
    expect(terms).toContain('Stopper pænt');
  });

  it('walks every catalogue', () => {
    // Sanity: the walk reaches function messages and the example catalog.
    const paths = allDanish.map(([path]) => path);
    expect(paths.some((p) => p.startsWith('core.issue.tooMany('))).toBe(true);
    expect(paths.some((p) => p.startsWith('widget inquiry.retrying('))).toBe(true);
    expect(paths.some((p) => p.startsWith('cli.purged('))).toBe(true);
    expect(paths.some((p) => p.startsWith('examples/catalog.'))).toBe(true);
    expect(allDanish.length).toBeGreaterThan(800);
  });

  it('uses none of the phrases DKFDS bans', () => {
    const found = allDanish.filter(([, text]) => BANNED.some((phrase) => text.includes(phrase)));
    expect(found).toEqual([]);
  });

  it.each(rejectedTerms())('never says "%s"', (term) => {
    const pattern = wholePhrase(term);
    const found = allDanish.filter(([, text]) => pattern.test(text));
    expect(found).toEqual([]);
  });

  it('counts with the right plural and names the field of a length limit', () => {
    const m = getMessages('da');
    expect(m.issue.tooMany('1', 1)).toBe('Må højst have 1 element.');
    expect(m.issue.tooMany('2', 2)).toBe('Må højst have 2 elementer.');
    expect(serverDa.rateLimited('1')).toMatch(/om 1 sekund\.$/);
    expect(serverDa.rateLimited('30')).toMatch(/om 30 sekunder\.$/);
    expect(consoleDa.inbox.purgeConfirm(1)).toBe('Slet alle henvendelser, der er ældre end 1 dag?');
    expect(m.inquiry.messageTooLong('2.000', '2.100')).toMatch(/^Ønsker og behov må højst/);
    expect(m.pricing.fixed('Halv temadag')).toBe('Fast pris for halv temadag');
    expect(m.pricing.surcharge('10 %', '5.000,00 kr.', 'weekend')).toBe(
      'Tillæg på 10 % af 5.000,00 kr.: weekend',
    );
  });

  it('lists only the rights that apply under art. 6(1)(b)', () => {
    const rights = daInquiry.privacyRights;
    for (const right of [
      'se dine oplysninger',
      'rettet',
      'slettet',
      'begrænset',
      'dataportabilitet',
    ]) {
      expect(rights).toContain(right);
    }
    expect(rights).toContain('Datatilsynet');
    expect(rights).not.toMatch(/indsigelse/);
  });
});

describe('English messages', () => {
  const allEnglish = english.flatMap(([name, catalogue]) => texts(catalogue, name));

  it.each(['workshop', 'not both and not neither', 'on try'])('never says "%s"', (term) => {
    const found = allEnglish.filter(([, text]) => text.includes(term));
    expect(found).toEqual([]);
  });
});
