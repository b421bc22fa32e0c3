import { CATALOG_DEFAULTS, type CatalogDefaultsRow } from './catalog-defaults.js';
import { isRecord } from './guards.js';

type Step =
  | { kind: 'key'; key: string }
  | { kind: 'items' }
  | { kind: 'values' }
  | { kind: 'where'; key: string; value: string };

/** `offerings[].priceRules[kind=travel].perKm` as steps; `[kind=…]` is `[]` and a filter. */
function stepsOf(path: string): Step[] {
  const steps: Step[] = [];
  for (const match of path.matchAll(/([^.[\]{}]+)|\[\]|\{\}|\[([^=\]]+)=([^\]]+)\]/g)) {
    const [token, key, whereKey, whereValue] = match;
    if (key !== undefined) steps.push({ kind: 'key', key });
    else if (token === '[]') steps.push({ kind: 'items' });
    else if (token === '{}') steps.push({ kind: 'values' });
    else steps.push({ kind: 'items' }, { kind: 'where', key: whereKey!, value: whereValue! });
  }
  return steps;
}

// A fresh copy for each object, so no two objects share one default list.
const fresh = (value: unknown): unknown =>
  value !== null && typeof value === 'object' ? structuredClone(value) : value;

/** The value with the row applied below it; the same value when nothing was missing. */
function applyRow(
  value: unknown,
  steps: readonly Step[],
  defaults: CatalogDefaultsRow['defaults'],
): unknown {
  const [step, ...rest] = steps;
  if (step === undefined) {
    if (!isRecord(value)) return value;
    const missing = Object.keys(defaults).filter((key) => value[key] === undefined);
    if (missing.length === 0) return value;
    const out = { ...value };
    for (const key of missing) out[key] = fresh(defaults[key]);
    return out;
  }
  switch (step.kind) {
    case 'key': {
      if (!isRecord(value) || value[step.key] === undefined) return value;
      const inner = value[step.key];
      const next = applyRow(inner, rest, defaults);
      return next === inner ? value : { ...value, [step.key]: next };
    }
    case 'items': {
      if (!Array.isArray(value)) return value;
      const next = value.map((item: unknown) => applyRow(item, rest, defaults));
      return next.every((item, i) => item === value[i]) ? value : next;
    }
    case 'values': {
      if (!isRecord(value)) return value;
      const next = Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, applyRow(v, rest, defaults)]),
      );
      return Object.keys(next).every((k) => next[k] === value[k]) ? value : next;
    }
    case 'where':
      return isRecord(value) && value[step.key] === step.value
        ? applyRow(value, rest, defaults)
        : value;
    default: {
      const unknown: never = step;
      throw new Error(`Unknown path step ${JSON.stringify(unknown)}`);
    }
  }
}

const ROWS = CATALOG_DEFAULTS.map((row) => ({ steps: stepsOf(row.path), defaults: row.defaults }));

/**
 * Fills in every default of the catalog schema (currency, VAT rate, breaks, module minutes,
 * empty lists...) from the generated {@link CATALOG_DEFAULTS} table, without zod and without
 * checking anything else: for a catalog that was validated where it was written or served.
 * On a valid catalog it gives what `parseCatalog` gives. The input is never changed; parts
 * that miss nothing are shared with it.
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
  for (const row of ROWS) value = applyRow(value, row.steps, row.defaults);
  return value;
}
