// Element tests in a real Chromium: Debian's, found through CHROME_PATH or /usr/bin/chromium.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
// Chromium's flags, shared with the widget's benchmark (bench/widget.bench.ts).
const { args: chromiumArgs } = createRequire(import.meta.url)('./test/chromium.json');
const rootDir = fileURLToPath(new URL('../..', import.meta.url));

// pdf-lib's ES build is some 300 modules; served one by one they make the first PDF of a test
// run take longer than a test may. Its single-file ES bundle is the same code.
const pdfLibBundle = createRequire(new URL('../pdf/package.json', import.meta.url)).resolve(
  'pdf-lib/dist/pdf-lib.esm.min.js',
);
const pdfLib = {
  name: 'pdf-lib-bundle',
  resolveImport({ source }) {
    if (source === 'pdf-lib') return `/${relative(rootDir, pdfLibBundle)}`;
  },
};

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

export default {
  rootDir,
  middleware: [inquiryEndpoint],
  files: ['packages/widget/test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  plugins: [
    pdfLib,
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
