// `cem analyze` (in `pnpm run build`) reads this: our sources, Lit, and a plugin that turns the
// analysis into the manifest of the shipped package (dist/ paths, public API only, complete
// events and custom properties). scripts/generate-types.ts then derives the framework types.
import { temadagPublicApi } from './scripts/cem-public-api.mjs';

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.d.ts'],
  litelement: true,
  plugins: [temadagPublicApi()],
};
