import { parseCatalog } from '@temadag/core';
import { Hono } from 'hono';
import { messagesOf, type AppDeps, type Env } from '../http/context.js';
import { readJsonRequest } from '../http/json-request.js';
import { errors, one, problemItems } from '../http/responses.js';

/** Largest catalog upload, in bytes. */
export const CATALOG_BODY_LIMIT = 1024 * 1024;

/** Settings of {@link catalogVersionRoutes}. */
export interface CatalogVersionSettings {
  /** The catalog file given at start, as shown to the provider (null when none is known). */
  file: string | null;
}

/**
 * The catalog in the admin API: the running catalog with its stored versions, uploading a new
 * version (checked with core's own validation; nothing is stored when it has problems), and
 * switching between the versions and back to the file. A switch is read again at once here;
 * other instances see it within their poll interval.
 *
 * @param deps - the app's dependencies
 * @param settings - the file's name
 * @returns the sub-app
 */
export function catalogVersionRoutes(deps: AppDeps, settings: CatalogVersionSettings): Hono<Env> {
  const { storage, catalogs, log } = deps;
  return new Hono<Env>()
    .get('/catalog', async (c) => {
      await catalogs.refresh(true);
      const running = catalogs.current();
      const versions = await storage.listCatalogVersions();
      return c.json({
        source: running.version === null ? 'file' : 'console',
        activeVersion: running.version,
        file: settings.file,
        versions: versions.map((v) => ({ ...v, active: v.version === running.version })),
        catalog: running.catalog,
      });
    })
    .post('/catalog/versions', async (c) => {
      const body = await readJsonRequest(deps, c, CATALOG_BODY_LIMIT);
      if (body instanceof Response) return body;
      const parsed = parseCatalog(body.value, { locale: c.get('locale') });
      if (!parsed.ok) return errors(c, 422, problemItems(parsed.problems));
      const now = deps.now();
      const note = c.req.query('note')?.trim().slice(0, 200) || undefined;
      const version = await storage.addCatalogVersion(body.text, now, note);
      const activate = c.req.query('activate') === '1' || c.req.query('activate') === 'true';
      if (activate) {
        await storage.setActiveCatalogVersion(version, now);
        await catalogs.refresh(true);
      }
      log({ msg: 'catalog-upload', version, activate, requestId: c.get('requestId') });
      return c.json({ version, active: activate }, 201);
    })
    .post('/catalog/versions/:version/activate', async (c) => {
      const given = c.req.param('version');
      const version = /^[0-9]{1,9}$/.test(given) ? Number(given) : undefined;
      if (version === undefined || (await storage.getCatalogVersion(version)) === undefined) {
        return errors(c, 404, one('version', messagesOf(c).console.noCatalogVersion));
      }
      await storage.setActiveCatalogVersion(version, deps.now());
      await catalogs.refresh(true);
      log({ msg: 'catalog-activate', version, requestId: c.get('requestId') });
      return c.json({ activeVersion: version });
    })
    .post('/catalog/file/activate', async (c) => {
      await storage.setActiveCatalogVersion(null, deps.now());
      await catalogs.refresh(true);
      log({ msg: 'catalog-activate', version: 'file', requestId: c.get('requestId') });
      return c.json({ activeVersion: null });
    });
}
