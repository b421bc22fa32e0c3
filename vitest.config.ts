import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@temadag/core': fileURLToPath(new URL('./packages/core/src/index.ts', import.meta.url)),
      '@temadag/pdf': fileURLToPath(new URL('./packages/pdf/src/index.ts', import.meta.url)),
      '@temadag/server/catalog-file': fileURLToPath(
        new URL('./packages/server/src/catalog-file.ts', import.meta.url),
      ),
      '@temadag/server': fileURLToPath(new URL('./packages/server/src/index.ts', import.meta.url)),
    },
  },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'scripts/**/*.test.mjs'],
    // The widget's element tests run in Chromium with @web/test-runner (`pnpm test:browser`).
    exclude: ['packages/widget/test/browser/**', '**/node_modules/**'],
    environment: 'node',
    // Many tests start processes (the CLI, a server, Chromium) and a shared machine can be slow;
    // a hang still fails, at 30 s instead of vitest's 5 s.
    testTimeout: 30_000,
  },
});
