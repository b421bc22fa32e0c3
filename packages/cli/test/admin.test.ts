import { EventEmitter } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStorage, verifyPassword } from '@temadag/server';
import { run, type CliIo, type TextSource } from '../src/index.js';

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

let dir: string;
let db: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'temadag-admin-'));
  db = join(dir, 'temadag.sqlite');
  const storage = await openStorage({ sqlitePath: db, sqliteBackgroundCheckpoints: false });
  await storage.close();
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function cli(argv: string[], stdin: TextSource, lang = 'da'): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdin,
    env: {
      LANG: lang === 'en' ? 'en_GB.UTF-8' : 'da_DK.UTF-8',
      TEMADAG_NOW: '2026-11-27T10:00:00Z',
    },
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

const piped = (text: string) => Readable.from([text]) as unknown as TextSource;

/** A fake terminal: keys are typed once the command listens, and raw mode is recorded. */
type Terminal = TextSource & EventEmitter & { raw: boolean[] };

function terminal(...keys: string[]): Terminal {
  const emitter = new EventEmitter() as unknown as Terminal;
  const queue = [...keys];
  Object.assign(emitter, {
    isTTY: true,
    raw: [] as boolean[],
    setRawMode(mode: boolean) {
      emitter.raw.push(mode);
      if (mode) setImmediate(() => emitter.emit('data', queue.shift() ?? '\u0004'));
      return emitter;
    },
    setEncoding: () => emitter,
    resume: () => emitter,
    pause: () => emitter,
  });
  return emitter;
}

async function storedHash(): Promise<string | undefined> {
  const storage = await openStorage({ sqlitePath: db, sqliteBackgroundCheckpoints: false });
  try {
    return await storage.getPasswordHash();
  } finally {
    await storage.close();
  }
}

describe('temadag admin password', () => {
  it('reads the first line of standard input, stores a scrypt hash and ends every session', async () => {
    const storage = await openStorage({ sqlitePath: db, sqliteBackgroundCheckpoints: false });
    const now = new Date('2026-11-27T09:00:00Z');
    await storage.createSession({
      idHash: 'h'.repeat(43),
      csrfToken: 'c'.repeat(43),
      createdAt: now,
      expiresAt: new Date('2026-11-28T09:00:00Z'),
      idleExpiresAt: new Date('2026-11-28T09:00:00Z'),
    });
    await storage.close();

    const result = await cli(
      ['admin', 'password', '--db', db],
      piped('korrekt hest batteri\nanden linje\n'),
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Adgangskoden til konsollen er gemt i ${db}.`);
    const hash = await storedHash();
    expect(hash).toMatch(/^scrypt\$/);
    expect(await verifyPassword('korrekt hest batteri', hash!)).toBe(true);
    expect(await verifyPassword('anden linje', hash!)).toBe(false);

    const after = await openStorage({ sqlitePath: db, sqliteBackgroundCheckpoints: false });
    expect(
      await after.getSession('h'.repeat(43), new Date('2026-11-27T10:00:00Z')),
    ).toBeUndefined();
    await after.close();
  });

  it('refuses fewer than 12 characters and an empty input, storing nothing', async () => {
    const short = await cli(['admin', 'password', '--db', db], piped('kort kode\n'));
    expect(short.code).toBe(2);
    expect(short.stderr).toContain('mindst 12 tegn');
    // Twelve characters as a person counts them: æøå are one each.
    const empty = await cli(['admin', 'password', '--db', db], piped(''), 'en');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('No password on standard input');
    expect(await storedHash()).toBeUndefined();
    const danish = await cli(['admin', 'password', '--db', db], piped('æøåæøåæøåæøå\n'));
    expect(danish.code).toBe(0);
  });

  it('asks twice without echo on a terminal, and refuses two different answers', async () => {
    // The first answer comes in two pieces, with a key erased: raw mode delivers keys as typed.
    const same = terminal();
    const emit = same.emit.bind(same);
    let first = true;
    same.setRawMode = (mode: boolean) => {
      same.raw.push(mode);
      if (mode && first) {
        first = false;
        setImmediate(() => {
          emit('data', 'hemmelig-kode-1x\u007f');
          emit('data', '23\r');
        });
      } else if (mode) setImmediate(() => emit('data', 'hemmelig-kode-123\r'));
      return same;
    };
    const ok = await cli(['admin', 'password', '--db', db], same, 'en');
    expect(ok.code).toBe(0);
    expect(ok.stderr).toBe('New console password: \nType it again: \n');
    expect(ok.stderr).not.toContain('hemmelig');
    expect(same.raw).toEqual([true, false, true, false]);
    expect(await verifyPassword('hemmelig-kode-123', (await storedHash())!)).toBe(true);

    const differ = await cli(
      ['admin', 'password', '--db', db],
      terminal('et-kodeord-aaa\r', 'et-kodeord-bbb\r'),
    );
    expect(differ.code).toBe(2);
    expect(differ.stderr).toContain('De to adgangskoder er ikke ens');
    const cancelled = await cli(['admin', 'password', '--db', db], terminal('\u0003'));
    expect(cancelled.code).toBe(2);
    expect(cancelled.stderr).toContain('Afbrudt');
    expect(await verifyPassword('hemmelig-kode-123', (await storedHash())!)).toBe(true);
  });

  it('explains a missing database and a missing or unknown subcommand', async () => {
    const missing = await cli(
      ['admin', 'password', '--db', join(dir, 'nope.sqlite')],
      piped('korrekt hest batteri\n'),
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.sqlite');
    expect((await cli(['admin'], piped(''))).stderr).toContain(
      'Angiv en kommando til admin: password.',
    );
    const unknown = await cli(['admin', 'reset'], piped(''), 'en');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command: admin reset');
    const help = await cli(['admin', '--help'], piped(''), 'en');
    expect(help.stdout).toContain('Usage: temadag admin password');
  });
});
