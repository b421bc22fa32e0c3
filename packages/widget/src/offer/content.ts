import { localize, type Offering } from '@temadag/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { OfferWords } from './price.js';

/**
 * The offering's own text above the shaping form: title, subtitle, summary, audience, focus
 * questions and description (paragraphs split at blank lines).
 *
 * @param words - the words and the language
 * @param offering - the offering
 * @returns the template
 * @example
 * ```ts
 * html`${introTemplate({ t, m, locale: 'da' }, offering)}`;
 * ```
 */
export function introTemplate({ t, m, locale }: OfferWords, offering: Offering): TemplateResult {
  const text = (value: Parameters<typeof localize>[0]) => localize(value, locale);
  const description = text(offering.description)?.split(/\n\s*\n/) ?? [];
  return html`
    <header part="header" class="header">
      <h2 part="title" class="title" tabindex="-1">${text(offering.title)}</h2>
      ${offering.subtitle ? html`<p class="subtitle">${text(offering.subtitle)}</p>` : nothing}
      <p class="summary">${text(offering.summary)}</p>
      ${
        offering.audience
          ? html`<p class="audience"><strong>${t.audience}:</strong> ${text(offering.audience)}</p>`
          : nothing
      }
    </header>
    ${
      offering.focusQuestions.length
        ? html`<section class="focus">
            <h3>${m.offer.focusQuestions}</h3>
            <ul>
              ${offering.focusQuestions.map((q) => html`<li>${text(q)}</li>`)}
            </ul>
          </section>`
        : nothing
    }
    ${
      description.length
        ? html`<section class="description">
            <h3>${t.description}</h3>
            ${description.map((p) => html`<p>${p}</p>`)}
          </section>`
        : nothing
    }
  `;
}
