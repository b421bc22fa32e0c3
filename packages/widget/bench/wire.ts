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

/**
 * The table rows: each script, the catalog, and the journeys beside the budget.
 *
 * @param cdn - the build's folder (`dist/cdn/`, with a trailing slash)
 * @param catalogJson - the example catalog's JSON text
 * @returns rows of figure, value, target
 * @example
 * ```ts
 * wireRows(cdn, catalog); // [['`temadag.js` on the wire', 'gzip 22.0 kB · br 19.9 kB', '≤ 25.65 kB gzip, 23.15 kB br (aim 20 kB gzip, 18 kB br)'], …]
 * ```
 */
export function wireRows(cdn: string, catalogJson: string): [string, string, string][] {
  const files = readdirSync(cdn).filter((f) => f.endsWith('.js'));
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
    const found = files.find((f) => new RegExp(`^${prefix}[A-Z0-9]{8}\\.js$`).test(f));
    if (!found) throw new Error(`No ${prefix}*.js in ${cdn}`);
    return found;
  };
  const sum = (names: Iterable<string>): Wire =>
    [...names].map(wire).reduce(add, { gzip: 0, br: 0 });
  const inquiry = closure(cdn, entry('temadag-inquiry-'));
  const pdf = closure(cdn, entry('temadag-pdf-'));
  for (const name of inquiry) pdf.delete(name);

  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  const value = (w: Wire) => `gzip ${kb(w.gzip)} · br ${kb(w.br)}`;
  const read = add(wire('temadag.js'), catalog);
  const send = add(read, sum(inquiry));
  const journey = `≤ ${JOURNEY_BUDGET / 1000} kB`;
  return [
    [
      '`temadag.js` on the wire',
      value(wire('temadag.js')),
      '≤ 25.65 kB gzip, 23.15 kB br (aim 20 kB gzip, 18 kB br)',
    ],
    ...files
      .filter((f) => f !== 'temadag.js')
      .map((f): [string, string, string] => [
        `\`${f}\` on the wire (on demand)`,
        value(wire(f)),
        '',
      ]),
    ['catalog JSON (example, compressed on the fly)', value(catalog), ''],
    ['journey read: temadag.js + catalog', value(read), journey],
    ['journey shape: same files', value(read), journey],
    ["journey send: + the inquiry form's chunks", value(send), journey],
    ["PDF apart: its chunks beyond the form's", value(sum(pdf)), ''],
  ];
}
