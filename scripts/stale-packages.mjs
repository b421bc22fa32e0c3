// Which workspace packages need a build: a package is stale when a file it is built from is
// newer than the oldest file of its build output, when it has no output yet, or when a
// workspace package it depends on is stale (the widget's script-tag build bundles core, the
// server serves the widget's build). Used by `pnpm start` so a built tree starts in seconds.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Files and folders of a package that its build reads. */
const INPUTS = ['src', 'scripts', 'package.json', 'tsup.config.ts', 'tsconfig.json'];
/** Folders a package's build writes. */
const OUTPUTS = ['dist'];

function* files(path) {
  if (!existsSync(path)) return;
  const stat = statSync(path);
  if (stat.isFile()) {
    yield stat.mtimeMs;
    return;
  }
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    yield* files(join(path, entry.name));
  }
}

const newest = (paths) => Math.max(-Infinity, ...paths.flatMap((p) => [...files(p)]));
const oldest = (paths) => Math.min(Infinity, ...paths.flatMap((p) => [...files(p)]));

/**
 * The workspace packages under `packagesDir`, in build order (dependencies first), each with
 * whether it must be built.
 *
 * @param {string} packagesDir - the `packages/` folder
 * @returns {{ name: string, dir: string, stale: boolean, reason: string }[]}
 */
export function stalePackages(packagesDir) {
  const packages = new Map();
  for (const entry of readdirSync(packagesDir, { withFileTypes: true })) {
    const dir = join(packagesDir, entry.name);
    const manifest = join(dir, 'package.json');
    if (!entry.isDirectory() || !existsSync(manifest)) continue;
    const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
    if (!pkg.scripts?.build) continue;
    const deps = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies });
    packages.set(pkg.name, { name: pkg.name, dir, deps });
  }

  const result = new Map();
  const visit = (name) => {
    if (result.has(name)) return result.get(name);
    const pkg = packages.get(name);
    const deps = pkg.deps.filter((d) => packages.has(d)).map(visit);
    const built = oldest(OUTPUTS.map((o) => join(pkg.dir, o)));
    const changed = newest(INPUTS.map((i) => join(pkg.dir, i)));
    let reason = '';
    if (built === Infinity) reason = 'not built';
    else if (changed > built) reason = 'changed since its build';
    else if (deps.some((d) => d.stale)) reason = 'a dependency is rebuilt';
    const entry = { name, dir: pkg.dir, stale: reason !== '', reason };
    result.set(name, entry);
    return entry;
  };
  for (const name of packages.keys()) visit(name);
  return [...result.values()];
}
