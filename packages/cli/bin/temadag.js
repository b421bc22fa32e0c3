#!/usr/bin/env node
// The `temadag` bin lives outside dist/ so that pnpm can link it at install time, before the first
// build (a fresh clone runs `pnpm install`, then `pnpm build`, then `pnpm exec temadag`).
import('../dist/bin.js').catch((error) => {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && /dist[\\/]bin\.js/.test(String(error.message))) {
    process.stderr.write(
      'temadag: kommandoen er ikke bygget endnu; kør pnpm build (not built yet: run pnpm build).\n',
    );
    process.exitCode = 1;
    return;
  }
  throw error;
});
