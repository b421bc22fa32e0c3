/**
 * Copies text to the clipboard: the asynchronous clipboard first, else the old way through a
 * text area holding the text (browsers without the clipboard API or its permission).
 *
 * @param text - what to copy
 * @param area - a text area showing `text`; selected (and focused) when the first way fails,
 *   so the visitor can copy by hand if the second fails too
 * @returns true when the text was copied
 * @example
 * ```ts
 * const copied = await copyText('Navn: Anna', document.querySelector('textarea'));
 * ```
 */
export async function copyText(text: string, area: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    area?.focus();
    area?.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}
