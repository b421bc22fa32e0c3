import { applyCatalogDefaults, isRecord, type Catalog, type CatalogInput } from '@temadag/core';

/**
 * Catalog input for the elements: a catalog as its author wrote it (`catalog.json`) or one
 * already parsed by `parseCatalog` from `@temadag/core`.
 */
export type CatalogSource = CatalogInput | Catalog;

/**
 * A catalog the widget cannot use, with the JSON path of the first problem found.
 *
 * @example
 * ```ts
 * try {
 *   normalizeCatalog({ version: 2 });
 * } catch (error) {
 *   if (error instanceof CatalogShapeError) console.error(error.path); // 'version'
 * }
 * ```
 */
export class CatalogShapeError extends Error {
  /** Where the problem is, e.g. `offerings[0].formats`. */
  readonly path: string;

  /**
   * @param path - the JSON path of the problem
   * @param message - what is wrong there
   */
  constructor(path: string, message: string) {
    super(`${path}: ${message}`);
    this.name = 'CatalogShapeError';
    this.path = path;
  }
}

type Json = Record<string, unknown>;

function object(value: unknown, path: string): Json {
  if (!isRecord(value)) throw new CatalogShapeError(path, 'expected an object');
  return value;
}

function list(value: unknown, path: string, nonEmpty = false): unknown[] {
  if (value === undefined && !nonEmpty) return [];
  if (!Array.isArray(value) || (nonEmpty && value.length === 0)) {
    throw new CatalogShapeError(path, nonEmpty ? 'expected a non-empty list' : 'expected a list');
  }
  return value;
}

function need(record: Json, key: string, type: 'string' | 'number' | 'text', path: string): void {
  const value = record[key];
  const ok =
    type === 'text'
      ? typeof value === 'string' || (isRecord(value) && typeof value.da === 'string')
      : typeof value === type;
  if (!ok) throw new CatalogShapeError(`${path}.${key}`, `expected ${type}`);
}

/** Checks the parts of one offering that the elements read before anything else. */
function checkOffering(input: unknown, path: string): void {
  const o = object(input, path);
  need(o, 'id', 'string', path);
  need(o, 'title', 'text', path);
  need(o, 'summary', 'text', path);
  const participants = object(o.participants, `${path}.participants`);
  need(participants, 'max', 'number', `${path}.participants`);
  list(o.formats, `${path}.formats`, true).forEach((f, i) => {
    const at = `${path}.formats[${i}]`;
    const format = object(f, at);
    need(format, 'id', 'string', at);
    need(format, 'label', 'text', at);
    need(format, 'durationMinutes', 'number', at);
    need(format, 'start', 'string', at);
    list(format.breaks, `${at}.breaks`).forEach((b, j) => object(b, `${at}.breaks[${j}]`));
  });
  list(o.modules, `${path}.modules`).forEach((m, i) => {
    const at = `${path}.modules[${i}]`;
    const module = object(m, at);
    need(module, 'id', 'string', at);
    need(module, 'title', 'text', at);
    need(module, 'kind', 'string', at);
  });
  list(o.priceRules, `${path}.priceRules`).forEach((r, i) => {
    const at = `${path}.priceRules[${i}]`;
    const rule = object(r, at);
    need(rule, 'id', 'string', at);
    need(rule, 'kind', 'string', at);
  });
  object(o.terms, `${path}.terms`);
}

/**
 * Checks the shape the elements rely on and fills in a catalog's defaults the way
 * `parseCatalog` from `@temadag/core` does (currency, VAT rate, breaks, module minutes, empty
 * lists...) with core's `applyCatalogDefaults`, whose table is generated from the schema,
 * without loading the catalog schema: the schema and its validator weigh more than the
 * rest of the widget together, and a catalog is validated where it is written
 * (`temadag catalog check`) and where it is served. A test keeps this function equal to
 * `parseCatalog` on valid catalogs.
 *
 * @param input - a catalog as written, or already parsed
 * @returns the catalog with every default filled in
 * @throws {@link CatalogShapeError} when a part the elements need is missing or of the wrong
 *   type
 * @example
 * ```ts
 * const catalog = normalizeCatalog(await (await fetch('catalog.json')).json());
 * catalog.currency; // 'DKK' unless the file says otherwise
 * ```
 */
export function normalizeCatalog(input: unknown): Catalog {
  const root = object(input, 'catalog');
  if (root.version !== 1) throw new CatalogShapeError('version', 'expected 1');
  const provider = object(root.provider, 'provider');
  need(provider, 'name', 'string', 'provider');
  need(provider, 'email', 'string', 'provider');
  object(provider.address, 'provider.address');
  list(root.offerings, 'offerings', true).forEach((o, i) => checkOffering(o, `offerings[${i}]`));
  return applyCatalogDefaults(root) as Catalog;
}
