import { execFile } from 'node:child_process';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, type CliIo } from '../src/index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const bin = join(root, 'packages/cli/src/bin.ts');
let dir: string;

beforeAll(async () => {
  // A `temadag` on PATH that runs the source, as an installed command would.
  dir = await mkdtemp(join(tmpdir(), 'temadag-completion-'));
  const shim = join(dir, 'temadag');
  await writeFile(shim, `#!/bin/sh\nexec "${process.execPath}" --import tsx "${bin}" "$@"\n`);
  await chmod(shim, 0o755);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function bash(script: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'bash',
      ['-c', script],
      { cwd: root, env: { ...process.env, PATH: `${dir}:${process.env.PATH}` } },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

async function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: {},
  };
  return { code: await run(argv, io), stdout, stderr };
}

describe('temadag completion bash', () => {
  it('registers a completion for temadag when sourced', { timeout: 60_000 }, async () => {
    const result = await bash('source <(temadag completion bash); complete -p temadag');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe('complete -F _temadag temadag');
  });

  it('completes commands, subcommands, options and their values', async () => {
    // One bash for every case; the script comes from run(), the same text the command prints.
    const script = join(dir, 'temadag.bash');
    await writeFile(script, (await cli(['completion', 'bash'])).stdout);
    const cases: [string[], string[]][] = [
      [['inq'], ['inquiries']],
      [['c'], ['catalog', 'completion']],
      [
        ['inquiries', ''],
        ['list', 'export', 'delete', 'purge'],
      ],
      [['offer', '--part'], ['--participants']],
      [
        ['offer', '--lang', ''],
        ['da', 'en'],
      ],
      [['--lang', 'en', 'ser'], ['serve']],
      [
        ['inquiries', 'export', '--format', ''],
        ['csv', 'json'],
      ],
      // A value nobody can guess gets no suggestions, not the option list.
      [['offer', '--offering', ''], []],
      [['catalog', 'check', 'examples/catalog/cat'], ['examples/catalog/catalog.json']],
    ];
    const lines = cases.map(
      ([typed]) =>
        `COMP_WORDS=(temadag ${typed.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${typed.length}; ` +
        `COMPREPLY=(); _temadag; echo "\${COMPREPLY[*]}"`,
    );
    const result = await bash(`source '${script}'\n${lines.join('\n')}`);
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n').slice(0, -1)).toEqual(cases.map(([, want]) => want.join(' ')));
  });
});

describe('temadag completion zsh', () => {
  it('prints a script that registers _temadag with compdef', async () => {
    const result = await cli(['completion', 'zsh']);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('#compdef temadag\n')).toBe(true);
    expect(result.stdout).toContain('compdef _temadag temadag');
    expect(result.stdout).toContain(
      'compadd -- offer catalog serve inquiries admin completion help',
    );
    expect(result.stdout).toContain('compadd -- list export delete purge');
  });
});

describe('temadag completion arguments', () => {
  it('asks for a known shell', async () => {
    const none = await cli(['completion']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('temadag completion bash');
    const fish = await cli(['completion', 'fish']);
    expect(fish.code).toBe(2);
    expect(fish.stderr).toContain('fish');
    expect((await cli(['completion', '--help'])).stdout).toContain(
      'source <(temadag completion bash)',
    );
  });
});
