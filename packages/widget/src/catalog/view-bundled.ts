import * as view from './view.js';

/** The module of the catalog's view (see `view.ts`). */
export type CatalogView = typeof view;

/**
 * The catalog's view, bundled: the npm build has it at once. The script-tag build replaces
 * this module by one that exports `undefined` (scripts/build-cdn.ts) and loads the view as a
 * chunk through `catalogView.set` (utilities/lazy.ts) instead.
 *
 * @example
 * ```ts
 * bundledView?.catalogTemplate(el, ctx);
 * ```
 */
export const bundledView: CatalogView | undefined = view;
