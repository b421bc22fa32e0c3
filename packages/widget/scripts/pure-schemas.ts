/**
 * An esbuild plugin for the lazy chunks: core's schema modules build their zod schemas at
 * module level (`const FormatSchema = z.strictObject({ … })`). esbuild must assume that a call
 * has side effects, so every schema of a module that a chunk imports anything from lands in
 * the chunk, used or not: the whole catalog schema with its descriptions (and the zod types
 * only it needs) rode along with the inquiry form, which uses `IdSchema` alone.
 *
 * The plugin wraps the initializer of each top-level `const` of the listed modules in a pure
 * arrow call, `/* @__PURE__ *\/ (() => (…))()`, so that esbuild drops the schemas that nothing
 * uses. It is safe for modules whose top-level calls only build values: a schema's
 * construction changes nothing outside it, except `catalogDocs.add` (the descriptions for the
 * JSON Schema), which no browser code reads.
 */
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';
import ts from 'typescript';

/**
 * Rewrites the top-level `const` initializers that call anything into pure arrow calls.
 *
 * @param source - the module's text
 * @param fileName - for the parser
 * @returns the text with each such initializer wrapped
 * @example
 * ```ts
 * pureConstants('export const A = z.string();', 'a.ts');
 * // 'export const A = /* @__PURE__ *\/ (() => (z.string()))();'
 * ```
 */
export function pureConstants(source: string, fileName: string): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const edits: { start: number; end: number }[] = [];
  const calls = (node: ts.Node): boolean =>
    ts.isCallExpression(node) || ts.isNewExpression(node) || ts.forEachChild(node, calls) === true;
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    if (!(statement.declarationList.flags & ts.NodeFlags.Const)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const init = declaration.initializer;
      if (init && calls(init)) edits.push({ start: init.getStart(file), end: init.end });
    }
  }
  let out = source;
  for (const { start, end } of edits.sort((a, b) => b.start - a.start)) {
    out = `${out.slice(0, start)}/* @__PURE__ */ (() => (${out.slice(start, end)}))()${out.slice(end)}`;
  }
  return out;
}

/**
 * The plugin: applies {@link pureConstants} to the files that `filter` matches.
 *
 * @param filter - the modules to rewrite, by absolute path
 * @returns the esbuild plugin
 * @example
 * ```ts
 * await build({ ...options, plugins: [pureSchemasPlugin(/[\\/]core[\\/]src[\\/]catalog-schema\.ts$/)] });
 * ```
 */
export function pureSchemasPlugin(filter: RegExp): Plugin {
  return {
    name: 'pure-schemas',
    setup(b) {
      b.onLoad({ filter }, async (args) => ({
        contents: pureConstants(await readFile(args.path, 'utf8'), args.path),
        loader: 'ts',
      }));
    },
  };
}
