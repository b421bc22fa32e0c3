import { scheduleModules } from './agenda.js';
import { CatalogSchema, type Catalog, type Offering, type PriceRule } from './catalog-schema.js';
import { unknownRule } from './exhaustive.js';
import { formatNumber } from './format.js';
import { localize, type Locale } from './locale.js';
import { getMessages, type Messages } from './messages/index.js';
import {
  ValidationError,
  formatPath,
  problemFromIssue,
  type CatalogProblemCode,
  type Problem,
} from './problems.js';
import type { LocaleOptions } from './selection.js';
import { ON_DAY_KINDS, moduleFitsFormat, moduleMinutes } from './selection.js';

/** The result of {@link parseCatalog}: the catalog, or every problem found. */
export type ParseCatalogResult =
  { ok: true; catalog: Catalog } | { ok: false; problems: Problem[] };

/**
 * Parses and validates a catalog: first its shape (types, required fields, no negative
 * amounts), then its meaning (tiers without gaps or overlaps and in order, unique ids, known
 * references, modules that fit their formats). Every problem is reported with its JSON path.
 *
 * @param input - the catalog as read from JSON
 * @param options - language of the problem messages (`da` by default) and overrides
 * @returns `{ ok: true, catalog }` or `{ ok: false, problems }`
 * @example
 * ```ts
 * const result = parseCatalog(JSON.parse(text), { locale: 'en' });
 * if (!result.ok) for (const p of result.problems) console.error(`${p.path}: ${p.message}`);
 * ```
 */
export function parseCatalog(input: unknown, options: LocaleOptions = {}): ParseCatalogResult {
  const locale = options.locale ?? 'da';
  const m = getMessages(locale, options.messages);
  const parsed = CatalogSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => problemFromIssue(i, m, locale)) };
  }
  const problems = checkCatalog(parsed.data, { locale, m });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, catalog: parsed.data };
}

/**
 * Like {@link parseCatalog}, but throws.
 *
 * @param input - the catalog as read from JSON
 * @param options - language of the problem messages
 * @returns the parsed catalog
 * @throws {@link ValidationError} with every problem
 * @example
 * ```ts
 * const catalog = loadCatalog(JSON.parse(text));
 * ```
 */
export function loadCatalog(input: unknown, options: LocaleOptions = {}): Catalog {
  const result = parseCatalog(input, options);
  if (!result.ok) {
    const m = getMessages(options.locale ?? 'da', options.messages);
    throw new ValidationError(result.problems, m.headings.catalog);
  }
  return result.catalog;
}

interface Ctx {
  locale: Locale;
  m: Messages;
}

function checkCatalog(catalog: Catalog, ctx: Ctx): Problem[] {
  const problems: Problem[] = [];
  const offeringIds = new Set(catalog.offerings.map((o) => o.id));
  uniqueIds(catalog.offerings, ['offerings'], problems, ctx);
  catalog.offerings.forEach((offering, i) => {
    checkOffering(offering, ['offerings', i], problems, ctx);
    offering.related.forEach((id, j) => {
      if (!offeringIds.has(id)) {
        problems.push(
          at(['offerings', i, 'related', j], 'unknown-offering', ctx.m.catalog.unknownOffering(id)),
        );
      }
    });
  });
  return problems;
}

function at(path: PropertyKey[], code: CatalogProblemCode, message: string): Problem {
  return { path: formatPath(path), code, message };
}

function uniqueIds(
  items: readonly { id: string }[],
  path: PropertyKey[],
  problems: Problem[],
  ctx: Ctx,
): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, i);
    else {
      problems.push(
        at(
          [...path, i, 'id'],
          'duplicate-id',
          ctx.m.catalog.duplicateId(item.id, formatPath([...path, first])),
        ),
      );
    }
  });
}

function checkOffering(
  offering: Offering,
  path: PropertyKey[],
  problems: Problem[],
  ctx: Ctx,
): void {
  const { m, locale } = ctx;
  const n = (v: number) => formatNumber(v, locale);
  uniqueIds(offering.formats, [...path, 'formats'], problems, ctx);
  uniqueIds(offering.modules, [...path, 'modules'], problems, ctx);
  uniqueIds(offering.priceRules, [...path, 'priceRules'], problems, ctx);
  const formatIds = new Set(offering.formats.map((f) => f.id));
  const moduleById = new Map(offering.modules.map((mod) => [mod.id, mod]));

  const { min, max } = offering.participants;
  if (min > max) {
    problems.push(
      at(
        [...path, 'participants', 'min'],
        'participants-range',
        m.catalog.participantsRange(n(min), n(max)),
      ),
    );
  }
  const def = offering.participants.default;
  if (def !== undefined && (def < min || def > max)) {
    problems.push(
      at(
        [...path, 'participants', 'default'],
        'participants-default',
        m.catalog.participantsDefault(n(def), n(min), n(max)),
      ),
    );
  }

  const checkFormatRefs = (ids: readonly string[] | undefined, where: PropertyKey[]) =>
    ids?.forEach((id, k) => {
      if (!formatIds.has(id))
        problems.push(at([...where, k], 'unknown-format', m.catalog.unknownFormat(id)));
    });
  const checkModuleRefs = (ids: readonly string[] | undefined, where: PropertyKey[]) =>
    ids?.forEach((id, k) => {
      if (!moduleById.has(id))
        problems.push(at([...where, k], 'unknown-module', m.catalog.unknownModule(id)));
    });

  offering.formats.forEach((format, fi) => {
    format.breaks.forEach((pause, bi) => {
      if (pause.afterMinutes >= format.durationMinutes) {
        problems.push(
          at(
            [...path, 'formats', fi, 'breaks', bi, 'afterMinutes'],
            'break-after-end',
            m.catalog.breakAfterEnd(n(pause.afterMinutes), n(format.durationMinutes)),
          ),
        );
      }
    });
  });

  offering.modules.forEach((mod, mi) => {
    const modPath = [...path, 'modules', mi];
    checkFormatRefs(mod.formats, [...modPath, 'formats']);
    if (typeof mod.minutes !== 'number') {
      for (const key of Object.keys(mod.minutes)) {
        if (!formatIds.has(key))
          problems.push(
            at([...modPath, 'minutes', key], 'unknown-format', m.catalog.unknownFormat(key)),
          );
      }
      if (ON_DAY_KINDS.has(mod.kind)) {
        for (const format of offering.formats) {
          if (moduleFitsFormat(mod, format.id) && moduleMinutes(mod, format.id) === undefined) {
            problems.push(
              at(
                [...modPath, 'minutes'],
                'module-minutes-missing',
                m.catalog.moduleMinutesMissing(localize(format.label, locale)),
              ),
            );
          }
        }
      }
    }
  });

  // Modules that cannot fit their format: the required ones together, then each optional one.
  offering.formats.forEach((format, fi) => {
    const fitting = offering.modules.filter((mod) => moduleFitsFormat(mod, format.id));
    const required = fitting.filter((mod) => mod.required);
    const base = scheduleModules(format, required, locale, m);
    const label = localize(format.label, locale);
    if (base.overMinutes > 0) {
      problems.push(
        at(
          [...path, 'formats', fi, 'durationMinutes'],
          'format-overfull',
          m.catalog.formatOverfull(label, n(base.overMinutes)),
        ),
      );
      return;
    }
    for (const mod of fitting) {
      if (mod.required || !ON_DAY_KINDS.has(mod.kind)) continue;
      const withIt = offering.modules.filter(
        (x) => moduleFitsFormat(x, format.id) && (x.required || x === mod),
      );
      const over = scheduleModules(format, withIt, locale, m).overMinutes;
      if (over > 0) {
        const mi = offering.modules.indexOf(mod);
        problems.push(
          at(
            [...path, 'modules', mi, 'minutes'],
            'module-too-long',
            m.catalog.moduleTooLong(localize(mod.title, locale), label, n(over)),
          ),
        );
      }
    }
  });

  // Above an on-request limit no price is computed, so tiers need not reach past it.
  const onRequest = offering.priceRules.find(
    (r): r is Extract<PriceRule, { kind: 'on-request' }> => r.kind === 'on-request' && !r.when,
  );
  const pricedMax = onRequest ? Math.min(max, onRequest.aboveParticipants) : max;
  const seenKinds = new Set<string>();
  const ruleIndex = new Map(offering.priceRules.map((r, i) => [r.id, i]));
  offering.priceRules.forEach((rule, ri) => {
    const rulePath = [...path, 'priceRules', ri];
    checkFormatRefs(rule.when?.formats, [...rulePath, 'when', 'formats']);
    checkModuleRefs(rule.when?.modules, [...rulePath, 'when', 'modules']);
    const pmin = rule.when?.participants?.min;
    const pmax = rule.when?.participants?.max;
    if (pmin !== undefined && pmax !== undefined && pmin > pmax) {
      problems.push(
        at(
          [...rulePath, 'when', 'participants', 'min'],
          'participants-range',
          m.catalog.participantsRange(n(pmin), n(pmax)),
        ),
      );
    }
    switch (rule.kind) {
      case 'tiered':
        checkTiers(
          rule.tiers,
          [...rulePath, 'tiers'],
          Math.min(pricedMax, pmax ?? pricedMax),
          problems,
          ctx,
        );
        break;
      case 'band':
        checkTiers(
          rule.bands,
          [...rulePath, 'bands'],
          Math.min(pricedMax, pmax ?? pricedMax),
          problems,
          ctx,
        );
        break;
      case 'add-on': {
        const mod = moduleById.get(rule.module);
        if (!mod)
          problems.push(
            at([...rulePath, 'module'], 'unknown-module', m.catalog.unknownModule(rule.module)),
          );
        else if (mod.required) {
          problems.push(
            at(
              [...rulePath, 'module'],
              'add-on-required',
              m.catalog.addOnRequired(localize(mod.title, locale)),
            ),
          );
        }
        break;
      }
      case 'percentage':
        if (rule.scope !== 'document') {
          const target = ruleIndex.get(rule.scope.rule);
          const scopePath = [...rulePath, 'scope', 'rule'];
          if (target === undefined)
            problems.push(at(scopePath, 'unknown-rule', m.catalog.unknownRule(rule.scope.rule)));
          else if (target === ri || offering.priceRules[target]?.kind === 'percentage') {
            problems.push(at(scopePath, 'scope-self', m.catalog.scopeSelf));
          } else if (target > ri) {
            problems.push(at(scopePath, 'scope-order', m.catalog.scopeOrder(rule.scope.rule)));
          }
        }
        break;
      case 'travel':
        if ((rule.perKm === undefined) === (rule.zones === undefined)) {
          problems.push(at(rulePath, 'travel-mode', m.catalog.travelMode));
        }
        if (rule.zones) uniqueIds(rule.zones, [...rulePath, 'zones'], problems, ctx);
        break;
      case 'minimum':
      case 'on-request':
        if (seenKinds.has(rule.kind))
          problems.push(at([...rulePath, 'kind'], 'single-rule', m.catalog.singleRule(rule.kind)));
        seenKinds.add(rule.kind);
        break;
      case 'fixed':
      case 'per-participant':
      case 'package':
        // Amounts and counts are checked by the schema; nothing refers elsewhere.
        break;
      default:
        unknownRule(rule);
    }
  });
}

function checkTiers(
  tiers: readonly { from?: number | undefined; upTo: number | null }[],
  path: PropertyKey[],
  maxParticipants: number,
  problems: Problem[],
  ctx: Ctx,
): void {
  const { m, locale } = ctx;
  const n = (v: number) => formatNumber(v, locale);
  let previous: number | null = 0;
  tiers.forEach((tier, i) => {
    const last = i === tiers.length - 1;
    if (tier.upTo === null && !last) {
      problems.push(at([...path, i, 'upTo'], 'tier-open-middle', m.catalog.tierOpenMiddle));
    }
    if (tier.from !== undefined) {
      if (i === 0) {
        if (tier.from > 1)
          problems.push(at([...path, i, 'from'], 'tier-gap', m.catalog.tierFirst(n(tier.from))));
      } else if (previous !== null) {
        const expected = previous + 1;
        if (tier.from < expected) {
          problems.push(
            at(
              [...path, i, 'from'],
              'tier-overlap',
              m.catalog.tierOverlap(n(tier.from), n(previous)),
            ),
          );
        } else if (tier.from > expected) {
          problems.push(
            at([...path, i, 'from'], 'tier-gap', m.catalog.tierGap(n(tier.from), n(expected))),
          );
        }
      }
    }
    if (tier.upTo !== null && previous !== null && i > 0 && tier.upTo <= previous) {
      problems.push(
        at(
          [...path, i, 'upTo'],
          'tier-unsorted',
          m.catalog.tierUnsorted(n(tier.upTo), n(previous)),
        ),
      );
    }
    if (last && tier.upTo !== null && tier.upTo < maxParticipants) {
      problems.push(
        at(
          [...path, i, 'upTo'],
          'tier-closed-end',
          m.catalog.tierClosedEnd(n(tier.upTo), n(maxParticipants)),
        ),
      );
    }
    if (tier.upTo !== null) previous = Math.max(previous ?? 0, tier.upTo);
    else previous = null;
  });
}
