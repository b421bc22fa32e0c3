// Two server instances on one PostgreSQL: sessions and the running catalog version are shared.
// Runs when TEMADAG_TEST_DATABASE_URL is set (CI sets it), and is skipped otherwise.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { openStorage } from '../src/storage/index.js';
import type { Storage } from '../src/storage/types.js';
import { catalog, catalogPath } from './helpers.js';
import { call, passwordHash, signIn } from './console.support.js';

const PG_URL = process.env.TEMADAG_TEST_DATABASE_URL || undefined;

describe.skipIf(!PG_URL)(
  PG_URL
    ? 'two instances on one PostgreSQL'
    : 'two instances on one PostgreSQL (skipped: set TEMADAG_TEST_DATABASE_URL)',
  () => {
    const schema = `console_${randomBytes(6).toString('hex')}`;
    const clock = { now: new Date('2026-11-27T10:00:00Z') };
    let storages: Storage[] = [];

    beforeEach(async () => {
      const admin = new pg.Client({ connectionString: PG_URL });
      await admin.connect();
      await admin.query(`CREATE SCHEMA ${schema}`);
      await admin.end();
      const url = new URL(PG_URL!);
      url.searchParams.set('options', `-c search_path=${schema}`);
      // Two pools, as two server processes would have; the second finds the schema made.
      storages = [
        await openStorage({ databaseUrl: url.toString() }),
        await openStorage({ databaseUrl: url.toString() }),
      ];
      await storages[0]!.setPasswordHash(await passwordHash(), clock.now);
    });

    afterEach(async () => {
      for (const s of storages) await s.close();
      const admin = new pg.Client({ connectionString: PG_URL });
      await admin.connect();
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.end();
    });

    const app = (storage: Storage) =>
      createApp({
        catalog,
        storage,
        widgetDir: null,
        consoleDir: null,
        catalogPollSeconds: 2,
        log: () => {},
        now: () => clock.now,
      });

    it('signs in on one instance and is signed in on the other; sign-out ends it on both', async () => {
      const [one, two] = [app(storages[0]!), app(storages[1]!)];
      const browser = await signIn(one);
      expect((await call(two, browser, '/admin/api/inquiries')).status).toBe(200);
      const state = await two.request('/admin/api/session', {
        headers: { cookie: browser.cookie },
      });
      expect(await state.json()).toMatchObject({ signedIn: true, csrfToken: browser.csrf });
      expect((await call(two, browser, '/admin/api/session', { method: 'DELETE' })).status).toBe(
        204,
      );
      expect((await call(one, browser, '/admin/api/inquiries')).status).toBe(401);
    });

    it('switches the catalog on one instance and the other runs it within its poll interval', async () => {
      const [one, two] = [app(storages[0]!), app(storages[1]!)];
      const browser = await signIn(one);
      const name = async () =>
        ((await (await two.request('/api/catalog')).json()) as { provider: { name: string } })
          .provider.name;
      const before = await name();
      const json = JSON.parse(readFileSync(catalogPath, 'utf8')) as { provider: { name: string } };
      json.provider.name = 'Fælles Udbyder';
      const upload = await call(one, browser, '/admin/api/catalog/versions?activate=1', {
        method: 'POST',
        body: json,
      });
      expect(upload.status).toBe(201);
      expect(await name()).toBe(before);
      clock.now = new Date(clock.now.getTime() + 2_000);
      expect(await name()).toBe('Fælles Udbyder');
      const state = (await (await call(two, browser, '/admin/api/catalog')).json()) as {
        activeVersion: number;
      };
      expect(state.activeVersion).toBe(1);
    });
  },
);
