import {
  parseInquiry,
  type Locale,
  type Offering,
  type ParseInquiryResult,
  type SelectionInput,
} from '@temadag/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadDraft, saveDraft } from './drafts.js';
import {
  emptyValues,
  FIELD_PATHS,
  inquiryInput,
  utmFromSearch,
  type FieldName,
  type FieldValues,
} from './fields.js';
import { prefillValues, type InquiryPrefill } from './prefill.js';
import type { ResponseProblem } from './sender.js';

/** The form: a Lit element (its fields are in its render root) with its public properties. */
export interface FieldsHost extends ReactiveControllerHost {
  readonly renderRoot: ParentNode;
  /** The design chosen in the offer. */
  selection: SelectionInput | undefined;
  /** Contact fields the host page fills in. */
  prefill: InquiryPrefill;
  /** The form has no date field: `selection.date` is sent as the preferred date. */
  hideDate: boolean;
  forwardUtm: boolean;
}

/** What the fields read from the form's own state, at the moment they are checked. */
export interface FieldsContext {
  /** The offering asked about; drafts are kept per offering. */
  offering: string;
  /** Its data, for the bounds on participants. */
  offeringData: Offering | undefined;
  locale: Locale;
}

/** The problems of a check, by path. */
const byPath = (problems: readonly { path: string; message: string }[]) =>
  new Map(problems.map((p) => [p.path, p.message]));

/**
 * The inquiry form's fields: what the visitor has typed (kept as a draft per offering, the
 * host page's prefill laid under it), which errors are on show, and the errors themselves,
 * the browser's (`parseInquiry`) and the server's (a 422). An error shows in the pattern of
 * Det Fælles Designsystem: once the visitor leaves a field with an invalid value, or every one
 * after a try to send. Every change re-renders the host.
 */
export class FieldsController implements ReactiveController {
  /** The fields as typed. */
  values: FieldValues = emptyValues();
  /** Fields whose error is on show: left with an invalid value, or any after a send. */
  shown: ReadonlySet<FieldName> = new Set();
  /** The visitor has tried to send: every error shows, and the summary. */
  attempted = false;
  /** The server's refusal of fields, by path; a field's goes when it is edited. */
  serverErrors: ReadonlyMap<string, string> = new Map();
  /** The browser's check of the fields, by path, as of the last render. */
  clientErrors: ReadonlyMap<string, string> = new Map();
  /** The honeypot's value. */
  website = '';
  readonly #host: FieldsHost;
  readonly #context: () => FieldsContext;
  readonly #onLoad: () => void;
  readonly #edited = new Set<FieldName>();
  #loadedFor: string | undefined;
  /** The prefill and the design as of the last render. */
  #prefill: InquiryPrefill | undefined;
  #selection: SelectionInput | undefined;

  /**
   * @param host - the form; the controller adds itself to it
   * @param context - reads the form's offering and language
   * @param onLoad - called when another offering's fields (its draft) have been loaded
   */
  constructor(host: FieldsHost, context: () => FieldsContext, onLoad: () => void) {
    this.#host = host;
    this.#context = context;
    this.#onLoad = onLoad;
    host.addController(this);
  }

  /** The contact details typed (or prefilled), empty ones left out. */
  get contact(): { organisation?: string; name?: string; email?: string } {
    const out: { organisation?: string; name?: string; email?: string } = {};
    for (const key of ['organisation', 'name', 'email'] as const) {
      const value = this.values[key].trim();
      if (value) out[key] = value;
    }
    return out;
  }

  /**
   * The error on show for a field: the server's before the browser's.
   *
   * @param field - which field
   * @returns the message, or undefined while none shows
   */
  errorFor(field: FieldName): string | undefined {
    if (!this.attempted && !this.shown.has(field)) return undefined;
    const path = FIELD_PATHS[field];
    return this.serverErrors.get(path) ?? this.clientErrors.get(path);
  }

  /** Checks the fields and the design as the server will. */
  check(): ParseInquiryResult {
    const c = this.#context();
    const { selection } = this.#host;
    const values = this.#host.hideDate
      ? { ...this.values, date: selection?.date ?? '' }
      : this.values;
    const input = inquiryInput(values, {
      offering: c.offering,
      selection,
      locale: c.locale,
      website: this.website,
      utm: this.#host.forwardUtm ? utmFromSearch(globalThis.location?.search ?? '') : undefined,
    });
    return parseInquiry(input, { locale: c.locale, offering: c.offeringData, now: new Date() });
  }

  /**
   * Brings the fields up to date before each render: a new offering loads its draft over the
   * prefill; else a new prefill fills the fields not edited and a newly chosen date replaces
   * the date field. Then the fields are checked again.
   */
  hostUpdate(): void {
    const { offering } = this.#context();
    const { prefill, selection } = this.#host;
    const date = selection?.date;
    if (offering !== this.#loadedFor && offering !== '') {
      this.#loadedFor = offering;
      this.values = { ...emptyValues(), ...prefillValues(prefill), ...loadDraft(offering) };
      if (date && !this.values.date) this.values = { ...this.values, date };
      this.#edited.clear();
      this.shown = new Set();
      this.#onLoad();
    } else {
      if (prefill !== this.#prefill) {
        const values = { ...this.values };
        for (const [key, value] of Object.entries(prefillValues(prefill)) as [
          FieldName,
          string,
        ][]) {
          if (!this.#edited.has(key) && values[key] === '') values[key] = value;
        }
        this.values = values;
      }
      if (selection !== this.#selection && date && date !== this.#selection?.date) {
        this.values = { ...this.values, date };
      }
    }
    this.#prefill = prefill;
    this.#selection = selection;
    const result = this.check();
    this.clientErrors = byPath(result.ok ? [] : result.problems);
  }

  /**
   * The visitor tries to send: every error shows, the server's are forgotten and the fields
   * are checked.
   *
   * @returns the check
   */
  attempt(): ParseInquiryResult {
    this.serverErrors = new Map();
    this.attempted = true;
    const result = this.check();
    if (!result.ok) this.clientErrors = byPath(result.problems);
    this.#host.requestUpdate();
    return result;
  }

  /**
   * The server refused fields (422): its messages show at them.
   *
   * @param errors - the server's problems
   */
  refused(errors: readonly ResponseProblem[]): void {
    this.serverErrors = byPath(errors);
    this.attempted = true;
    this.#host.requestUpdate();
  }

  /**
   * Empties the fields, the prefill filled in again, and forgets which were edited or shown.
   */
  reset(): void {
    this.values = { ...emptyValues(), ...prefillValues(this.#host.prefill) };
    this.website = '';
    this.#edited.clear();
    this.shown = new Set();
    this.attempted = false;
    this.serverErrors = new Map();
    this.#host.requestUpdate();
  }

  /**
   * The visitor typed in a field: keeps the value and the draft, and drops the server's error
   * of that field.
   *
   * @param field - which field
   * @param event - the `input` event
   */
  onInput(field: FieldName, event: Event): void {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement;
    this.values = { ...this.values, [field]: target.value };
    this.#edited.add(field);
    const path = FIELD_PATHS[field];
    if (this.serverErrors.has(path)) {
      this.serverErrors = new Map([...this.serverErrors].filter(([key]) => key !== path));
    }
    const offering = this.#context().offering;
    if (offering) saveDraft(offering, this.values);
    this.#host.requestUpdate();
  }

  /**
   * The visitor left a field: its error shows if it holds something invalid. DKFDS: never for
   * a field merely passed through.
   *
   * @param field - which field
   */
  onBlur(field: FieldName): void {
    if (this.values[field].trim() === '') return;
    const path = FIELD_PATHS[field];
    const result = this.check();
    if (!result.ok && result.problems.some((problem) => problem.path === path)) {
      this.shown = new Set([...this.shown, field]);
      this.#host.requestUpdate();
    }
  }

  /**
   * Moves focus to a field, from its link in the error summary; its label scrolls into view
   * too, so the visitor sees what the field is.
   *
   * @param field - which field
   * @param event - the link's `click`, whose jump is prevented
   */
  focus(field: FieldName, event: Event): void {
    event.preventDefault();
    const root = this.#host.renderRoot;
    const input = root.querySelector<HTMLElement>(`#f-${field}`);
    root.querySelector(`label[for='f-${field}']`)?.scrollIntoView?.();
    input?.focus({ preventScroll: true });
  }
}
