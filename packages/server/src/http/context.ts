import type { Locale } from '@temadag/core';
import type { Context } from 'hono';
import type { CatalogSource } from '../catalog-source.js';
import type { Logger } from '../log.js';
import { serverMessages, type ServerMessages } from '../messages/index.js';
import type { Storage } from '../storage/types.js';

/**
 * The app's Hono environment: the per-request variables its own middleware sets (`requestId`,
 * `locale`, and `allowOrigin`: the CORS origin to allow, when allowed). Internal; listed in
 * `intentionallyNotExported` of the package's typedoc.json.
 */
export type Env = {
  Variables: { requestId: string; locale: Locale; allowOrigin: string | undefined };
};

/** The request context of every route of the app. */
export type AppContext = Context<Env>;

/**
 * What every area of the app needs, resolved once from `AppOptions` by `createApp` and handed
 * to each sub-app: the areas share no other state.
 */
export interface AppDeps {
  /**
   * The running catalog (the file's, or the version activated in the console): read
   * `catalogs.current()` once per request; a middleware refreshes it before the routes.
   */
  catalogs: CatalogSource;
  storage: Storage;
  log: Logger;
  /** The clock. */
  now: () => Date;
  /** Reads a request header (the Node adapter's fast path, or `c.req.header`). */
  header: (c: AppContext, name: string) => string | undefined;
  /** Reads the raw body up to a limit; see `AppOptions.readBody`. */
  readBody?: (c: AppContext, limit: number) => Promise<Uint8Array | undefined> | undefined;
}

/**
 * The server's messages in the request's language.
 *
 * @param c - the request context
 * @returns the catalogue of the locale the middleware chose (or a route set since)
 */
export function messagesOf(c: AppContext): ServerMessages {
  return serverMessages[c.get('locale')];
}
