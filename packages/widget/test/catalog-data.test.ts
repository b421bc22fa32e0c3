// normalizeCatalog fills in the same defaults as core's parseCatalog, without the schema.
import { describe, expect, it } from 'vitest';
import {
  MINIMAL_CATALOG,
  exampleCatalogJson,
  parsedCatalog,
} from '../../core/test/catalog.support.js';
import { CatalogShapeError, normalizeCatalog } from '../src/utilities/catalog-data.js';

const example = exampleCatalogJson();

describe('normalizeCatalog', () => {
  it('gives what parseCatalog gives for the example catalog', () => {
    expect(normalizeCatalog(structuredClone(example))).toEqual(parsedCatalog(example));
  });

  it('fills in every default the schema has, as parseCatalog does', () => {
    expect(normalizeCatalog(structuredClone(MINIMAL_CATALOG))).toEqual(
      parsedCatalog(MINIMAL_CATALOG),
    );
  });

  it('leaves a parsed catalog as it is', () => {
    const catalog = parsedCatalog(MINIMAL_CATALOG);
    expect(normalizeCatalog(catalog)).toEqual(catalog);
  });

  it('names the path of a missing part', () => {
    const broken = structuredClone(example) as unknown as { offerings: { formats: unknown }[] };
    broken.offerings[1]!.formats = [];
    expect(() => normalizeCatalog(broken)).toThrowError(CatalogShapeError);
    expect(() => normalizeCatalog(broken)).toThrowError(
      'offerings[1].formats: expected a non-empty list',
    );
    expect(() => normalizeCatalog({ ...example, version: 2 })).toThrowError('version');
    expect(() => normalizeCatalog('nope')).toThrowError('catalog: expected an object');
  });
});
