import type * as z from 'zod/mini';
import { formatNumber } from './format.js';
import type { Locale } from './locale.js';
import type { Messages } from './messages/index.js';

/** Codes of problems with the shape of any input (a type, a length, a format). */
export type IssueCode =
  | 'required'
  | 'type'
  | 'integer'
  | 'too-short'
  | 'too-few'
  | 'too-small'
  | 'too-long'
  | 'too-many'
  | 'too-big'
  | 'email'
  | 'url'
  | 'date'
  | 'id'
  | 'pattern'
  | 'one-of'
  | 'unknown-key'
  | 'union'
  | 'cvr'
  | 'gln'
  | 'invalid';

/** Codes of problems with the meaning of a catalog (see `parseCatalog`). */
export type CatalogProblemCode =
  | 'duplicate-id'
  | 'unknown-format'
  | 'unknown-module'
  | 'unknown-rule'
  | 'unknown-offering'
  | 'participants-range'
  | 'participants-default'
  | 'break-after-end'
  | 'module-minutes-missing'
  | 'format-overfull'
  | 'module-too-long'
  | 'tier-open-middle'
  | 'tier-gap'
  | 'tier-overlap'
  | 'tier-unsorted'
  | 'tier-closed-end'
  | 'add-on-required'
  | 'scope-self'
  | 'scope-order'
  | 'travel-mode'
  | 'single-rule';

/** Codes of problems with a selection against its catalog (see `resolveSelection`). */
export type SelectionProblemCode =
  | 'unknown-offering'
  | 'unknown-format'
  | 'unknown-module'
  | 'module-not-in-format'
  | 'participants-range'
  | 'unknown-zone'
  | 'overfull';

/** Codes of problems with an inquiry as the form words them (see `parseInquiry`). */
export type InquiryProblemCode =
  | 'name-empty'
  | 'email-empty'
  | 'email-no-at'
  | 'email-invalid'
  | 'organisation-empty'
  | 'phone-invalid'
  | 'participants-empty'
  | 'participants-range'
  | 'format-empty'
  | 'message-too-long'
  | 'date-invalid'
  | 'date-past'
  | 'ean-invalid'
  | 'ean-check-digit'
  | 'cvr-invalid'
  | 'cvr-check';

/** Codes of problems with a provider's offer draft (see `priceSelection`, `createOffer`). */
export type DraftProblemCode =
  'rate-or-amount' | 'discount-exceeds' | 'nothing-to-adjust' | 'valid-until-past';

/** Every code a {@link Problem} can have: programs may switch on it exhaustively. */
export type ProblemCode =
  IssueCode | CatalogProblemCode | SelectionProblemCode | InquiryProblemCode | DraftProblemCode;

/**
 * One problem with some input: where it is, and what is wrong in the reader's language.
 * `path` is a JSON path such as `offerings[0].priceRules[2].tiers[1].upTo` or `contact.email`.
 */
export interface Problem {
  /** Where the problem is: dotted keys and `[index]` for list items; empty for the root. */
  path: string;
  /** What is wrong and, where possible, how to fix it. */
  message: string;
  /** A stable code for programs, e.g. `tier-gap` or `too-small`. */
  code: ProblemCode;
}

/**
 * Writes a path of keys as a JSON path: `['offerings', 0, 'title']` becomes
 * `offerings[0].title`.
 *
 * @param path - keys and list indexes
 * @returns the path as text
 * @example
 * ```ts
 * formatPath(['contact', 'email']); // 'contact.email'
 * formatPath(['offerings', 0, 'tiers', 1]); // 'offerings[0].tiers[1]'
 * ```
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/**
 * A problem list in an error, for `throw`. The functions that take a selection throw it when
 * the selection does not fit the catalog; programs read {@link ValidationError.problems}.
 *
 * @example
 * ```ts
 * try {
 *   priceSelection(catalog, {
 *     offering: 'dialog-i-udsatte-boligomraader',
 *     format: 'hel',
 *     participants: 0,
 *   });
 * } catch (error) {
 *   if (!(error instanceof ValidationError)) throw error;
 *   error.problems.map((p) => p.code); // ['too-small']
 *   error.message; // 'Valget har fejl:\n  participants: Skal være mindst 1.'
 * }
 * ```
 */
export class ValidationError extends Error {
  /** Every problem found, never empty. */
  readonly problems: readonly Problem[];

  /**
   * Creates the error. Its message is the heading and then one line per problem with its path.
   *
   * @param problems - the problems, at least one
   * @param heading - the first line of the message
   */
  constructor(problems: readonly Problem[], heading: string) {
    super(`${heading}\n${problems.map((p) => `  ${p.path || '(root)'}: ${p.message}`).join('\n')}`);
    this.name = 'ValidationError';
    this.problems = problems;
  }
}

/** The one-of message from the allowed values, as JSON texts. */
const oneOf = (m: Messages, items: string[]) => m.issue.oneOf(items.join(', '), items);

const ID_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';

/**
 * Turns one zod issue into a {@link Problem} worded in the reader's language.
 *
 * @param issue - the issue as zod reports it (parse with `reportInput: true` so a missing
 *   field can be told from a wrong one)
 * @param m - the message catalogue
 * @param locale - the language, for numbers in the message
 * @param prefix - keys to put before the issue's own path
 * @returns the problem
 * @example
 * ```ts
 * const result = SelectionSchema.safeParse(
 *   { offering: 'dialog', format: 'hel', participants: 0 },
 *   { reportInput: true },
 * );
 * if (!result.success) problemFromIssue(result.error.issues[0]!, getMessages('en'), 'en');
 * // { path: 'participants', code: 'too-small', message: 'Must be at least 1.' }
 * ```
 */
export function problemFromIssue(
  issue: z.core.$ZodIssue,
  m: Messages,
  locale: Locale,
  prefix: readonly PropertyKey[] = [],
): Problem {
  const path = formatPath([...prefix, ...issue.path]);
  const n = (v: number | bigint) => formatNumber(Number(v), locale);
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) return { path, code: 'required', message: m.issue.required };
      if (issue.expected === 'int' && typeof input === 'number') {
        return { path, code: 'integer', message: m.issue.integer };
      }
      const name = m.issue.typeNames[issue.expected] ?? issue.expected;
      return { path, code: 'type', message: m.issue.type(name) };
    }
    case 'too_small': {
      const min = n(issue.minimum as number);
      if (issue.origin === 'string')
        return { path, code: 'too-short', message: m.issue.tooShort(min) };
      if (issue.origin === 'array' || issue.origin === 'set') {
        return { path, code: 'too-few', message: m.issue.tooFew(min, Number(issue.minimum)) };
      }
      return { path, code: 'too-small', message: m.issue.tooSmall(min) };
    }
    case 'too_big': {
      const max = n(issue.maximum as number);
      if (issue.origin === 'string') {
        const actual = typeof input === 'string' ? n(input.length) : '?';
        return { path, code: 'too-long', message: m.issue.tooLong(max, actual) };
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return { path, code: 'too-many', message: m.issue.tooMany(max, Number(issue.maximum)) };
      }
      return { path, code: 'too-big', message: m.issue.tooBig(max) };
    }
    case 'invalid_format': {
      if (issue.format === 'email') return { path, code: 'email', message: m.issue.email };
      if (issue.format === 'url') return { path, code: 'url', message: m.issue.url };
      if (issue.format === 'date') return { path, code: 'date', message: m.issue.date };
      const pattern = (issue as { pattern?: unknown }).pattern;
      const source =
        pattern instanceof RegExp
          ? pattern.source
          : String(pattern).replace(/^\/(.*)\/[a-z]*$/, '$1');
      if (issue.format === 'regex' && source === ID_PATTERN) {
        return { path, code: 'id', message: m.issue.id };
      }
      return { path, code: 'pattern', message: m.issue.pattern };
    }
    case 'invalid_value':
      if (input === undefined) return { path, code: 'required', message: m.issue.required };
      return {
        path,
        code: 'one-of',
        message: oneOf(
          m,
          issue.values.map((v) => JSON.stringify(v)),
        ),
      };
    case 'unrecognized_keys':
      return {
        path,
        code: 'unknown-key',
        message: m.issue.unknownKeys(issue.keys.join(', '), issue.keys),
      };
    case 'invalid_union': {
      if (input === undefined) return { path, code: 'required', message: m.issue.required };
      const union = issue as { note?: string; discriminator?: string; options?: unknown[] };
      if (union.note === 'No matching discriminator' && union.discriminator) {
        const key = union.discriminator;
        const value = (input as Record<string, unknown> | null)?.[key];
        const keyPath =
          issue.path.at(-1) === key ? path : formatPath([...prefix, ...issue.path, key]);
        if (value === undefined)
          return { path: keyPath, code: 'required', message: m.issue.required };
        const options = (union.options ?? []).map((o) => JSON.stringify(o));
        return { path: keyPath, code: 'one-of', message: oneOf(m, options) };
      }
      return { path, code: 'union', message: m.issue.union };
    }
    case 'custom': {
      const check = (issue.params as { check?: string } | undefined)?.check;
      if (check === 'cvr') return { path, code: 'cvr', message: m.issue.cvr };
      if (check === 'gln') return { path, code: 'gln', message: m.issue.gln };
      if (check === 'rate-or-amount') {
        return { path, code: 'rate-or-amount', message: m.revision.rateOrAmount };
      }
      return { path, code: 'invalid', message: m.issue.invalid };
    }
    // No schema of ours makes these (no records, maps or multipleOf): a general message, named
    // here so that a new zod issue code is a lint error until it gets its own words.
    case 'invalid_element':
    case 'invalid_key':
    case 'not_multiple_of':
      return { path, code: 'invalid', message: m.issue.invalid };
  }
}
