import * as z from 'zod/mini';
import { CatalogSchema, catalogDocs } from '../src/catalog-schema.js';

/** The JSON Schema of a catalog file as an author writes it (defaults optional). */
export function catalogJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(CatalogSchema, {
    io: 'input',
    metadata: catalogDocs,
    target: 'draft-2020-12',
    unrepresentable: 'throw',
  }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: 'https://unpkg.com/@temadag/core/catalog.schema.json',
    title: 'Temadag catalog',
    description:
      'A course or workshop provider’s catalog for Temadag: provider, offerings, formats, modules, price rules and terms. Amounts are øre excluding VAT.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}
