import { defineConfig } from 'tsup';

export default defineConfig({
  // catalog-file: a light entry for the CLI's offer and catalog check (no storage, no HTTP).
  entry: ['src/index.ts', 'src/catalog-file.ts'],
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  platform: 'node',
});
