#!/usr/bin/env node
// `pnpm start`: builds the packages, then runs the Temadag server with the example catalog,
// SQLite in .data/ and the demo page (examples/demo) at /, and says how to see the inquiries.
//
//   pnpm start               build what changed, then serve on http://localhost:8787
//   pnpm start --build       build every package first
//   pnpm start --no-build    serve what is built
//   PORT=8080 pnpm start     any setting of `temadag serve` works from the environment
//
// Defaults that the environment can override: TEMADAG_CATALOG=examples/catalog/catalog.json,
// TEMADAG_PUBLIC_DIR=examples/demo, TEMADAG_DB=.data/temadag.sqlite and
// TEMADAG_ALLOWED_ORIGINS=http://localhost:8080 (the origin of the embed examples' pages).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { stalePackages } from './stale-packages.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = fileURLToPath(new URL('../packages/cli/dist/bin.js', import.meta.url));
const english = /^en/i.test(process.env.LANG ?? '');

const say = english
  ? {
      building: 'Building the packages (pnpm build) …',
      buildingSome: (names) => `Building what changed since the last build: ${names} …`,
      upToDate: 'The packages are built and up to date (pnpm start --build builds them all).',
      buildFailed: (code) => `pnpm build failed (exit code ${code}).`,
      notBuilt:
        'packages/cli/dist/bin.js is missing: run pnpm build (or pnpm start without --no-build).',
      demo: (url) => `Demo page:    ${url}/`,
      iframe: (url) => `iframe page:  ${url}/embed/dialog-i-udsatte-boligomraader`,
      list: 'Inquiries:    pnpm exec temadag inquiries list',
      admin: (url, on) =>
        on
          ? `Admin API:    curl -H "Authorization: Bearer $TEMADAG_ADMIN_TOKEN" ${url}/api/admin/inquiries`
          : 'Admin API:    start with TEMADAG_ADMIN_TOKEN=$(openssl rand -hex 32) pnpm start, then\n' +
            `              curl -H "Authorization: Bearer $TEMADAG_ADMIN_TOKEN" ${url}/api/admin/inquiries`,
    }
  : {
      building: 'Bygger pakkerne (pnpm build) …',
      buildingSome: (names) => `Bygger det, der er ændret siden sidst: ${names} …`,
      upToDate: 'Pakkerne er bygget og ajour (pnpm start --build bygger dem alle).',
      buildFailed: (code) => `pnpm build fejlede (afslutningskode ${code}).`,
      notBuilt:
        'packages/cli/dist/bin.js mangler: kør pnpm build (eller pnpm start uden --no-build).',
      demo: (url) => `Demoside:     ${url}/`,
      iframe: (url) => `iframe-side:  ${url}/embed/dialog-i-udsatte-boligomraader`,
      list: 'Henvendelser: pnpm exec temadag inquiries list',
      admin: (url, on) =>
        on
          ? `Admin-API:    curl -H "Authorization: Bearer $TEMADAG_ADMIN_TOKEN" ${url}/api/admin/inquiries`
          : 'Admin-API:    start med TEMADAG_ADMIN_TOKEN=$(openssl rand -hex 32) pnpm start, og kør\n' +
            `              curl -H "Authorization: Bearer $TEMADAG_ADMIN_TOKEN" ${url}/api/admin/inquiries`,
    };

/** Runs a command with the terminal's output; resolves with its exit code. */
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
    child.on('error', () => resolve(127));
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Builds every package, or with `only` the named ones (in the order given). */
async function build(only) {
  const args = only ? [...only.flatMap((name) => ['--filter', name]), 'run', 'build'] : ['build'];
  process.stderr.write(`${only ? say.buildingSome(only.join(', ')) : say.building}\n`);
  // Under `pnpm start`, npm_execpath is pnpm itself: run it with this Node, on every platform.
  const pnpm = process.env.npm_execpath;
  const code =
    pnpm && /\.c?js$/.test(pnpm)
      ? await run(process.execPath, [pnpm, ...args])
      : await run(process.platform === 'win32' ? 'pnpm.cmd' : 'pnpm', args);
  if (code !== 0) {
    process.stderr.write(`${say.buildFailed(code)}\n`);
    process.exit(code);
  }
}

function serve() {
  if (!existsSync(cli)) {
    process.stderr.write(`${say.notBuilt}\n`);
    process.exit(1);
  }
  const env = { ...process.env };
  env.TEMADAG_CATALOG ||= 'examples/catalog/catalog.json';
  env.TEMADAG_PUBLIC_DIR ||= 'examples/demo';
  env.TEMADAG_DB ||= '.data/temadag.sqlite';
  env.TEMADAG_ALLOWED_ORIGINS ||= 'http://localhost:8080';

  const child = spawn(process.execPath, [cli, 'serve'], {
    cwd: root,
    env,
    stdio: ['inherit', 'pipe', 'inherit'],
  });

  // The server logs JSON lines on standard output; pass them on and watch for "listening".
  let buffer = '';
  let told = false;
  child.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    if (told) return;
    buffer += chunk.toString('utf8');
    let newline;
    while (!told && (newline = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      let entry;
      try {
        entry = JSON.parse(line);
      } catch {
        continue;
      }
      if (entry && entry.msg === 'listening' && typeof entry.url === 'string') {
        told = true;
        buffer = '';
        // After the server's own lines ("Temadag kører på …").
        setTimeout(() => tell(entry.url, Boolean(entry.admin)), 100);
      }
    }
  });

  // Ctrl+C reaches the server from the terminal too; SIGTERM lets it stop gracefully either way.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    });
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function tell(url, admin) {
  const lines = ['', say.demo(url), say.iframe(url), say.list, say.admin(url, admin)];
  process.stderr.write(`${lines.join('\n')}\n\n`);
}

if (process.argv.includes('--build')) {
  await build();
} else if (!process.argv.includes('--no-build')) {
  const stale = stalePackages(fileURLToPath(new URL('../packages', import.meta.url))).filter(
    (p) => p.stale,
  );
  if (stale.length === 0) process.stderr.write(`${say.upToDate}\n`);
  // pnpm --filter runs the chosen packages in dependency order.
  else await build(stale.map((p) => p.name));
}
serve();
