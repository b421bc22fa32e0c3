import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { catalogJsonSchema } from '../scripts/catalog-json-schema.js';
import { exampleCatalogJson } from './catalog.support.js';

const shipped = JSON.parse(
  readFileSync(new URL('../catalog.schema.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;
const example = exampleCatalogJson() as unknown as Record<string, unknown>;

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return ajv.compile(shipped);
}

describe('catalog.schema.json', () => {
  it('is the schema generated from the zod schemas (run `pnpm --filter @temadag/core schema`)', () => {
    expect(shipped).toEqual(JSON.parse(JSON.stringify(catalogJsonSchema())));
  });

  it('accepts the example catalog, which points at it through $schema', () => {
    const validate = validator();
    expect(example.$schema).toBe('../../packages/core/catalog.schema.json');
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects a negative amount and an unknown rule kind, naming where', () => {
    const broken = structuredClone(example) as {
      offerings: { priceRules: Record<string, unknown>[] }[];
    };
    broken.offerings[0]!.priceRules[0]!.amount = -1;
    broken.offerings[0]!.priceRules.push({ id: 'x', kind: 'gratis' });
    const validate = validator();
    expect(validate(broken)).toBe(false);
    const paths = (validate.errors ?? []).map((e) => e.instancePath);
    expect(paths).toContain('/offerings/0/priceRules/0/amount');
  });

  it('describes the fields an author needs', () => {
    const text = JSON.stringify(shipped);
    expect(text).toContain('An amount in øre');
    expect(text).toContain('Last participant of the tier, inclusive');
  });
});
