import { Hono } from 'hono';
import type { AppDeps, Env } from '../http/context.js';
import { etagMatches } from '../http/request.js';

/**
 * `GET /` (mounted at `/api/catalog`): the running catalog as JSON, with its ETag (made once per
 * catalog version, so a switch changes it).
 *
 * @param deps - the app's dependencies
 * @returns the sub-app
 */
export function catalogRoutes(deps: AppDeps): Hono<Env> {
  return new Hono<Env>().get('/', (c) => {
    const { json, etag } = deps.catalogs.current();
    const headers = { ETag: etag, 'Cache-Control': 'public, max-age=300, must-revalidate' };
    const match = deps.header(c, 'if-none-match');
    if (match !== undefined && etagMatches(match, etag)) return c.body(null, 304, headers);
    return c.body(json, 200, { ...headers, 'Content-Type': 'application/json; charset=utf-8' });
  });
}
