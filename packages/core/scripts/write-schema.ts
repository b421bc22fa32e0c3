/**
 * Writes the files generated from the zod schemas: catalog.schema.json, so catalog authors get
 * completion and checks in their editors, and src/catalog-defaults.ts, the defaults table that
 * the widget applies without zod. `pnpm --filter @temadag/core schema` runs it; tests fail when
 * a committed file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULTS_FILE, catalogDefaultsModule } from './catalog-defaults.js';
import { catalogJsonSchema } from './catalog-json-schema.js';

const schema = fileURLToPath(new URL('../catalog.schema.json', import.meta.url));
writeFileSync(schema, `${JSON.stringify(catalogJsonSchema(), null, 2)}\n`);
console.log(`wrote ${schema}`);

const defaults = fileURLToPath(DEFAULTS_FILE);
writeFileSync(defaults, await catalogDefaultsModule());
console.log(`wrote ${defaults}`);
