import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The parts of the host's shadow root that decide when the summary shows, and the bar. */
export interface StickySummaryTargets {
  /**
   * An empty element where the shaping controls begin: the summary shows once the visitor has
   * scrolled past it, so that the price stays in view while they shape the day.
   */
  start: Element | null;
  /** The price panel: while any of it is in view, the summary would say the same twice. */
  price: Element | null;
  /** An empty element at the end of the offer: near the end the bar would hide its last lines. */
  end: Element | null;
  /** The summary bar itself, to keep focused elements clear of it. */
  bar: Element | null;
}

/** Space between a focused element and the bar, in CSS pixels. */
const FOCUS_GAP = 8;

/**
 * Decides when the compact price summary of a narrow offer shows: once the visitor has
 * scrolled past the start of the shaping controls (an IntersectionObserver, no scroll
 * listener), while the price panel is out of view and the offer's end is not yet in view. While it shows, an
 * element that gets focus under it (the inquiry form's fields included, inside their own
 * shadow root) is scrolled clear of it (WCAG 2.4.11 Focus Not Obscured). The host re-renders
 * when {@link shown} changes; the observed elements are looked up after each update.
 *
 * @example
 * ```ts
 * class Offer extends LitElement {
 *   #summary = new StickySummaryController(this, () => ({
 *     start: this.renderRoot.querySelector('.summary-start'),
 *     price: this.renderRoot.querySelector('.price'),
 *     end: this.renderRoot.querySelector('.summary-end'),
 *     bar: this.renderRoot.querySelector('.summary-bar'),
 *   }));
 *   render() {
 *     return html`… <div class="summary-bar" ?hidden=${!this.#summary.shown}>…</div>`;
 *   }
 * }
 * ```
 */
export class StickySummaryController implements ReactiveController {
  /** Whether the summary should show now. */
  shown = false;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #targets: () => StickySummaryTargets;
  #observer: IntersectionObserver | undefined;
  #watched: (Element | null)[] = [];
  #past = false;
  #priceInView = false;
  #endInView = false;
  /** Nested shadow roots listened to (the inquiry form's). */
  #roots = new WeakSet<ShadowRoot>();
  #pending: Element | undefined;

  /**
   * @param host - the element that renders the summary
   * @param targets - finds the observed elements and the bar in the host's current render
   */
  constructor(host: ReactiveControllerHost & HTMLElement, targets: () => StickySummaryTargets) {
    this.#host = host;
    this.#targets = targets;
    host.addController(this);
  }

  /** From the summary: the price panel with its breakdown open, focus on its toggle. */
  toBreakdown = (): void => {
    const root = this.#host.shadowRoot!;
    const details = root.querySelector<HTMLDetailsElement>('.breakdown');
    if (!details) return;
    details.open = true;
    details.querySelector('summary')!.focus({ preventScroll: true });
    root.querySelector('.price')?.scrollIntoView({ block: 'start' });
  };

  /** From the summary: the inquiry form, focus on its section. */
  toForm = (): void => {
    const section = this.#host.shadowRoot!.querySelector<HTMLElement>('.inquiry');
    section?.focus({ preventScroll: true });
    section?.scrollIntoView({ block: 'start' });
  };

  hostConnected(): void {
    // On the shadow root: a move of focus inside it does not reach the host.
    this.#host.shadowRoot?.addEventListener('focusin', this.#onFocus as EventListener);
  }

  hostUpdated(): void {
    const { start, price, end } = this.#targets();
    const wanted = [start, price, end];
    if (wanted.every((el, i) => el === this.#watched[i])) return;
    this.#observer?.disconnect();
    this.#watched = wanted;
    if (!start || !price || !end) {
      this.#observer = undefined;
      return this.#set(false);
    }
    this.#observer ??= new IntersectionObserver(this.#onEntries);
    for (const el of wanted) this.#observer.observe(el!);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#watched = [];
    this.#host.shadowRoot?.removeEventListener('focusin', this.#onFocus as EventListener);
    this.#set(false);
  }

  #onEntries = (entries: IntersectionObserverEntry[]): void => {
    const [start, price, end] = this.#watched;
    for (const entry of entries) {
      if (entry.target === start) {
        // Past means above the viewport, not below it (before the visitor got there).
        const top = entry.rootBounds?.top ?? 0;
        this.#past = !entry.isIntersecting && entry.boundingClientRect.top <= top;
      } else if (entry.target === price) {
        this.#priceInView = entry.isIntersecting;
      } else if (entry.target === end) {
        this.#endInView = entry.isIntersecting;
      }
    }
    this.#set(this.#past && !this.#priceInView && !this.#endInView);
  };

  #set(shown: boolean): void {
    if (shown === this.shown) return;
    this.shown = shown;
    this.#host.requestUpdate();
  }

  /**
   * After the browser has scrolled the focused element into view, clears it of the bar. A move
   * of focus inside a nested shadow root (between the inquiry form's fields) does not reach the
   * host's, so the roots that focus enters are listened to as well.
   */
  #onFocus = (event: FocusEvent): void => {
    const path = event.composedPath();
    for (const node of path) {
      if (node instanceof ShadowRoot && node !== this.#host.shadowRoot && !this.#roots.has(node)) {
        this.#roots.add(node);
        node.addEventListener('focusin', this.#onFocus as EventListener);
      }
    }
    const target = path[0];
    if (!this.shown || !(target instanceof Element)) return;
    if (this.#pending === undefined) {
      requestAnimationFrame(() => {
        const pending = this.#pending;
        this.#pending = undefined;
        if (pending) this.#unobscure(pending);
      });
    }
    this.#pending = target;
  };

  #unobscure(target: Element): void {
    const bar = this.#targets().bar;
    if (!this.shown || !bar || bar.contains(target)) return;
    const barBox = bar.getBoundingClientRect();
    if (barBox.height === 0) return; // hidden by the wide layout's styles
    const box = target.getBoundingClientRect();
    const overlap = box.bottom + FOCUS_GAP - barBox.top;
    if (overlap > 0 && box.top < barBox.bottom) {
      // Never scroll the top of a tall element (a text area) out of view to show its bottom.
      window.scrollBy({
        top: Math.min(overlap, Math.max(0, box.top - FOCUS_GAP)),
        behavior: 'instant',
      });
    }
  }
}

/**
 * The summary of `<temadag-offer>`: its targets are the offer's `.summary-start`, `.price`,
 * `.summary-end` and `.summary-bar` (see `offer/summary-bar.ts`).
 *
 * @param host - the offer
 * @returns the controller, added to the offer
 * @example
 * ```ts
 * const summary = offerStickySummary(offer);
 * summaryBarTemplate({ ...words, price, currency: 'DKK', summary, form: true });
 * ```
 */
export function offerStickySummary(
  host: ReactiveControllerHost & HTMLElement,
): StickySummaryController {
  const find = (selector: string) => host.shadowRoot?.querySelector(selector) ?? null;
  return new StickySummaryController(host, () => ({
    start: find('.summary-start'),
    price: find('.price'),
    end: find('.summary-end'),
    bar: find('.summary-bar'),
  }));
}
