import { connect, createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import type { LogEntry } from '../src/log.js';
import { startServer } from '../src/node.js';
import { openStorage } from '../src/storage/index.js';
import { catalog, catalogPath, inquiryBody, tempDir } from './helpers.js';

const temp = tempDir('temadag-node-');
afterAll(() => temp.remove());

function config(db: string, more: Record<string, string> = {}) {
  return loadConfig({
    env: { TEMADAG_CATALOG: catalogPath, TEMADAG_DB: db, PORT: '0', HOST: '127.0.0.1', ...more },
  });
}

describe('startServer', () => {
  it('listens, answers over HTTP with the client address, and closes cleanly', async () => {
    const logs: LogEntry[] = [];
    const server = await startServer(
      config(join(temp.dir, 'a.sqlite'), { TEMADAG_RATE_LIMIT: '1' }),
      { log: (e) => logs.push(e), handleSignals: false },
    );
    try {
      expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
      const health = await fetch(`${server.url}/healthz`);
      expect(await health.json()).toEqual({ status: 'ok', storage: 'sqlite' });

      const send = () =>
        fetch(`${server.url}/api/inquiries`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(inquiryBody()),
        });
      expect((await send()).status).toBe(201);
      // The limit is per connection address (127.0.0.1) through the Node adapter.
      expect((await send()).status).toBe(429);
    } finally {
      await server.close();
    }
    await server.closed;
    expect(logs.map((l) => l.msg)).toEqual(expect.arrayContaining(['listening', 'stopped']));
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });

  it('reads the body from the socket and refuses more than 32 kB as it streams', async () => {
    const server = await startServer(config(join(temp.dir, 'b.sqlite')), {
      log: () => {},
      handleSignals: false,
    });
    try {
      const ok = await fetch(`${server.url}/api/inquiries`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(inquiryBody({ message: 'æøå '.repeat(400) })),
      });
      expect(ok.status).toBe(201);
      let chunks = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          chunks++;
          if (chunks > 100) controller.close();
          else controller.enqueue(new Uint8Array(1024).fill(0x20));
        },
      });
      const res = await fetch(`${server.url}/api/inquiries`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: stream,
        duplex: 'half',
      } as RequestInit);
      expect(res.status).toBe(413);
    } finally {
      await server.close();
    }
  });

  it('reads request headers from the socket as a Fetch Headers would', async () => {
    const server = await startServer(config(join(temp.dir, 'h.sqlite')), {
      log: () => {},
      handleSignals: false,
    });
    const raw = (headers: string) =>
      new Promise<string>((resolve, reject) => {
        const body = JSON.stringify(inquiryBody());
        const socket = connect(server.port, '127.0.0.1', () => {
          socket.write(
            `POST /api/inquiries HTTP/1.1\r\nHost: x\r\nConnection: close\r\n${headers}` +
              `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
          );
        });
        let text = '';
        socket.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
        socket.on('end', () => resolve(text));
        socket.on('error', reject);
      });
    try {
      // Any case, values trimmed.
      const ok = await raw('CONTENT-type:  application/json \r\nx-REQUEST-id: abc\r\n');
      expect(ok).toMatch(/^HTTP\/1\.1 201 /);
      expect(ok).toMatch(/\r\nx-request-id: abc\r\n/);
      // Repeated lines are joined with ", " (Node's `headers` would keep only the first).
      const twice = await raw(
        'Content-Type: application/json\r\ncontent-type: application/json\r\n',
      );
      expect(twice).toMatch(/^HTTP\/1\.1 415 /);
      const keys = await raw(
        'Content-Type: application/json\r\nIdempotency-Key: a\r\nIdempotency-Key: b\r\n',
      );
      expect(keys).toMatch(/^HTTP\/1\.1 400 /);
    } finally {
      await server.close();
    }
  });

  it('says which port is in use', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as { port: number };
    try {
      await expect(
        startServer(config(join(temp.dir, 'c.sqlite'), { PORT: String(port) }), {
          log: () => {},
          handleSignals: false,
        }),
      ).rejects.toThrow(new RegExp(`^PORT: port ${port} is in use`));
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  });

  it('names the catalog when it cannot be used', async () => {
    const bad = join(temp.dir, 'bad-catalog.json');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(bad, JSON.stringify({ version: 1 }));
    const cfg = { ...config(join(temp.dir, 'd.sqlite')), catalog: bad };
    await expect(startServer(cfg, { log: () => {}, handleSignals: false })).rejects.toThrow(
      /^TEMADAG_CATALOG: the catalog .* has problems/,
    );
  });

  it('purges inquiries older than TEMADAG_RETENTION_DAYS when it starts', async () => {
    const db = join(temp.dir, 'e.sqlite');
    const storage = await openStorage({ sqlitePath: db });
    let now = new Date(Date.now() - 40 * 86_400_000);
    const app = createApp({ catalog, storage, widgetDir: null, log: () => {}, now: () => now });
    const post = () =>
      app.request('/api/inquiries', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(inquiryBody()),
      });
    await post();
    now = new Date(Date.now() - 86_400_000);
    await post();
    await storage.close();

    const logs: LogEntry[] = [];
    const server = await startServer(config(db, { TEMADAG_RETENTION_DAYS: '30' }), {
      log: (e) => logs.push(e),
      handleSignals: false,
    });
    try {
      for (let i = 0; i < 200 && !logs.some((l) => l.msg === 'retention-purge'); i++) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(logs.find((l) => l.msg === 'retention-purge')).toMatchObject({ deleted: 1, days: 30 });
      expect(await server.storage.listInquiries()).toHaveLength(1);
    } finally {
      await server.close();
    }
  });
});
