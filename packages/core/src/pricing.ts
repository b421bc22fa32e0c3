import type { Catalog, PriceRule } from './catalog-schema.js';
import { formatMoney, formatNumber, formatPercent } from './format.js';
import { localize, type Locale } from './locale.js';
import { getMessages, type Messages } from './messages/index.js';
import { allocate, applyRate, multiply } from './money.js';
import { unknownRule } from './exhaustive.js';
import type { LocaleOptions, ResolvedSelection } from './selection.js';

/** One priced line. Amounts are integers in minor units (øre), excluding VAT. */
export interface PriceLine {
  /** Id of the price rule that made the line. */
  rule: string;
  /**
   * Kind of that rule; `manual` for a provider's manual line and `adjustment` for a discount or
   * surcharge added to a draft (see `priceSelection`).
   */
  kind: PriceRule['kind'] | 'manual' | 'adjustment';
  /** What is priced, in the offer's language. */
  description: string;
  /** How the amount came about: "25 deltagere × 450,00 kr. (trin 21–40)". */
  explanation: string;
  quantity: number;
  unitAmount: number;
  /** `quantity × unitAmount` for unit lines; the rounded result for percentage lines. */
  amount: number;
  /** VAT rate in basis points (2500 = 25 %). */
  vatRate: number;
  /** The participant tier or band that priced the line, when one did. */
  tier?: { from: number; upTo: number | null };
}

/** VAT for one rate: `amount` is the rate applied once to the sum of the rounded lines. */
export interface VatBreakdown {
  /** Basis points. */
  rate: number;
  base: number;
  amount: number;
}

/** The price of a selection. */
export interface Price {
  /**
   * `priced`: the lines and totals hold the price. `on-request`: no price is computed (the
   * offering's display mode, or more participants than the on-request rule allows); the lines
   * are empty and the amounts 0.
   */
  status: 'priced' | 'on-request';
  /** Why the price is on request, in the offer's language. */
  onRequestReason?: string;
  currency: string;
  lines: PriceLine[];
  subtotal: number;
  vat: VatBreakdown[];
  vatTotal: number;
  total: number;
}

/** Options of {@link priceResolved}. */
export interface PriceOptions extends LocaleOptions {
  /**
   * `false` leaves every line's `explanation` empty (`''`): for a caller that needs only the
   * amounts and the lines' descriptions, such as `moduleEffect` pricing the design with or
   * without an add-on. Formatting the numbers and amounts of the explanations for the language
   * is most of the cost of a price. The amounts, descriptions, tiers and totals are the same
   * either way. Default `true`.
   */
  explanations?: boolean;
}

interface Ctx {
  locale: Locale;
  /** False: the lines' explanations stay empty and none is worded (see {@link PriceOptions}). */
  explain: boolean;
  m: Messages;
  currency: string;
  defaultVat: number;
  money: (minor: number) => string;
  n: (value: number) => string;
}

function applies(rule: PriceRule, r: ResolvedSelection, chosen: ReadonlySet<string>): boolean {
  const when = rule.when;
  if (!when) return true;
  if (when.formats && !when.formats.includes(r.format.id)) return false;
  const p = when.participants;
  if (p?.min !== undefined && r.participants < p.min) return false;
  if (p?.max !== undefined && r.participants > p.max) return false;
  if (when.modules && !when.modules.every((id) => chosen.has(id))) return false;
  return true;
}

function unitLine(
  rule: PriceRule,
  ctx: Ctx,
  description: string,
  explanation: string,
  quantity: number,
  unitAmount: number,
  tier?: { from: number; upTo: number | null },
): PriceLine {
  const line: PriceLine = {
    rule: rule.id,
    kind: rule.kind,
    description,
    explanation,
    quantity,
    unitAmount,
    amount: multiply(unitAmount, quantity),
    vatRate: rule.vatRate ?? ctx.defaultVat,
  };
  if (tier) line.tier = tier;
  return line;
}

function ruleLines(
  rule: PriceRule,
  r: ResolvedSelection,
  lines: readonly PriceLine[],
  ctx: Ctx,
): PriceLine[] {
  const { m, locale, money, n, explain } = ctx;
  const label = localize(rule.label, locale);
  const count = r.participants;
  switch (rule.kind) {
    case 'fixed':
      return [
        unitLine(
          rule,
          ctx,
          label ?? m.pricing.labels.fixed,
          explain ? m.pricing.fixed(localize(r.format.label, locale)) : '',
          1,
          rule.amount,
        ),
      ];
    case 'per-participant':
      return [
        unitLine(
          rule,
          ctx,
          label ?? m.pricing.labels.perParticipant,
          explain ? m.pricing.perParticipant(n(count), money(rule.unitAmount)) : '',
          count,
          rule.unitAmount,
        ),
      ];
    case 'tiered':
      return tieredLines(rule, count, label ?? m.pricing.labels.participants, ctx);
    case 'band': {
      // Each band starts after the one before it ends.
      let from = 1;
      for (const { upTo, amount } of rule.bands) {
        if (count >= from && (upTo === null || count <= upTo)) {
          return [
            unitLine(
              rule,
              ctx,
              label ?? m.pricing.labels.participants,
              explain ? m.pricing.band(n(count), n(from), upTo === null ? undefined : n(upTo)) : '',
              1,
              amount,
              { from, upTo },
            ),
          ];
        }
        from = (upTo ?? Number.MAX_SAFE_INTEGER) + 1;
      }
      return [];
    }
    case 'package': {
      const included = rule.includedParticipants;
      const blocks = Math.ceil(Math.max(0, count - included) / rule.size);
      // Participants all included (or a free block): nothing to charge, no line of 0,00 kr.
      if (blocks === 0 || rule.amount === 0) return [];
      const explanation = explain
        ? m.pricing.package(n(blocks), n(rule.size), money(rule.amount), blocks)
        : '';
      return [
        unitLine(
          rule,
          ctx,
          label ?? m.pricing.labels.package,
          explain && included > 0
            ? m.pricing.packageIncluded(explanation, n(included))
            : explanation,
          blocks,
          rule.amount,
        ),
      ];
    }
    case 'add-on': {
      const module = r.modules.find((mod) => mod.id === rule.module);
      if (!module) return [];
      const title = label ?? localize(module.title, locale);
      return rule.per === 'participant'
        ? [
            unitLine(
              rule,
              ctx,
              title,
              explain ? m.pricing.addOnParticipant(n(count), money(rule.amount)) : '',
              count,
              rule.amount,
            ),
          ]
        : [
            unitLine(
              rule,
              ctx,
              title,
              // Name the module only when the line's name does not already say it.
              explain
                ? title === localize(module.title, locale)
                  ? m.pricing.addOnFixed
                  : m.pricing.addOnOffer(localize(module.title, locale))
                : '',
              1,
              rule.amount,
            ),
          ];
    }
    case 'percentage':
      return percentageLines(rule, lines, ctx);
    case 'travel': {
      const travel = r.selection.travel;
      const description = label ?? m.pricing.travel;
      if (rule.perKm && travel?.km !== undefined) {
        const { rate, roundTrip, includedKm } = rule.perKm;
        const total = travel.km * (roundTrip ? 2 : 1);
        const charged = Math.max(0, total - includedKm);
        return [
          unitLine(
            rule,
            ctx,
            description,
            explain ? m.pricing.travelKm(n(total), money(rate), roundTrip, n(includedKm)) : '',
            charged,
            rate,
          ),
        ];
      }
      const zone = rule.zones?.find((z) => z.id === travel?.zone);
      if (zone) {
        return [
          unitLine(
            rule,
            ctx,
            description,
            explain ? m.pricing.travelZone(localize(zone.label, locale)) : '',
            1,
            zone.amount,
          ),
        ];
      }
      return [];
    }
    case 'minimum':
    case 'on-request':
      // No lines of their own: priceResolved tops up to the minimum after the other rules and
      // stops before pricing above an on-request limit.
      return [];
    default:
      return unknownRule(rule);
  }
}

/**
 * The lines of a tiered rule. No line is 0,00 kr.: a tier priced 0 per participant makes no
 * unit line; with a flat amount its flat line names the participants it covers, and without
 * one (a free tier) the rule's nearest priced line says which participants are included.
 */
function tieredLines(
  rule: Extract<PriceRule, { kind: 'tiered' }>,
  count: number,
  description: string,
  ctx: Ctx,
): PriceLine[] {
  // A loop without a closure or wrapper per tier: moduleEffect prices this on every input event.
  const { m, money, n, explain } = ctx;
  const upToText = (upTo: number | null) => (upTo === null ? undefined : n(upTo));
  const volume = rule.mode === 'volume';
  const lines: PriceLine[] = [];
  /** The tier of each line of `lines`, by index. */
  const tierOf: number[] = [];
  const free: { tier: number; from: number; upTo: number | null }[] = [];
  let next = 1;
  for (let index = 0; index < rule.tiers.length; index++) {
    const tier = rule.tiers[index]!;
    const { upTo } = tier;
    const from = next;
    next = (upTo ?? Number.MAX_SAFE_INTEGER) + 1;
    const units = volume
      ? count >= from && (upTo === null || count <= upTo)
        ? count
        : 0
      : Math.min(count, upTo ?? count) - from + 1;
    if (units <= 0) continue;
    const bounds = { from, upTo };
    if (tier.unitAmount > 0) {
      const unit = explain ? money(tier.unitAmount) : '';
      const explanation = !explain
        ? ''
        : volume
          ? m.pricing.volume(n(units), unit, n(from), upToText(upTo))
          : m.pricing.tier(n(units), unit, n(from), upToText(upTo));
      lines.push(unitLine(rule, ctx, description, explanation, units, tier.unitAmount, bounds));
      tierOf.push(index);
    }
    if (tier.flatAmount) {
      const flat = explain ? money(tier.flatAmount) : '';
      const explanation = !explain
        ? ''
        : tier.unitAmount > 0
          ? m.pricing.tierFlat(flat, n(from), upToText(upTo))
          : m.pricing.tierFlatOnly(flat, n(units), n(from), upToText(upTo));
      lines.push(unitLine(rule, ctx, description, explanation, 1, tier.flatAmount, bounds));
      tierOf.push(index);
    }
    if (explain && tier.unitAmount === 0 && !tier.flatAmount)
      free.push({ tier: index, from, upTo });
  }
  for (const f of free) {
    // The first priced line after the free tier, else the last one before it.
    const after = tierOf.findIndex((tier) => tier > f.tier);
    const target = lines[after === -1 ? lines.length - 1 : after];
    if (!target) continue;
    target.explanation = m.pricing.tierFree(target.explanation, n(f.from), upToText(f.upTo));
  }
  return lines;
}

function percentageLines(
  rule: Extract<PriceRule, { kind: 'percentage' }>,
  lines: readonly PriceLine[],
  ctx: Ctx,
): PriceLine[] {
  const { m, locale, money } = ctx;
  const scoped =
    rule.scope === 'document'
      ? lines
      : lines.filter((l) => l.rule === (rule.scope as { rule: string }).rule);
  const byRate = new Map<number, number>();
  for (const line of scoped)
    byRate.set(line.vatRate, (byRate.get(line.vatRate) ?? 0) + line.amount);
  const groups = [...byRate].filter(([, base]) => base > 0);
  if (groups.length === 0) return [];
  const base = groups.reduce((sum, [, b]) => sum + b, 0);
  const sign = rule.direction === 'discount' ? -1 : 1;
  const total = sign * applyRate(base, rule.basisPoints);
  if (total === 0) return [];
  // One line per VAT rate, so each rate's base carries its share (largest remainder).
  const parts = allocate(
    total,
    groups.map(([, b]) => b),
  );
  const reason = localize(rule.reason, locale);
  const say = rule.direction === 'discount' ? m.pricing.discount : m.pricing.surcharge;
  const description =
    localize(rule.label, locale) ??
    (rule.direction === 'discount'
      ? m.pricing.discountLine(reason)
      : m.pricing.surchargeLine(reason));
  return groups.map(([rate], i) => {
    const amount = parts[i] ?? 0;
    const share = groups.length > 1 ? ` (${m.pricing.vatShare(formatPercent(rate, locale))})` : '';
    return {
      rule: rule.id,
      kind: rule.kind,
      description,
      explanation: ctx.explain
        ? say(formatPercent(rule.basisPoints, locale), money(byRate.get(rate) ?? 0), reason) + share
        : '',
      quantity: 1,
      unitAmount: amount,
      amount,
      vatRate: rate,
    };
  });
}

/**
 * Adds up priced lines the EN 16931 way: the subtotal is the sum of the rounded lines, and VAT
 * is computed once per rate on that rate's base and rounded once.
 *
 * @param lines - the priced lines
 * @returns subtotal, VAT per rate (highest rate first), VAT total and total
 * @example
 * ```ts
 * totals([{ amount: 850_000, vatRate: 1900 }, { amount: -750_000, vatRate: 1900 }]);
 * // { subtotal: 100_000, vat: [{ rate: 1900, base: 100_000, amount: 19_000 }], vatTotal: 19_000, total: 119_000 }
 * ```
 */
export function totals(
  lines: readonly Pick<PriceLine, 'amount' | 'vatRate'>[],
): Pick<Price, 'subtotal' | 'vat' | 'vatTotal' | 'total'> {
  const bases = new Map<number, number>();
  let subtotal = 0;
  for (const line of lines) {
    subtotal += line.amount;
    bases.set(line.vatRate, (bases.get(line.vatRate) ?? 0) + line.amount);
  }
  const vat = [...bases]
    .sort(([a], [b]) => b - a)
    .map(([rate, base]) => ({ rate, base, amount: applyRate(base, rate) }));
  const vatTotal = vat.reduce((sum, v) => sum + v.amount, 0);
  return { subtotal, vat, vatTotal, total: subtotal + vatTotal };
}

/**
 * Prices a resolved selection. Pure and synchronous; see {@link priceSelection}.
 *
 * @param catalog - the catalog (for currency and default VAT)
 * @param r - the resolved selection
 * @param options - language and messages; `explanations: false` leaves the lines'
 *   explanations empty (see {@link PriceOptions})
 * @returns the price
 * @example
 * ```ts
 * const r = resolveSelection(catalog, {
 *   offering: 'dialog-i-udsatte-boligomraader',
 *   format: 'hel',
 *   participants: 30,
 * });
 * if (r.ok) priceResolved(catalog, r.value).total; // 2_625_000 (26.250,00 kr. with VAT)
 * ```
 */
export function priceResolved(
  catalog: Catalog,
  r: ResolvedSelection,
  options: PriceOptions = {},
): Price {
  const locale = options.locale ?? 'da';
  const explain = options.explanations !== false;
  const m = getMessages(locale, options.messages);
  const currency = catalog.currency;
  const ctx: Ctx = {
    locale,
    explain,
    m,
    currency,
    defaultVat: catalog.defaultVatRate,
    // Without explanations nothing shows the numbers: plain digits stand in for them.
    money: explain ? (minor) => formatMoney(minor, locale, { currency }) : String,
    n: explain ? (value) => formatNumber(value, locale) : String,
  };
  const rules = r.offering.priceRules;
  const chosen = new Set(r.modules.map((mod) => mod.id));
  const onRequest = rules.find(
    (rule): rule is Extract<PriceRule, { kind: 'on-request' }> =>
      rule.kind === 'on-request' && applies(rule, r, chosen),
  );
  // Not an explanation: written in full with or without them.
  const onRequestReason =
    onRequest && r.participants > onRequest.aboveParticipants
      ? m.pricing.onRequest(formatNumber(onRequest.aboveParticipants, locale))
      : r.offering.priceDisplay === 'on-request'
        ? m.offer.priceOnRequestNote
        : undefined;
  if (onRequestReason !== undefined) {
    const none = { lines: [], subtotal: 0, vat: [], vatTotal: 0, total: 0 };
    return { status: 'on-request', onRequestReason, currency, ...none };
  }
  const lines: PriceLine[] = [];
  let minimum: Extract<PriceRule, { kind: 'minimum' }> | undefined;
  for (const rule of rules) {
    if (!applies(rule, r, chosen)) continue;
    if (rule.kind === 'minimum') minimum = rule;
    else lines.push(...ruleLines(rule, r, lines, ctx));
  }
  if (minimum) {
    const subtotal = lines.reduce((sum, l) => sum + l.amount, 0);
    if (subtotal < minimum.amount) {
      const gap = minimum.amount - subtotal;
      lines.push(
        unitLine(
          minimum,
          ctx,
          localize(minimum.label, locale) ?? m.pricing.minimumLine,
          explain ? m.pricing.minimum(ctx.money(minimum!.amount), ctx.money(subtotal)) : '',
          1,
          gap,
        ),
      );
    }
  }
  return { status: 'priced', currency, lines, ...totals(lines) };
}
