import { CATALOG_DEFAULTS, type CatalogDefaultsRow } from './catalog-defaults.js';
import { isRecord } from './guards.js';

/** `offerings[].priceRules[kind=travel].perKm` as keys, `[]`, `{}` and `kind=travel` steps. */
const stepsOf = (path: string): string[] =>
  path
    .replace(/\[([^\]]+=[^\]]+)\]/g, '.[].$1')
    .replace(/\[\]|\{\}/g, '.$&')
    .split('.')
    .filter((step) => step !== '');

/** A copy of the value with the row's defaults filled in below it; the input is not changed. */
function fill(value: unknown, steps: readonly string[], defaults: Defaults): unknown {
  const [step, ...rest] = steps;
  if (step === '[]') {
    return Array.isArray(value) ? value.map((v) => fill(v, rest, defaults)) : value;
  }
  if (!isRecord(value)) return value;
  if (step === undefined) {
    const out = { ...value };
    // A fresh copy for each object, so no two objects share one default list.
    for (const key in defaults) {
      if (out[key] === undefined) out[key] = structuredClone(defaults[key]);
    }
    return out;
  }
  if (step === '{}') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, rest, defaults)]));
  }
  const [key, kind] = step.split('=') as [string, string | undefined];
  if (kind !== undefined) return value[key] === kind ? fill(value, rest, defaults) : value;
  return value[key] === undefined ? value : { ...value, [key]: fill(value[key], rest, defaults) };
}

type Defaults = CatalogDefaultsRow['defaults'];

/**
 * Fills in every default of the catalog schema (currency, VAT rate, breaks, module minutes,
 * empty lists...) from the generated {@link CATALOG_DEFAULTS} table, without zod and without
 * checking anything else: for a catalog that was validated where it was written or served.
 * On a valid catalog it gives what `parseCatalog` gives. The input is never changed.
 *
 * @param input - a catalog as its author wrote it, or one already parsed
 * @returns the catalog with the defaults filled in; input that is not an object as it is
 * @example
 * ```ts
 * const catalog = applyCatalogDefaults({ version: 1, provider, offerings }) as Catalog;
 * catalog.currency; // 'DKK'
 * ```
 */
export function applyCatalogDefaults(input: unknown): unknown {
  let value = input;
  for (const row of CATALOG_DEFAULTS) value = fill(value, stepsOf(row.path), row.defaults);
  return value;
}
