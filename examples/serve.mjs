#!/usr/bin/env node
// A tiny static file server for one example's folder, so its page has an http:// origin (a page
// opened as file:// has the origin "null", which no Temadag server allows). Any web server will
// do. The embed examples and the React example share it.
//
//   node examples/serve.mjs examples/embed-script-tag            http://localhost:8080
//   PORT=8081 node examples/serve.mjs examples/embed-iframe
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const dir = resolve(process.argv[2] ?? '.') + sep; // ends with a separator
const port = Number(process.env.PORT || 8080);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

createServer(async (request, response) => {
  const notFound = () =>
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
  try {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    const type = types[extname(file)];
    if (request.method !== 'GET' || !file.startsWith(dir) || type === undefined) return notFound();
    const body = await readFile(file);
    response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-cache' }).end(body);
  } catch {
    notFound();
  }
}).listen(port, () => {
  console.log(`http://localhost:${port}/`);
});
