/**
 * Lets the lazy chunks of the script-tag build use the modules that temadag.js already holds
 * (Lit, the shared styles, core's offer messages, formats and pricing) instead of a second copy.
 *
 * temadag.js must stay one file with no static imports, and it is served under more than one
 * URL (`/widget.js`, `/widget/temadag.js`), so a chunk cannot simply `import` from it: a second
 * URL would load and run a second copy. Instead temadag.js puts the bindings the chunks use in
 * one flat array (module by module, names sorted) in a property of `self`, and each shared
 * module in a chunk becomes a few lines that read from that array. The property's name
 * (`temadag_<hash>`) holds a hash of the shared modules' sources and the names used, so a chunk
 * never reads another build's array when two builds are on one page. A plain property, not a
 * `Symbol.for` key: temadag.js has a byte budget.
 *
 * Three steps, all during the build:
 * 1. {@link sharedProbePlugin}: the chunks are built with each shared module replaced by
 *    markers, and {@link namesUsed} reads which of its bindings they use.
 * 2. {@link sharedReaderPlugin}: the chunks are built for real, each shared module replaced by
 *    a reader of the array.
 * 3. {@link sharedRegistryPlugin}: temadag.js is built from an entry that also fills the array.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { build, type Metafile, type Plugin } from 'esbuild';

/** The shared modules (absolute paths, sorted) and the names used: the array's layout. */
export interface SharedPlan {
  /** Name of the array's property on `self`: `temadag_` and 8 hex digits of a hash. */
  key: string;
  /**
   * Absolute path of each shared module, with the bindings the chunks import from it; `unused`:
   * its other exports, which a reader exports as `undefined` (see {@link withBodyOnly}).
   */
  modules: { path: string; names: string[]; unused?: string[] }[];
}

/**
 * Lit's packages, the widget's shared styles, core's modules that both sides use, and the
 * widget's modules that temadag.js and the inquiry form both run (the lazy-module handles, the
 * language controller, the PDF job, session storage): one instance of each, and no second copy
 * on the wire of a visitor who sends an inquiry.
 */
const SHAREABLE = [
  /[\\/]node_modules[\\/](?:lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/,
  /[\\/]widget[\\/]src[\\/]styles[\\/]shared\.ts$/,
  /[\\/]core[\\/]src[\\/](?:format|money|agenda|pricing|dates|guards|locale)\.ts$/,
  /[\\/]widget[\\/]src[\\/](?:utilities[\\/](?:lazy|session-storage)|controllers[\\/](?:locale|pdf-job))\.ts$/,
  // Only the offer groups of core's messages are in temadag.js: see offer-messages.ts.
  /[\\/]core[\\/]src[\\/]messages[\\/](?:da|en)-offer\.ts$/,
];

/**
 * The modules worth sharing: those of {@link SHAREABLE} that temadag.js bundles anyway.
 *
 * @param root - the widget package's folder (esbuild's working directory)
 * @param main - the metafile of a build of temadag.js
 * @returns absolute paths, sorted
 * @example
 * ```ts
 * shareable(root, probe.metafile); // ['/…/lit-html/lit-html.js', …]
 * ```
 */
export function shareable(root: string, main: Metafile): string[] {
  return Object.keys(main.inputs)
    .map((input) => resolve(root, input))
    .filter((path) => SHAREABLE.some((pattern) => pattern.test(path)))
    .sort();
}

/** Resolves every import as esbuild would, then lets `redirect` take the shared ones. */
function redirectShared(
  name: string,
  paths: string[],
  redirect: (index: number) => { path: string; namespace?: string; external?: boolean },
): Plugin {
  const index = new Map(paths.map((path, i) => [path, i]));
  return {
    name,
    setup(b) {
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind === 'entry-point' || args.pluginData === name) return undefined;
        if (args.namespace !== 'file') return undefined;
        const resolved = await b.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: name,
        });
        if (resolved.errors.length > 0 || resolved.external) return undefined;
        const i = index.get(resolved.path);
        return i === undefined ? resolved : redirect(i);
      });
    },
  };
}

/**
 * All export names of each shared module, as esbuild sees them (through `export *`).
 *
 * @param root - the widget package's folder (esbuild's working directory)
 * @param paths - the shared modules, from {@link shareable}
 * @returns the names of each, in the order of `paths`
 * @example
 * ```ts
 * await exportsOf(root, paths); // [['LitElement', 'css', 'html', …], …]
 * ```
 */
export async function exportsOf(root: string, paths: string[]): Promise<string[][]> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: paths,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    outdir: `${root}dist/cdn-exports`,
    write: false,
    metafile: true,
    logLevel: 'warning',
  });
  const byEntry = new Map(
    Object.values(result.metafile.outputs)
      .filter((o) => o.entryPoint !== undefined)
      .map((o) => [resolve(root, o.entryPoint!), o.exports]),
  );
  return paths.map((path) => byEntry.get(path) ?? []);
}

/**
 * Step 1: replaces each shared module by one that exports every name as a marked pure call,
 * `__temadagUse("<index>:<name>")`; a build without minifying then keeps the markers of the
 * names the chunks use, and drops the rest.
 *
 * @param paths - the shared modules, from {@link shareable}
 * @param exported - their export names, from {@link exportsOf}
 * @returns the esbuild plugin
 * @example
 * ```ts
 * await build({ ...options, minify: false, plugins: [sharedProbePlugin(paths, exported)] });
 * ```
 */
export function sharedProbePlugin(paths: string[], exported: string[][]): Plugin {
  const plugin = redirectShared('temadag-shared-probe', paths, (i) => ({
    path: String(i),
    namespace: 'temadag-shared-probe',
  }));
  return {
    name: plugin.name,
    setup(b) {
      void plugin.setup(b);
      b.onLoad({ filter: /^\d+$/, namespace: 'temadag-shared-probe' }, (args) => {
        const names = exported[Number(args.path)]!;
        const marker = (name: string) => JSON.stringify(`${args.path}:${name}`);
        return {
          loader: 'js',
          contents: names
            .map(
              (name, j) =>
                `const b${j} = /* @__PURE__ */ __temadagUse(${marker(name)});\n` +
                `export { b${j} as ${JSON.stringify(name)} };`,
            )
            .join('\n'),
        };
      });
    },
  };
}

/**
 * Reads the names that the probe build's output files use from each shared module.
 *
 * @param root - the widget package's folder
 * @param paths - the shared modules, from {@link shareable}
 * @param outputs - the text of each output file of the probe build (not minified)
 * @returns the plan, with the modules no chunk uses left out
 * @example
 * ```ts
 * const plan = namesUsed(root, paths, probe.outputFiles.map((f) => f.text));
 * ```
 */
export function namesUsed(root: string, paths: string[], outputs: string[]): SharedPlan {
  const names = paths.map(() => new Set<string>());
  for (const text of outputs) {
    for (const [, index, name] of text.matchAll(/__temadagUse\("(\d+):([^"]+)"\)/g)) {
      names[Number(index)]!.add(name!);
    }
  }
  const modules = paths
    .map((path, i) => ({ path, names: [...names[i]!].sort() }))
    .filter((module) => module.names.length > 0);
  const hash = createHash('sha256');
  for (const { path, names: used } of modules) {
    hash.update(`${relative(root, path)}\n${used.join(',')}\n`).update(readFileSync(path));
  }
  return { key: `temadag_${hash.digest('hex').slice(0, 8)}`, modules };
}

/** Where each module's bindings start in the flat array. */
function offsetsOf(plan: SharedPlan): number[] {
  let next = 0;
  return plan.modules.map(({ names }) => ((next += names.length), next - names.length));
}

/**
 * Step 2: replaces each shared module by a reader of temadag.js's array, which fails with a
 * clear message when the chunk is loaded without its own build's temadag.js.
 *
 * @param plan - from {@link namesUsed}
 * @returns the esbuild plugin
 * @example
 * ```ts
 * await build({ ...lazyOptions, plugins: [sharedReaderPlugin(plan)] });
 * ```
 */
export function sharedReaderPlugin(plan: SharedPlan): Plugin {
  const paths = plan.modules.map((m) => m.path);
  const offsets = offsetsOf(plan);
  const plugin = redirectShared('temadag-shared-reader', paths, (i) => ({
    path: String(i),
    namespace: 'temadag-shared',
  }));
  return {
    name: plugin.name,
    setup(b) {
      void plugin.setup(b);
      b.onResolve({ filter: /^registry$/, namespace: 'temadag-shared' }, () => ({
        path: 'registry',
        namespace: 'temadag-shared',
      }));
      b.onLoad({ filter: /^registry$/, namespace: 'temadag-shared' }, () => ({
        loader: 'js',
        contents: `const shared = self.${plan.key};
if (!shared) throw new Error("This Temadag chunk was loaded without the temadag.js it was built with; load temadag.js from the same build.");
export default shared;`,
      }));
      b.onLoad({ filter: /^\d+$/, namespace: 'temadag-shared' }, (args) => {
        const { names, unused = [] } = plan.modules[Number(args.path)]!;
        const first = offsets[Number(args.path)]!;
        const lines = names.map((_, j) => `const b${j} = shared[${first + j}];`);
        // Exports the chunk does not use (a barrel still imports them): declared, never read.
        lines.push(...unused.map((_, j) => `const u${j} = void 0;`));
        const exported = [
          ...names.map((name, j) => `b${j} as ${JSON.stringify(name)}`),
          ...unused.map((name, j) => `u${j} as ${JSON.stringify(name)}`),
        ].join(', ');
        return {
          loader: 'js',
          contents: `import shared from "registry";\n${lines.join('\n')}\nexport { ${exported} };`,
        };
      });
    },
  };
}

/**
 * Step 3: temadag.js's entry, `temadag-entry`: fills the array, then runs `main`.
 *
 * @param plan - from {@link namesUsed}
 * @param root - the widget package's folder
 * @param main - temadag.js's real entry, relative to `root`, e.g. `./src/cdn.ts`
 * @returns the esbuild plugin; use `entryPoints: { temadag: 'temadag-entry' }`
 * @example
 * ```ts
 * await build({ ...options, entryPoints: { temadag: 'temadag-entry' }, plugins: [sharedRegistryPlugin(plan, root, './src/cdn.ts')] });
 * ```
 */
export function sharedRegistryPlugin(plan: SharedPlan, root: string, main: string): Plugin {
  return {
    name: 'temadag-shared-registry',
    setup(b) {
      b.onResolve({ filter: /^temadag-(?:entry|registry)$/ }, (args) => ({
        path: args.path,
        namespace: 'temadag-shared',
      }));
      // The package's `sideEffects` list names the built files, not the source it runs.
      b.onResolve({ filter: /^temadag-main$/, namespace: 'temadag-shared' }, () => ({
        path: resolve(root, main),
        sideEffects: true,
      }));
      // The array is filled last, so the bundle keeps main's module order (and its gzip size).
      // That is early enough: temadag.js runs in one go, and a chunk can only run after its
      // dynamic import has fetched it, which is later.
      b.onLoad({ filter: /^temadag-entry$/, namespace: 'temadag-shared' }, () => ({
        loader: 'js',
        resolveDir: root,
        contents: `import "temadag-main";\nimport "temadag-registry";\n`,
      }));
      b.onLoad({ filter: /^temadag-registry$/, namespace: 'temadag-shared' }, () => {
        const imports = plan.modules.map(({ path, names }, i) => {
          const list = names.map((name, j) => `${JSON.stringify(name)} as m${i}_${j}`);
          return `import { ${list.join(', ')} } from ${JSON.stringify(path)};`;
        });
        // One flat array, in the plan's order: no names in temadag.js, which pays for each byte.
        const values = plan.modules.flatMap(({ names }, i) => names.map((_, j) => `m${i}_${j}`));
        return {
          loader: 'js',
          resolveDir: root,
          contents: `${imports.join('\n')}
self.${plan.key} = [${values.join(', ')}];`,
        };
      });
    },
  };
}

/**
 * Modules that only the offer's body reads from temadag.js, appended to the plan: the body's
 * plan has them, the other chunks' plan has the same array (same key, same places) without
 * them, so their copies of those modules stay their own. The key covers both.
 *
 * @param plan - from {@link namesUsed} (the modules all chunks share)
 * @param root - the widget package's folder
 * @param bodyOnly - from {@link namesUsed} over a probe of the body alone: the body-only
 *   modules with the names it reads
 * @param exported - every export name of each module of `bodyOnly`, by path
 * @returns the body's plan (also temadag.js's registry) and the others'
 * @example
 * ```ts
 * const { body, others } = withBodyOnly(plan, root, bodyUses.modules, exportNames);
 * ```
 */
export function withBodyOnly(
  plan: SharedPlan,
  root: string,
  bodyOnly: SharedPlan['modules'],
  exported: Map<string, string[]>,
): { body: SharedPlan; others: SharedPlan } {
  const modules = bodyOnly.map(({ path, names }) => ({
    path,
    names,
    unused: (exported.get(path) ?? []).filter((name) => !names.includes(name)),
  }));
  const hash = createHash('sha256').update(plan.key);
  for (const { path, names } of modules) {
    hash.update(`${relative(root, path)}\n${names.join(',')}\n`).update(readFileSync(path));
  }
  const key = `temadag_${hash.digest('hex').slice(0, 8)}`;
  return {
    body: { key, modules: [...plan.modules, ...modules] },
    others: { key, modules: plan.modules },
  };
}
