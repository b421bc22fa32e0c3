import type { Catalog, Offering, SelectionInput } from '@temadag/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { OfferDesignController } from '../controllers/offer-design.js';
import type { OfferExtrasController } from '../controllers/offer-extras.js';
import type { PdfJobController } from '../controllers/pdf-job.js';
import type { InquiryPrefill } from '../inquiry/inquiry.js';
import type { Translation } from '../translations/index.js';
import type { CatalogLoader } from '../utilities/catalog-loader.js';
import { ON_DAY_KINDS, firstWantedDate, moduleMinutes, travelRuleOf } from '@temadag/core';
import { formatSpan, type DesignResult } from '../utilities/design.js';
import { body as lazyBody, extras as lazyExtras } from '../utilities/lazy.js';
import { unavailableText } from './announce.js';
import { introTemplate } from './content.js';
import { priceTemplate, type OfferWords } from './price.js';
import { travelRuleText } from './price-words.js';
import { termsTemplate } from './terms.js';

/** The inquiry form's properties, as the offer passes them on. */
export interface InquiryView {
  selection: SelectionInput;
  endpoint: string;
  prefill: InquiryPrefill;
  forwardUtm: boolean;
  /** The form sent the inquiry: the design's draft is forgotten. */
  onSuccess: () => void;
}

/** Everything the rendered offer shows, and its handlers. */
export interface OfferView extends OfferWords {
  catalog: Catalog;
  offering: Offering;
  result: DesignResult;
  /** The design and the shaping form's fields and handlers. */
  design: OfferDesignController;
  /** The sticky summary, the terms' body and their handlers. */
  extras: OfferExtrasController;
  /** Where the PDF file stands. */
  pdf: Pick<PdfJobController, 'status' | 'progress'>;
  /** What the live region says after a change. */
  announcement: string;
  /** The form's properties; undefined when the offer has no endpoint (then no form). */
  inquiry: InquiryView | undefined;
  onPdf: () => void;
  onRelated: (id: string) => void;
}

/**
 * The rendered offer: intro, the layout (shaping form, price panel, agenda), the text about
 * the provider, the inquiry form and, when the extras are here, the sticky price summary. The
 * shaping form, the agenda and the text about the provider are the offer's body, which the
 * script-tag build loads beside temadag.js: until it is here the form's place is kept empty
 * (`.shaping.pending`, see offer.styles.ts) and the rest is left out, so the price shows at once
 * and does not move when the body joins it.
 *
 * @param view - what to show and the handlers
 * @returns the `<article part="base">` template
 * @example
 * ```ts
 * html`${offerTemplate(view)}`;
 * ```
 */
export function offerTemplate(view: OfferView): TemplateResult {
  const { locale, offering, catalog } = view;
  // The sticky summary comes after the first paint in the script-tag build.
  const summary = view.extras.summary;
  const extras = lazyExtras.now();
  const body = lazyBody.now();
  return html`
    <article part="base" class="root offer" lang=${locale}>
      <div class="intro">${introTemplate(view, offering)}</div>
      <div class="summary-start"></div>
      ${layoutTemplate(view)}
      ${body ? body.aboutTemplate(view, catalog, offering, view.onRelated) : nothing}
      ${view.inquiry ? inquiryTemplate(catalog, offering, view) : nothing}
      ${
        summary && extras
          ? extras.summaryBarTemplate({
              ...view,
              price: view.result.price,
              currency: catalog.currency,
              summary,
              form: Boolean(view.inquiry),
            })
          : nothing
      }
    </article>
  `;
}

/** The shaping form, the price panel and the agenda. */
function layoutTemplate(view: OfferView): TemplateResult {
  const { offering, result, design, catalog } = view;
  const currency = catalog.currency;
  const extras = lazyExtras.now();
  const body = lazyBody.now();
  const travelRule = travelRuleOf(offering);
  const price = result.price;
  const travelHow = travelRule && travelRuleText({ ...view, currency }, travelRule);
  const travelNote =
    travelHow && price?.status === 'priced' && !price.lines.some((l) => l.kind === 'travel')
      ? view.t.travelOnTop(travelHow)
      : undefined;
  const chosen = design.design!;
  return html`<div class="layout">
    ${
      body
        ? body.shapingTemplate({
            ...view,
            // The design and the fields as typed, by the same names, and the fields' handlers.
            ...design,
            ...body.designHandlers(design),
            design: design.design!,
            currency,
            choices: body.choiceEffects(catalog, result, view.locale),
            travelRule,
            travelFrom: catalog.provider.address.city,
            // What temadag.js has anyway, passed in rather than copied into the body chunk.
            span: (formatId) => formatSpan(offering, chosen, formatId, view.locale),
            onDayMinutes: (module) =>
              ON_DAY_KINDS.has(module.kind)
                ? (moduleMinutes(module, chosen.format) ?? 0)
                : undefined,
            firstDate: firstWantedDate(new Date()),
            travelHow,
          })
        : view.extras.bodySettled
          ? nothing
          : html`<div class="shaping pending"></div>`
    }
    ${priceTemplate({
      ...view,
      price,
      unavailable: unavailableText(view.t, view.locale, offering, design.participantsText),
      currency,
      travelNote,
      terms: termsTemplate(
        view.t,
        extras ? extras.termsBody(view.t, view.locale, offering.terms) : nothing,
        view.extras.onDetails,
      ),
      breakdown: extras && price ? extras.breakdownTable(view, price) : nothing,
      onDetails: view.extras.onDetails,
      pdfState: body?.pdfState(view.t, view.pdf),
    })}
    ${
      body
        ? body.agendaTemplate(
            view,
            offering.modules.filter(
              (mod) => chosen.modules.includes(mod.id) && !ON_DAY_KINDS.has(mod.kind),
            ),
            chosen,
            result.agenda,
          )
        : nothing
    }
  </div>`;
}

/** The section with the inquiry form (its own element, defined by its chunk when near). */
function inquiryTemplate(catalog: Catalog, offering: Offering, view: OfferView): TemplateResult {
  const inquiry = view.inquiry!;
  return html`<section part="inquiry" class="inquiry" tabindex="-1">
    <temadag-inquiry
      .catalog=${catalog}
      .offeringId=${offering.id}
      .selection=${inquiry.selection}
      .endpoint=${inquiry.endpoint}
      .locale=${view.locale}
      .prefill=${inquiry.prefill}
      .forwardUtm=${inquiry.forwardUtm}
      .hideDate=${true}
      @temadag-success=${inquiry.onSuccess}
    ></temadag-inquiry>
  </section>`;
}

/**
 * What the element says instead of an offer: the catalog was refused (when the page put no
 * fallback content of its own inside the element, which says it best), could not be loaded, or
 * lacks the offering.
 *
 * @param t - the widget's words
 * @param loader - the element's catalog loader
 * @param element - the element, whose children are the fallback
 * @param unknown - the offering id that the catalog does not have
 * @returns the message, or undefined when there is none to show
 * @example
 * ```ts
 * loadErrorText(da, { failed: true, refused: false }, offer, undefined); // da.loadFailed
 * ```
 */
export function loadErrorText(
  t: Translation,
  loader: Pick<CatalogLoader, 'failed' | 'refused'>,
  element: Element,
  unknown: string | undefined,
): string | undefined {
  if (loader.refused) {
    // An inline catalog aside, the page's fallback content is what the visitor should see.
    const fallback = [...element.childNodes].some((node) =>
      node instanceof Element ? node.localName !== 'script' : Boolean(node.textContent?.trim()),
    );
    return fallback ? undefined : t.loadRefused;
  }
  return loader.failed ? t.loadFailed : unknown && t.unknownOffering(unknown);
}
