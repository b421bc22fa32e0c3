#!/usr/bin/env node
// A tiny static file server for this folder, so the page has an http:// origin (a page opened
// as file:// has the origin "null", which no Temadag server allows). Any web server will do.
//
//   node serve.mjs            http://localhost:8080
//   PORT=8081 node serve.mjs
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url)); // ends with a separator
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
