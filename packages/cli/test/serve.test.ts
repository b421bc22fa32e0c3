import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '@temadag/core';
import { createApp, openStorage, type Storage } from '@temadag/server';
import { readFileSync } from 'node:fs';
import { run, type CliIo } from '../src/index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const bin = join(root, 'packages/cli/src/bin.ts');
const catalogPath = join(root, 'examples/catalog/catalog.json');
const catalog = loadCatalog(JSON.parse(readFileSync(catalogPath, 'utf8')));

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'temadag-cli-serve-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(argv: string[], env: Record<string, string> = {}): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: { TEMADAG_NOW: '2026-11-27T10:00:00Z', ...env },
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

describe('temadag serve', () => {
  it(
    'starts on a free port, answers /healthz and stops on SIGTERM',
    { timeout: 60_000 },
    async () => {
      const db = join(dir, 'serve.sqlite');
      const child = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          bin,
          'serve',
          '--catalog',
          catalogPath,
          '--port',
          '0',
          '--host',
          '127.0.0.1',
          '--db',
          db,
          '--lang',
          'en',
        ],
        {
          cwd: root,
          env: { ...process.env, TEMADAG_ADMIN_TOKEN: '' },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      try {
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
        const exited = new Promise<number | null>((resolve) =>
          child.once('exit', (code) => resolve(code)),
        );
        const url = await new Promise<string>((resolve, reject) => {
          const timer = setTimeout(
            () => reject(new Error(`no URL within 45 s:\n${stderr}`)),
            45_000,
          );
          child.stderr.setEncoding('utf8').on('data', (s: string) => {
            stderr += s;
            const match = /running at (http:\/\/\S+)/.exec(stderr);
            if (match && stderr.includes('Ctrl+C')) {
              clearTimeout(timer);
              resolve(match[1]!);
            }
          });
          child.once('exit', (code) => {
            clearTimeout(timer);
            reject(new Error(`exited with ${code}:\n${stderr}`));
          });
        });
        expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
        expect(stderr).toContain('temadag inquiries list');

        const health = await fetch(`${url}/healthz`);
        expect(health.status).toBe(200);
        expect(await health.json()).toEqual({ status: 'ok', storage: 'sqlite' });
        const embed = await fetch(`${url}/embed/dialog-i-udsatte-boligomraader`);
        expect(embed.status).toBe(200);

        child.kill('SIGTERM');
        expect(await exited).toBe(0);
        const lines = stdout
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l) as Record<string, unknown>);
        expect(lines.some((l) => l.msg === 'listening')).toBe(true);
        expect(
          lines.some((l) => l.msg === 'request' && l.path === '/healthz' && l.status === 200),
        ).toBe(true);
        expect(lines.at(-1)).toMatchObject({ msg: 'stopped' });
      } finally {
        // Never leave a server behind, even when an expectation failed.
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      }
    },
  );

  it('names the variable when the configuration is wrong', async () => {
    const missing = await cli(['serve', '--lang', 'en'], {});
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('TEMADAG_CATALOG');
    const badPort = await cli(['serve', '--catalog', catalogPath], { PORT: 'eighty' });
    expect(badPort.code).toBe(2);
    expect(badPort.stderr).toContain('PORT');
    const token = await cli(['serve', '--catalog', catalogPath], { TEMADAG_ADMIN_TOKEN: 'short' });
    expect(token.code).toBe(2);
    expect(token.stderr).toContain('TEMADAG_ADMIN_TOKEN');
    const catalogMissing = await cli(['serve', '--catalog', join(dir, 'nope.json')]);
    expect(catalogMissing.code).toBe(2);
    expect(catalogMissing.stderr).toContain('TEMADAG_CATALOG');
    const flag = await cli(['serve', '--port', 'x', '--catalog', catalogPath]);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('--port');
  });

  it('prints its help', async () => {
    const help = await cli(['serve', '--help', '--lang', 'en']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: temadag serve');
    const top = await cli(['--help']);
    expect(top.stdout).toContain('temadag serve');
    expect(top.stdout).toContain('temadag inquiries');
  });
});

describe('temadag inquiries', () => {
  let db: string;
  let ids: string[];

  async function seed(storage: Storage) {
    let now = new Date('2026-01-05T09:00:00Z');
    const app = createApp({
      catalog,
      storage,
      channels: ['email'],
      widgetDir: null,
      log: () => {},
      now: () => now,
    });
    const out: string[] = [];
    for (const [org, when] of [
      ['=Gammel Kommune', '2026-01-05T09:00:00Z'],
      ['Ny Boligforening', '2026-11-20T09:00:00Z'],
    ] as const) {
      now = new Date(when);
      const res = await app.request('/api/inquiries', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          offering: 'dialog-i-udsatte-boligomraader',
          format: 'hel',
          participants: 30,
          contact: { name: 'Anna', email: 'anna@kommune.dk', organisation: org },
        }),
      });
      out.push(((await res.json()) as { id: string }).id);
    }
    return out;
  }

  beforeAll(async () => {
    db = join(dir, 'inquiries.sqlite');
    const storage = await openStorage({ sqlitePath: db });
    ids = await seed(storage);
    const [item] = await storage.claimOutbox(new Date('2026-12-01'), 1, 1000);
    await storage.markFailed(item!.id, 'ECONNREFUSED', null);
    await storage.close();
  });

  it('lists the newest first with the delivery state', async () => {
    const result = await cli(['inquiries', 'list', '--db', db, '--lang', 'en']);
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^Reference\s+Received\s+Offering\s+Organisation/);
    expect(lines[1]).toContain('T-2026-0002');
    expect(lines[1]).toContain('Ny Boligforening');
    expect(lines[2]).toContain('T-2026-0001');
    expect(result.stdout).toMatch(/email: failed \(1\)/);
    expect(result.stdout).toMatch(/email: pending/);
    const json = await cli(['inquiries', 'list', '--db', db, '--json']);
    const rows = JSON.parse(json.stdout) as { id: string }[];
    expect(rows.map((r) => r.id)).toEqual([ids[1], ids[0]]);
  });

  it('exports CSV and JSON, oldest first', async () => {
    const csv = await cli(['inquiries', 'export', '--db', db]);
    expect(csv.code).toBe(0);
    const lines = csv.stdout.split('\r\n');
    expect(lines[0]!.startsWith('id,reference,created_at')).toBe(true);
    expect(lines[1]).toContain(ids[0]);
    expect(lines[1]).toContain("'=Gammel Kommune");
    const json = await cli(['inquiries', 'export', '--format', 'json', '--db', db]);
    expect((JSON.parse(json.stdout) as { id: string }[]).map((s) => s.id)).toEqual(ids);
    const bad = await cli(['inquiries', 'export', '--format', 'xml', '--db', db]);
    expect(bad.code).toBe(2);
  });

  it('purges older than a number of days, and deletes one', async () => {
    const copy = join(dir, 'copy.sqlite');
    const storage = await openStorage({ sqlitePath: copy });
    const [oldId, newId] = await seed(storage);
    await storage.close();

    const badDays = await cli(['inquiries', 'purge', '--older-than', 'soon', '--db', copy]);
    expect(badDays.code).toBe(2);
    expect((await cli(['inquiries', 'purge', '--db', copy])).code).toBe(2);
    const purge = await cli([
      'inquiries',
      'purge',
      '--older-than',
      'P180D',
      '--db',
      copy,
      '--lang',
      'en',
    ]);
    expect(purge.code, purge.stderr).toBe(0);
    expect(purge.stdout).toBe('Deleted 1 inquiry older than 180 days.\n');

    const missing = await cli(['inquiries', 'delete', oldId!, '--db', copy]);
    expect(missing.code).toBe(1);
    const del = await cli(['inquiries', 'delete', newId!, '--db', copy]);
    expect(del.code).toBe(0);
    expect(del.stdout).toBe(`Henvendelsen ${newId} er slettet.\n`);
    const empty = await cli(['inquiries', 'list', '--db', copy]);
    expect(empty.stdout).toBe('Der er ingen henvendelser.\n');
  });

  it('refuses a database that does not exist, and unknown commands', async () => {
    const none = await cli(['inquiries', 'list', '--db', join(dir, 'nope.sqlite')]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('nope.sqlite');
    expect((await cli(['inquiries', 'frob', '--db', db])).code).toBe(2);
    expect((await cli(['inquiries', '--db', db])).code).toBe(2);
    expect((await cli(['inquiries', 'delete', '--db', db])).code).toBe(2);
  });
});
