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
