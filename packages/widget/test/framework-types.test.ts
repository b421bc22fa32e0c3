/**
 * The generated framework types (jsx.d.ts, types/{vue,svelte,solid}.d.ts) as a consumer app
 * sees them: each small project under test/types/ must type-check against the built package,
 * and each of its `@ts-expect-error` lines must really be an error (tsc reports an unused one).
 * Needs `pnpm build` first (the declarations in dist/).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const widget = fileURLToPath(new URL('..', import.meta.url));
const repository = fileURLToPath(new URL('../../..', import.meta.url));
const tsc = `${repository}node_modules/typescript/bin/tsc`;

/** Runs `tsc -p` on a project and returns what it printed. */
function typecheck(project: string): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [tsc, '-p', project, '--pretty', 'false'], {
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('framework types', () => {
  test('the package is built', () => {
    expect(existsSync(`${widget}dist/index.d.ts`), 'run `pnpm build` first').toBe(true);
  });

  // A tsc run takes 5-20 s on a busy machine.
  test.each(['react', 'vue', 'svelte', 'solid'])(
    'a %s consumer type-checks',
    (framework) => {
      const result = typecheck(`${widget}test/types/${framework}`);
      expect(result.output).toBe('');
      expect(result.status).toBe(0);
    },
    90_000,
  );

  test('examples/react type-checks with @temadag/widget/jsx', () => {
    const result = typecheck(`${repository}examples/react`);
    expect(result.output).toBe('');
    expect(result.status).toBe(0);
  }, 90_000);
});
