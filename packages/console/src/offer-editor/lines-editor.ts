import { html, type TemplateResult } from 'lit';
import { inputField, selectField } from './fields.js';
import { EMPTY_LINE, type EditorAdjustment, type EditorLine } from './form-state.js';
import type { SectionContext } from './sections.js';

/**
 * The extra lines: each a fieldset with description, quantity, unit price in kroner and VAT
 * rate (25 % or 0 %), a button to remove it, and one to add a line. Adding moves focus to the
 * new line's description; removing moves it to the add button, so focus is never lost.
 *
 * @param c - the form and its words
 * @param focus - moves focus to a field by id after the next render
 * @returns the section
 */
export function linesSection(c: SectionContext, focus: (id: string) => void): TemplateResult {
  const { t, form } = c;
  const setLine = (i: number, patch: Partial<EditorLine>) =>
    c.set((now) => ({ lines: now.lines.map((l, j) => (j === i ? { ...l, ...patch } : l)) }));
  const add = () => {
    c.set((now) => ({ lines: [...now.lines, { ...EMPTY_LINE }] }));
    focus(`line-${form.lines.length}-description`);
  };
  const remove = (i: number) => {
    c.set((now) => ({ lines: now.lines.filter((_, j) => j !== i) }));
    focus('add-line');
  };
  return html`<section class="group" aria-labelledby="lines-heading">
    <h2 id="lines-heading">${t.linesHeading}</h2>
    <p class="hint">${t.linesIntro}</p>
    ${form.lines.length === 0 ? html`<p>${t.noLines}</p>` : ''}
    ${form.lines.map(
      (line, i) =>
        html`<fieldset class="line">
          <legend>${t.line(i + 1)}</legend>
          ${inputField(c, {
            id: `line-${i}-description`,
            label: t.description,
            value: line.description,
            onInput: (description) => setLine(i, { description }),
          })}
          <div class="row">
            ${inputField(c, {
              id: `line-${i}-quantity`,
              label: t.quantity,
              inputmode: 'numeric',
              narrow: true,
              value: line.quantity,
              onInput: (quantity) => setLine(i, { quantity }),
            })}
            ${inputField(c, {
              id: `line-${i}-unit`,
              label: t.unitPrice,
              hint: t.unitPriceHint,
              inputmode: 'decimal',
              narrow: true,
              value: line.unitPrice,
              onInput: (unitPrice) => setLine(i, { unitPrice }),
            })}
            ${selectField(
              c,
              {
                id: `line-${i}-vat`,
                label: t.vatRate,
                value: line.vatRate,
                onInput: (vatRate) => setLine(i, { vatRate }),
              },
              [
                { value: '2500', label: t.vat25 },
                { value: '0', label: t.vat0 },
              ],
            )}
          </div>
          <button type="button" class="button secondary remove-line" @click=${() => remove(i)}>
            ${t.removeLine(i + 1)}
          </button>
        </fieldset>`,
    )}
    <button type="button" id="add-line" class="button secondary" @click=${add}>${t.addLine}</button>
  </section>`;
}

/**
 * The discount or surcharge: none, discount or surcharge; as a percentage of the price ex VAT
 * or an amount in kroner; and the reason that is printed on the offer.
 *
 * @param c - the form and its words
 * @returns the fieldset
 */
export function adjustmentSection(c: SectionContext): TemplateResult {
  const { t, form } = c;
  const a = form.adjustment;
  const set = (patch: Partial<EditorAdjustment>) =>
    c.set((now) => ({ adjustment: { ...now.adjustment, ...patch } }));
  return html`<fieldset class="group">
    <legend><h2>${t.adjustmentHeading}</h2></legend>
    ${selectField(
      c,
      {
        id: 'adjustment-kind',
        label: t.adjustmentKind,
        value: a.kind,
        onInput: (kind) => set({ kind: kind as EditorAdjustment['kind'] }),
      },
      [
        { value: 'none', label: t.adjustmentNone },
        { value: 'discount', label: t.discount },
        { value: 'surcharge', label: t.surcharge },
      ],
    )}
    ${
      a.kind === 'none'
        ? ''
        : html`${selectField(
            c,
            {
              id: 'adjustment-by',
              label: t.adjustmentBy,
              value: a.by,
              onInput: (by) => set({ by: by as EditorAdjustment['by'] }),
            },
            [
              { value: 'rate', label: t.byRate },
              { value: 'amount', label: t.byAmount },
            ],
          )}
          ${inputField(c, {
            id: 'adjustment-value',
            label: a.by === 'rate' ? t.rateValue : t.amountValue,
            inputmode: 'decimal',
            narrow: true,
            value: a.value,
            onInput: (value) => set({ value }),
          })}
          ${inputField(c, {
            id: 'adjustment-reason',
            label: t.reason,
            hint: t.reasonHint,
            value: a.reason,
            onInput: (reason) => set({ reason }),
          })}`
    }
  </fieldset>`;
}
