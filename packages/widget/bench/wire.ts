/**
 * Bytes on the wire for the widget bench: what a visitor downloads from `@temadag/server`,
 * per file and per journey, gzip and brotli. Scripts are measured by the `.gz` and `.br`
 * files the build writes beside them (the server sends those as they are); the catalog JSON
 * is compressed as the server does it on the fly (gzip level 6, brotli quality 5).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The whole visitor journey's budget (read, shape, send; the PDF apart), issue 13. */
export const JOURNEY_BUDGET = 60_000;
/** Issue 13's target for `temadag.js` on the wire, gzip and brotli, in bytes. */
const FIRST_PAINT_TARGET = { gzip: 20_000, br: 18_000 };

/** A row of the bench's table: figure, value, target, and `ok` or `MISSED` where it has one. */
export type BenchRow = [figure: string, value: string, target: string, met?: string];

/**
 * The last cell of a row with a target.
 *
 * @param met - whether the figure is within its target
 * @returns `ok` or `MISSED`
 * @example
 * ```ts
 * verdict(0.4 <= 0.5); // 'ok'
 * ```
 */
export const verdict = (met: boolean): string => (met ? 'ok' : 'MISSED');

interface Wire {
  gzip: number;
  br: number;
}

/** A script and the scripts it imports statically, each once (`import … from "./x.js"`). */
function closure(cdn: string, name: string, seen = new Set<string>()): Set<string> {
  if (seen.has(name)) return seen;
  seen.add(name);
  const code = readFileSync(`${cdn}${name}`, 'utf8');
  for (const [, file] of code.matchAll(
    /(?:^|[;}\s])import\s*(?:[^"'()]*?from\s*)?["']\.\/([^"']+)["']/g,
  )) {
    closure(cdn, file!, seen);
  }
  return seen;
}

function add(a: Wire, b: Wire): Wire {
  return { gzip: a.gzip + b.gzip, br: a.br + b.br };
}

/** The bytes of every journey, and of each file on its own. */
export interface Journeys {
  /** Each script by name, and the catalog. */
  files: Record<string, Wire>;
  catalog: Wire;
  /** Read and shape: temadag.js, the offer's body (which it fetches at once) and the catalog. */
  read: Wire;
  /** Send: read, and the inquiry form's chunks with its Danish words (a Danish page, wide). */
  send: Wire;
  /**
   * Send on a narrow English page: read, the form's chunks with its English words (not the
   * Danish ones), the offer's extras and the English words of the first paint.
   */
  sendAll: Wire;
  /** The PDF maker's chunks beyond the form's. */
  pdf: Wire;
}

/**
 * What each visitor journey downloads, gzip and brotli.
 *
 * @param cdn - the build's folder (`dist/cdn/`, with a trailing slash)
 * @param catalogJson - the example catalog's JSON text
 * @returns the journeys' bytes
 * @example
 * ```ts
 * journeys(cdn, catalog).send.gzip; // 54512
 * ```
 */
export function journeys(cdn: string, catalogJson: string): Journeys {
  const names = readdirSync(cdn).filter((f) => f.endsWith('.js'));
  const wire = (name: string): Wire => ({
    gzip: readFileSync(`${cdn}${name}.gz`).length,
    br: readFileSync(`${cdn}${name}.br`).length,
  });
  const compact = Buffer.from(JSON.stringify(JSON.parse(catalogJson)));
  const catalog: Wire = {
    gzip: gzipSync(compact, { level: 6 }).length,
    br: brotliCompressSync(compact, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_MODE]: 1 },
    }).length,
  };
  const entry = (prefix: string) => {
    // The hash follows the prefix directly: `temadag-pdf-` is not `temadag-pdf-server-`.
    const found = names.find((f) => new RegExp(`^${prefix}[A-Z0-9]{8}\\.js$`).test(f));
    if (!found) throw new Error(`No ${prefix}*.js in ${cdn}`);
    return found;
  };
  const sum = (list: Iterable<string>): Wire => [...list].map(wire).reduce(add, { gzip: 0, br: 0 });
  // The form's words of one language, a file of their own (a build from before them has none).
  const words = (locale: string) => {
    const found = names.find((f) =>
      new RegExp(`^temadag-words-${locale}-[A-Z0-9]{8}\\.js$`).test(f),
    );
    return found ? closure(cdn, found) : new Set<string>();
  };
  const inquiry = closure(cdn, entry('temadag-inquiry-'));
  const pdf = closure(cdn, entry('temadag-pdf-'));
  for (const name of inquiry) pdf.delete(name);
  // temadag.js fetches the offer's body (the shaping form, the agenda) as soon as it runs (a
  // build from before the body's chunk, compared through TEMADAG_BENCH_CDN, has none).
  const bodyFile = names.find((f) => /^temadag-body-[A-Z0-9]{8}\.js$/.test(f));
  const body = bodyFile ? closure(cdn, bodyFile) : new Set<string>();
  const read = add(add(wire('temadag.js'), catalog), sum(body));
  const send = add(read, sum(new Set([...inquiry, ...words('da')])));
  const narrowEnglish = new Set([
    ...inquiry,
    ...words('en'),
    ...closure(cdn, entry('temadag-extras-')),
    ...closure(cdn, entry('temadag-en-')),
  ]);
  return {
    files: Object.fromEntries(names.map((name) => [name, wire(name)])),
    catalog,
    read,
    send,
    sendAll: add(read, sum(narrowEnglish)),
    pdf: sum(pdf),
  };
}

/**
 * The table rows: each script, the catalog, and the journeys beside the budget.
 *
 * @param cdn - the build's folder (`dist/cdn/`, with a trailing slash)
 * @param catalogJson - the example catalog's JSON text
 * @returns rows of figure, value, target and verdict
 * @example
 * ```ts
 * wireRows(cdn, catalog); // [['`temadag.js` on the wire', 'gzip 22.0 kB · br 19.9 kB', '≤ 25.65 kB gzip, 23.15 kB br (aim 20 kB gzip, 18 kB br)'], …]
 * ```
 */
export function wireRows(cdn: string, catalogJson: string): BenchRow[] {
  const j = journeys(cdn, catalogJson);
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  const value = (w: Wire) => `gzip ${kb(w.gzip)} · br ${kb(w.br)}`;
  const journey = `≤ ${JOURNEY_BUDGET / 1000} kB`;
  const within = (w: Wire, limit: Wire) => verdict(w.gzip <= limit.gzip && w.br <= limit.br);
  const inJourney = (w: Wire) => within(w, { gzip: JOURNEY_BUDGET, br: JOURNEY_BUDGET });
  const main = j.files['temadag.js']!;
  return [
    [
      '`temadag.js` on the wire',
      value(main),
      '≤ 20 kB gzip, 18 kB br (the size test holds 20.99 / 18.93 kB)',
      within(main, FIRST_PAINT_TARGET),
    ],
    ...Object.entries(j.files)
      .filter(([f]) => f !== 'temadag.js')
      .map(([f, w]): BenchRow => [`\`${f}\` on the wire (on demand)`, value(w), '']),
    ['catalog JSON (example, compressed on the fly)', value(j.catalog), ''],
    ['journey read: temadag.js + body + catalog', value(j.read), journey, inJourney(j.read)],
    ['journey shape: same files', value(j.read), journey, inJourney(j.read)],
    [
      "journey send: + the inquiry form's chunks and Danish words",
      value(j.send),
      journey,
      inJourney(j.send),
    ],
    [
      'journey send, narrow English page: the form in English, the extras, the English words',
      value(j.sendAll),
      journey,
      inJourney(j.sendAll),
    ],
    ["PDF apart: its chunks beyond the form's", value(j.pdf), ''],
  ];
}
