import {
  daySpan,
  formatDate,
  formatMinutes,
  formatTime,
  formatTimeRange,
  localize,
  type Module,
} from '@temadag/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { Design, DesignResult } from '../utilities/design.js';
import type { OfferWords } from './price.js';

/**
 * The agenda of the day as designed: the times of each item, a warning when the chosen
 * add-ons do not fit, and the add-ons that happen before or after the day.
 *
 * @param words - the words and the language
 * @param offDay - the chosen add-ons that happen before or after the day (the offer works them
 *   out with core's `ON_DAY_KINDS`, so the body chunk does not carry a copy)
 * @param design - the design
 * @param agenda - the design's agenda
 * @returns the agenda's template
 * @example
 * ```ts
 * html`${agendaTemplate(words, [], design, evaluateDesign(catalog, offering, design, 'da').agenda)}`;
 * ```
 */
export function agendaTemplate(
  { t, m, locale }: OfferWords,
  offDay: readonly Module[],
  design: Design,
  agenda: DesignResult['agenda'],
): TemplateResult {
  const span = daySpan(agenda.items);
  const day = span ? formatTimeRange(span.start, span.end, locale) : '';
  return html`
    <section part="agenda" class="agenda" aria-labelledby="agenda-heading">
      <h3 id="agenda-heading">${m.offer.agenda}</h3>
      <p class="agenda-when">
        ${[design.date && formatDate(design.date, locale, 'full'), day].filter(Boolean).join(', ')}
      </p>
      <ol class="agenda-list">
        ${agenda.items.map(
          (item) =>
            html`<li class=${item.kind === 'break' || item.kind === 'lunch' ? 'pause' : ''}>
              <span class="time">${formatTime(item.start, locale)}</span>
              <span class="what">${item.title}</span>
              <span class="minutes">${formatMinutes(item.minutes, locale)}</span>
            </li>`,
        )}
      </ol>
      ${
        agenda.overMinutes > 0
          ? html`<p class="error-message">
              ${t.agendaOver(formatMinutes(agenda.overMinutes, locale))}
            </p>`
          : nothing
      }
      ${
        offDay.length
          ? html`<h4>${t.agendaOffDay}</h4>
              <ul class="off-day">
                ${offDay.map(
                  (mod) =>
                    html`<li>
                      <span class="what">${localize(mod.title, locale)}</span>
                      <span class="hint">${t.moduleWhen[mod.kind] ?? ''}</span>
                    </li>`,
                )}
              </ul>`
          : nothing
      }
    </section>
  `;
}
