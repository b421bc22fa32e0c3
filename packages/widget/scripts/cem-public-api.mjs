// @ts-check
// Plugin for `cem analyze`: turns the analyzer's view of our sources into the manifest of the
// package we ship. Tools (IDEs, Storybook, the type generator in generate-types.ts, TypeDoc's
// element tables) read it, so it must describe dist/, the public API only, and every event and
// custom property a page author meets on each element.

/** The tags each element renders in its shadow root (checked against its source below). */
const NESTED = {
  'temadag-catalog': ['temadag-offer'],
  'temadag-offer': ['temadag-inquiry'],
};

/** The npm entry point with the public API, and the files that register the tags. */
const INDEX = 'dist/index.js';
const DEFINERS = [
  { path: 'dist/define.js', source: 'src/define.ts', reexports: true },
  { path: 'dist/cdn/temadag.js', source: 'src/cdn.ts', reexports: false },
];

/**
 * @typedef {Record<string, any>} Json
 * @param {string} from The module that imports.
 * @param {string} specifier A relative `./x.js` import as the analyzer records it.
 * @returns {string} The module's path in the manifest (`src/x.ts`).
 */
function resolveSource(from, specifier) {
  if (!specifier.startsWith('.')) return specifier.replace(/^\//, '');
  const parts = from.split('/').slice(0, -1);
  for (const part of specifier.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/').replace(/\.js$/, '.ts');
}

/**
 * Follows an export through re-exports to the module that declares it.
 *
 * @param {Map<string, Json>} modules The analyzer's modules by path.
 * @param {string} path The module to start from.
 * @param {string} name The exported name.
 * @returns {Json | undefined} The declaration, or none for a type-only export.
 */
function findDeclaration(modules, path, name) {
  for (let hops = 0; hops < 10; hops++) {
    const module = modules.get(path);
    const found = module?.declarations?.find((/** @type {Json} */ d) => d.name === name);
    if (found) return found;
    const link = module?.exports?.find(
      (/** @type {Json} */ e) => e.kind === 'js' && e.name === name,
    );
    if (!link?.declaration?.module) return undefined;
    const next = resolveSource(path, link.declaration.module);
    if (next === path) return undefined;
    path = next;
    name = link.declaration.name;
  }
  return undefined;
}

/**
 * Finds the one declaration of a name in any module: the analyzer records `import { da } from
 * './da.js'; export { da };` as an export of the importing module itself.
 *
 * @param {Map<string, Json>} modules The analyzer's modules by path.
 * @param {string} name The exported name.
 * @returns {Json | undefined} The declaration when exactly one module declares the name.
 */
function findUnique(modules, name) {
  const found = [...modules.values()].flatMap((m) =>
    (m.declarations ?? []).filter((/** @type {Json} */ d) => d.name === name),
  );
  return found.length === 1 ? found[0] : undefined;
}

/** Keeps only an element's public API (removes Lit state and #private fields). */
function keepPublicMembers(/** @type {Json} */ declaration) {
  const privateFields = new Set(
    (declaration.members ?? [])
      .filter((/** @type {Json} */ m) => m.privacy === 'private' || m.name.startsWith('#'))
      .map((/** @type {Json} */ m) => m.name),
  );
  declaration.members = declaration.members?.filter(
    (/** @type {Json} */ m) => !privateFields.has(m.name),
  );
  // An attribute documented on the class (`@attribute lang`) stays, without the private field
  // that makes it reactive; Lit state (`_unknown: { state: true }`) has no attribute at all.
  declaration.attributes = declaration.attributes?.flatMap((/** @type {Json} */ a) => {
    const isPublicField = a.fieldName && !privateFields.has(a.fieldName);
    if (isPublicField) return [a];
    if (!a.description || a.name.startsWith('_')) return [];
    const { fieldName: _field, ...documented } = a;
    return [documented];
  });
  // `dispatchEvent(new TemadagXEvent(...))` reads to the analyzer as an event without a name
  // (or named after the first argument); the @fires tags name them all.
  const events = new Map();
  for (const event of declaration.events ?? []) {
    if (event.name?.startsWith('temadag-') && !events.has(event.name)) {
      events.set(event.name, event);
    }
  }
  declaration.events = [...events.values()];
}

/**
 * Adds what a nested element lets through: its events (all Temadag events bubble and are
 * composed) and its custom properties (they inherit into shadow roots). What the host
 * documents itself wins.
 *
 * @param {Map<string, Json>} elements Element declarations by tag.
 * @param {Map<string, string>} sources Source text by module path (the element's template
 *   modules are those in its folder).
 * @param {Map<string, string>} modulesOfTags Module path by tag.
 */
function addNested(elements, sources, modulesOfTags) {
  const done = new Set();
  const visit = (/** @type {string} */ tag) => {
    if (done.has(tag)) return;
    done.add(tag);
    const host = elements.get(tag);
    for (const inner of NESTED[/** @type {keyof typeof NESTED} */ (tag)] ?? []) {
      // The element's module or a template module beside it (src/offer/layout.ts).
      const folder = (modulesOfTags.get(tag) ?? '').replace(/[^/]*$/, '');
      const renders = [...sources].some(
        ([path, text]) =>
          folder && path.replace(/[^/]*$/, '') === folder && text.includes(`<${inner}`),
      );
      if (!renders) {
        throw new Error(
          `cem: ${tag} no longer renders <${inner}>; update NESTED in ${import.meta.url}`,
        );
      }
      visit(inner);
      const nested = elements.get(inner);
      for (const key of /** @type {const} */ (['events', 'cssProperties'])) {
        const own = new Set((host[key] ?? []).map((/** @type {Json} */ x) => x.name));
        const added = (nested[key] ?? []).filter((/** @type {Json} */ x) => !own.has(x.name));
        host[key] = [...(host[key] ?? []), ...added.map((/** @type {Json} */ x) => ({ ...x }))];
      }
    }
  };
  for (const tag of elements.keys()) visit(tag);
}

/** Points every `{ module }` reference at dist/index.js, or drops it when not public. */
function relink(/** @type {any} */ value, /** @type {Set<string>} */ publicNames) {
  if (Array.isArray(value)) {
    return value.flatMap((item) => {
      if (item && typeof item === 'object' && 'module' in item && 'name' in item) {
        return publicNames.has(item.name) ? [{ ...item, module: INDEX }] : [];
      }
      return [relink(item, publicNames)];
    });
  }
  if (!value || typeof value !== 'object') return value;
  const out = /** @type {Json} */ ({});
  for (const [key, inner] of Object.entries(value)) {
    if (inner && typeof inner === 'object' && 'module' in inner && 'name' in inner) {
      if (inner.package || publicNames.has(inner.name)) {
        out[key] = inner.package ? inner : { ...inner, module: INDEX };
      }
      continue;
    }
    out[key] = relink(inner, publicNames);
  }
  return out;
}

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} The plugin. */
export function temadagPublicApi() {
  /** @type {Map<string, string>} */
  const sources = new Map();
  return {
    name: 'temadag-public-api',
    analyzePhase({ ts, node, moduleDoc }) {
      if (node.kind === ts.SyntaxKind.SourceFile) sources.set(moduleDoc.path, node.getFullText());
    },
    packageLinkPhase({ customElementsManifest: manifest }) {
      /** @type {Map<string, Json>} */
      const modules = new Map(manifest.modules.map((/** @type {Json} */ m) => [m.path, m]));
      const index = modules.get('src/index.ts');
      if (!index) throw new Error('cem: src/index.ts was not analyzed');

      /** @type {Json[]} */
      const declarations = [];
      /** @type {Json[]} */
      const exports = [];
      for (const link of index.exports ?? []) {
        const declaration =
          findDeclaration(modules, 'src/index.ts', link.name) ?? findUnique(modules, link.name);
        if (!declaration) continue; // A type: TypeScript's declarations carry it.
        declarations.push(declaration);
        exports.push({
          kind: 'js',
          name: link.name,
          declaration: { name: link.name, module: INDEX },
        });
      }

      /** @type {Map<string, Json>} */
      const elements = new Map();
      /** @type {Map<string, string>} */
      const modulesOfTags = new Map();
      for (const [path, module] of modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.customElement) continue;
          keepPublicMembers(declaration);
          elements.set(declaration.tagName, declaration);
          modulesOfTags.set(declaration.tagName, path);
        }
      }
      addNested(elements, sources, modulesOfTags);

      const publicNames = new Set(declarations.map((d) => d.name));
      const byClass = new Map([...elements.values()].map((d) => [d.name, d]));
      /** The tags a source file registers: it names the tag and the class. */
      const definedBy = (/** @type {string} */ source) =>
        [...elements.values()]
          .filter((d) => {
            const text = sources.get(source) ?? '';
            return text.includes(`'${d.tagName}'`) && text.includes(d.name);
          })
          .sort((a, b) => a.tagName.localeCompare(b.tagName));

      const shipped = [
        {
          kind: 'javascript-module',
          path: INDEX,
          declarations: declarations.map((d) => relink(d, publicNames)),
          exports,
        },
        ...DEFINERS.map(({ path, source, reexports }) => {
          const defined = definedBy(source);
          if (defined.length === 0) throw new Error(`cem: ${source} defines no element`);
          return {
            kind: 'javascript-module',
            path,
            declarations: [],
            exports: [
              ...defined.map((d) => ({
                kind: 'custom-element-definition',
                name: d.tagName,
                declaration: { name: d.name, module: INDEX },
              })),
              ...(reexports
                ? defined.map((d) => ({
                    kind: 'js',
                    name: d.name,
                    declaration: { name: d.name, module: INDEX },
                  }))
                : []),
            ],
          };
        }),
      ];
      if (byClass.size !== elements.size) throw new Error('cem: two tags share a class');
      manifest.modules = shipped;
    },
  };
}
