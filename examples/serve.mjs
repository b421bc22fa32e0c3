#!/usr/bin/env node
// A tiny static file server for one example's folder, so its page has an http:// origin (a page
// opened as file:// has the origin "null", which no Temadag server allows). Any web server will
// do. The embed examples and the React example share it.
//
// The example pages name the Temadag server as http://localhost:8787, the address `pnpm start`
// uses, so that a reader copies a whole, working snippet. This server is the one place that
// decides the address actually served: set TEMADAG_SERVER and every served page and script
// names that server instead (in <script src>, the CSP, the endpoints and the iframe's origin
// check alike).
//
//   node examples/serve.mjs examples/embed-script-tag            http://localhost:8080
//   PORT=8081 node examples/serve.mjs examples/embed-iframe
//   TEMADAG_SERVER=https://tilbud.example.dk node examples/serve.mjs examples/embed-script-tag
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const dir = resolve(process.argv[2] ?? '.') + sep; // ends with a separator
const port = Number(process.env.PORT || 8080);
/** The address written in the example files. */
const EXAMPLE_SERVER = 'http://localhost:8787';
const server = serverAddress(process.env.TEMADAG_SERVER);
/** Text files in which the example address is replaced by the served one. */
const TEXT = new Set(['.html', '.js', '.mjs']);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const httpServer = createServer(async (request, response) => {
  const notFound = () =>
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
  try {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    const type = types[extname(file)];
    if (request.method !== 'GET' || !file.startsWith(dir) || type === undefined) return notFound();
    const bytes = await readFile(file);
    const body =
      TEXT.has(extname(file)) && server !== EXAMPLE_SERVER
        ? bytes.toString('utf8').replaceAll(EXAMPLE_SERVER, server)
        : bytes;
    response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-cache' }).end(body);
  } catch {
    notFound();
  }
});
httpServer.listen(port, () => {
  const { port: bound } = httpServer.address();
  console.log(`http://localhost:${bound}/ (Temadag server: ${server})`);
});

/**
 * The Temadag server's origin from TEMADAG_SERVER, or the example address. Stops with a clear
 * message on anything that is not an http(s) origin, since a path or a typo would otherwise
 * end up inside every page.
 */
function serverAddress(value) {
  if (value === undefined || value.trim() === '') return EXAMPLE_SERVER;
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    url = undefined;
  }
  if (url === undefined || !/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search) {
    console.error(
      `TEMADAG_SERVER must be the server's origin, like https://tilbud.example.dk (got ${JSON.stringify(value)})`,
    );
    process.exit(2);
  }
  return url.origin;
}
