import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stalePackages } from './stale-packages.mjs';

let root;
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A workspace of `a` and `b` (b depends on a), each built at t=100 from sources of t=50. */
function workspace() {
  root = mkdtempSync(join(tmpdir(), 'temadag-stale-'));
  const make = (name, deps, time) => {
    const dir = join(root, name);
    mkdirSync(join(dir, 'src'), { recursive: true });
    mkdirSync(join(dir, 'dist'), { recursive: true });
    const pkg = { name, scripts: { build: 'tsup' }, dependencies: deps };
    const files = {
      'package.json': JSON.stringify(pkg),
      'src/index.ts': 'export {}',
      'dist/index.js': 'export {}',
    };
    for (const [file, text] of Object.entries(files)) {
      writeFileSync(join(dir, file), text);
      const t = file.startsWith('dist/') ? time.built : time.source;
      utimesSync(join(dir, file), t, t);
    }
  };
  make('a', {}, { source: 50, built: 100 });
  make('b', { a: 'workspace:^' }, { source: 50, built: 100 });
  return root;
}

const staleOf = (dir) => Object.fromEntries(stalePackages(dir).map((p) => [p.name, p.reason]));

describe('stalePackages', () => {
  it('builds nothing when every output is newer than its sources', () => {
    expect(staleOf(workspace())).toEqual({ a: '', b: '' });
  });

  it('rebuilds a changed package and what depends on it, in dependency order', () => {
    const dir = workspace();
    utimesSync(join(dir, 'a', 'src', 'index.ts'), 200, 200);
    expect(stalePackages(dir).map((p) => [p.name, p.reason])).toEqual([
      ['a', 'changed since its build'],
      ['b', 'a dependency is rebuilt'],
    ]);
  });

  it('does not rebuild a dependency when only the dependent changed', () => {
    const dir = workspace();
    utimesSync(join(dir, 'b', 'src', 'index.ts'), 200, 200);
    expect(staleOf(dir)).toEqual({ a: '', b: 'changed since its build' });
  });

  it('builds a package that has no build output', () => {
    const dir = workspace();
    rmSync(join(dir, 'b', 'dist'), { recursive: true });
    expect(staleOf(dir).b).toBe('not built');
  });
});
