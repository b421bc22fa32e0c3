import type { Locale } from '@temadag/core';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { ConsoleMessages } from '../messages/index.js';

/** What every part of the offer editor's form needs: words, language and the field errors. */
export interface FieldContext {
  t: ConsoleMessages['offerEditor'];
  locale: Locale;
  /** The message of the problem at a field, if any. */
  errorOf: (id: string) => string | undefined;
}

/** One labelled field: its id, words, value as typed and what to do on each change. */
export interface FieldOptions {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  hint?: string | undefined;
  optional?: boolean | undefined;
  type?: 'text' | 'email' | 'date' | undefined;
  inputmode?: 'numeric' | 'decimal' | 'email' | undefined;
  autocomplete?: HTMLInputElement['autocomplete'] | undefined;
  /** A narrow field for short values (numbers, codes). */
  narrow?: boolean | undefined;
}

/**
 * The label, the hint and the error (DKFDS: between label and field, with a hidden "Fejl:"),
 * and the ids the field's `aria-describedby` names.
 */
function labelled(
  ctx: FieldContext,
  o: Pick<FieldOptions, 'id' | 'label' | 'hint' | 'optional'>,
): { head: TemplateResult; describedBy: string | undefined; error: string | undefined } {
  const error = ctx.errorOf(o.id);
  const ids = [o.hint ? `${o.id}-hint` : '', error ? `${o.id}-error` : ''].filter(Boolean);
  const head = html`<label for=${o.id}
      >${o.label}${o.optional ? html` <span class="optional">${ctx.t.optional}</span>` : nothing}</label
    >
    ${o.hint ? html`<span class="hint" id="${o.id}-hint">${o.hint}</span>` : nothing}
    ${
      error
        ? html`<span class="error-message" id="${o.id}-error"
            ><span class="visually-hidden">${ctx.t.errorPrefix} </span>${error}</span
          >`
        : nothing
    }`;
  return { head, describedBy: ids.length ? ids.join(' ') : undefined, error };
}

/**
 * A text input with its label, hint and error; the value is the form's, so re-rendering never
 * replaces what was typed.
 *
 * @param ctx - words, language and errors
 * @param o - the field
 * @returns the field's template
 */
export function inputField(ctx: FieldContext, o: FieldOptions): TemplateResult {
  const { head, describedBy, error } = labelled(ctx, o);
  return html`<div class="field ${error ? 'invalid' : ''} ${o.narrow ? 'narrow' : ''}">
    ${head}
    <input
      id=${o.id}
      name=${o.id}
      type=${o.type ?? 'text'}
      inputmode=${ifDefined(o.inputmode)}
      autocomplete=${ifDefined(o.autocomplete)}
      .value=${live(o.value)}
      aria-describedby=${ifDefined(describedBy)}
      aria-invalid=${error ? 'true' : 'false'}
      @input=${(e: Event) => o.onInput((e.target as HTMLInputElement).value)}
    />
  </div>`;
}

/**
 * A multi-line text field with its label, hint and error.
 *
 * @param ctx - words, language and errors
 * @param o - the field
 * @returns the field's template
 */
export function textareaField(ctx: FieldContext, o: FieldOptions): TemplateResult {
  const { head, describedBy, error } = labelled(ctx, o);
  return html`<div class="field ${error ? 'invalid' : ''}">
    ${head}
    <textarea
      id=${o.id}
      name=${o.id}
      .value=${live(o.value)}
      aria-describedby=${ifDefined(describedBy)}
      aria-invalid=${error ? 'true' : 'false'}
      @input=${(e: Event) => o.onInput((e.target as HTMLTextAreaElement).value)}
    ></textarea>
  </div>`;
}

/**
 * A select with its label, hint and error.
 *
 * @param ctx - words, language and errors
 * @param o - the field
 * @param options - the choices: value and words
 * @returns the field's template
 */
export function selectField(
  ctx: FieldContext,
  o: FieldOptions,
  options: readonly { value: string; label: string }[],
): TemplateResult {
  const { head, describedBy, error } = labelled(ctx, o);
  return html`<div class="field ${error ? 'invalid' : ''}">
    ${head}
    <select
      id=${o.id}
      name=${o.id}
      aria-describedby=${ifDefined(describedBy)}
      aria-invalid=${error ? 'true' : 'false'}
      @change=${(e: Event) => o.onInput((e.target as HTMLSelectElement).value)}
    >
      ${options.map(
        (c) => html`<option value=${c.value} ?selected=${c.value === o.value}>${c.label}</option>`,
      )}
    </select>
  </div>`;
}
