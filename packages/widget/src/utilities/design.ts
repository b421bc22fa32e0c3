import {
  ON_DAY_KINDS,
  designDaySpan,
  getMessages,
  isWantedDateAllowed,
  parseDate,
  moduleFitsFormat,
  selectedModules,
  priceResolved,
  resolveDesign,
  scheduleModules,
  type Agenda,
  type Catalog,
  type DaySpan,
  type Format,
  type Locale,
  type Module,
  type ModuleEffect,
  type Offering,
  travelRuleOf,
  MAX_TRAVEL_KM,
  type Price,
  type ResolvedSelection,
  type Selection,
} from '@temadag/core';

/**
 * The design of the day as the visitor shapes it. `participants` is what the visitor typed,
 * so it may be out of bounds or not a number while they type.
 */
export interface Design {
  format: string;
  participants: number;
  /** Chosen optional modules, by id. */
  modules: string[];
  /** Preferred date, `YYYY-MM-DD`. */
  date?: string;
  /** Where the day is held, as the offering's travel rule needs it (km one way, or a zone). */
  travel?: { km?: number; zone?: string };
}

/** What the page may prefill. */
export interface DesignPrefill {
  format?: string | undefined;
  participants?: number | undefined;
  modules?: readonly string[] | undefined;
  date?: string | undefined;
  travel?: { km?: number | undefined; zone?: string | undefined } | undefined;
}

/** The prefill's travel where it fits the offering's rule. */
function travelOf(offering: Offering, prefill: DesignPrefill['travel']): Design['travel'] {
  const rule = travelRuleOf(offering);
  if (!rule || !prefill) return undefined;
  const { km, zone } = prefill;
  if (rule.perKm && Number.isInteger(km) && km! >= 0 && km! <= MAX_TRAVEL_KM) return { km: km! };
  if (rule.zones?.some((z) => z.id === zone)) return { zone: zone! };
  return undefined;
}

/** One optional module as a choice: whether it fits and what it adds. */
export interface ModuleChoice {
  module: Module;
  chosen: boolean;
  /** False when the day has no room for it next to the modules chosen now. */
  fits: boolean;
  /**
   * What ticking it does to the price ex VAT (with it minus without it, whether chosen now or
   * not); undefined when there is no computed price, and in {@link evaluateDesign}'s result,
   * which leaves the effects to the shaping form (`choiceEffects` of offer/choice-effects.ts).
   */
  effect: ModuleEffect | undefined;
}

/** A design worked out: price, agenda and the module choices. */
export interface DesignResult {
  /** Undefined while the number of participants is not a whole number within bounds. */
  resolved: ResolvedSelection | undefined;
  price: Price | undefined;
  agenda: Agenda;
  choices: ModuleChoice[];
}

/**
 * Whether a count is a whole number within the offering's bounds.
 *
 * @param offering - the offering
 * @param count - the number of participants
 * @returns true when pricing can use it
 */
export function participantsValid(offering: Offering, count: number): boolean {
  const { min, max } = offering.participants;
  return Number.isInteger(count) && count >= min && count <= max;
}

/**
 * The optional modules a visitor can choose for a format, in catalog order.
 *
 * @param offering - the offering
 * @param formatId - the chosen format
 * @returns the optional modules that fit the format
 */
export function optionalModules(offering: Offering, formatId: string): Module[] {
  return offering.modules.filter((m) => !m.required && moduleFitsFormat(m, formatId));
}

/**
 * The day's time span a design would have in a format: the design's modules kept as choosing
 * that format keeps them (see {@link withModules}), scheduled as the offer schedules them
 * (core's `designDaySpan`). The format choice shows it for every format, so the span beside
 * a format is the one the agenda, the PDF and the texts show once it is chosen. Worked out once
 * per modules array of a design (the spans do not depend on the number of participants).
 *
 * @param offering - the offering
 * @param design - the design as it stands
 * @param formatId - the format to show the span of
 * @param locale - for fitting modules into the day
 * @returns the span, or undefined when nothing would be on the agenda
 * @example
 * ```ts
 * formatSpan(offering, design, 'hel', 'da'); // { start: '09:00', end: '14:30', minutes: 330 }
 * ```
 */
export function formatSpan(
  offering: Offering,
  design: Design,
  formatId: string,
  locale: Locale,
): DaySpan | undefined {
  // Typing a number keeps the design's modules (the same array), and with them the spans.
  const byFormat = dayOf(offering, design, findFormat(offering, design.format), locale)[5];
  if (!byFormat.has(formatId)) {
    const moved = withModules(offering, { ...design, format: formatId }, design.modules, locale);
    byFormat.set(formatId, designDaySpan(offering, moved));
  }
  return byFormat.get(formatId);
}

function findFormat(offering: Offering, id: string): Format {
  return offering.formats.find((f) => f.id === id) ?? offering.formats[0]!;
}

function overMinutes(format: Format, modules: readonly Module[], locale: Locale): number {
  return scheduleModules(format, modules, locale, getMessages(locale)).overMinutes;
}

/**
 * The first design of an offering: the prefill where it fits the catalog, else the first
 * format, the default (or smallest) number of participants and no optional modules.
 *
 * @param offering - the offering
 * @param prefill - values from the page (attributes, properties) or a restored draft
 * @param locale - for fitting modules into the day
 * @param now - the moment a prefilled date is compared with (past dates are left out)
 * @returns a design whose format exists and whose modules fit
 * @example
 * ```ts
 * initialDesign(offering, { participants: 30 }, 'da'); // { format: 'halv', participants: 30, modules: [] }
 * ```
 */
export function initialDesign(
  offering: Offering,
  prefill: DesignPrefill,
  locale: Locale,
  now: Date = new Date(),
): Design {
  const format = findFormat(offering, prefill.format ?? '').id;
  const { participants } = offering;
  const design: Design = {
    format,
    participants:
      prefill.participants !== undefined && Number.isFinite(prefill.participants)
        ? prefill.participants
        : (participants.default ?? participants.min),
    modules: [],
  };
  // The date as core reads it (dd.mm.åååå or ISO), kept only when it may be wanted (after today).
  const date = prefill.date === undefined ? undefined : parseDate(prefill.date);
  if (date && isWantedDateAllowed(date, now)) design.date = date;
  const travel = travelOf(offering, prefill.travel);
  if (travel) design.travel = travel;
  return withModules(offering, design, prefill.modules ?? [], locale);
}

/**
 * A design with the given modules chosen, keeping only those that exist, are optional, fit
 * the format and leave the day within its length (taken in the order given).
 *
 * @param offering - the offering
 * @param design - the design to change
 * @param wanted - module ids, most important first
 * @param locale - for fitting modules into the day
 * @returns a new design
 */
export function withModules(
  offering: Offering,
  design: Design,
  wanted: readonly string[],
  locale: Locale,
): Design {
  const format = findFormat(offering, design.format);
  const optional = new Set(optionalModules(offering, format.id).map((m) => m.id));
  const kept = new Set<string>();
  for (const id of wanted) {
    if (!optional.has(id) || kept.has(id)) continue;
    kept.add(id);
    if (overMinutes(format, selectedModules(offering, format.id, kept), locale) > 0)
      kept.delete(id);
  }
  const modules = offering.modules.filter((m) => kept.has(m.id)).map((m) => m.id);
  return { ...design, modules };
}

/**
 * The design as a selection for `@temadag/core` (`priceSelection`, `createOffer`) and the
 * inquiry.
 *
 * @param offering - the offering
 * @param design - the design
 * @returns the selection; `date` and `travel` only when given
 */
export function selectionOf(offering: Offering, design: Design): Selection {
  const selection: Selection = {
    offering: offering.id,
    format: design.format,
    participants: design.participants,
    modules: [...design.modules],
  };
  if (design.date) selection.date = design.date;
  if (design.travel) selection.travel = { ...design.travel };
  return selection;
}

/**
 * A design's offering, format, language, agenda, add-on choices (effects apart) and the spans
 * {@link formatSpan} has worked out, by format.
 */
type Day = [Offering, Format, Locale, Agenda, ModuleChoice[], Map<string, DaySpan | undefined>];

/** The days {@link dayOf} has worked out, by a design's modules array. */
const days = new WeakMap<readonly string[], Day>();

/**
 * The agenda of a design and its add-on choices without their effects: they depend on the
 * format and the modules, not on the number of participants, so they are worked out once per
 * modules array of a design (typing a number keeps the array).
 */
function dayOf(offering: Offering, design: Design, format: Format, locale: Locale): Day {
  let day = days.get(design.modules);
  if (day?.[0] !== offering || day[1] !== format || day[2] !== locale) {
    const chosen = new Set(design.modules);
    const agenda = scheduleModules(
      format,
      selectedModules(offering, format.id, chosen),
      locale,
      getMessages(locale),
    );
    const choices = optionalModules(offering, format.id).map((module): ModuleChoice => {
      const isChosen = chosen.has(module.id);
      const fits =
        isChosen ||
        !ON_DAY_KINDS.has(module.kind) ||
        !overMinutes(
          format,
          selectedModules(offering, format.id, new Set(chosen).add(module.id)),
          locale,
        );
      return { module, chosen: isChosen, fits, effect: undefined };
    });
    days.set(design.modules, (day = [offering, format, locale, agenda, choices, new Map()]));
  }
  return day;
}

/**
 * Works out a design: its price (the same as `priceSelection` from `@temadag/core`), its
 * agenda, and for each optional module whether it fits (what it does to the price is the
 * shaping form's to work out: `choiceEffects` of offer/choice-effects.ts). Synchronous and
 * pure; the elements call it on every input event.
 *
 * @param catalog - the catalog
 * @param offering - the offering
 * @param design - a design whose format exists (see {@link initialDesign})
 * @param locale - the language of descriptions and explanations
 * @returns price, agenda and module choices
 * @example
 * ```ts
 * const { price, agenda } = evaluateDesign(catalog, offering, design, 'da');
 * price?.subtotal; // øre, ex VAT
 * ```
 */
export function evaluateDesign(
  catalog: Catalog,
  offering: Offering,
  design: Design,
  locale: Locale,
): DesignResult {
  const format = findFormat(offering, design.format);
  const [, , , agenda, choices] = dayOf(offering, design, format, locale);
  // core's resolveDesign makes the checks priceSelection makes, without parsing again.
  const checked = participantsValid(offering, design.participants)
    ? resolveDesign(catalog, selectionOf(offering, { ...design, format: format.id }), { locale })
    : undefined;
  const resolved = checked?.ok ? checked.value : undefined;
  const price = resolved && priceResolved(catalog, resolved, { locale });
  return { resolved, price, agenda, choices };
}
