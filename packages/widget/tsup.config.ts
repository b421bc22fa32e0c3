import { defineConfig } from 'tsup';

// The npm entry points. Dependencies (lit, @temadag/core, @temadag/pdf) stay imports, for the
// user's bundler; the PDF maker is a dynamic import, so it becomes a chunk of its own.
export default defineConfig({
  entry: { index: 'src/index.ts', define: 'src/define.ts', styles: 'src/styles/shared.ts' },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'browser',
  splitting: true,
});
