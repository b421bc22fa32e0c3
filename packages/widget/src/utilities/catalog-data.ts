import type { Catalog, CatalogInput, Offering } from '@temadag/core';

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

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function object(value: unknown, path: string): Json {
  if (!isObject(value)) throw new CatalogShapeError(path, 'expected an object');
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
      ? typeof value === 'string' || (isObject(value) && typeof value.da === 'string')
      : typeof value === type;
  if (!ok) throw new CatalogShapeError(`${path}.${key}`, `expected ${type}`);
}

/** Fills in the defaults of one object: the keys that are missing get their default. */
function withDefaults<T extends Json>(record: T, defaults: Json): T {
  const out: Json = { ...record };
  for (const [key, value] of Object.entries(defaults)) if (out[key] === undefined) out[key] = value;
  return out as T;
}

function offering(input: unknown, path: string): Offering {
  const o = object(input, path);
  need(o, 'id', 'string', path);
  need(o, 'title', 'text', path);
  need(o, 'summary', 'text', path);
  const participants = object(o.participants, `${path}.participants`);
  need(participants, 'max', 'number', `${path}.participants`);
  const formats = list(o.formats, `${path}.formats`, true).map((f, i) => {
    const at = `${path}.formats[${i}]`;
    const format = object(f, at);
    need(format, 'id', 'string', at);
    need(format, 'label', 'text', at);
    need(format, 'durationMinutes', 'number', at);
    need(format, 'start', 'string', at);
    const breaks = list(format.breaks, `${at}.breaks`).map((b, j) =>
      withDefaults(object(b, `${at}.breaks[${j}]`), { kind: 'break' }),
    );
    return { ...format, breaks };
  });
  const modules = list(o.modules, `${path}.modules`).map((m, i) => {
    const at = `${path}.modules[${i}]`;
    const module = object(m, at);
    need(module, 'id', 'string', at);
    need(module, 'title', 'text', at);
    need(module, 'kind', 'string', at);
    return withDefaults(module, { minutes: 0, required: false });
  });
  const priceRules = list(o.priceRules, `${path}.priceRules`).map((r, i) => {
    const at = `${path}.priceRules[${i}]`;
    const rule = object(r, at);
    need(rule, 'id', 'string', at);
    need(rule, 'kind', 'string', at);
    if (rule.kind === 'add-on') return withDefaults(rule, { per: 'offer' });
    if (rule.kind === 'travel' && isObject(rule.perKm)) {
      return { ...rule, perKm: withDefaults(rule.perKm, { roundTrip: true, includedKm: 0 }) };
    }
    return rule;
  });
  const terms = withDefaults(object(o.terms, `${path}.terms`), {
    validityDays: 30,
    included: [],
    excluded: [],
  });
  return withDefaults(
    {
      ...o,
      participants: withDefaults(participants, { min: 1 }),
      formats,
      modules,
      priceRules,
      terms,
    },
    { focusQuestions: [], priceDisplay: 'indicative', related: [] },
  ) as unknown as Offering;
}

/**
 * Fills in a catalog's defaults the way `parseCatalog` from `@temadag/core` does (currency,
 * VAT rate, breaks, module minutes, empty lists...) and checks the shape the elements rely
 * on, without loading the catalog schema: the schema and its validator weigh more than the
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
  const address = object(provider.address, 'provider.address');
  return withDefaults(
    {
      ...root,
      provider: withDefaults(
        { ...provider, address: withDefaults(address, { country: 'DK' }) },
        { offerNumberPattern: 'T-{YYYY}-{NNNN}' },
      ),
      offerings: list(root.offerings, 'offerings', true).map((o, i) =>
        offering(o, `offerings[${i}]`),
      ),
    },
    { currency: 'DKK', defaultVatRate: 2500 },
  ) as unknown as Catalog;
}
