/**
 * A provider's offer draft: the visitor's selection plus manual lines and adjustments. Its
 * schema lives here, apart from `selection.ts`, so the widget's first paint (which prices plain
 * selections through `resolveDesign` and `priceResolved`) never bundles it.
 *
 * @module
 */
import * as z from 'zod/mini';
import type { Catalog } from './catalog-schema.js';
import { getMessages } from './messages/index.js';
import { problemFromIssue, type Problem } from './problems.js';
import {
  SelectionSchema,
  resolveDesign,
  type LocaleOptions,
  type ResolvedSelection,
} from './selection.js';

/** Largest unit price of a manual line, in øre (10 million kr.): sums stay exact integers. */
const MAX_UNIT_AMOUNT = 1_000_000_000;
/** Largest fixed adjustment, in øre (100 million kr.). */
const MAX_ADJUSTMENT_AMOUNT = 10_000_000_000;

const text = z.string().check(z.trim(), z.minLength(1), z.maxLength(200));

/**
 * A line the provider adds by hand: a description, a whole quantity, a unit price in øre
 * excluding VAT (never negative: a reduction is an adjustment) and a VAT rate in basis points.
 */
export const ManualLineSchema = z.strictObject({
  description: text,
  quantity: z.int().check(z.minimum(1), z.maximum(10_000)),
  unitAmount: z.int().check(z.minimum(0), z.maximum(MAX_UNIT_AMOUNT)),
  vatRate: z.int().check(z.minimum(0), z.maximum(10_000)),
});

/** A manual line as given. */
export type ManualLineInput = z.input<typeof ManualLineSchema>;
/** A manual line, checked. */
export type ManualLine = z.output<typeof ManualLineSchema>;

/**
 * A discount or surcharge on the whole offer, with its reason: either a `rate` in basis points
 * of the subtotal before adjustments (1000 = 10 %) or a fixed `amount` in øre excluding VAT,
 * never both.
 */
export const AdjustmentSchema = z
  .strictObject({
    kind: z.enum(['discount', 'surcharge']),
    reason: text,
    rate: z.optional(z.int().check(z.minimum(1), z.maximum(10_000))),
    amount: z.optional(z.int().check(z.minimum(1), z.maximum(MAX_ADJUSTMENT_AMOUNT))),
  })
  .check(
    z.refine((a) => (a.rate === undefined) !== (a.amount === undefined), {
      params: { check: 'rate-or-amount' },
    }),
  );

/** An adjustment as given. */
export type AdjustmentInput = z.input<typeof AdjustmentSchema>;
/** An adjustment, checked. */
export type Adjustment = z.output<typeof AdjustmentSchema>;

/**
 * A selection with the provider's manual lines and adjustments: what `priceSelection` and
 * `createOffer` accept. A plain selection is a draft without either.
 */
export const OfferDraftSchema = z.extend(SelectionSchema, {
  lines: z._default(z.array(ManualLineSchema).check(z.maxLength(50)), []),
  adjustments: z._default(z.array(AdjustmentSchema).check(z.maxLength(10)), []),
});

/** A draft as a program may write it: a selection, optionally with `lines` and `adjustments`. */
export type OfferDraftInput = z.input<typeof OfferDraftSchema>;
/** A draft with defaults filled in. */
export type OfferDraft = z.output<typeof OfferDraftSchema>;

/** A draft checked against its catalog: the resolved selection and the checked extras. */
export interface ResolvedDraft {
  resolved: ResolvedSelection;
  lines: ManualLine[];
  adjustments: Adjustment[];
}

/** The result of {@link resolveDraft}. */
export type ResolveDraftResult =
  { ok: true; value: ResolvedDraft } | { ok: false; problems: Problem[] };

/**
 * Checks a draft's shape and its selection against the catalog. Every problem is reported with
 * its path in the draft (`participants`, `lines[1].unitAmount`, `adjustments[0]`).
 *
 * @param catalog - a parsed catalog
 * @param input - a selection, optionally with `lines` and `adjustments`
 * @param options - language and messages of the problems
 * @returns the resolved draft, or the problems
 * @example
 * ```ts
 * const r = resolveDraft(catalog, {
 *   offering: 'dialog-i-udsatte-boligomraader',
 *   format: 'hel',
 *   participants: 30,
 *   adjustments: [{ kind: 'discount', reason: 'Samarbejdsaftale', rate: 1000, amount: 5000 }],
 * });
 * if (!r.ok) r.problems; // [{ path: 'adjustments[0]', code: 'rate-or-amount', ... }]
 * ```
 */
export function resolveDraft(
  catalog: Catalog,
  input: OfferDraftInput,
  options: LocaleOptions = {},
): ResolveDraftResult {
  const parsed = OfferDraftSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    const locale = options.locale ?? 'da';
    const m = getMessages(locale, options.messages);
    return { ok: false, problems: parsed.error.issues.map((i) => problemFromIssue(i, m, locale)) };
  }
  const { lines, adjustments, ...selection } = parsed.data;
  const resolved = resolveDesign(catalog, selection, options);
  if (!resolved.ok) return resolved;
  return { ok: true, value: { resolved: resolved.value, lines, adjustments } };
}
