import type { Format, Module, ModuleKind, Offering } from './catalog-schema.js';
import { localize, type Locale } from './locale.js';
import type { Messages } from './messages/index.js';
import { ON_DAY_KINDS, moduleMinutes, selectedModules } from './selection.js';

/** One line of the agenda: `09:00–09:45 Oplæg: ...`. */
export interface AgendaItem {
  /** Start, `HH:MM` (24-hour). */
  start: string;
  /** End, `HH:MM`. */
  end: string;
  /** Title in the offer's language. */
  title: string;
  /** The module's kind, or `break` / `lunch` for the format's breaks. */
  kind: ModuleKind | 'break' | 'lunch';
  /** Length in minutes. */
  minutes: number;
  /** The module's id; absent for breaks. */
  module?: string;
}

/** The agenda of a chosen design and how it fits the format. */
export interface Agenda {
  items: AgendaItem[];
  /** Minutes used by modules and the breaks placed between them. */
  usedMinutes: number;
  /** The format's length. */
  durationMinutes: number;
  /** Minutes over the format's length; 0 when it fits. */
  overMinutes: number;
}

// The day is counted in minutes after midnight, a plain number: a Date per agenda item, moved
// by date-fns, was the larger part of the scheduling's time in the widget's price update.

/** `HH:MM` of a number of minutes after midnight; past midnight the clock starts over. */
function hhmm(minutes: number): string {
  const time = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(time / 60)).padStart(2, '0')}:${String(time % 60).padStart(2, '0')}`;
}

/** Minutes after midnight of an `HH:MM` time. */
function clock(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/**
 * Schedules the on-day modules from the format's start time and inserts its breaks: each break
 * goes in at the first module boundary after `afterMinutes` minutes of programme, and a break
 * that would come after the last module is left out.
 *
 * @param format - the chosen format
 * @param modules - the modules in order (off-day kinds such as `preparation` are skipped)
 * @param locale - language of break titles
 * @param m - the message catalogue (only its `agenda` words are used)
 * @returns the agenda with its fit; `overMinutes > 0` when the design is too long
 * @example
 * ```ts
 * const offering = catalog.offerings[0]!; // 'dialog-i-udsatte-boligomraader' in the example
 * const format = offering.formats.find((f) => f.id === 'hel')!;
 * const modules = offering.modules.filter((m) => m.required);
 * const agenda = scheduleModules(format, modules, 'da', getMessages('da'));
 * agenda.items[0]; // { start: '09:00', end: '09:20', title: 'Velkomst og dagens program', ... }
 * ```
 */
export function scheduleModules(
  format: Format,
  modules: readonly Module[],
  locale: Locale,
  m: Pick<Messages, 'agenda'>,
): Agenda {
  const items: AgendaItem[] = [];
  const breaks = [...format.breaks].sort((a, b) => a.afterMinutes - b.afterMinutes);
  let cursor = clock(format.start);
  let programme = 0;
  let used = 0;
  let nextBreak = 0;
  const push = (minutes: number, title: string, kind: AgendaItem['kind'], module?: string) => {
    const end = cursor + minutes;
    const item: AgendaItem = {
      start: hhmm(cursor),
      end: hhmm(end),
      title,
      kind,
      minutes,
    };
    if (module !== undefined) item.module = module;
    items.push(item);
    cursor = end;
    used += minutes;
  };
  for (const module of modules) {
    if (!ON_DAY_KINDS.has(module.kind)) continue;
    const minutes = moduleMinutes(module, format.id) ?? 0;
    if (minutes === 0) continue;
    while (
      programme > 0 &&
      nextBreak < breaks.length &&
      programme >= breaks[nextBreak]!.afterMinutes
    ) {
      const pause = breaks[nextBreak]!;
      const title =
        localize(pause.title, locale) ?? (pause.kind === 'lunch' ? m.agenda.lunch : m.agenda.break);
      push(pause.minutes, title, pause.kind);
      nextBreak++;
    }
    push(minutes, localize(module.title, locale), module.kind, module.id);
    programme += minutes;
  }
  return {
    items,
    usedMinutes: used,
    durationMinutes: format.durationMinutes,
    overMinutes: Math.max(0, used - format.durationMinutes),
  };
}

/** When the day of a chosen design begins and ends, as its agenda is scheduled. */
export interface DaySpan {
  /** Start, `HH:MM`: the format's start time. */
  start: string;
  /** End, `HH:MM`: when the last agenda item ends (not the format's full length). */
  end: string;
  /** Minutes from start to end, breaks included. */
  minutes: number;
}

/**
 * The day's time span of a design: from the start of its first agenda item (the format's start
 * time) to the end of its last. The widget's format choice and agenda, the PDF's "Tidspunkt",
 * the offer and inquiry texts all take the span from here, so they cannot disagree; a format's
 * `durationMinutes` is the most the day may take, not when it ends.
 *
 * @param items - the scheduled agenda's items (an {@link Agenda}'s `items`, an offer's `agenda`)
 * @returns the span, or undefined when nothing is on the agenda
 * @example
 * ```ts
 * const offer = createOffer(catalog, { offering: 'dialog-i-udsatte-boligomraader', format: 'hel', participants: 30 }, ctx);
 * daySpan(offer.agenda); // { start: '09:00', end: '14:30', minutes: 330 }
 * ```
 */
export function daySpan(
  items: readonly Pick<AgendaItem, 'start' | 'end' | 'minutes'>[],
): DaySpan | undefined {
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return undefined;
  const minutes = items.reduce((sum, item) => sum + item.minutes, 0);
  return { start: first.start, end: last.end, minutes };
}

/**
 * The day's time span of a design given by ids, as an offer for it would schedule it: the
 * format's required modules and the chosen optional ones that fit it, with its breaks. For
 * callers that hold a catalog but no agenda (an inquiry, a format the visitor has not chosen
 * yet); the result equals {@link daySpan} of the offer's agenda.
 *
 * @param offering - the offering
 * @param design - the format's id and the chosen module ids (unknown ids are ignored)
 * @returns the span, or undefined when the format is unknown or nothing is on the agenda
 * @example
 * ```ts
 * designDaySpan(offering, { format: 'hel', modules: [] }); // { start: '09:00', end: '14:30', minutes: 330 }
 * ```
 */
export function designDaySpan(
  offering: Pick<Offering, 'formats' | 'modules'>,
  design: { format: string; modules: readonly string[] },
): DaySpan | undefined {
  const format = offering.formats.find((f) => f.id === design.format);
  if (!format) return undefined;
  const modules = selectedModules(offering, format.id, new Set(design.modules));
  // Break titles do not move the clock, so the span needs no words.
  return daySpan(
    scheduleModules(format, modules, 'da', { agenda: { break: '', lunch: '' } }).items,
  );
}
