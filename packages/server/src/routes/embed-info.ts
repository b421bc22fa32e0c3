import { localize } from '@temadag/core';
import { Hono } from 'hono';
import type { AppContext, AppDeps, Env } from '../http/context.js';

/** Settings of {@link embedInfoRoutes}. */
export interface EmbedInfoSettings {
  /** Origins allowed to call the API (`TEMADAG_ALLOWED_ORIGINS`). */
  allowedOrigins: readonly string[];
  /** Reverse proxies in front of the server: then `X-Forwarded-Proto` and `-Host` are read. */
  trustProxy: number;
}

/**
 * `GET /embed`: what the console's embed page builds its snippet from: the server's public
 * address, the allowed origins, the offerings and the languages.
 *
 * @param deps - the app's dependencies
 * @param settings - allowed origins and proxies
 * @returns the sub-app
 */
export function embedInfoRoutes(deps: AppDeps, settings: EmbedInfoSettings): Hono<Env> {
  return new Hono<Env>().get('/embed', (c) => {
    const locale = c.get('locale');
    return c.json({
      baseUrl: publicOrigin(deps, c, settings.trustProxy),
      allowedOrigins: [...settings.allowedOrigins],
      offerings: deps.catalogs
        .current()
        .catalog.offerings.map((o) => ({ id: o.id, title: localize(o.title, locale) })),
      locales: ['da', 'en'],
    });
  });
}

/**
 * The origin visitors reach the server at: the request's own, or behind a trusted proxy the one
 * it forwarded (`X-Forwarded-Proto`, `X-Forwarded-Host`, first values).
 */
function publicOrigin(deps: AppDeps, c: AppContext, trustProxy: number): string {
  const url = new URL(c.req.url);
  let proto = url.protocol.replace(/:$/, '');
  let host = deps.header(c, 'host') ?? url.host;
  if (trustProxy > 0) {
    const fwdProto = deps.header(c, 'x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
    const fwdHost = deps.header(c, 'x-forwarded-host')?.split(',')[0]?.trim();
    if (fwdProto === 'https' || fwdProto === 'http') proto = fwdProto;
    if (fwdHost && /^[A-Za-z0-9.-]+(?::\d{1,5})?$/.test(fwdHost)) host = fwdHost;
  }
  if (!/^[A-Za-z0-9.-]+(?::\d{1,5})?$|^\[[0-9a-fA-F:.]+\](?::\d{1,5})?$/.test(host))
    host = url.host;
  return `${proto}://${host}`;
}
