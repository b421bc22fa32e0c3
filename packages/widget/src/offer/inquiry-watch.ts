import { pendingInquiryLoader } from '../utilities/lazy.js';

/**
 * Loads the inquiry form's chunk (script-tag build) when the offer's form section comes within
 * 800 px of the viewport. The offer's body brings this, since the form sits below the shaping
 * form and the agenda; the body is fetched as soon as temadag.js runs, so it is here long before
 * a visitor scrolls that far (an offer whose body could not be loaded asks for the form at
 * once, see OfferExtrasController).
 *
 * @param root - the offer's render root, which holds the `.inquiry` section
 * @param watching - the observer this returned before, if any
 * @returns the observer that watches the section (the caller disconnects it), or `watching`
 *   when there is nothing (more) to watch
 * @example
 * ```ts
 * this.#observer = watchInquiry(this.renderRoot, this.#observer);
 * ```
 */
export function watchInquiry(
  root: ParentNode,
  watching: IntersectionObserver | undefined,
): IntersectionObserver | undefined {
  const load = pendingInquiryLoader();
  const section = root.querySelector('.inquiry');
  if (!load || !section || watching) return watching;
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      load().catch((error: unknown) => console.warn('temadag-offer: inquiry form', error));
    },
    { rootMargin: '800px 0px' },
  );
  observer.observe(section);
  return observer;
}
