import { Hono } from 'hono';
import type { AppDeps, Env } from '../http/context.js';
import { adminRoutes } from './admin.js';
import { catalogVersionRoutes } from './catalog-versions.js';
import { embedInfoRoutes } from './embed-info.js';
import { inboxQueryRoute, inboxRoutes } from './inbox.js';
import { offersAdminRoutes, type OffersAdminSettings } from './offers-admin.js';

/** Settings of {@link adminApiRoutes}. */
export interface AdminApiSettings {
  /**
   * `console` for `/admin/api` (the inbox query at `GET /inquiries`, CSV with a byte order
   * mark); `scripts` for the bearer API at `/api/admin` (today's `GET /inquiries` list kept,
   * the inbox query at `GET /inbox`).
   */
  audience: 'console' | 'scripts';
  /** The catalog file given at start, shown on the catalog page. */
  catalogFile: string | null;
  allowedOrigins: readonly string[];
  trustProxy: number;
  /** Called when a delivery is queued again. */
  onDeliveryQueued?: (() => void) | undefined;
  /** The offers of an inquiry: public address, secret, channels. */
  offers: OffersAdminSettings;
}

/**
 * Every admin handler, unguarded, for one audience: the inbox (query, detail, status, notes,
 * PDF, retry), the offers of an inquiry (draft, preview, send, revisions), export, erasure and purge, the catalog versions and the embed information.
 * Mount it behind a guard with `guardedRoutes`.
 *
 * @param deps - the app's dependencies
 * @param settings - the audience and what the handlers show
 * @returns the sub-app
 */
export function adminApiRoutes(deps: AppDeps, settings: AdminApiSettings): Hono<Env> {
  const console = settings.audience === 'console';
  return (
    new Hono<Env>()
      // In order: the inbox query first (in the console it takes `GET /inquiries`), then the
      // export and purge, then the routes of one inquiry, whose `:id` would take their paths.
      .route('/', inboxQueryRoute(deps, console ? '/inquiries' : '/inbox'))
      .route('/', adminRoutes(deps, { bomByDefault: console }))
      .route('/', inboxRoutes(deps, { onDeliveryQueued: settings.onDeliveryQueued }))
      .route('/', offersAdminRoutes(deps, settings.offers))
      .route('/', catalogVersionRoutes(deps, { file: settings.catalogFile }))
      .route(
        '/',
        embedInfoRoutes(deps, {
          allowedOrigins: settings.allowedOrigins,
          trustProxy: settings.trustProxy,
        }),
      )
  );
}
