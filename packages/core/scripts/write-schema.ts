/**
 * Writes catalog.schema.json from the zod schemas, so catalog authors get completion and
 * checks in their editors. `pnpm --filter @temadag/core schema` runs it; a test fails when the
 * committed file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { catalogJsonSchema } from './catalog-json-schema.js';

const target = fileURLToPath(new URL('../catalog.schema.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(catalogJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
