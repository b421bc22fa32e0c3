import { describe, expect, it } from 'vitest';
import { run, type CliIo, type FetchResponse } from '../src/index.js';

async function cli(argv: string[], options: { fetch?: CliIo['fetch'] } = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: { TEMADAG_NOW: '2026-11-27T10:00:00Z' },
  };
  if (options.fetch) io.fetch = options.fetch;
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

// Port 1 on the loopback: nothing listens there, so the connection is refused at once.
const DOWN = 'postgres://temadag:hemmelig@127.0.0.1:1/temadag';

describe('expected failures are told in words, with exit 1 for failed work', () => {
  it('names a PostgreSQL server that cannot be reached, without its password', async () => {
    const result = await cli(['inquiries', 'list', '--database-url', DOWN]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'temadag: Databasen postgres://temadag@127.0.0.1:1/temadag kan ikke bruges: forbindelsen blev afvist; intet program svarer på adressen.\n',
    );
    const en = await cli(['inquiries', 'export', '--database-url', DOWN, '--lang', 'en']);
    expect(en.code).toBe(1);
    expect(en.stderr).toContain('The database postgres://temadag@127.0.0.1:1/temadag cannot');
    for (const text of [result.stderr, en.stderr]) {
      expect(text).not.toContain('ECONNREFUSED');
      expect(text).not.toContain('hemmelig');
    }
  });

  it('names the database of serve that cannot be reached', { timeout: 30_000 }, async () => {
    const catalog = new URL('../../../examples/catalog/catalog.json', import.meta.url).pathname;
    const result = await cli(['serve', '--catalog', catalog, '--database-url', DOWN]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Databasen postgres://temadag@127.0.0.1:1/temadag');
    expect(result.stderr).not.toMatch(/ECONNREFUSED|hemmelig|Uventet/);
  });

  it('explains a catalog URL whose connection is refused', async () => {
    const refused = async (): Promise<FetchResponse> => {
      throw new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } });
    };
    const url = 'http://127.0.0.1:1/catalog.json';
    const result = await cli(['catalog', 'check', url], { fetch: refused });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${url}: forbindelsen blev afvist`);
    expect(result.stderr).not.toContain('ECONNREFUSED');
  });
});
