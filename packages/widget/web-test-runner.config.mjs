// Element tests in a real Chromium: Debian's, found through CHROME_PATH or /usr/bin/chromium.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
// Chromium's flags, shared with the widget's benchmark (bench/widget.bench.ts).
const { args: chromiumArgs } = createRequire(import.meta.url)('./test/chromium.json');
const rootDir = fileURLToPath(new URL('../..', import.meta.url));

/** A stand-in inquiry endpoint for pages that send for real (test/browser/csp.html). */
const inquiryEndpoint = async (context, next) => {
  if (context.path !== '/__temadag-test/inquiries') return next();
  if (context.method !== 'POST') {
    context.status = 405;
    return;
  }
  context.status = 201;
  context.type = 'application/json';
  context.body = JSON.stringify({ id: 'csp-test', reference: 'H-2026-0001' });
};

/**
 * Catalog URLs for a page whose origin the catalog's server does not allow
 * (test/browser/offer-not-allowed.test.ts): one answers as @temadag/server does (a 403 the
 * page may read, code `origin-not-allowed`), one as a server without that answer (no CORS
 * header at all, so the browser's fetch fails with a TypeError).
 */
const refusingCatalog = async (context, next) => {
  if (context.path === '/__temadag-test/refusing-catalog') {
    context.status = 403;
    context.set('Access-Control-Allow-Origin', context.get('origin') || '*');
    context.set('Vary', 'Origin');
    context.type = 'application/json';
    context.body = JSON.stringify({
      errors: [{ path: '', code: 'origin-not-allowed', message: 'This origin has no access.' }],
    });
    return;
  }
  if (context.path === '/__temadag-test/no-cors-catalog') {
    context.status = 200;
    context.type = 'application/json';
    context.body = '{"version":1}';
    return;
  }
  return next();
};

/**
 * The script-tag build with its body chunk held back (test/browser/cdn-body.test.ts):
 * `/__temadag-test/held/<page>/<file>` serves `dist/cdn/<file>` (a new `<page>` for each page,
 * so no cached copy answers), except that `temadag-body-<hash>.js` waits until the test asks for
 * `/__temadag-test/held/release`; `/__temadag-test/held/reset` holds it again. For a `<page>`
 * whose name starts with `broken` the body is a 404.
 */
const gate = () => {
  let open;
  const promise = new Promise((resolve) => (open = resolve));
  return { promise, open };
};
let bodyGate = gate();
const heldBody = async (context, next) => {
  const match = /^\/__temadag-test\/held\/(?:\w+\/)?([\w.-]+)$/.exec(context.path);
  if (!match) return next();
  const name = match[1];
  if (name === 'release' || name === 'reset') {
    if (name === 'release') bodyGate.open();
    else bodyGate = gate();
    context.status = 204;
    return;
  }
  if (!/^temadag[\w-]*\.js$/.test(name)) return next();
  if (name.startsWith('temadag-body-')) {
    // A page named `broken…` never gets its body: the offer must do without it.
    if (/^\/__temadag-test\/held\/broken/.test(context.path)) {
      context.status = 404;
      return;
    }
    await bodyGate.promise;
  }
  context.type = 'text/javascript';
  context.set('Cache-Control', 'no-store');
  context.body = await readFile(new URL(`./dist/cdn/${name}`, import.meta.url), 'utf8');
};

export default {
  rootDir,
  middleware: [inquiryEndpoint, refusingCatalog, heldBody],
  files: ['packages/widget/test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath,
        headless: true,
        args: chromiumArgs,
      },
    }),
  ],
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
};
