import { localize, moduleFitsFormat, type Offering } from '@temadag/core';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { inputField, selectField, textareaField, type FieldContext } from './fields.js';
import type { EditorForm } from './form-state.js';

/** A part of the form: the fields, the offering they come from and how to change them. */
export interface SectionContext extends FieldContext {
  form: EditorForm;
  /** The inquiry's offering in the running catalog, for formats, modules and limits. */
  offering: Offering | undefined;
  /**
   * Changes fields. Give a function when the change depends on the fields (lines, modules):
   * it gets the form as it is now, not as it was at the last render.
   */
  set: (patch: Partial<EditorForm> | ((form: EditorForm) => Partial<EditorForm>)) => void;
}

/**
 * The theme day: format, participants, the optional modules as checkboxes (the required
 * ones shown checked and fixed), date and place.
 *
 * @param c - the form and its words
 * @returns the fieldset
 */
export function designSection(c: SectionContext): TemplateResult {
  const { t, form, offering, locale } = c;
  const formats = offering?.formats.map((f) => ({ value: f.id, label: localize(f.label, locale) }));
  const limits = offering?.participants;
  const modules = offering?.modules.filter((m) => moduleFitsFormat(m, form.format)) ?? [];
  const modulesError = c.errorOf('modules');
  const toggle = (id: string, on: boolean) =>
    c.set((now) => ({
      modules: on ? [...now.modules, id] : now.modules.filter((m) => m !== id),
    }));
  return html`<fieldset class="group">
    <legend><h2>${t.designHeading}</h2></legend>
    ${selectField(
      c,
      { id: 'format', label: t.format, value: form.format, onInput: (format) => c.set({ format }) },
      formats ?? [{ value: form.format, label: form.format }],
    )}
    ${inputField(c, {
      id: 'participants',
      label: t.participants,
      value: form.participants,
      hint: limits ? t.participantsHint(limits.min, limits.max) : undefined,
      inputmode: 'numeric',
      narrow: true,
      onInput: (participants) => c.set({ participants }),
    })}
    ${
      modules.length
        ? html`<fieldset
            id="modules"
            tabindex="-1"
            class="field ${modulesError ? 'invalid' : ''}"
            aria-describedby=${modulesError ? 'modules-error' : nothing}
          >
            <legend>${t.modules}</legend>
            ${
              modulesError
                ? html`<span class="error-message" id="modules-error"
                    ><span class="visually-hidden">${t.errorPrefix} </span>${modulesError}</span
                  >`
                : nothing
            }
            ${modules.map((m) => {
              const id = `module-${m.id}`;
              return html`<label class="checkbox" for=${id}
                ><input
                  type="checkbox"
                  id=${id}
                  name="modules"
                  value=${m.id}
                  .checked=${live(m.required === true || form.modules.includes(m.id))}
                  ?disabled=${m.required === true}
                  @change=${(e: Event) => toggle(m.id, (e.target as HTMLInputElement).checked)}
                />
                <span
                  >${localize(m.title, locale)}${
                    m.required
                      ? html` <span class="hint inline">${t.requiredModule}</span>`
                      : nothing
                  }</span
                ></label
              >`;
            })}
          </fieldset>`
        : nothing
    }
    ${inputField(c, {
      id: 'date',
      label: t.date,
      type: 'date',
      optional: true,
      value: form.date,
      onInput: (date) => c.set({ date }),
    })}
    ${inputField(c, {
      id: 'place',
      label: t.place,
      optional: true,
      value: form.place,
      onInput: (place) => c.set({ place }),
    })}
  </fieldset>`;
}

/**
 * The customer block: organisation, contact, email (where the offer goes), EAN, CVR and the
 * invoice reference.
 *
 * @param c - the form and its words
 * @returns the fieldset
 */
export function customerSection(c: SectionContext): TemplateResult {
  const { t, form } = c;
  const text = (
    id: 'organisation' | 'contact' | 'reference',
    label: string,
    autocomplete: HTMLInputElement['autocomplete'],
  ) =>
    inputField(c, {
      id,
      label,
      optional: true,
      autocomplete,
      value: form[id],
      onInput: (value) => c.set({ [id]: value }),
    });
  return html`<fieldset class="group">
    <legend><h2>${t.customerHeading}</h2></legend>
    ${text('organisation', t.organisation, 'organization')} ${text('contact', t.contact, 'name')}
    ${inputField(c, {
      id: 'email',
      label: t.email,
      type: 'email',
      hint: t.emailHint,
      autocomplete: 'email',
      value: form.email,
      onInput: (email) => c.set({ email }),
    })}
    ${inputField(c, {
      id: 'ean',
      label: t.ean,
      hint: t.eanHint,
      optional: true,
      inputmode: 'numeric',
      narrow: true,
      value: form.ean,
      onInput: (ean) => c.set({ ean }),
    })}
    ${inputField(c, {
      id: 'cvr',
      label: t.cvr,
      hint: t.cvrHint,
      optional: true,
      inputmode: 'numeric',
      narrow: true,
      value: form.cvr,
      onInput: (cvr) => c.set({ cvr }),
    })}
    ${text('reference', t.reference, 'off')}
  </fieldset>`;
}

/**
 * How long the offer holds and the note to the customer in the email.
 *
 * @param c - the form and its words
 * @returns the fieldset
 */
export function validitySection(c: SectionContext): TemplateResult {
  const { t, form } = c;
  return html`<fieldset class="group">
    <legend><h2>${t.validityHeading}</h2></legend>
    ${inputField(c, {
      id: 'valid-until',
      label: t.validUntil,
      type: 'date',
      hint: t.validUntilHint,
      value: form.validUntil,
      onInput: (validUntil) => c.set({ validUntil }),
    })}
    ${textareaField(c, {
      id: 'message',
      label: t.message,
      hint: t.messageHint,
      optional: true,
      value: form.message,
      onInput: (message) => c.set({ message }),
    })}
  </fieldset>`;
}
