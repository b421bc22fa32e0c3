import { base, tokens } from '@temadag/widget/styles';
import { LitElement, html } from 'lit';
import { consoleStyles } from '../styles/console.js';

/**
 * A modal question before something that cannot be undone (erase, purge, send), as a native
 * `<dialog>`: focus stays inside, Escape cancels, focus returns to the button that asked.
 *
 * @summary A confirmation dialog; `ask()` resolves true when the provider confirms.
 *
 * @example
 * ```ts
 * const ok = await confirm.ask({ question: 'Slet?', warning: 'Kan ikke fortrydes.',
 *   confirm: 'Ja, slet', cancel: 'Annuller' });
 * ```
 */
export class TemadagConsoleConfirm extends LitElement {
  /** The widget's tokens and the console's dialog look. */
  static override styles = [tokens, base, consoleStyles];

  /** @hidden */
  static override properties = { texts: { state: true } };

  declare texts: ConfirmTexts;
  #resolve: ((ok: boolean) => void) | undefined;

  constructor() {
    super();
    this.texts = { question: '', warning: '', confirm: '', cancel: '' };
  }

  /**
   * Opens the dialog with a question.
   *
   * @param texts - the question, the warning and the buttons' words
   * @returns true when confirmed; false when cancelled or closed with Escape
   */
  async ask(texts: ConfirmTexts): Promise<boolean> {
    this.#resolve?.(false);
    this.texts = texts;
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog')!;
    dialog.showModal();
    // The safe choice has focus first.
    this.renderRoot.querySelector<HTMLButtonElement>('.cancel')?.focus();
    return new Promise((resolve) => (this.#resolve = resolve));
  }

  #close(ok: boolean): void {
    this.renderRoot.querySelector('dialog')?.close();
    this.#resolve?.(ok);
    this.#resolve = undefined;
  }

  override render() {
    // Nothing inside until asked: a closed dialog with empty words would still be read by some
    // tools as empty buttons.
    if (!this.texts.question) return html`<dialog class="root"></dialog>`;
    return html`<dialog
      class="root"
      aria-labelledby="question"
      aria-describedby="warning"
      @cancel=${() => this.#close(false)}
    >
      <h2 id="question">${this.texts.question}</h2>
      <p id="warning">${this.texts.warning}</p>
      <div class="actions">
        <button
          type="button"
          class="button confirm ${this.texts.tone === 'primary' ? '' : 'danger'}"
          @click=${() => this.#close(true)}
        >
          ${this.texts.confirm}
        </button>
        <button type="button" class="button secondary cancel" @click=${() => this.#close(false)}>
          ${this.texts.cancel}
        </button>
      </div>
    </dialog>`;
  }
}

/** The words of one confirmation. */
export interface ConfirmTexts {
  question: string;
  warning: string;
  confirm: string;
  cancel: string;
  /** `danger` (the default) for what cannot be undone by anyone; `primary` for sending. */
  tone?: 'danger' | 'primary';
}

declare global {
  interface HTMLElementTagNameMap {
    'temadag-console-confirm': TemadagConsoleConfirm;
  }
}
