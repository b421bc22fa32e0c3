import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { loadCatalog, type InquiryInput } from '@temadag/core';
import { openStorage } from '../src/storage/index.js';
import type { Storage } from '../src/storage/types.js';

export const root = new URL('../../../', import.meta.url);
export const catalogPath = new URL('examples/catalog/catalog.json', root).pathname;
export const catalog = loadCatalog(JSON.parse(readFileSync(catalogPath, 'utf8')));
export const OFFERING = 'dialog-i-udsatte-boligomraader';
export const TOKEN = 'test-admin-token-0123456789abcdef';

/** Personal data that must never reach a log line. */
export const PERSON = {
  name: 'Mette Testesen',
  email: 'mette.testesen@eksempel-kommune.dk',
  organisation: 'Eksempel Kommune Testforvaltning',
  phone: '+45 12 34 56 78',
  message: 'Vi ønsker fokus på beboerdialog i Testparken',
};

/** A valid inquiry body; `more` replaces top-level fields. */
export function inquiryBody(
  more: Record<string, unknown> = {},
): InquiryInput & Record<string, unknown> {
  return {
    offering: OFFERING,
    format: 'hel',
    participants: 30,
    modules: ['forsamtale'],
    contact: { name: PERSON.name, email: PERSON.email, organisation: PERSON.organisation },
    ...more,
  } as InquiryInput & Record<string, unknown>;
}

/** A temporary folder, removed by the returned function. */
export function tempDir(prefix = 'temadag-server-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A test's own SQLite storage in a fresh temporary folder. */
export interface TestStorage {
  /** The storage, open while the test runs. */
  readonly storage: Storage;
  /** The test's temporary folder, which holds the database file. */
  readonly dir: string;
}

/**
 * Gives each test of the calling file (or describe) its own SQLite storage in a fresh
 * temporary folder: opened before the test; closed, and the folder removed, after it.
 *
 * @param prefix - the folder's name prefix
 * @param file - the database file's name in it
 * @returns the current test's storage and folder, read during a test
 */
export function sqlitePerTest(prefix = 'temadag-server-', file = 'test.sqlite'): TestStorage {
  let temp: ReturnType<typeof tempDir> | undefined;
  let storage: Storage | undefined;
  beforeEach(async () => {
    temp = tempDir(prefix);
    storage = await openStorage({ sqlitePath: join(temp.dir, file) });
  });
  afterEach(async () => {
    await storage?.close();
    temp?.remove();
    storage = temp = undefined;
  });
  return {
    get storage() {
      if (!storage) throw new Error('the test storage is open only while a test runs');
      return storage;
    },
    get dir() {
      if (!temp) throw new Error('the test folder exists only while a test runs');
      return temp.dir;
    },
  };
}

/**
 * Serves `handler` over HTTP on a free port of 127.0.0.1.
 *
 * @param handler - answers every request
 * @returns the origin (`http://127.0.0.1:<port>`) and a close that ends open connections too
 */
export async function listenOnLoopback(
  handler: RequestListener,
): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A minimal RFC 4180 reader for the tests: quoted fields, doubled quotes, CRLF records.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
