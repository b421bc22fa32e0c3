/**
 * The demo page (`examples/demo/`) served as `@temadag/server` serves it, without the server:
 * the page and its assets, `/widget.js` and its chunks from the script-tag build (`dist/cdn/`)
 * and `/api/catalog` from the example catalog. For the layout-shift figure of the widget bench
 * (a Lighthouse run needs a URL); the inquiry endpoint is not needed there.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const demo = join(root, 'examples/demo/');
const cdn = join(root, 'packages/widget/dist/cdn/');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** A running demo server: its address and how to stop it. */
export interface DemoServer {
  /** The page's address, e.g. `http://127.0.0.1:40123/`. */
  url: string;
  close: () => Promise<void>;
}

/** The file a request path names, or undefined. */
function fileOf(path: string): string | undefined {
  if (path === '/api/catalog') return join(root, 'examples/catalog/catalog.json');
  if (path === '/widget.js') return join(cdn, 'temadag.js');
  const name = path.slice(1);
  if (/^[\w.-]+\.js$/.test(name) && readdirSync(cdn).includes(name)) return join(cdn, name);
  const file = normalize(join(demo, path.endsWith('/') ? `${path}index.html` : path));
  return file.startsWith(demo) ? file : undefined;
}

/**
 * Serves the demo page on 127.0.0.1 (a free port).
 *
 * @returns the address and a function that stops the server
 * @example
 * ```ts
 * const { url, close } = await serveDemo();
 * await page.goto(url);
 * await close();
 * ```
 */
export async function serveDemo(): Promise<DemoServer> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = fileOf(path);
    const type = file && TYPES[extname(file)];
    try {
      if (!file || !type) throw new Error('not found');
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found\n');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
