import { localize, type Catalog, type Offering } from '@temadag/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { OfferWords } from './price.js';

const safeUrl = (url: string | undefined) => (url && /^https?:\/\//i.test(url) ? url : undefined);

/**
 * Below the offer: the collapsible text about the provider (bio and website, only an
 * `http(s)` address becomes a link) and the related offerings as buttons.
 *
 * @param words - the words and the language
 * @param catalog - the catalog, for the provider and the related offerings' titles
 * @param offering - the offering shown
 * @param onRelated - opens a related offering by its id
 * @returns the template
 * @example
 * ```ts
 * html`${aboutTemplate(words, catalog, offering, (id) => (offer.offering = id))}`;
 * ```
 */
export function aboutTemplate(
  { t, m, locale }: OfferWords,
  catalog: Catalog,
  offering: Offering,
  onRelated: (id: string) => void,
): TemplateResult {
  const related = offering.related
    .map((id) => catalog.offerings.find((o) => o.id === id))
    .filter((o): o is Offering => Boolean(o));
  const bio = localize(catalog.provider.bio, locale);
  const website = safeUrl(catalog.provider.website);
  return html`
    ${
      bio || website
        ? html`<details part="about" class="about">
            <summary>${m.offer.about(catalog.provider.name)}</summary>
            ${bio ? html`<p>${bio}</p>` : nothing}
            ${website ? html`<p><a href=${website}>${website}</a></p>` : nothing}
          </details>`
        : nothing
    }
    ${
      related.length
        ? html`<p class="related">
            <strong>${t.related}:</strong>
            ${related.map(
              (o, i) =>
                html`${i ? ', ' : ''}<button
                    type="button"
                    class="link-button"
                    @click=${() => onRelated(o.id)}
                  >
                    ${localize(o.title, locale)}
                  </button>`,
            )}
          </p>`
        : nothing
    }
  `;
}
