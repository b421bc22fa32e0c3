import type { Locale, Offering } from '@temadag/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TemadagChangeDetail } from '../events/change.js';
import { saveDesignDraft } from '../offer/draft.js';
import { participantsValid, withModules, type Design } from '../utilities/design.js';

/** The pause after the last change that keeps the draft and announces the price, in ms. */
const PAUSE_MS = 500;

/** What the design controller asks of the offer, which keeps these private. */
export interface OfferDesignContext {
  /** The offering being shaped (there is one whenever the handlers can run). */
  offering(): Offering | undefined;
  /** The language the offer renders in. */
  locale(): Locale;
  /** Tells the page about a change (the `temadag-change` event). */
  changed(field: TemadagChangeDetail['field']): void;
  /** The visitor paused: announce the price. */
  paused(): void;
}

/**
 * The visitor's design of an offering (format, participants, add-ons, date, travel) and the
 * fields as typed: the shaping form's handlers, the errors shown once a field is left, and the
 * draft kept in `sessionStorage`. A change tells the page at once; half a second after the last
 * one the draft is kept and the host announces the price (a storage write per keystroke or
 * click would be much of the cost of a price update). The draft is also kept when the visitor
 * leaves a field, when the element goes away and when the page is hidden (`pagehide`: a reload
 * or another page of the site within the half second loses nothing). The host re-renders on
 * every change. The shaping form's handlers, which call {@link OfferDesignController.change},
 * are the offer's body's (`designHandlers` of offer/design-handlers.ts), since only that form
 * uses them.
 *
 * @example
 * ```ts
 * class Offer extends LitElement {
 *   #design = new OfferDesignController(this, {
 *     offering: () => this.#offering,
 *     locale: () => this.#locale,
 *     changed: (field) => this.#emit(field),
 *     paused: () => this.#announce(),
 *   });
 *   render() {
 *     const { onParticipants } = designHandlers(this.#design);
 *     return html`<input @input=${onParticipants} .value=${this.#design.participantsText}>`;
 *   }
 * }
 * ```
 */
export class OfferDesignController implements ReactiveController {
  /** The design; undefined until the host has an offering. */
  design: Design | undefined;
  /** The number of participants as typed. */
  participantsText = '';
  participantsError = false;
  /** The date as picked. */
  dateText = '';
  dateError = false;
  /** The distance as typed. */
  travelText = '';
  travelError = false;
  readonly #host: ReactiveControllerHost;
  readonly #context: OfferDesignContext;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** When the last change came (`performance.now()`): the pause is counted from it. */
  #at = 0;
  #unsaved = false;

  /**
   * @param host - the offer; the controller adds itself to it
   * @param context - the offer's offering, language and change callbacks
   */
  constructor(host: ReactiveControllerHost, context: OfferDesignContext) {
    this.#host = host;
    this.#context = context;
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('pagehide', this.save);
  }

  hostDisconnected(): void {
    removeEventListener('pagehide', this.save);
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.save();
  }

  /** Starts from a design (the draft, the prefill or the catalog's defaults). */
  set(design: Design): void {
    this.design = design;
    this.participantsText = String(design.participants);
    this.participantsError = !this.valid(design.participants);
    this.dateText = design.date ?? '';
    this.dateError = false;
    this.travelText = design.travel?.km === undefined ? '' : String(design.travel.km);
    this.travelError = false;
    this.#host.requestUpdate();
  }

  /** Keeps the design as the visitor's draft, if it changed since the last time. */
  save = (): void => {
    const offering = this.#context.offering();
    if (this.#unsaved && offering && this.design) saveDesignDraft(offering.id, this.design);
    this.#unsaved = false;
  };

  /**
   * Whether the offering allows a number of participants (`participantsValid`): for the
   * shaping form's handlers, which take it from here rather than carry a copy.
   *
   * @param count - the number as typed
   * @returns true when the offering allows it
   */
  valid(count: number): boolean {
    return participantsValid(this.#context.offering()!, count);
  }

  /**
   * The design with these add-ons, as many as fit (`withModules` of utilities/design.ts).
   *
   * @param design - the design to change
   * @param wanted - add-on ids, most important first
   * @returns a new design
   */
  withModules(design: Design, wanted: readonly string[]): Design {
    return withModules(this.#context.offering()!, design, wanted, this.#context.locale());
  }

  /** Re-renders the host (a field's error changed, not the design). */
  rerender(): void {
    this.#host.requestUpdate();
  }

  /**
   * A change by the visitor: the new design, the page told at once, the draft and the
   * announcement after the pause.
   *
   * @param field - what changed
   * @param design - the new design
   */
  change(field: TemadagChangeDetail['field'], design: Design): void {
    this.design = design;
    this.#unsaved = true;
    this.#host.requestUpdate();
    this.#context.changed(field);
    // One timer for a burst of changes, not one re-armed per keystroke (clearing and setting a
    // timer was a few per cent of a price update): when it fires before the pause is over, it waits
    // for the rest of it.
    this.#at = performance.now();
    this.#timer ??= setTimeout(this.#pause, PAUSE_MS);
  }

  #pause = (): void => {
    const left = this.#at + PAUSE_MS - performance.now();
    if (left > 0) {
      this.#timer = setTimeout(this.#pause, left);
      return;
    }
    this.#timer = undefined;
    this.save();
    this.#context.paused();
  };
}
