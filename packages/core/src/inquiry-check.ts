/**
 * The inquiry check that {@link parseInquiry} runs: the rules of `InquirySchema`
 * (inquiry-schema.ts) written out by hand, so that a browser form can validate an inquiry
 * without bundling zod (about 9 kB gzip of the widget's form chunk). It reports the issues
 * zod would, with the same codes, paths and details, so that the same words come out; a test
 * (test/inquiry-check.test.ts) compares the two on many inputs, and fails when the schema
 * and this check part ways.
 */
import type * as z from 'zod/mini';
import { isValidCvr, isValidGln } from './identifiers.js';
import {
  INQUIRY_FIELDS,
  INQUIRY_LIMITS,
  isCvrShape,
  isEanShape,
  isValidDanishPhone,
} from './inquiry-rules.js';
import type { Inquiry } from './inquiry-schema.js';
import { MAX_TRAVEL_KM } from './travel.js';

/** One issue, as zod words it (the fields that problem wording reads). */
export type InquiryIssue = z.core.$ZodIssue;

/** The result of {@link checkInquiry}, shaped as zod's `safeParse` result. */
export type InquiryCheckResult =
  { success: true; data: Inquiry } | { success: false; issues: InquiryIssue[] };

type Path = PropertyKey[];
/** Adds an issue at a path. */
type Report = (issue: Record<string, unknown>, path: Path) => void;

/** A rule for one value: returns the value to keep (strings trimmed, defaults filled in). */
type Rule = (value: unknown, path: Path, report: Report) => unknown;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const UTM_KEY = /^utm_[a-z0-9_]{1,50}$/;
// The shapes that zod's `z.email()` and `z.iso.date()` accept.
const EMAIL =
  /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;
const DATE =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))$/;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A check of a string: an issue, or undefined when it holds. Length checks (`lengthy`) run on
 * a value of the wrong type too when it has a length (an array), as zod's do; the others only
 * on strings.
 */
interface StringCheck {
  (value: string): Record<string, unknown> | undefined;
  lengthy?: true;
}

/** What zod calls the kind of a value with a length. */
const originOf = (value: unknown): string =>
  Array.isArray(value) ? 'array' : typeof value === 'string' ? 'string' : 'unknown';

const lengthy = (check: (value: { length: number }) => Record<string, unknown> | undefined) =>
  Object.assign(check as StringCheck, { lengthy: true as const });
const minLength = (minimum: number): StringCheck =>
  lengthy((value) =>
    value.length < minimum
      ? { code: 'too_small', origin: originOf(value), minimum, inclusive: true }
      : undefined,
  );
const maxLength = (maximum: number): StringCheck =>
  lengthy((value) =>
    value.length > maximum
      ? { code: 'too_big', origin: originOf(value), maximum, inclusive: true }
      : undefined,
  );
const pattern =
  (regex: RegExp, format = 'regex'): StringCheck =>
  (value) =>
    regex.test(value)
      ? undefined
      : { code: 'invalid_format', origin: 'string', format, pattern: regex };
const refine =
  (holds: (value: string) => boolean, check: string): StringCheck =>
  (value) =>
    holds(value) ? undefined : { code: 'custom', params: { check } };

const hasLength = (value: unknown): value is { length: number } =>
  value !== undefined &&
  value !== null &&
  typeof (value as { length?: unknown }).length === 'number';

/** A string: its type, then (after trimming, when asked) every check, each reported. */
function text(trim: boolean, ...checks: StringCheck[]): Rule {
  return (value, path, report) => {
    if (typeof value !== 'string') {
      report({ code: 'invalid_type', expected: 'string', input: value }, path);
      for (const check of checks) {
        const issue = check.lengthy && hasLength(value) ? check(value as string) : undefined;
        if (issue) report({ ...issue, input: value }, path);
      }
      return value;
    }
    const kept = trim ? value.trim() : value;
    for (const check of checks) {
      const issue = check(kept);
      if (issue) report({ ...issue, input: kept }, path);
    }
    return kept;
  };
}

/** A safe integer within bounds. */
function integer(minimum: number, maximum?: number): Rule {
  return (value, path, report) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      report({ code: 'invalid_type', expected: 'number', input: value }, path);
      return value;
    }
    if (!Number.isInteger(value)) {
      report({ code: 'invalid_type', expected: 'int', format: 'safeint', input: value }, path);
      return value;
    }
    if (value > Number.MAX_SAFE_INTEGER) {
      const maximum = Number.MAX_SAFE_INTEGER;
      report({ code: 'too_big', origin: 'int', maximum, inclusive: true, input: value }, path);
    } else if (value < Number.MIN_SAFE_INTEGER) {
      const minimum = Number.MIN_SAFE_INTEGER;
      report({ code: 'too_small', origin: 'int', minimum, inclusive: true, input: value }, path);
    }
    if (value < minimum) {
      report({ code: 'too_small', origin: 'number', minimum, inclusive: true, input: value }, path);
    }
    if (maximum !== undefined && value > maximum) {
      report({ code: 'too_big', origin: 'number', maximum, inclusive: true, input: value }, path);
    }
    return value;
  };
}

/** A list of items, at most `maximum` long when given. */
function list(item: Rule, maximum?: number): Rule {
  return (value, path, report) => {
    const tooLong = maximum !== undefined && hasLength(value) && value.length > maximum;
    const tooBig = { code: 'too_big', origin: originOf(value), maximum, inclusive: true };
    if (!Array.isArray(value)) {
      report({ code: 'invalid_type', expected: 'array', input: value }, path);
      if (tooLong) report({ ...tooBig, input: value }, path);
      return value;
    }
    // The length first: the items of a list that is too long are not looked at.
    if (tooLong) {
      report({ ...tooBig, input: value }, path);
      return value;
    }
    return value.map((entry, i) => item(entry, [...path, i], report));
  };
}

/** Absent is fine (and stays absent). */
const optional =
  (rule: Rule): Rule =>
  (value, path, report) =>
    value === undefined ? undefined : rule(value, path, report);

/** Absent becomes `fallback`. */
const withDefault =
  (rule: Rule, fallback: () => unknown): Rule =>
  (value, path, report) =>
    value === undefined ? fallback() : rule(value, path, report);

/** An object with exactly these fields, checked in this order; any other key is reported. */
function strict(fields: readonly string[], rules: Record<string, Rule>): Rule {
  return (value, path, report) => {
    if (!isObject(value)) {
      report({ code: 'invalid_type', expected: 'object', input: value }, path);
      return value;
    }
    const out: Record<string, unknown> = {};
    for (const key of fields) {
      const kept = rules[key]!(value[key], [...path, key], report);
      if (kept !== undefined || key in value) out[key] = kept;
    }
    const unknown = Object.keys(value).filter((key) => !fields.includes(key));
    if (unknown.length > 0) {
      report({ code: 'unrecognized_keys', keys: unknown, input: value }, path);
    }
    return out;
  };
}

const id = text(false, pattern(ID), maxLength(80));
const L = INQUIRY_LIMITS;

/** The campaign parameters: `utm_…` keys, short values, at most `utmKeys` of them. */
const utm: Rule = (value, path, report) => {
  if (!isObject(value)) {
    report({ code: 'invalid_type', expected: 'record', input: value }, path);
    return value;
  }
  const out: Record<string, unknown> = {};
  let keysOk = true;
  for (const key of Object.keys(value)) {
    if (!UTM_KEY.test(key)) {
      keysOk = false;
      const inner = [
        {
          code: 'invalid_format',
          origin: 'string',
          format: 'regex',
          pattern: UTM_KEY,
          path: [],
          message: 'Invalid input',
          input: key,
        },
      ];
      report({ code: 'invalid_key', origin: 'record', issues: inner, input: key }, [...path, key]);
      continue;
    }
    out[key] = text(false, maxLength(L.utmValue))(value[key], [...path, key], report);
  }
  if (keysOk && Object.keys(value).length > L.utmKeys) {
    report({ code: 'custom', params: { check: 'utm-keys' }, input: out }, path);
  }
  return out;
};

const rules: Record<string, Rule> = {
  offering: id,
  format: id,
  participants: integer(1),
  modules: withDefault(list(id), () => []),
  preferredDates: optional(list(text(false, pattern(DATE, 'date')), L.preferredDates)),
  place: optional(text(true, maxLength(L.place))),
  travel: optional(
    strict(INQUIRY_FIELDS.travel, { km: optional(integer(0, MAX_TRAVEL_KM)), zone: optional(id) }),
  ),
  contact: strict(INQUIRY_FIELDS.contact, {
    name: text(true, minLength(1), maxLength(L.name)),
    email: text(false, pattern(EMAIL, 'email'), maxLength(L.email)),
    organisation: text(true, minLength(1), maxLength(L.organisation)),
    role: optional(text(true, maxLength(L.role))),
    phone: optional(text(true, maxLength(L.phone), refine(isValidDanishPhone, 'phone'))),
  }),
  message: optional(text(true, maxLength(L.message))),
  invoicing: optional(
    strict(INQUIRY_FIELDS.invoicing, {
      ean: optional(
        text(
          true,
          refine(isEanShape, 'ean-digits'),
          refine((v) => !isEanShape(v) || isValidGln(v), 'gln'),
        ),
      ),
      cvr: optional(
        text(
          true,
          refine(isCvrShape, 'cvr-digits'),
          refine((v) => !isCvrShape(v) || isValidCvr(v), 'cvr'),
        ),
      ),
      reference: optional(text(true, maxLength(L.reference))),
    }),
  ),
  locale: withDefault(
    (value, path, report) => {
      if (value !== 'da' && value !== 'en') {
        report({ code: 'invalid_value', values: ['da', 'en'], input: value }, path);
      }
      return value;
    },
    () => 'da',
  ),
  website: optional(text(false)),
  utm: optional(utm),
};
const inquiry = strict(INQUIRY_FIELDS.top, rules);

/**
 * Checks an inquiry by the rules of `InquirySchema`, without zod, and reports the issues that
 * `InquirySchema.safeParse(input, { reportInput: true })` reports. Most callers want
 * {@link parseInquiry}, which words them.
 *
 * @param input - the inquiry, e.g. a parsed JSON body
 * @returns `{ success: true, data }` with strings trimmed and defaults filled in, or
 *   `{ success: false, issues }`
 * @example
 * ```ts
 * const result = checkInquiry({ offering: 'dialog', format: 'hel', participants: 0 });
 * if (!result.success) result.issues.map((i) => i.path); // [['participants'], ['contact']]
 * ```
 */
export function checkInquiry(input: unknown): InquiryCheckResult {
  const issues: InquiryIssue[] = [];
  const data = inquiry(input, [], (issue, path) => {
    issues.push({ ...issue, path, message: 'Invalid input' } as unknown as InquiryIssue);
  });
  return issues.length > 0 ? { success: false, issues } : { success: true, data: data as Inquiry };
}
