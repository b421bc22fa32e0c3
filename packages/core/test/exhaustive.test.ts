import { describe, expect, it } from 'vitest';
import {
  loadCatalog,
  parseCatalog,
  priceSelection,
  type PriceRule,
  type PriceRuleKind,
} from '@temadag/core';
import { unknownRule } from '../src/exhaustive.js';
import { exampleCatalogJson } from './catalog.support.js';

const exampleJson = exampleCatalogJson() as unknown as { offerings: { priceRules: unknown[] }[] };

/** A switch that forgets `travel`: `pnpm typecheck` fails if the expect-error goes unused. */
function forgetful(rule: PriceRule): PriceRuleKind {
  switch (rule.kind) {
    case 'fixed':
    case 'per-participant':
    case 'tiered':
    case 'band':
    case 'package':
    case 'add-on':
    case 'percentage':
    case 'minimum':
    case 'on-request':
      return rule.kind;
    default:
      // @ts-expect-error: 'travel' has no case, so the rule here is not `never`
      return unknownRule(rule);
  }
}

describe('rule-kind switches', () => {
  it('throw on a kind that escapes the types instead of passing it silently', () => {
    expect(() => forgetful({ id: 'x', kind: 'travel' } as PriceRule)).toThrowError(
      'Unknown price rule kind: "travel"',
    );
  });

  it('stop pricing at a rule of an unknown kind rather than price it at 0', () => {
    const catalog = loadCatalog(structuredClone(exampleJson));
    const offering = catalog.offerings[0]!;
    offering.priceRules.push({ id: 'gratis', kind: 'gratis' } as unknown as PriceRule);
    const selection = { offering: offering.id, format: 'hel', participants: 30 };
    expect(() => priceSelection(catalog, selection)).toThrowError(
      'Unknown price rule kind: "gratis"',
    );
  });

  it('reject such a kind when parsing a catalog, before any switch sees it', () => {
    const json = structuredClone(exampleJson);
    json.offerings[0]!.priceRules.push({ id: 'gratis', kind: 'gratis' });
    const result = parseCatalog(json);
    expect(result.ok).toBe(false);
  });
});
