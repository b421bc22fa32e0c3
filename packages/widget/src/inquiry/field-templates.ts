import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { InquiryTranslation } from '../translations/index.js';
import type { FieldName } from './fields.js';

/** What every field of the form reads from the form, and whom it tells about input. */
export interface FieldContext {
  m: InquiryTranslation;
  /** The field's value as typed. */
  value: (field: FieldName) => string;
  /** The field's error on show, if any. */
  error: (field: FieldName) => string | undefined;
  onInput: (field: FieldName, event: Event) => void;
  onBlur: (field: FieldName) => void;
}

/** How one text field looks: its words and its input's attributes. */
export interface FieldOptions {
  label: string;
  hint?: string;
  optional?: boolean;
  type?: 'text' | 'email' | 'tel' | 'date';
  // TypeScript's AutoFill lacks the standard token organization-title.
  autocomplete?: AutoFill | 'organization-title';
  inputmode?: 'numeric' | 'tel' | 'email';
  maxlength?: number;
  /** A narrow input, for numbers of known length. */
  short?: boolean;
}

/** What the free-text field shows besides its value. */
export interface MessageFieldState {
  /** The maximum length, formatted. */
  limit: string;
  /** "Du har 1.200 tegn tilbage". */
  count: string;
  over: boolean;
  /** The count as last read out, once typing paused. */
  announcement: string;
}

function label(ctx: FieldContext, field: FieldName, text: string, optional: boolean | undefined) {
  return html`<label part="label" for="f-${field}"
    >${text}${optional ? html` <span class="optional">${ctx.m.optional}</span>` : nothing}</label
  >`;
}

function errorMessage(ctx: FieldContext, field: FieldName, error: string | undefined) {
  return error
    ? html`<span class="error-message" id="f-${field}-error"
        ><span class="visually-hidden">${ctx.m.errorPrefix}</span>${error}</span
      >`
    : nothing;
}

/**
 * One text field in the pattern of Det Fælles Designsystem: label, hint, error message (with a
 * hidden "Fejl: " prefix) and input, tied together by `aria-describedby`.
 *
 * @param ctx - the form's values, errors, words and handlers
 * @param field - which field
 * @param options - label, hint and input attributes
 * @returns the field's template
 * @example
 * ```ts
 * fieldTemplate(ctx, 'email', { label: m.email, hint: m.emailHint, type: 'email' });
 * ```
 */
export function fieldTemplate(
  ctx: FieldContext,
  field: FieldName,
  options: FieldOptions,
): TemplateResult {
  const error = ctx.error(field);
  const described = [options.hint ? `f-${field}-hint` : '', error ? `f-${field}-error` : '']
    .filter(Boolean)
    .join(' ');
  return html`
    <div class="field ${error ? 'field--error' : ''}">
      ${label(ctx, field, options.label, options.optional)}
      ${options.hint ? html`<span class="hint" id="f-${field}-hint">${options.hint}</span>` : nothing}
      ${errorMessage(ctx, field, error)}
      <input
        part="input"
        class=${options.short ? 'input--short' : ''}
        id="f-${field}"
        name=${field}
        type=${options.type ?? 'text'}
        .value=${ctx.value(field)}
        autocomplete=${ifDefined(options.autocomplete)}
        inputmode=${options.inputmode ?? nothing}
        maxlength=${ifDefined(options.maxlength)}
        aria-describedby=${described || nothing}
        aria-invalid=${error ? 'true' : 'false'}
        @input=${(event: Event) => ctx.onInput(field, event)}
        @change=${(event: Event) => ctx.onInput(field, event)}
        @blur=${() => ctx.onBlur(field)}
      />
    </div>
  `;
}

/**
 * The free-text field: a text area with a visible count of characters left, read out to
 * screen readers once typing pauses rather than on every key.
 *
 * @param ctx - the form's values, errors, words and handlers
 * @param state - the limit, the count and its announcement
 * @returns the field's template
 * @example
 * ```ts
 * messageFieldTemplate(ctx, { limit: '2.000', count: 'Du har 2.000 tegn tilbage', over: false, announcement: '' });
 * ```
 */
export function messageFieldTemplate(ctx: FieldContext, state: MessageFieldState): TemplateResult {
  const field = 'message';
  const error = ctx.error(field);
  const described = ['f-message-hint', 'f-message-limit', error ? 'f-message-error' : '']
    .filter(Boolean)
    .join(' ');
  return html`
    <div class="field ${error ? 'field--error' : ''}">
      ${label(ctx, field, ctx.m.message, true)}
      <span class="hint" id="f-message-hint">${ctx.m.messageHint}</span>
      <span class="visually-hidden" id="f-message-limit">${ctx.m.messageLimit(state.limit)}</span>
      ${errorMessage(ctx, field, error)}
      <textarea
        part="input"
        id="f-message"
        name="message"
        rows="6"
        .value=${ctx.value(field)}
        aria-describedby=${described}
        aria-invalid=${error ? 'true' : 'false'}
        @input=${(event: Event) => ctx.onInput(field, event)}
        @blur=${() => ctx.onBlur(field)}
      ></textarea>
      <span class="count ${state.over ? 'count--over' : ''}" aria-hidden="true"
        >${state.count}</span
      >
      <span class="visually-hidden" aria-live="polite">${state.announcement}</span>
    </div>
  `;
}
