/**
 * Pricing of a provider's draft: the catalog's lines (from `priceResolved`), then the manual
 * lines, then the adjustments, with VAT once per rate over all of them (`totals`).
 *
 * How a document-level adjustment meets VAT: its amount (a rate of, or a fixed sum off, the
 * subtotal before adjustments) is split over the VAT rates in proportion to each rate's base
 * by `allocate` (largest remainder), one line per rate, exactly as a catalog percentage rule
 * with document scope is split. So each rate's VAT is computed on its own reduced base, the
 * parts add up to the adjustment to the øre, and the lines still sum to the subtotal.
 *
 * @module
 */
import type { Catalog } from './catalog-schema.js';
import { formatMoney, formatNumber, formatPercent } from './format.js';
import type { Locale } from './locale.js';
import { getMessages, type Messages } from './messages/index.js';
import { allocate, applyRate, multiply } from './money.js';
import type { Adjustment, ManualLine, OfferDraftInput, ResolvedDraft } from './offer-draft.js';
import { resolveDraft } from './offer-draft.js';
import { priceResolved, totals, type Price, type PriceLine } from './pricing.js';
import { ValidationError, type Problem } from './problems.js';
import type { LocaleOptions } from './selection.js';

interface DraftCtx {
  locale: Locale;
  m: Messages;
  money: (minor: number) => string;
}

/**
 * The priced lines of manual lines: ids `manual-1`, `manual-2`, … in the order given.
 *
 * @param lines - checked manual lines
 * @param ctx - language, messages, money format
 * @returns one price line per manual line, `amount = quantity × unitAmount`
 */
function manualPriceLines(lines: readonly ManualLine[], ctx: DraftCtx): PriceLine[] {
  return lines.map((line, i) => ({
    rule: `manual-${i + 1}`,
    kind: 'manual',
    description: line.description,
    explanation: ctx.m.revision.manualLine(
      formatNumber(line.quantity, ctx.locale),
      ctx.money(line.unitAmount),
    ),
    quantity: line.quantity,
    unitAmount: line.unitAmount,
    amount: multiply(line.unitAmount, line.quantity),
    vatRate: line.vatRate,
  }));
}

/**
 * The priced lines of adjustments (ids `adjustment-1`, …): each one's amount split over the VAT
 * rates of the lines before it in proportion to their positive bases. A rate applies to the
 * subtotal before any adjustment, so the order of adjustments does not matter.
 */
function adjustmentPriceLines(
  adjustments: readonly Adjustment[],
  before: readonly PriceLine[],
  ctx: DraftCtx,
): { lines: PriceLine[]; problems: Problem[] } {
  const { m, locale, money } = ctx;
  const lines: PriceLine[] = [];
  const problems: Problem[] = [];
  if (adjustments.length === 0) return { lines, problems };
  const byRate = new Map<number, number>();
  let subtotal = 0;
  for (const line of before) {
    byRate.set(line.vatRate, (byRate.get(line.vatRate) ?? 0) + line.amount);
    subtotal += line.amount;
  }
  const groups = [...byRate].filter(([, base]) => base > 0);
  const base = groups.reduce((sum, [, b]) => sum + b, 0);
  if (base <= 0) {
    problems.push({
      path: 'adjustments',
      code: 'nothing-to-adjust',
      message: m.revision.nothingToAdjust,
    });
    return { lines, problems };
  }
  const weights = groups.map(([, b]) => b);
  const sizes = adjustments.map((adj) =>
    adj.rate !== undefined ? applyRate(base, adj.rate) : (adj.amount ?? 0),
  );
  const net = adjustments.reduce(
    (sum, adj, i) => sum + (adj.kind === 'discount' ? -1 : 1) * (sizes[i] ?? 0),
    subtotal,
  );
  if (net < 0) {
    // Named at the first discount: that is where the provider lowers it.
    const i = adjustments.findIndex((adj) => adj.kind === 'discount');
    const field = adjustments[i]?.rate !== undefined ? 'rate' : 'amount';
    problems.push({
      path: `adjustments[${i}].${field}`,
      code: 'discount-exceeds',
      message: m.revision.discountExceeds(money(subtotal)),
    });
    return { lines, problems };
  }
  adjustments.forEach((adj, i) => {
    const size = sizes[i] ?? 0;
    const signed = adj.kind === 'discount' ? -size : size;
    if (signed === 0) return;
    const discount = adj.kind === 'discount';
    const description = discount
      ? m.pricing.discountLine(adj.reason)
      : m.pricing.surchargeLine(adj.reason);
    const explanation =
      adj.rate !== undefined
        ? (discount ? m.pricing.discount : m.pricing.surcharge)(
            formatPercent(adj.rate, locale),
            money(base),
            adj.reason,
          )
        : (discount ? m.revision.discountAmount : m.revision.surchargeAmount)(
            money(size),
            adj.reason,
          );
    const parts = allocate(signed, weights);
    groups.forEach(([rate], g) => {
      const amount = parts[g] ?? 0;
      const share =
        groups.length > 1 ? ` (${m.pricing.vatShare(formatPercent(rate, locale))})` : '';
      lines.push({
        rule: `adjustment-${i + 1}`,
        kind: 'adjustment',
        description,
        explanation: explanation + share,
        quantity: 1,
        unitAmount: amount,
        amount,
        vatRate: rate,
      });
    });
  });
  return { lines, problems };
}

/** The result of {@link priceDraft}. */
export type PriceDraftResult = { ok: true; value: Price } | { ok: false; problems: Problem[] };

/**
 * Prices a resolved draft: the catalog's lines, the manual lines, the adjustments, then VAT once
 * per rate. A draft without manual lines and adjustments gets exactly `priceResolved`'s price.
 * A price on request that gets manual lines becomes `priced` by those lines alone (the provider
 * has agreed the price); adjustments need a positive subtotal to work on.
 *
 * @param catalog - the catalog (currency, default VAT)
 * @param draft - a draft resolved by {@link resolveDraft}
 * @param options - language and messages
 * @returns the price, or the problems (`nothing-to-adjust`, `discount-exceeds`)
 * @example
 * ```ts
 * const r = resolveDraft(catalog, {
 *   offering: 'dialog-i-udsatte-boligomraader',
 *   format: 'hel',
 *   participants: 30,
 *   lines: [{ description: 'Ekstra facilitator', quantity: 1, unitAmount: 400_000, vatRate: 2500 }],
 *   adjustments: [{ kind: 'discount', reason: 'Rammeaftale', rate: 1000 }],
 * });
 * if (r.ok) {
 *   const price = priceDraft(catalog, r.value);
 *   if (price.ok) price.value.lines.map((l) => l.kind); // [..., 'manual', 'adjustment']
 * }
 * ```
 */
export function priceDraft(
  catalog: Catalog,
  draft: ResolvedDraft,
  options: LocaleOptions = {},
): PriceDraftResult {
  const price = priceResolved(catalog, draft.resolved, options);
  if (draft.lines.length === 0 && draft.adjustments.length === 0) return { ok: true, value: price };
  const locale = options.locale ?? 'da';
  const ctx: DraftCtx = {
    locale,
    m: getMessages(locale, options.messages),
    money: (minor) => formatMoney(minor, locale, { currency: catalog.currency }),
  };
  const before = [...price.lines, ...manualPriceLines(draft.lines, ctx)];
  const adjusted = adjustmentPriceLines(draft.adjustments, before, ctx);
  if (adjusted.problems.length > 0) return { ok: false, problems: adjusted.problems };
  const lines = [...before, ...adjusted.lines];
  const { onRequestReason: _reason, ...rest } = price;
  const status =
    price.status === 'on-request' && draft.lines.length === 0 ? price.status : 'priced';
  return {
    ok: true,
    value: status === 'priced' ? { ...rest, status, lines, ...totals(lines) } : price,
  };
}

/**
 * Prices a selection: every rule of the offering that applies, in catalog order, with a line
 * per result that explains itself; then a provider's manual lines and adjustments when the
 * selection carries them; then VAT per rate and the totals. Money is exact integer øre; the
 * same input always gives the same price. This one function serves the widget, the PDF, the
 * server, the console and the CLI.
 *
 * @param catalog - a parsed catalog (see {@link parseCatalog})
 * @param selection - offering, format, participants, modules, travel; optionally `lines`
 *   (manual lines) and `adjustments` (discounts and surcharges with a reason)
 * @param options - language of descriptions and explanations (`da` by default)
 * @returns the price
 * @throws {@link ValidationError} when the selection does not fit the catalog, or a draft's
 *   lines or adjustments have problems
 * @example
 * ```ts
 * const price = priceSelection(catalog, {
 *   offering: 'dialog-i-udsatte-boligomraader',
 *   format: 'hel',
 *   participants: 30,
 * });
 * price.total; // in øre, VAT included
 * const adjusted = priceSelection(catalog, {
 *   offering: 'dialog-i-udsatte-boligomraader',
 *   format: 'hel',
 *   participants: 30,
 *   adjustments: [{ kind: 'discount', reason: 'Rammeaftale', amount: 100_000 }],
 * });
 * adjusted.subtotal; // price.subtotal - 100_000
 * ```
 */
export function priceSelection(
  catalog: Catalog,
  selection: OfferDraftInput,
  options: LocaleOptions = {},
): Price {
  const heading = () => getMessages(options.locale ?? 'da', options.messages).headings.selection;
  const resolved = resolveDraft(catalog, selection, options);
  if (!resolved.ok) throw new ValidationError(resolved.problems, heading());
  const price = priceDraft(catalog, resolved.value, options);
  if (!price.ok) throw new ValidationError(price.problems, heading());
  return price.value;
}
