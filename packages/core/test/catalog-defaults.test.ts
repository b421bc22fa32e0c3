import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { CATALOG_DEFAULTS, applyCatalogDefaults } from '@temadag/core';
import {
  DEFAULTS_FILE,
  catalogDefaultsModule,
  catalogDefaultsTable,
} from '../scripts/catalog-defaults.js';
import { MINIMAL_CATALOG, exampleCatalogJson, parsedCatalog } from './catalog.support.js';

const example = exampleCatalogJson();

describe('CATALOG_DEFAULTS', () => {
  it('is the table generated from the zod schemas (run `pnpm --filter @temadag/core schema`)', async () => {
    expect(readFileSync(DEFAULTS_FILE, 'utf8')).toBe(await catalogDefaultsModule());
  });

  it('is what the generator reads from the schema', () => {
    expect(CATALOG_DEFAULTS).toEqual(catalogDefaultsTable());
    expect(CATALOG_DEFAULTS[0]).toEqual({
      path: '',
      defaults: { currency: 'DKK', defaultVatRate: 2500 },
    });
  });

  it('follows a changed default, a new one, list items and union kinds', async () => {
    const schema = z.strictObject({
      currency: z._default(z.string(), 'EUR'),
      rules: z.array(
        z.discriminatedUnion('kind', [
          z.strictObject({ kind: z.literal('a'), per: z._default(z.string(), 'offer') }),
          z.strictObject({ kind: z.literal('b'), n: z.optional(z.int()) }),
        ]),
      ),
      extra: z.record(z.string(), z.strictObject({ on: z._default(z.boolean(), true) })),
    });
    expect(catalogDefaultsTable(schema)).toEqual([
      { path: '', defaults: { currency: 'EUR' } },
      { path: 'rules[kind=a]', defaults: { per: 'offer' } },
      { path: 'extra{}', defaults: { on: true } },
    ]);
    // The freshness check above fails for a schema whose defaults differ from the file's.
    expect(await catalogDefaultsModule(schema)).not.toBe(readFileSync(DEFAULTS_FILE, 'utf8'));
  });

  it('refuses a schema type it does not know, rather than miss a default inside it', () => {
    const schema = z.strictObject({ later: z.lazy(() => z.string()) });
    expect(() => catalogDefaultsTable(schema)).toThrowError(/"lazy" at "later"/);
  });
});

describe('applyCatalogDefaults', () => {
  it('gives what parseCatalog gives, for the example and for a catalog without defaults', () => {
    expect(applyCatalogDefaults(structuredClone(example))).toEqual(parsedCatalog(example));
    expect(applyCatalogDefaults(structuredClone(MINIMAL_CATALOG))).toEqual(
      parsedCatalog(MINIMAL_CATALOG),
    );
  });

  it('changes nothing in its input and gives each object its own default list', () => {
    const input = structuredClone(MINIMAL_CATALOG);
    const before = structuredClone(input);
    const out = applyCatalogDefaults(input) as ReturnType<typeof parsedCatalog>;
    expect(input).toEqual(before);
    const [offering] = out.offerings;
    expect(offering!.terms.included).not.toBe(offering!.terms.excluded);
    expect(offering!.focusQuestions).not.toBe(offering!.related);
  });

  it('leaves a complete catalog as it is', () => {
    const catalog = parsedCatalog(MINIMAL_CATALOG);
    expect(applyCatalogDefaults(catalog)).toEqual(catalog);
  });

  it('leaves what is not an object alone', () => {
    expect(applyCatalogDefaults('nope')).toBe('nope');
    expect(applyCatalogDefaults({ offerings: 'x' })).toEqual({
      offerings: 'x',
      currency: 'DKK',
      defaultVatRate: 2500,
    });
  });
});
