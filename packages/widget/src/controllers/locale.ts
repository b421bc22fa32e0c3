import { toLocale, type Locale } from '@temadag/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { wordsFor } from '../utilities/lazy.js';

/** An element that renders in a language: any Lit element. */
export type LocaleHost = ReactiveControllerHost & HTMLElement;

/** The connected elements of every kind; one observer serves them all. */
const hosts = new Set<LocaleHost>();
let observer: MutationObserver | undefined;
/**
 * Counts the changes of `lang` attributes the observer has seen: a language an element worked
 * out before the last one may be out of date.
 */
let changes = 0;

/**
 * Watches every `lang` attribute of the document (`<html lang>` and any ancestor's) with one
 * observer for all elements. A change anywhere re-renders every element: language switches are
 * rare, and telling which elements inherit from which ancestor would cost more than a render.
 */
function watch(): void {
  observer ??= new MutationObserver(() => {
    changes++;
    for (const host of hosts) host.requestUpdate();
  });
  // Observing the same node again only renews the options, so this is safe on every connect.
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
}

/**
 * The language of an element: its own `lang` attribute, else the nearest ancestor's (across
 * shadow roots, so an offer inside `<temadag-catalog>` follows the catalog's), else Danish.
 *
 * @param element - the element
 * @returns `'da'` or `'en'`
 * @example
 * ```ts
 * document.documentElement.lang = 'en-GB';
 * elementLocale(document.querySelector('temadag-offer')!); // 'en'
 * ```
 */
export function elementLocale(element: Element): Locale {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      return toLocale(node.getAttribute('lang'));
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'da';
}

/**
 * Gives an element its language and re-renders it when the page's language changes. All
 * elements share one `MutationObserver` on the document's `lang` attributes; an element
 * follows a change of its own `lang` attribute through a Lit property bound to it (see the
 * elements), which also reaches elements inside another element's shadow root.
 *
 * @example
 * ```ts
 * class MyElement extends LitElement {
 *   #lang = new LocaleController(this);
 *   render() {
 *     return html`<p>${this.#lang.locale === 'en' ? 'Hello' : 'Hej'}</p>`;
 *   }
 * }
 * ```
 */
export class LocaleController implements ReactiveController {
  readonly #host: LocaleHost;

  /**
   * @param host - the element; the controller adds itself to it
   */
  constructor(host: LocaleHost) {
    this.#host = host;
    host.addController(this);
  }

  /**
   * The element's language now (see {@link elementLocale}): worked out again only when the
   * element has a `lang` of its own (one step; its changes come through the element's property),
   * after the observer saw a `lang` change, or once the element was connected again, not on
   * every render (the walk up the tree was a few per cent of a price update).
   */
  get locale(): Locale {
    if (this.#seen !== changes || this.#host.hasAttribute('lang')) {
      this.#seen = changes;
      this.#now = elementLocale(this.#host);
    }
    return this.#now;
  }

  #now: Locale = 'da';
  /** How many `lang` changes the observer had seen when {@link #now} was worked out. */
  #seen = -1;

  /**
   * The language to render in: the element's when its words are here, else the last one that
   * was (undefined before any). Starts loading the words and re-renders the element once they
   * are here; only the script-tag build loads words (English) on demand.
   */
  get loaded(): Locale | undefined {
    const now = wordsFor(this.locale, () => this.#host.requestUpdate());
    if (now) this.#last = now;
    return this.#last;
  }

  #last: Locale | undefined;

  hostConnected(): void {
    // Another place in the page may inherit another ancestor's language.
    this.#seen = -1;
    hosts.add(this.#host);
    watch();
  }

  hostDisconnected(): void {
    hosts.delete(this.#host);
    // A page without our elements keeps no observer of ours (the leak test checks this).
    if (hosts.size === 0) observer?.disconnect();
  }
}
