#!/usr/bin/env node
/* global document, window, customElements */
// Screenshots for the docs, into docs/screenshots/:
//
//   demo-desktop-da.png, demo-360-da.png   the demo page (examples/demo), Danish
//   demo-desktop-en.png, demo-360-en.png   the same page in English (/en/)
//   pdf-page1.png                          the first page of the example offer PDF, 80 dpi
//
// It starts the server itself (on a free port, with a temporary SQLite database), so nothing
// else needs to run. Needs the packages built (pnpm build), Chromium (CHROME_PATH, else
// /usr/bin/chromium) and pdftoppm (poppler-utils).
//
//   node scripts/screenshots.mjs
import { execFile, spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';

const run = promisify(execFile);
const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'packages/cli/dist/bin.js');
const outDir = join(root, 'docs/screenshots');
const catalog = join(root, 'examples/catalog/catalog.json');

const shots = [
  { file: 'demo-desktop-da.png', path: '/', width: 1280, locale: 'da-DK' },
  { file: 'demo-360-da.png', path: '/', width: 360, locale: 'da-DK' },
  { file: 'demo-desktop-en.png', path: '/en/', width: 1280, locale: 'en-GB' },
  { file: 'demo-360-en.png', path: '/en/', width: 360, locale: 'en-GB' },
];

// The example offer of the PDF: a full day for 30 with two add-ons, made at a fixed moment so
// that the picture only changes when the document does.
const offerArgs = [
  'offer',
  '--catalog',
  catalog,
  '--offering',
  'dialog-i-udsatte-boligomraader',
  '--format',
  'hel',
  '--participants',
  '30',
  '--module',
  'forsamtale',
  '--module',
  'skriftlig-opsamling',
  '--date',
  '2027-03-10',
  '--place',
  'Eksempelby Rådhus',
];
const offerNow = '2026-11-27T10:00:00Z';

/** Starts `temadag serve` on a free loopback port; resolves when it listens. */
function startServer(dir) {
  const env = { ...process.env };
  // Only what this script chooses: no mail, webhook, PostgreSQL or config file of the caller.
  for (const key of Object.keys(env)) {
    if (key.startsWith('TEMADAG_') || key === 'SMTP_URL' || key === 'DATABASE_URL') {
      delete env[key];
    }
  }
  env.TEMADAG_PUBLIC_DIR = join(root, 'examples/demo');
  env.PORT = '0';
  env.HOST = '127.0.0.1';
  const child = spawn(
    process.execPath,
    [cli, 'serve', '--catalog', catalog, '--db', join(dir, 'temadag.sqlite')],
    { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`the server did not start within 60 s:\n${output}`));
    }, 60_000);
    const onData = (chunk) => {
      output += chunk.toString('utf8');
      for (const line of output.split('\n')) {
        if (!line.includes('"listening"')) continue;
        try {
          const entry = JSON.parse(line);
          clearTimeout(timer);
          resolve({ url: entry.url, child });
          return;
        } catch {
          // Not a whole line yet.
        }
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => (output += chunk.toString('utf8')));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server stopped (exit code ${code}):\n${output}`));
    });
  });
}

function stopServer(child) {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Opens the page, waits for the offer and its lazily loaded inquiry form, and takes a shot. */
async function screenshot(browser, base, shot, problems) {
  const context = await browser.newContext({
    viewport: { width: shot.width, height: 800 },
    deviceScaleFactor: 1,
    locale: shot.locale,
    timezoneId: 'Europe/Copenhagen',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`${shot.file}: console ${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`${shot.file}: page error: ${error.message}`));
  await page.goto(new URL(shot.path, base).href, { waitUntil: 'load' });
  await page.waitForFunction(
    () => document.querySelector('temadag-offer')?.shadowRoot?.querySelector('[part~="price"]'),
    undefined,
    { timeout: 30_000 },
  );
  // The inquiry form loads when it comes near the viewport: scroll down, wait, scroll back.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForFunction(
    () => {
      const offer = document.querySelector('temadag-offer');
      const form = offer?.shadowRoot?.querySelector('temadag-inquiry');
      return customElements.get('temadag-inquiry') && form?.shadowRoot?.querySelector('form');
    },
    undefined,
    { timeout: 30_000 },
  );
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300);
  const file = join(outDir, shot.file);
  await page.screenshot({ path: file, fullPage: true });
  await context.close();
  return file;
}

async function pdfPage(dir) {
  const pdf = join(dir, 'offer.pdf');
  await run(process.execPath, [cli, ...offerArgs, '--lang', 'da', '--pdf', pdf], {
    cwd: root,
    env: { ...process.env, TEMADAG_NOW: offerNow },
  });
  const prefix = join(dir, 'pdf-page1');
  await run('pdftoppm', ['-r', '80', '-png', '-f', '1', '-l', '1', '-singlefile', pdf, prefix]);
  const file = join(outDir, 'pdf-page1.png');
  await copyFile(`${prefix}.png`, file);
  return file;
}

async function main() {
  if (!existsSync(cli) || !existsSync(join(root, 'packages/widget/dist/cdn/temadag.js'))) {
    throw new Error('the packages are not built: run pnpm build first.');
  }
  const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
  await mkdir(outDir, { recursive: true });
  const dir = await mkdtemp(join(tmpdir(), 'temadag-screenshots-'));
  const problems = [];
  let server;
  let browser;
  try {
    server = await startServer(dir);
    browser = await chromium.launch({
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    });
    for (const shot of shots) {
      const file = await screenshot(browser, server.url, shot, problems);
      console.log(`wrote ${file}`);
    }
    console.log(`wrote ${await pdfPage(dir)}`);
  } finally {
    await browser?.close();
    if (server) await stopServer(server.child);
    await rm(dir, { recursive: true, force: true });
  }
  if (problems.length > 0) {
    console.error(`\nThe pages reported problems:\n${problems.join('\n')}`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
