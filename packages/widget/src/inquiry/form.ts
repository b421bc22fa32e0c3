import { INQUIRY_LIMITS } from '@temadag/core';
import { html, nothing, type TemplateResult } from 'lit';
import {
  fieldTemplate as field,
  messageFieldTemplate,
  type FieldContext,
  type MessageFieldState,
} from './field-templates.js';

/** What the form template needs beyond its fields. */
export interface FormContext extends FieldContext {
  /** A send is pending: the button says so and does nothing. */
  busy: boolean;
  /** The offer asks for the date itself. */
  hideDate: boolean;
  /** The provider's name, for the privacy text. */
  provider: string;
  privacyUrl: string | undefined;
  /** Months an inquiry is kept without an agreement, formatted; undefined for the general text. */
  retention: string | undefined;
  message: MessageFieldState;
  /** The honeypot's value and its setter. */
  website: string;
  onWebsite: (value: string) => void;
  onSubmit: (event: Event) => void;
}

/**
 * The inquiry form: contact details, the day, invoicing, the honeypot, how the data is used
 * and the send button.
 *
 * @param ctx - the form's state, words and handlers
 * @returns the form's template
 * @example
 * ```ts
 * html`${formTemplate(ctx)}`;
 * ```
 */
export function formTemplate(ctx: FormContext): TemplateResult {
  const { m, provider } = ctx;
  return html`
    <form part="form" novalidate @submit=${ctx.onSubmit}>
      <p>${m.intro}</p>
      <fieldset>
        <legend>${m.contactLegend}</legend>
        ${field(ctx, 'name', { label: m.name, autocomplete: 'name', maxlength: INQUIRY_LIMITS.name })}
        ${field(ctx, 'email', {
          label: m.email,
          hint: m.emailHint,
          type: 'email',
          autocomplete: 'work email',
          maxlength: INQUIRY_LIMITS.email,
        })}
        ${field(ctx, 'organisation', {
          label: m.organisation,
          hint: m.organisationHint,
          autocomplete: 'organization',
          maxlength: INQUIRY_LIMITS.organisation,
        })}
        ${field(ctx, 'role', {
          label: m.role,
          optional: true,
          autocomplete: 'organization-title',
          maxlength: INQUIRY_LIMITS.role,
        })}
        ${field(ctx, 'phone', {
          label: m.phone,
          hint: m.phoneHint,
          optional: true,
          type: 'tel',
          autocomplete: 'work tel',
          maxlength: INQUIRY_LIMITS.phone,
          short: true,
        })}
      </fieldset>
      <fieldset>
        <legend>${m.dayLegend}</legend>
        ${
          ctx.hideDate
            ? nothing
            : field(ctx, 'date', { label: m.date, hint: m.dateHint, optional: true, type: 'date' })
        }
        ${field(ctx, 'place', {
          label: m.place,
          hint: m.placeHint,
          optional: true,
          maxlength: INQUIRY_LIMITS.place,
        })}
        ${messageFieldTemplate(ctx, ctx.message)}
      </fieldset>
      <fieldset aria-describedby="invoicing-hint">
        <legend>${m.invoicingLegend} <span class="optional">${m.optional}</span></legend>
        <p class="hint legend-hint" id="invoicing-hint">${m.invoicingHint}</p>
        ${field(ctx, 'ean', {
          label: m.ean,
          hint: m.eanHint,
          optional: true,
          inputmode: 'numeric',
          short: true,
        })}
        ${field(ctx, 'cvr', {
          label: m.cvr,
          hint: m.cvrHint,
          optional: true,
          inputmode: 'numeric',
          short: true,
        })}
        ${field(ctx, 'reference', {
          label: m.reference,
          hint: m.referenceHint,
          optional: true,
          maxlength: INQUIRY_LIMITS.reference,
        })}
      </fieldset>
      <div class="honeypot" aria-hidden="true">
        <label for="f-website">${m.honeypot}</label>
        <input
          id="f-website"
          name="website"
          type="text"
          tabindex="-1"
          autocomplete="off"
          .value=${ctx.website}
          @input=${(event: Event) => ctx.onWebsite((event.target as HTMLInputElement).value)}
        />
      </div>
      <section class="privacy" part="privacy" aria-labelledby="privacy-heading">
        <h4 id="privacy-heading">${m.privacyHeading}</h4>
        <p>${m.privacyController(provider)}</p>
        <p>${m.privacyRetention(ctx.retention)}</p>
        <p>${m.privacyRights}</p>
        ${ctx.privacyUrl ? html`<p><a href=${ctx.privacyUrl}>${m.privacyLink(provider)}</a></p>` : nothing}
      </section>
      <p>${m.notBinding(provider)}</p>
      <button
        class="button"
        part="button"
        type="submit"
        aria-disabled=${ctx.busy ? 'true' : 'false'}
      >
        ${ctx.busy ? m.sending : m.send}
      </button>
    </form>
  `;
}
