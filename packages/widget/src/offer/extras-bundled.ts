import * as extras from './extras.js';

/** The module of what an offer needs after its first paint (see `extras.ts`). */
export type Extras = typeof extras;

/**
 * The extras, bundled: the npm build has them at once. The script-tag build replaces this
 * module by one that exports `undefined` (scripts/build-cdn.ts) and loads the extras as a
 * chunk through `extras.set` (utilities/lazy.ts) instead.
 *
 * @example
 * ```ts
 * bundledExtras?.summaryBarTemplate(ctx);
 * ```
 */
export const bundledExtras: Extras | undefined = extras;
