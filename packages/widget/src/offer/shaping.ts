import {
  formatMinutes,
  formatNumber,
  formatTimeRange,
  localize,
  MAX_TRAVEL_KM,
  type Module,
  type Offering,
  type TravelRule,
} from '@temadag/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { Design, DesignResult, formatSpan } from '../utilities/design.js';
import type { OfferWords } from './price.js';
import { moduleEffectText } from './price-words.js';

/** What the shaping form shows and whom it tells about changes. */
export interface ShapingContext extends OfferWords {
  offering: Offering;
  design: Design;
  currency: string;
  choices: DesignResult['choices'];
  /** The number of participants as typed. */
  participantsText: string;
  participantsError: boolean;
  /** The date as picked. */
  dateText: string;
  dateError: boolean;
  /** The offering's travel rule: the form asks for what it needs (distance or zone). */
  travelRule: TravelRule | undefined;
  /** Where the provider travels from (the provider's city). */
  travelFrom: string;
  /**
   * The day's span of the design in another format (`formatSpan` of utilities/design.ts, which
   * the offer passes in so that the body chunk does not carry the scheduler's messages).
   */
  span: (formatId: string) => ReturnType<typeof formatSpan>;
  /**
   * The minutes an add-on takes on the day in the chosen format, undefined when it happens
   * before or after the day (core's `ON_DAY_KINDS` and `moduleMinutes`, passed in like `span`).
   */
  onDayMinutes: (module: Module) => number | undefined;
  /** The first date the visitor may pick (`firstWantedDate` of core), `YYYY-MM-DD`. */
  firstDate: string;
  /** How travel is priced, in words (`travelRuleText`); undefined without a travel rule. */
  travelHow: string | undefined;
  /** The distance as typed. */
  travelText: string;
  travelError: boolean;
  /** Handlers are called with the element as `this` (Lit binds listeners to their host). */
  onFormat: (event: Event) => void;
  onParticipants: (event: Event) => void;
  onModule: (event: Event) => void;
  onDate: (event: Event) => void;
  onTravel: (event: Event) => void;
}

/**
 * The form where the visitor shapes the day: format, participants, add-ons and date.
 *
 * @param ctx - the design, its choices, the words and the handlers
 * @returns the form's template
 * @example
 * ```ts
 * html`${shapingTemplate(ctx)}`;
 * ```
 */
export function shapingTemplate(ctx: ShapingContext): TemplateResult {
  const { t, m, locale, offering, design } = ctx;
  const { min, max } = offering.participants;
  const n = (value: number) => formatNumber(value, locale);
  const { currency, choices } = ctx;
  const format = offering.formats.find((f) => f.id === design.format)!;
  const participantsDescribed = `participants-hint${ctx.participantsError ? ' participants-error' : ''}`;
  return html`
    <form part="shaping" class="shaping" @submit=${(e: Event) => e.preventDefault()}>
      <h3>${t.shapeHeading}</h3>
      <p class="hint">${t.shapeIntro}</p>
      <fieldset class="formats">
        <legend>${t.formatLegend}</legend>
        ${offering.formats.map((f) => {
          const desc = localize(f.description, locale);
          // The span of the design as it would be in this format, as its agenda and PDF show it.
          const span = ctx.span(f.id);
          const times = span
            ? t.formatTimes(
                formatMinutes(span.minutes, locale),
                formatTimeRange(span.start, span.end, locale),
              )
            : formatMinutes(f.durationMinutes, locale);
          return html`<div part="choice" class="choice">
            <input
              type="radio"
              name="format"
              id=${`format-${f.id}`}
              value=${f.id}
              .checked=${f.id === design.format}
              aria-describedby=${`format-${f.id}-hint`}
              @change=${ctx.onFormat}
            />
            <label for=${`format-${f.id}`}>${localize(f.label, locale)}</label>
            <span class="hint" id=${`format-${f.id}-hint`}
              >${times}${desc ? html`. ${desc}` : nothing}</span
            >
          </div>`;
        })}
      </fieldset>
      <div class="field ${ctx.participantsError ? 'invalid' : ''}">
        <label for="participants">${m.offer.participantsLabel}</label>
        <span class="hint" id="participants-hint">${t.participantsHint(n(min), n(max))}</span>
        ${
          ctx.participantsError
            ? html`<span class="error-message" id="participants-error"
                ><span class="visually-hidden">${t.errorPrefix}</span>${
                  ctx.participantsText.trim() === ''
                    ? m.inquiry.participantsEmpty
                    : m.inquiry.participantsRange(n(min), n(max))
                }</span
              >`
            : nothing
        }
        <input
          part="input"
          id="participants"
          type="number"
          inputmode="numeric"
          min=${min}
          max=${max}
          step="1"
          .value=${ctx.participantsText}
          aria-invalid=${ctx.participantsError ? 'true' : 'false'}
          aria-describedby=${participantsDescribed}
          @input=${ctx.onParticipants}
          @change=${ctx.onParticipants}
        />
      </div>
      ${
        choices.length
          ? html`<fieldset class="modules">
              <legend>${t.modulesLegend} <span class="optional">${t.optional}</span></legend>
              <p class="hint">${t.modulesHint}</p>
              ${choices.map(({ module, chosen, fits, effect: change }) => {
                const id = `module-${module.id}`;
                const onDay = ctx.onDayMinutes(module);
                const minutes =
                  onDay === undefined
                    ? t.moduleWhen[module.kind]
                    : t.moduleMinutes(formatMinutes(onDay, locale));
                const effect = moduleEffectText({ t, locale, currency }, change);
                const desc = localize(module.description, locale);
                return html`<div part="choice" class="choice ${fits ? '' : 'no-room'}">
                  <input
                    type="checkbox"
                    id=${id}
                    value=${module.id}
                    .checked=${chosen}
                    ?disabled=${!fits}
                    aria-describedby=${`${id}-hint`}
                    @change=${ctx.onModule}
                  />
                  <label for=${id}>${localize(module.title, locale)}</label>
                  <span class="hint" id=${`${id}-hint`}>
                    ${[effect, minutes].filter(Boolean).join(' · ')}
                    ${
                      fits
                        ? nothing
                        : html`<span class="no-room-text"
                            >${t.moduleNoRoom(localize(format.label, locale))}</span
                          >`
                    }
                    ${desc ? html`<span class="module-description">${desc}</span>` : nothing}
                  </span>
                </div>`;
              })}
            </fieldset>`
          : nothing
      }
      <div class="field ${ctx.dateError ? 'invalid' : ''}">
        <label for="date">${t.dateLabel} <span class="optional">${t.optional}</span></label>
        <span class="hint" id="date-hint">${t.dateHint}</span>
        ${
          ctx.dateError
            ? html`<span class="error-message" id="date-error"
                ><span class="visually-hidden">${t.errorPrefix}</span>${t.datePast}</span
              >`
            : nothing
        }
        <input
          part="input"
          id="date"
          type="date"
          min=${ctx.firstDate}
          .value=${ctx.dateText}
          aria-invalid=${ctx.dateError ? 'true' : 'false'}
          aria-describedby=${ctx.dateError ? 'date-hint date-error' : 'date-hint'}
          @change=${ctx.onDate}
        />
      </div>
      ${travelTemplate(ctx)}
    </form>
  `;
}

/** The place of the day, as the travel rule needs it: the distance in km or a zone. */
function travelTemplate(ctx: ShapingContext): TemplateResult | typeof nothing {
  const { t, locale, travelRule: rule, design } = ctx;
  if (!rule) return nothing;
  const hint = t.travelHint(ctx.travelHow ?? '');
  if (rule.perKm) {
    return html`<div class="field ${ctx.travelError ? 'invalid' : ''}">
      <label for="travel-km"
        >${t.travelKmLabel(ctx.travelFrom)} <span class="optional">${t.optional}</span></label
      >
      <span class="hint" id="travel-hint">${hint}</span>
      ${
        ctx.travelError
          ? html`<span class="error-message" id="travel-error"
              ><span class="visually-hidden">${t.errorPrefix}</span>${t.travelKmInvalid}</span
            >`
          : nothing
      }
      <input
        part="input"
        id="travel-km"
        type="number"
        inputmode="numeric"
        min="0"
        max=${MAX_TRAVEL_KM}
        step="1"
        .value=${ctx.travelText}
        aria-invalid=${ctx.travelError ? 'true' : 'false'}
        aria-describedby=${ctx.travelError ? 'travel-hint travel-error' : 'travel-hint'}
        @input=${ctx.onTravel}
        @change=${ctx.onTravel}
      />
    </div>`;
  }
  const zone = design.travel?.zone ?? '';
  return html`<div class="field">
    <label for="travel-zone"
      >${t.travelZoneLabel} <span class="optional">${t.optional}</span></label
    >
    <span class="hint" id="travel-hint">${hint}</span>
    <select part="input" id="travel-zone" aria-describedby="travel-hint" @change=${ctx.onTravel}>
      <option value="" ?selected=${zone === ''}>${t.travelZoneUnknown}</option>
      ${(rule.zones ?? []).map(
        (z) =>
          html`<option value=${z.id} ?selected=${z.id === zone}>
            ${localize(z.label, locale)}
          </option>`,
      )}
    </select>
  </div>`;
}
