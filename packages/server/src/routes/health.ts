import { Hono } from 'hono';
import { messagesOf, type AppDeps, type Env } from '../http/context.js';
import { one } from '../http/responses.js';
import { describeError } from '../log.js';

/**
 * `GET /` (mounted at `/healthz`): 200 when the storage answers, else 503.
 *
 * @param deps - the app's dependencies
 * @returns the sub-app
 */
export function healthRoutes(deps: AppDeps): Hono<Env> {
  return new Hono<Env>().get('/', async (c) => {
    try {
      await deps.storage.ping();
      return c.json({ status: 'ok', storage: deps.storage.engine }, 200, {
        'Cache-Control': 'no-store',
      });
    } catch (error) {
      deps.log({
        level: 'error',
        msg: 'health',
        error: describeError(error),
        requestId: c.get('requestId'),
      });
      return c.json({ status: 'unavailable', errors: one('', messagesOf(c).unavailable) }, 503, {
        'Cache-Control': 'no-store',
      });
    }
  });
}
