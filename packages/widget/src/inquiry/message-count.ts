import { INQUIRY_LIMITS } from '@temadag/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { InquiryTranslation } from '../translations/index.js';

/**
 * The message field's character count: "Du har 1.990 tegn tilbage" under the field at once,
 * and the same words for screen readers (a live region) once typing pauses for a second, not
 * on every key.
 */
export class MessageCountController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #announcement = '';

  /**
   * @param host - the form element; the controller adds itself to it
   */
  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The words last announced, for the live region. */
  get announcement(): string {
    return this.#announcement;
  }

  /**
   * The count as words, e.g. "Du har 1 tegn for meget".
   *
   * @param m - the form's words
   * @param length - the message's length now
   * @returns the words
   */
  text(m: InquiryTranslation, length: number): string {
    const left = INQUIRY_LIMITS.message - length;
    return left >= 0 ? m.charactersLeft(left) : m.charactersOver(-left);
  }

  /**
   * Announces the count once typing pauses (a second after the last call).
   *
   * @param words - the count's words at that moment
   */
  schedule(words: () => string): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#announcement = words();
      this.#host.requestUpdate();
    }, 1000);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }
}
