// The console's element tests in a real Chromium, against an in-memory stand-in of the admin
// API (browser-test/stub-api.mjs) served by the test runner on the same origin.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { consoleApiStub } from './browser-test/stub-api.mjs';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const { args: chromiumArgs } = createRequire(import.meta.url)('../widget/test/chromium.json');
const rootDir = fileURLToPath(new URL('../..', import.meta.url));

export default {
  rootDir,
  middleware: [consoleApiStub],
  files: ['packages/console/browser-test/**/*.test.ts'],
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
      launchOptions: { executablePath, headless: true, args: chromiumArgs },
    }),
  ],
  concurrency: 1,
  // The first test of a file pays for compiling the console, core and the widget on a busy machine.
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
};
