import * as body from './body.js';

/** The module of the offer's body: the shaping form, the agenda, the about text (see `body.ts`). */
export type Body = typeof body;

/**
 * The body, bundled: the npm build has it at once. The script-tag build replaces this module by
 * one that exports `undefined` (scripts/build-cdn.ts) and loads the body as a chunk through
 * `body.set` (utilities/lazy.ts) instead.
 *
 * @example
 * ```ts
 * bundledBody?.shapingTemplate(ctx);
 * ```
 */
export const bundledBody: Body | undefined = body;
