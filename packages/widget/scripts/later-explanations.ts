/**
 * Core's Danish pricing explanations ("30 deltagere × 450,00 kr.", "Mindstepris …") are not
 * part of temadag.js's first paint: the build of temadag.js loads core's `messages/da-offer.ts`
 * without them, and the offer's body chunk brings them as `explanations`, which src/cdn.ts puts
 * back into core's Danish messages before the body is handed out. Until then a price's lines
 * have empty explanations (the price panel shows none; `temadag-ready` waits for the body, and
 * `temadag-change` comes from its form). The entries are cut out of the source by the
 * TypeScript parser, so a change of the file's layout cannot cut the wrong text; a name that is
 * not found fails the build.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Plugin } from 'esbuild';
import ts from 'typescript';

const daOffer = /[\\/]core[\\/]src[\\/]messages[\\/]da-offer\.ts$/;

/** The pricing group's explanations: functions of numbers and amounts, never a line's name. */
const EXPLANATIONS = [
  'perParticipant',
  'tier',
  'tierFlat',
  'tierFlatOnly',
  'tierFree',
  'volume',
  'band',
  'package',
  'packageIncluded',
  'fixed',
  'addOnOffer',
  'addOnParticipant',
  'surcharge',
  'discount',
  'vatShare',
  'travelKm',
  'travelZone',
  'minimum',
];

interface Entry {
  start: number;
  end: number;
  text: string;
}

/** The explanation entries of `pricing` in da-offer.ts's source, in source order. */
function explanationEntries(source: string): Entry[] {
  const file = ts.createSourceFile('da-offer.ts', source, ts.ScriptTarget.Latest, true);
  let pricing: ts.ObjectLiteralExpression | undefined;
  const visit = (node: ts.Node): void => {
    if (
      ts.isPropertyAssignment(node) &&
      node.name.getText(file) === 'pricing' &&
      ts.isObjectLiteralExpression(node.initializer)
    ) {
      pricing = node.initializer;
    }
    if (!pricing) ts.forEachChild(node, visit);
  };
  visit(file);
  if (!pricing) throw new Error('later-explanations: no `pricing` group in da-offer.ts');
  const entries = pricing.properties
    .filter((p) => p.name && EXPLANATIONS.includes(p.name.getText(file)))
    .map((p) => {
      // The entry and the comma after it.
      const end = source[p.end] === ',' ? p.end + 1 : p.end;
      return { start: p.getStart(file), end, text: p.getText(file) };
    });
  if (entries.length !== EXPLANATIONS.length) {
    const found = new Set(entries.map((e) => e.text.slice(0, e.text.indexOf(':'))));
    const missing = EXPLANATIONS.filter((name) => !found.has(name));
    throw new Error(`later-explanations: not in da-offer.ts's pricing: ${missing.join(', ')}`);
  }
  return entries;
}

/**
 * temadag.js's build: da-offer.ts without the explanations.
 *
 * @returns the esbuild plugin
 * @example
 * ```ts
 * await build({ ...mainOptions, plugins: [withoutExplanationsPlugin()] });
 * ```
 */
export function withoutExplanationsPlugin(): Plugin {
  return {
    name: 'temadag-without-explanations',
    setup(b) {
      b.onLoad({ filter: daOffer }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        let contents = source;
        for (const { start, end } of explanationEntries(source).reverse()) {
          contents = contents.slice(0, start) + contents.slice(end);
        }
        return { contents, loader: 'ts' };
      });
    },
  };
}

/**
 * The body chunk's build: its entry is `temadag-body-entry`, the body's module and the
 * explanations as `explanations`.
 *
 * @param root - the widget package's folder
 * @param body - the body's module, relative to `root`
 * @returns the esbuild plugin; use `entryPoints: { 'temadag-body': 'temadag-body-entry' }`
 * @example
 * ```ts
 * await build({ ...options, entryPoints: { 'temadag-body': 'temadag-body-entry' }, plugins: [bodyWithExplanationsPlugin(root, 'src/offer/body.ts')] });
 * ```
 */
export function bodyWithExplanationsPlugin(root: string, body: string): Plugin {
  const core = resolve(root, '../core/src/messages/da-offer.ts');
  return {
    name: 'temadag-body-explanations',
    setup(b) {
      b.onResolve({ filter: /^temadag-body-entry$/ }, () => ({
        path: 'temadag-body-entry',
        namespace: 'temadag-body-explanations',
      }));
      b.onLoad({ filter: /.*/, namespace: 'temadag-body-explanations' }, async () => {
        const entries = explanationEntries(await readFile(core, 'utf8'));
        return {
          loader: 'ts',
          resolveDir: root,
          contents: `export * from ${JSON.stringify(resolve(root, body))};
/** Core's Danish pricing explanations, which temadag.js leaves to this chunk. */
export const explanations: Record<string, unknown> = {
${entries.map((e) => `  ${e.text},`).join('\n')}
};
`,
        };
      });
    },
  };
}
