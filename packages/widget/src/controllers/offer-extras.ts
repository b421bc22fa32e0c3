import type { ReactiveController, ReactiveElement } from 'lit';
import { bundledBody, type Body } from '../offer/body-bundled.js';
import { bundledExtras } from '../offer/extras-bundled.js';
import { addStyles } from '../utilities/add-styles.js';
import { body as lazyBody, extras as lazyExtras, pendingInquiryLoader } from '../utilities/lazy.js';
import type { StickySummaryController } from './sticky-summary.js';

/**
 * What an offer needs after its first paint, and when to fetch it in the script-tag build:
 *
 * - the offer's body (the shaping form, the agenda, the about text: see `offer/body.ts`), which
 *   each offer asks for when it connects (on a page that holds offers, while temadag.js runs and
 *   defines the element, beside the catalog's fetch); the offer paints its price without it, and its
 *   styles join the shadow root when it is here ({@link bodySettled} says when);
 * - the offer's extras (the sticky price summary, the breakdown's table, the terms' body: see
 *   `offer/extras.ts`), asked for once the rendered offer is narrower than the summary styles'
 *   720 px container query (a ResizeObserver; a resize may make it so later) or when the visitor
 *   opens, focuses or points at the breakdown or the terms ({@link onDetails}), so the price
 *   never waits for them; their styles then join the shadow root's;
 * - the inquiry form's chunk, loaded once the form's section comes near the viewport (the
 *   body watches for that, `offer/inquiry-watch.ts`; at once when the body cannot be loaded).
 *
 * The npm build bundles the extras and defines the form at once, so there is nothing to watch.
 * The host re-renders once the extras are here.
 *
 * @example
 * ```ts
 * class Offer extends LitElement {
 *   #extras = new OfferExtrasController(this);
 *   render() {
 *     const summary = this.#extras.summary;
 *     return html`… ${summary ? extras.now()!.summaryBarTemplate({ summary, … }) : nothing}`;
 *   }
 * }
 * ```
 */
export class OfferExtrasController implements ReactiveController {
  /** The sticky summary's controller, once the extras are here. */
  summary: StickySummaryController | undefined;
  readonly #host: ReactiveElement;
  #asked = false;
  #widthObserver: ResizeObserver | undefined;
  #widthWatched: Element | undefined;
  #inquiryObserver: IntersectionObserver | undefined;
  #bodyAsked = false;
  #bodyFailed = false;
  #bodyStyled = false;

  /**
   * @param host - the offer; the controller adds itself to it
   */
  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
    if (bundledExtras) this.summary = bundledExtras.offerStickySummary(host);
  }

  /**
   * The body is here (always in the npm build) or could not be loaded: the offer shows all it
   * will show, and is ready.
   */
  get bodySettled(): boolean {
    return Boolean(lazyBody.now()) || this.#bodyFailed;
  }

  hostConnected(): void {
    const here = lazyBody.now();
    if (here) {
      this.#adoptBody(here);
    } else if (!this.#bodyAsked) {
      this.#bodyAsked = true;
      lazyBody.load().then(
        (body) => {
          this.#adoptBody(body);
          this.#host.requestUpdate();
        },
        (error: unknown) => {
          // The price and the inquiry form still work; the design stays as prefilled.
          console.warn('Temadag: the shaping form and agenda could not be loaded.', error);
          this.#bodyFailed = true;
          // Nothing watches for the form's section then: its chunk comes at once.
          pendingInquiryLoader()?.().catch((e: unknown) =>
            console.warn('temadag-offer: inquiry form', e),
          );
          this.#host.requestUpdate();
        },
      );
    }
  }

  /** The body's styles join the shadow root once (the npm build has them from the start). */
  #adoptBody(body: Body): void {
    if (bundledBody || this.#bodyStyled || !this.#host.renderRoot) return;
    this.#bodyStyled = true;
    addStyles(this.#host.renderRoot, body.styles);
  }

  hostUpdated(): void {
    // The form's chunk when its section comes near: the body's to watch (offer/inquiry-watch.ts).
    this.#inquiryObserver = lazyBody
      .now()
      ?.watchInquiry(this.#host.renderRoot, this.#inquiryObserver);
    this.#watchWidth();
  }

  hostDisconnected(): void {
    this.#inquiryObserver?.disconnect();
    this.#widthObserver?.disconnect();
    this.#widthWatched = undefined;
    this.#inquiryObserver = undefined;
  }

  /**
   * The collapsed breakdown's and terms' listener: their bodies are among the extras, asked for
   * when the visitor opens, focuses or points at either.
   */
  onDetails = (): void => this.#ask();

  #watchWidth(): void {
    const article = this.#host.renderRoot.querySelector('.offer') ?? undefined;
    if (this.summary || this.#asked || article === this.#widthWatched) return;
    this.#widthObserver?.disconnect();
    this.#widthWatched = article;
    if (!article) return;
    this.#widthObserver ??= new ResizeObserver(([entry]) => {
      if (entry && entry.contentRect.width < 720) {
        this.#widthObserver?.disconnect();
        this.#ask();
      }
    });
    this.#widthObserver.observe(article);
  }

  #ask(): void {
    if (this.summary || this.#asked) return;
    this.#asked = true;
    lazyExtras.load().then(
      (extras) => {
        addStyles(this.#host.renderRoot, extras.styles);
        this.summary ??= extras.offerStickySummary(this.#host);
        this.#host.requestUpdate();
      },
      (error: unknown) => {
        // The offer works without its summary bar; the narrow layout just lacks the shortcut.
        console.warn('Temadag: the price summary could not be loaded.', error);
      },
    );
  }
}
