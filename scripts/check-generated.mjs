// Fails when a generated file that is committed differs from what the build just generated:
// the element manifest (custom-elements.json, written by `cem analyze` in the widget's build)
// and the framework types derived from it (jsx.d.ts, types/).
// Run after `pnpm build`; fix by committing the regenerated file. (core's catalog.schema.json
// has its own freshness test in packages/core/test.)
import { execFileSync } from 'node:child_process';

const GENERATED = [
  'packages/widget/custom-elements.json',
  'packages/widget/jsx.d.ts',
  'packages/widget/types',
];

const changed = execFileSync('git', ['status', '--porcelain', '--', ...GENERATED], {
  encoding: 'utf8',
})
  .split('\n')
  .filter(Boolean);

if (changed.length > 0) {
  console.error('Generated files differ from the committed ones (run `pnpm build` and commit):');
  for (const line of changed) console.error(`  ${line}`);
  process.exit(1);
}
console.log(`Generated files are fresh: ${GENERATED.join(', ')}`);
