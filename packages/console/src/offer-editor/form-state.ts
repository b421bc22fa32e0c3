import type { Locale, RevisionDraft } from '@temadag/core';
import type { ApiProblem } from '../api/types.js';
import { formatHundredths, parseHundredths } from './amounts.js';

/** One extra line as typed: every value a string, so nothing typed is lost or reformatted. */
export interface EditorLine {
  description: string;
  quantity: string;
  /** Kroner in the console's language, e.g. `1.500,00`. */
  unitPrice: string;
  /** Basis points as a string: `2500` or `0`. */
  vatRate: string;
}

/** The discount or surcharge as typed; `kind: 'none'` when there is none. */
export interface EditorAdjustment {
  kind: 'none' | 'discount' | 'surcharge';
  by: 'rate' | 'amount';
  /** A percentage (`10` or `12,5`) or kroner, by `by`. */
  value: string;
  reason: string;
}

/** Every field of the offer editor as typed. */
export interface EditorForm {
  format: string;
  participants: string;
  modules: string[];
  date: string;
  place: string;
  organisation: string;
  contact: string;
  email: string;
  ean: string;
  cvr: string;
  reference: string;
  lines: EditorLine[];
  adjustment: EditorAdjustment;
  validUntil: string;
  message: string;
}

/** The words of the checks done before anything goes to the server. */
export interface FormCheckWords {
  participantsNumber: string;
  quantityNumber: string;
  unitPriceNumber: string;
  rateNumber: string;
  amountNumber: string;
}

/** A line with nothing in it yet. */
export const EMPTY_LINE: EditorLine = {
  description: '',
  quantity: '1',
  unitPrice: '',
  vatRate: '2500',
};

/**
 * The editor's fields from a draft (the server's prefill), amounts written in the console's
 * language.
 *
 * @param draft - the draft
 * @param locale - the console's language
 * @returns the fields
 * @example
 * ```ts
 * formFromDraft(draft, 'da').lines[0]?.unitPrice; // '1500,50' for 150050 øre
 * ```
 */
export function formFromDraft(draft: RevisionDraft, locale: Locale): EditorForm {
  const { selection: s, customer: c } = draft;
  const adjustment = draft.adjustments[0];
  return {
    format: s.format,
    participants: String(s.participants),
    modules: [...s.modules],
    date: s.date ?? '',
    place: s.place ?? '',
    organisation: c.organisation ?? '',
    contact: c.contact ?? '',
    email: c.email,
    ean: c.ean ?? '',
    cvr: c.cvr ?? '',
    reference: c.reference ?? '',
    lines: draft.lines.map((l) => ({
      description: l.description,
      quantity: String(l.quantity),
      unitPrice: formatHundredths(l.unitAmount, locale),
      vatRate: String(l.vatRate),
    })),
    adjustment: adjustment
      ? {
          kind: adjustment.kind,
          by: adjustment.rate === undefined ? 'amount' : 'rate',
          value: formatHundredths(adjustment.rate ?? adjustment.amount ?? 0, locale),
          reason: adjustment.reason,
        }
      : { kind: 'none', by: 'rate', value: '', reason: '' },
    validUntil: draft.validUntil,
    message: draft.message ?? '',
  };
}

/**
 * The draft the fields make, on top of the draft the server gave (which keeps what the form
 * does not show: offering, language, travel). Numbers that cannot be read are problems with
 * the path the server would use; empty optional text is left out.
 *
 * @param form - the fields as typed
 * @param base - the server's draft
 * @param locale - the console's language (its decimal separator)
 * @param words - the messages for numbers that cannot be read
 * @returns the draft, and the problems found before asking the server
 * @example
 * ```ts
 * const { draft, problems } = draftFromForm(form, base, 'da', t.offerEditor.check);
 * if (problems.length === 0) await api.previewOffer(id, draft);
 * ```
 */
export function draftFromForm(
  form: EditorForm,
  base: RevisionDraft,
  locale: Locale,
  words: FormCheckWords,
): { draft: RevisionDraft; problems: ApiProblem[] } {
  const problems: ApiProblem[] = [];
  const optional = (value: string) => (value.trim() ? value.trim() : undefined);
  const participants = /^\s*\d+\s*$/.test(form.participants) ? Number(form.participants) : NaN;
  if (!Number.isSafeInteger(participants)) {
    problems.push({ path: 'selection.participants', message: words.participantsNumber });
  }
  const lines = form.lines.map((line, i) => {
    // Core prices whole quantities only (hours, copies, meals): no decimals here.
    const quantity = /^\s*\d+\s*$/.test(line.quantity) ? Number(line.quantity) : 0;
    const unitAmount = parseHundredths(line.unitPrice, locale);
    if (!Number.isSafeInteger(quantity) || quantity < 1)
      problems.push({ path: `lines[${i}].quantity`, message: words.quantityNumber });
    if (unitAmount === undefined)
      problems.push({ path: `lines[${i}].unitAmount`, message: words.unitPriceNumber });
    return {
      description: line.description.trim(),
      quantity,
      unitAmount: unitAmount ?? 0,
      vatRate: Number(line.vatRate),
    };
  });
  const adjustments: RevisionDraft['adjustments'] = [];
  const a = form.adjustment;
  if (a.kind !== 'none') {
    const value = parseHundredths(a.value, locale);
    if (value === undefined) {
      problems.push({
        path: `adjustments[0].${a.by}`,
        message: a.by === 'rate' ? words.rateNumber : words.amountNumber,
      });
    }
    const reason = a.reason.trim();
    adjustments.push(
      a.by === 'rate'
        ? { kind: a.kind, reason, rate: value ?? 0 }
        : { kind: a.kind, reason, amount: value ?? 0 },
    );
  }
  const selection: RevisionDraft['selection'] = {
    ...base.selection,
    format: form.format,
    participants: Number.isSafeInteger(participants) ? participants : 0,
    modules: [...form.modules],
  };
  delete selection.date;
  delete selection.place;
  if (form.date) selection.date = form.date;
  if (optional(form.place)) selection.place = form.place.trim();
  const customer: RevisionDraft['customer'] = { email: form.email.trim() };
  for (const key of ['organisation', 'contact', 'ean', 'cvr', 'reference'] as const) {
    const value = optional(form[key]);
    if (value !== undefined) customer[key] = value;
  }
  const draft: RevisionDraft = {
    locale: base.locale,
    selection,
    customer,
    lines,
    adjustments,
    validUntil: form.validUntil,
  };
  if (optional(form.message)) draft.message = form.message.trim();
  return { draft, problems };
}

/**
 * The id of the field a problem's path belongs to. Paths may be written `lines[0].quantity`
 * or `lines.0.quantity`, with or without `selection.` before the design's fields.
 *
 * @param path - the problem's path, as the server or {@link draftFromForm} wrote it
 * @returns the field's id, or `undefined` for a problem of the whole offer
 * @example
 * ```ts
 * fieldOf('lines[1].unitAmount'); // 'line-1-unit'
 * fieldOf('customer.ean'); // 'ean'
 * ```
 */
export function fieldOf(path: string): string | undefined {
  const parts = path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean);
  if (parts[0] === 'selection') parts.shift();
  const [head = '', second, third] = parts;
  switch (head) {
    case 'format':
    case 'participants':
    case 'date':
    case 'place':
    case 'message':
      return head;
    case 'modules':
      return 'modules';
    case 'validUntil':
      return 'valid-until';
    case 'customer':
      return second &&
        ['organisation', 'contact', 'email', 'ean', 'cvr', 'reference'].includes(second)
        ? second
        : undefined;
    case 'lines': {
      if (second === undefined || !/^\d+$/.test(second)) return undefined;
      const field = { quantity: 'quantity', unitAmount: 'unit', vatRate: 'vat' }[third ?? ''];
      return `line-${second}-${field ?? 'description'}`;
    }
    case 'adjustments':
      if (third === 'reason') return 'adjustment-reason';
      if (third === 'kind') return 'adjustment-kind';
      return 'adjustment-value';
    default:
      return undefined;
  }
}
