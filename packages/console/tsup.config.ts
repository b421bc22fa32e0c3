import { defineConfig } from 'tsup';

// The npm entry points: the elements for a bundler (dependencies stay imports), and the Node
// helper that tells a server where the built static files are. The static site itself is
// built by scripts/build-public.ts.
export default defineConfig({
  entry: { index: 'src/index.ts', define: 'src/define.ts', assets: 'src/assets.ts' },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'browser',
  splitting: true,
  external: ['node:url', 'node:path'],
});
