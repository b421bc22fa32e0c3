import * as z from 'zod/mini';
import type { Catalog, Format, Module, Offering } from './catalog-schema.js';
import { IdSchema } from './catalog-schema.js';
import { formatNumber } from './format.js';
import { localize, type Locale } from './locale.js';
import { getMessages, type MessageOverrides, type Messages } from './messages/index.js';
import { problemFromIssue, type Problem, type SelectionProblemCode } from './problems.js';
import { MAX_TRAVEL_KM } from './travel.js';

/** What a visitor or a program chose: the input of pricing, agenda and offers. */
export const SelectionSchema = z.strictObject({
  offering: IdSchema,
  format: IdSchema,
  participants: z.int().check(z.minimum(1), z.maximum(100_000)),
  modules: z._default(z.array(IdSchema), []),
  date: z.optional(z.iso.date()),
  place: z.optional(z.string().check(z.maxLength(200))),
  /** Where the day is held, as a travel rule prices it: km one way, or a zone's id. */
  travel: z.optional(
    z.strictObject({
      km: z.optional(z.int().check(z.minimum(0), z.maximum(MAX_TRAVEL_KM))),
      zone: z.optional(IdSchema),
    }),
  ),
});

/** A selection as a program may write it (`modules` optional). */
export type SelectionInput = z.input<typeof SelectionSchema>;
/** A selection with defaults filled in. */
export type Selection = z.output<typeof SelectionSchema>;

/** Options shared by the functions that read a selection. */
export interface LocaleOptions {
  /** Language of texts and messages; Danish when left out. */
  locale?: Locale;
  /** Replacements for any message. */
  messages?: MessageOverrides;
}

/** A selection checked against its catalog, with the parts looked up. */
export interface ResolvedSelection {
  offering: Offering;
  format: Format;
  /** Required modules and chosen optional ones that fit the format, in catalog order. */
  modules: Module[];
  participants: number;
  selection: Selection;
}

/** Module kinds that take time on the day and so appear on the agenda. */
export const ON_DAY_KINDS: ReadonlySet<Module['kind']> = new Set(['talk', 'dialogue', 'exercise']);

/**
 * Minutes a module takes in a format: its `minutes` number, or the entry for the format.
 *
 * @param module - the module
 * @param formatId - the format's id
 * @returns the minutes, or undefined when a per-format object has no entry for the format
 * @example
 * ```ts
 * moduleMinutes({ minutes: { halv: 45, hel: 75 } }, 'hel'); // 75
 * moduleMinutes({ minutes: 30 }, 'halv'); // 30
 * ```
 */
export function moduleMinutes(
  module: Pick<Module, 'minutes'>,
  formatId: string,
): number | undefined {
  return typeof module.minutes === 'number' ? module.minutes : module.minutes[formatId];
}

/**
 * Whether a module can be part of a format.
 *
 * @param module - the module
 * @param formatId - the format's id
 * @returns true when the module lists the format or lists no formats
 * @example
 * ```ts
 * moduleFitsFormat({ formats: ['hel'] }, 'halv'); // false
 * moduleFitsFormat({}, 'halv'); // true (no formats listed: fits all)
 * ```
 */
export function moduleFitsFormat(module: Pick<Module, 'formats'>, formatId: string): boolean {
  return !module.formats || module.formats.includes(formatId);
}

/**
 * The modules of a design: the required ones and the chosen optional ones that fit the format,
 * in catalog order. Ids that are unknown or do not fit are left out.
 *
 * @param offering - the offering
 * @param formatId - the chosen format's id
 * @param chosen - ids of the chosen optional modules
 * @returns the modules, in catalog order
 * @example
 * ```ts
 * selectedModules(offering, 'hel', new Set(['forsamtale'])).map((m) => m.id);
 * // the required modules and 'forsamtale', in catalog order
 * ```
 */
export function selectedModules(
  offering: Pick<Offering, 'modules'>,
  formatId: string,
  chosen: ReadonlySet<string>,
): Module[] {
  return offering.modules.filter(
    (mod) => moduleFitsFormat(mod, formatId) && (mod.required || chosen.has(mod.id)),
  );
}

/** The result of {@link resolveSelection}. */
export type ResolveResult =
  { ok: true; value: ResolvedSelection } | { ok: false; problems: Problem[] };

/**
 * Checks a selection against a catalog and looks up its offering, format and modules. Every
 * problem is reported, each with its path in the selection (`participants`, `modules[1]`).
 *
 * @param catalog - a parsed catalog
 * @param input - the selection
 * @param options - language and messages
 * @returns the resolved selection, or the problems
 * @example
 * ```ts
 * const r = resolveSelection(catalog, {
 *   offering: 'dialog-i-udsatte-boligomraader',
 *   format: 'hel',
 *   participants: 300,
 * });
 * if (!r.ok) console.log(r.problems);
 * // [{ path: 'participants', code: 'participants-range', message: 'Antal deltagere skal være
 * //    mellem 8 og 80.' }] with the example catalog
 * ```
 */
export function resolveSelection(
  catalog: Catalog,
  input: SelectionInput,
  options: LocaleOptions = {},
): ResolveResult {
  const parsed = SelectionSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    const locale = options.locale ?? 'da';
    const m = getMessages(locale, options.messages);
    return { ok: false, problems: parsed.error.issues.map((i) => problemFromIssue(i, m, locale)) };
  }
  return resolveDesign(catalog, parsed.data, options);
}

/**
 * Checks a selection whose shape is already right (a {@link Selection}, as the widget builds
 * it) against a catalog and looks up its offering, format and modules, without parsing: the
 * catalog checks of {@link resolveSelection}, which calls it after parsing. Fast enough to
 * run on every keystroke.
 *
 * @param catalog - a parsed catalog
 * @param selection - a selection with the right shape (ids, whole numbers, `modules` list)
 * @param options - language and messages of the problems
 * @returns the resolved selection, or the problems
 * @example
 * ```ts
 * const r = resolveDesign(catalog, {
 *   offering: 'dialog-i-udsatte-boligomraader',
 *   format: 'hel',
 *   participants: 30,
 *   modules: [],
 * });
 * if (r.ok) priceResolved(catalog, r.value).total;
 * ```
 */
export function resolveDesign(
  catalog: Pick<Catalog, 'offerings'>,
  selection: Selection,
  options: LocaleOptions = {},
): ResolveResult {
  const locale = options.locale ?? 'da';
  const problems: Problem[] = [];
  // Messages only when there is a problem to word: the widget calls this on every input.
  let messages: Messages | undefined;
  const problem = (
    path: string,
    code: SelectionProblemCode,
    message: (m: Messages['selection']) => string,
  ) => {
    messages ??= getMessages(locale, options.messages);
    problems.push({ path, code, message: message(messages.selection) });
  };
  const offering = catalog.offerings.find((o) => o.id === selection.offering);
  if (!offering) {
    problem('offering', 'unknown-offering', (m) => m.unknownOffering(selection.offering));
    return { ok: false, problems };
  }
  const format = offering.formats.find((f) => f.id === selection.format);
  if (!format) problem('format', 'unknown-format', (m) => m.unknownFormat(selection.format));
  const { min, max } = offering.participants;
  if (selection.participants < min || selection.participants > max) {
    problem('participants', 'participants-range', (m) =>
      m.participantsRange(formatNumber(min, locale), formatNumber(max, locale)),
    );
  }
  const chosen = new Set<string>();
  selection.modules.forEach((id, index) => {
    const module = offering.modules.find((mod) => mod.id === id);
    if (!module) problem(`modules[${index}]`, 'unknown-module', (m) => m.unknownModule(id));
    else if (format && !moduleFitsFormat(module, format.id)) {
      problem(`modules[${index}]`, 'module-not-in-format', (m) =>
        m.moduleNotInFormat(localize(module.title, locale), localize(format.label, locale)),
      );
    } else chosen.add(id);
  });
  const zone = selection.travel?.zone;
  if (
    zone !== undefined &&
    !offering.priceRules.some((r) => r.kind === 'travel' && r.zones?.some((z) => z.id === zone))
  ) {
    problem('travel.zone', 'unknown-zone', (m) => m.unknownZone(zone));
  }
  if (!format || problems.length > 0) return { ok: false, problems };
  const modules = selectedModules(offering, format.id, chosen);
  return {
    ok: true,
    value: { offering, format, modules, participants: selection.participants, selection },
  };
}
