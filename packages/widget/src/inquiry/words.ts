import type { Locale } from '@temadag/core';
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { formWords, formWordsHere } from '../translations/form-words.js';

/**
 * Which language `<temadag-inquiry>` can render in: the one it is asked for once that
 * language's words are here (the script-tag build fetches them with the form's chunk, see
 * translations/form-words.ts; the npm build always has them). While they are on their way the
 * form keeps the language it showed, so it never mixes two; when they cannot be loaded it
 * shows Danish, and only when no words at all could be loaded a short note in both languages.
 */
export class FormWordsController {
  readonly #host: ReactiveControllerHost;
  #shown: Locale | undefined;
  /** The load that the last render found on its way, if any. */
  #waiting: Promise<boolean> | undefined;

  /**
   * @param host - the form, rendered again when a load it waits for ends
   */
  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /**
   * The language to render in for `wanted`, starting its words' load when needed (the form
   * renders again when it ends).
   *
   * @param wanted - the language the form is asked for
   * @returns that language once its words are here; the one shown before while they load;
   *   Danish when they failed; undefined before any words are here; null when none could be
   *   loaded
   */
  language(wanted: Locale): Locale | null | undefined {
    this.#waiting = undefined;
    const here = this.#here(wanted);
    if (here) return (this.#shown = wanted);
    if (here === false && wanted !== 'da') {
      const danish = this.#here('da');
      if (danish) return (this.#shown = 'da');
      if (danish === false) return this.#shown ?? null;
    }
    if (here === false) return this.#shown ?? null;
    return this.#shown;
  }

  /**
   * Waits for the load that the last render found on its way, if any (for the form's
   * `updateComplete`: every caller waits, and the render after the load finds none).
   *
   * @returns true after waiting, false when no load was on its way
   */
  async pending(): Promise<boolean> {
    const waiting = this.#waiting;
    return waiting ? (await waiting, true) : false;
  }

  #here(locale: Locale): boolean | undefined {
    const here = formWordsHere(locale, () => this.#host.requestUpdate());
    if (here === undefined) this.#waiting = formWords(locale);
    return here;
  }
}

/**
 * What the form shows when no language's words could be loaded: a note in both languages,
 * announced politely, instead of an empty box.
 *
 * @returns the note
 */
export function wordsUnavailable(): TemplateResult {
  return html`<div class="root" part="base" role="status">
    <p lang="da">Formularen kunne ikke hentes. Prøv at genindlæse siden.</p>
    <p lang="en">The form could not be loaded. Try reloading the page.</p>
  </div>`;
}
