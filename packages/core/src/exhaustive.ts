import type { PriceRule } from './catalog-schema.js';

/**
 * Ends a switch over rule kinds: TypeScript fails at the call when a new kind has no case
 * (the rule is then not `never`), and a rule that escapes the types anyway throws instead of
 * being priced at 0 or passing unchecked.
 *
 * @param rule - the rule no case took
 * @returns never
 * @throws Error naming the kind
 */
export function unknownRule(rule: never): never {
  throw new Error(`Unknown price rule kind: ${JSON.stringify((rule as PriceRule).kind)}`);
}
