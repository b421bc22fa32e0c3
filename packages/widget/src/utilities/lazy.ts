import type { Locale } from '@temadag/core';
import { bundledView, type CatalogView } from '../catalog/view-bundled.js';
import { bundledBody, type Body } from '../offer/body-bundled.js';
import { bundledExtras, type Extras } from '../offer/extras-bundled.js';

/**
 * How `<temadag-offer>` gets `<temadag-inquiry>` defined when it is not yet: the script-tag
 * build sets a loader that imports the form's chunk, and the offer calls it once the form
 * comes near the viewport. The npm entry `@temadag/widget/define` defines the form at once
 * and sets no loader.
 */
let loader: (() => Promise<unknown>) | undefined;

/**
 * Sets the function that loads and defines `<temadag-inquiry>`.
 *
 * @param load - imports the chunk that defines the element
 */
export function setInquiryLoader(load: () => Promise<unknown>): void {
  loader = load;
}

/**
 * The loader, when one is set and the element is not defined yet.
 *
 * @returns the loader, or undefined when nothing needs loading
 */
export function pendingInquiryLoader(): (() => Promise<unknown>) | undefined {
  return loader && !customElements.get('temadag-inquiry') ? loader : undefined;
}

/**
 * How the words of a language other than Danish arrive: the script-tag build holds only the
 * Danish words in temadag.js and sets a loader that fetches the English ones (core's offer
 * messages and the widget's translations) the first time an element needs them. The npm
 * entries bundle every language and set no loader.
 */
let wordsLoader: ((locale: Locale) => Promise<void>) | undefined;
const words = new Map<Locale, 'loading' | 'here' | 'failed'>([['da', 'here']]);
const waiting = new Map<Locale, (() => void)[]>();

/**
 * Sets the function that loads and installs the words of a language.
 *
 * @param load - fetches the language's words and puts them in place
 */
export function setWordsLoader(load: (locale: Locale) => Promise<void>): void {
  wordsLoader = load;
}

/**
 * The language to render in now: `locale` when its words are here (always without a loader),
 * Danish when they could not be loaded, undefined while they are on their way; then `loaded`
 * runs once they are here (or have failed).
 *
 * @param locale - the language the element wants
 * @param loaded - called when a load that this call waits for ends
 * @returns the language whose words are here, or undefined
 * @example
 * ```ts
 * const now = wordsFor('en', () => host.requestUpdate()); // undefined, then 'en'
 * ```
 */
export function wordsFor(locale: Locale, loaded: () => void): Locale | undefined {
  if (!wordsLoader) return locale;
  const state = words.get(locale);
  if (state === 'here') return locale;
  if (state === 'failed') return 'da';
  waiting.set(locale, [...(waiting.get(locale) ?? []), loaded]);
  if (state === undefined) {
    words.set(locale, 'loading');
    const settle = (to: 'here' | 'failed') => {
      words.set(locale, to);
      const callbacks = waiting.get(locale) ?? [];
      waiting.delete(locale);
      for (const callback of callbacks) callback();
    };
    wordsLoader(locale).then(
      () => settle('here'),
      (error: unknown) => {
        // The page still gets its offer, in Danish, rather than none.
        console.warn(`Temadag: the ${locale} words could not be loaded; using Danish.`, error);
        settle('failed');
      },
    );
  }
  return undefined;
}

/** A module that the script-tag build loads as a chunk of its own and the npm build bundles. */
export interface LazyModule<T> {
  /** Sets the function that imports the module's chunk (the script-tag build does). */
  set(load: () => Promise<T>): void;
  /** The module if it is here: always in the npm build, once loaded in the script-tag build. */
  now(): T | undefined;
  /** The module, loaded once; the promise rejects when its chunk could not be loaded (a later call tries again). */
  load(): Promise<T>;
}

/**
 * A lazily loaded module: here at once when bundled, else loaded by the loader that
 * {@link LazyModule.set} sets.
 *
 * @param bundled - the module in the npm build, undefined in the script-tag build
 * @returns the module's handle
 * @example
 * ```ts
 * const view = lazyModule(bundledView);
 * view.set(() => import('./catalog/view.js'));
 * (await view.load()).catalogTemplate(el, ctx);
 * ```
 */
export function lazyModule<T>(bundled: T | undefined): LazyModule<T> {
  let loader: (() => Promise<T>) | undefined;
  let here = bundled;
  let loading: Promise<T> | undefined;
  return {
    set: (load) => (loader = load),
    now: () => here,
    load: () => {
      if (here) return Promise.resolve(here);
      if (!loader) return Promise.reject(new Error('Temadag: no loader for a chunk'));
      return (loading ??= loader().then(
        (module) => (here = module),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      ));
    },
  };
}

/**
 * The offer's extras (the sticky price summary, the breakdown's table, the terms' body, the
 * refused-origin message: see `offer/extras.ts`): `extras.now()?.summaryBarTemplate(ctx)`,
 * `const { originHint } = await extras.load()`.
 */
// Pure: a chunk that bundles this module for its other functions keeps neither module.
export const extras = /* @__PURE__ */ lazyModule<Extras>(bundledExtras);

/** The catalog's view (`catalog/view.ts`): the list of offerings and the opened one. */
export const catalogView = /* @__PURE__ */ lazyModule<CatalogView>(bundledView);

/**
 * The offer's body (`offer/body.ts`): the shaping form, the agenda and the about text. The
 * script-tag build starts loading it when temadag.js runs on a page that holds a
 * `<temadag-offer>`, else when the first offer connects; an offer shows its price without it.
 */
export const body = /* @__PURE__ */ lazyModule<Body>(bundledBody);
