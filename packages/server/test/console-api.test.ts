import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OFFERING, TOKEN, catalogPath, inquiryBody, tempDir } from './helpers.js';
import { call, signIn, world, type Browser, type World } from './console.support.js';

let w: World;
let a: ReturnType<World['app']>;
let browser: Browser;

beforeEach(async () => {
  w = await world();
  a = w.app();
  browser = await signIn(a);
});

afterEach(async () => {
  await w.close();
});

interface ErrorBody {
  errors: { path: string; message: string }[];
}

const catalogText = readFileSync(catalogPath, 'utf8');

/** The example catalog with another provider name (a valid new version). */
function renamedCatalog(name: string): Record<string, unknown> {
  const json = JSON.parse(catalogText) as { provider: { name: string } };
  json.provider.name = name;
  return json as unknown as Record<string, unknown>;
}

async function postInquiry(
  app: ReturnType<World['app']>,
  more: Record<string, unknown> = {},
): Promise<{ id: string; reference: string; offer: { provider: { name: string } } }> {
  const res = await app.request('/api/inquiries', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(inquiryBody(more)),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as {
    id: string;
    reference: string;
    offer: { provider: { name: string } };
  };
}

const later = (ms: number) => {
  w.clock.now = new Date(w.clock.now.getTime() + ms);
};

describe('the inbox', () => {
  it('filters by status and offering, searches and pages, newest first, with the new count', async () => {
    const made = [];
    for (const organisation of ['Aarhus Kommune', 'Boligselskabet Østerbro', 'Odense Kommune']) {
      made.push(
        await postInquiry(a, {
          contact: { name: 'Anna Ørsted', email: `anna@${organisation.length}.dk`, organisation },
        }),
      );
      later(60_000);
    }
    const page = await call(a, browser, '/admin/api/inquiries?pageSize=2');
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    const body = (await page.json()) as {
      items: Record<string, unknown>[];
      total: number;
      page: number;
      pageSize: number;
      newCount: number;
      offerings: { id: string; title: string }[];
    };
    expect(body.total).toBe(3);
    expect(body.newCount).toBe(3);
    expect(body.page).toBe(1);
    expect(body.items.map((i) => i.organisation)).toEqual([
      'Odense Kommune',
      'Boligselskabet Østerbro',
    ]);
    expect(body.items[0]).toMatchObject({
      reference: made[2]!.reference,
      contactName: 'Anna Ørsted',
      offering: OFFERING,
      format: 'hel',
      participants: 30,
      currency: 'DKK',
      status: 'ny',
      deliveries: [{ channel: 'email', status: 'pending', attempts: 0 }],
    });
    expect(typeof body.items[0]!.total).toBe('number');
    expect(body.items[0]!.offeringTitle).not.toBe(OFFERING);
    expect(body.offerings.map((o) => o.id)).toContain(OFFERING);

    const second = (await (
      await call(a, browser, '/admin/api/inquiries?pageSize=2&page=2')
    ).json()) as typeof body;
    expect(second.items.map((i) => i.organisation)).toEqual(['Aarhus Kommune']);

    const search = (await (
      await call(a, browser, '/admin/api/inquiries?q=%C3%B8sterbro')
    ).json()) as typeof body;
    expect(search.items.map((i) => i.organisation)).toEqual(['Boligselskabet Østerbro']);
    const byRef = (await (
      await call(a, browser, `/admin/api/inquiries?q=${made[0]!.reference}`)
    ).json()) as typeof body;
    expect(byRef.total).toBe(1);

    await call(a, browser, `/admin/api/inquiries/${made[1]!.id}`, {
      method: 'PATCH',
      body: { status: 'besvaret' },
    });
    const answered = (await (
      await call(a, browser, '/admin/api/inquiries?status=besvaret')
    ).json()) as typeof body;
    expect(answered.items.map((i) => i.id)).toEqual([made[1]!.id]);
    expect(answered.newCount).toBe(2);
    const other = (await (
      await call(a, browser, '/admin/api/inquiries?offering=no-such')
    ).json()) as typeof body;
    expect(other.total).toBe(0);

    expect((await call(a, browser, '/admin/api/inquiries?pageSize=101')).status).toBe(400);
    expect((await call(a, browser, '/admin/api/inquiries?page=0')).status).toBe(400);
    expect((await call(a, browser, '/admin/api/inquiries?status=done')).status).toBe(400);
  });

  it('changes the status (recorded with its time) and refuses an unknown one', async () => {
    const { id } = await postInquiry(a);
    later(30 * 60_000);
    const res = await call(a, browser, `/admin/api/inquiries/${id}`, {
      method: 'PATCH',
      body: { status: 'besvaret' },
    });
    expect(res.status).toBe(200);
    const detail = (await res.json()) as {
      status: string;
      statusHistory: { status: string; at: string }[];
    };
    expect(detail.status).toBe('besvaret');
    expect(detail.statusHistory.map((s) => s.status)).toEqual(['ny', 'besvaret']);
    expect(detail.statusHistory[1]!.at).toBe(w.clock.now.toISOString());

    const bad = await call(a, browser, `/admin/api/inquiries/${id}`, {
      method: 'PATCH',
      body: { status: 'done' },
      headers: { 'accept-language': 'en' },
    });
    expect(bad.status).toBe(422);
    const errors = ((await bad.json()) as ErrorBody).errors;
    expect(errors[0]!.path).toBe('status');
    expect(errors[0]!.message).toBe(
      'The status must be one of: ny, besvaret, aftalt, afvist, or annulleret.',
    );
    const missing = await call(
      a,
      browser,
      '/admin/api/inquiries/00000000-0000-4000-8000-000000000000',
      {
        method: 'PATCH',
        body: { status: 'aftalt' },
      },
    );
    expect(missing.status).toBe(404);
  });

  it('adds a note and shows it in the detail with everything the visitor sent', async () => {
    const { id, reference } = await postInquiry(a);
    const res = await call(a, browser, `/admin/api/inquiries/${id}/notes`, {
      method: 'POST',
      body: { text: '  Ringet op, sender tilbud fredag.  ' },
    });
    expect(res.status).toBe(201);
    const note = (await res.json()) as { id: number; text: string; at: string };
    expect(note.text).toBe('Ringet op, sender tilbud fredag.');
    const detail = (await (await call(a, browser, `/admin/api/inquiries/${id}`)).json()) as Record<
      string,
      unknown
    >;
    expect(detail).toMatchObject({
      id,
      reference,
      status: 'ny',
      notes: [note],
      catalogVersion: null,
      inquiry: { offering: OFFERING, participants: 30 },
      offer: { participants: 30 },
    });
    expect(
      (
        await call(a, browser, `/admin/api/inquiries/${id}/notes`, {
          method: 'POST',
          body: { text: ' ' },
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await call(a, browser, `/admin/api/inquiries/${id}/notes`, {
          method: 'POST',
          body: { text: 'x'.repeat(5001) },
        })
      ).status,
    ).toBe(422);
  });

  it('queues a failed delivery again and wakes the worker', async () => {
    let woken = 0;
    a = w.app({ onDeliveryQueued: () => woken++ });
    const { id } = await postInquiry(a);
    const [item] = await w.storage.claimOutbox(w.clock.now, 10, 60_000);
    await w.storage.markFailed(item!.id, 'SMTP 550 refused', null);
    const before = (await (await call(a, browser, `/admin/api/inquiries/${id}`)).json()) as {
      deliveries: { id: number; status: string; attempts: number; lastError?: string }[];
    };
    expect(before.deliveries[0]).toMatchObject({
      id: item!.id,
      status: 'failed',
      attempts: 1,
      lastError: 'SMTP 550 refused',
    });
    const retry = await call(a, browser, `/admin/api/deliveries/${item!.id}/retry`, {
      method: 'POST',
    });
    expect(retry.status).toBe(202);
    expect(await retry.json()).toEqual({ id: item!.id, status: 'pending' });
    expect(woken).toBe(1);
    const after = (await (
      await call(a, browser, `/admin/api/inquiries/${id}`)
    ).json()) as typeof before;
    expect(after.deliveries[0]).toMatchObject({ status: 'pending', attempts: 1 });
    expect((await w.storage.claimOutbox(w.clock.now, 10, 60_000)).map((i) => i.id)).toEqual([
      item!.id,
    ]);
    expect(
      (await call(a, browser, '/admin/api/deliveries/999999/retry', { method: 'POST' })).status,
    ).toBe(404);
  });

  it('serves the PDF, exports CSV with a BOM and ; and JSON, erases and purges', async () => {
    const { id } = await postInquiry(a);
    const pdf = await call(a, browser, `/admin/api/inquiries/${id}/pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toMatch(/^attachment; filename="tilbud-/);

    const csv = await call(a, browser, '/admin/api/inquiries/export?format=csv&separator=;');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.split('\r\n')[0]).toContain(';reference;');
    expect(csv.headers.get('content-disposition')).toMatch(
      /attachment; filename="temadag-inquiries-.*\.csv"/,
    );
    const json = await call(a, browser, '/admin/api/inquiries/export?format=json');
    expect(((await json.json()) as unknown[]).length).toBe(1);
    expect((await call(a, browser, '/admin/api/inquiries/export?separator=tab')).status).toBe(400);
    // Scripts keep today's CSV (no BOM) unless they ask for one.
    const script = await a.request('/api/admin/inquiries/export', {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(new Uint8Array(await script.arrayBuffer())[0]).not.toBe(0xef);

    const erased = await call(a, browser, `/admin/api/inquiries/${id}`, { method: 'DELETE' });
    expect(erased.status).toBe(204);
    expect((await call(a, browser, `/admin/api/inquiries/${id}`)).status).toBe(404);

    await postInquiry(a);
    later(10 * 86_400_000);
    browser = await signIn(a); // the session has long ended
    const purge = await call(a, browser, '/admin/api/inquiries/purge', {
      method: 'POST',
      body: { olderThanDays: 5 },
    });
    expect(purge.status).toBe(200);
    expect(await purge.json()).toMatchObject({ deleted: 1 });
    expect(
      (
        await call(a, browser, '/admin/api/inquiries/purge', {
          method: 'POST',
          body: { olderThanDays: 0 },
        })
      ).status,
    ).toBe(400);
  });

  it('gives the bearer API the same new handlers, keeping its list', async () => {
    const { id } = await postInquiry(a);
    const bearer = { authorization: `Bearer ${TOKEN}` };
    const list = (await (await a.request('/api/admin/inquiries', { headers: bearer })).json()) as {
      inquiries: unknown[];
    };
    expect(list.inquiries).toHaveLength(1);
    const inbox = (await (
      await a.request('/api/admin/inbox?status=ny', { headers: bearer })
    ).json()) as { total: number };
    expect(inbox.total).toBe(1);
    const patched = await a.request(`/api/admin/inquiries/${id}`, {
      method: 'PATCH',
      headers: { ...bearer, 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'aftalt' }),
    });
    expect(await patched.json()).toMatchObject({ status: 'aftalt' });
    expect((await a.request('/api/admin/catalog', { headers: bearer })).status).toBe(200);
    expect((await a.request('/api/admin/embed', { headers: bearer })).status).toBe(200);
  });
});

describe('the catalog', () => {
  it('lists every problem of an invalid upload with its path, in Danish and English, and stores nothing', async () => {
    const broken = renamedCatalog('X');
    broken.version = 2;
    (broken.offerings as { formats: unknown[] }[])[0]!.formats = [];
    const da = await call(a, browser, '/admin/api/catalog/versions', {
      method: 'POST',
      body: broken,
    });
    expect(da.status).toBe(422);
    const daErrors = ((await da.json()) as ErrorBody).errors;
    expect(daErrors.map((e) => e.path)).toEqual(
      expect.arrayContaining(['version', 'offerings[0].formats']),
    );
    const en = await call(a, browser, '/admin/api/catalog/versions', {
      method: 'POST',
      body: broken,
      headers: { 'accept-language': 'en' },
    });
    const enErrors = ((await en.json()) as ErrorBody).errors;
    expect(enErrors.map((e) => e.path)).toEqual(daErrors.map((e) => e.path));
    expect(enErrors.map((e) => e.message)).not.toEqual(daErrors.map((e) => e.message));
    const notJson = await call(a, browser, '/admin/api/catalog/versions', {
      method: 'POST',
      body: '{"version": 1,,}',
    });
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as ErrorBody).errors[0]!.message).toContain('linje 1, kolonne');
    expect(await w.storage.listCatalogVersions()).toEqual([]);
  });

  it('stores a valid version, activates it, prices with it, and goes back to the file', async () => {
    a = w.app({ catalogFile: 'catalog.json' });
    const before = await a.request('/api/catalog');
    const fileEtag = before.headers.get('etag')!;
    const upload = await call(a, browser, '/admin/api/catalog/versions?note=Nye%20priser', {
      method: 'POST',
      body: renamedCatalog('Ny Udbyder ApS'),
    });
    expect(upload.status).toBe(201);
    expect(await upload.json()).toEqual({ version: 1, active: false });
    let state = (await (await call(a, browser, '/admin/api/catalog')).json()) as Record<
      string,
      unknown
    >;
    expect(state).toMatchObject({
      source: 'file',
      activeVersion: null,
      versions: [{ version: 1, active: false, note: 'Nye priser' }],
    });
    expect(state.file).toBe('catalog.json');

    const activate = await call(a, browser, '/admin/api/catalog/versions/1/activate', {
      method: 'POST',
    });
    expect(await activate.json()).toEqual({ activeVersion: 1 });
    state = (await (await call(a, browser, '/admin/api/catalog')).json()) as Record<
      string,
      unknown
    >;
    expect(state).toMatchObject({
      source: 'console',
      activeVersion: 1,
      catalog: { provider: { name: 'Ny Udbyder ApS' } },
    });
    const after = await a.request('/api/catalog');
    expect(after.headers.get('etag')).not.toBe(fileEtag);
    expect(((await after.json()) as { provider: { name: string } }).provider.name).toBe(
      'Ny Udbyder ApS',
    );

    const priced = await postInquiry(a);
    expect(priced.offer.provider.name).toBe('Ny Udbyder ApS');
    const detail = (await (await call(a, browser, `/admin/api/inquiries/${priced.id}`)).json()) as {
      catalogVersion: number;
    };
    expect(detail.catalogVersion).toBe(1);

    expect(
      (await call(a, browser, '/admin/api/catalog/versions/7/activate', { method: 'POST' })).status,
    ).toBe(404);
    const back = await call(a, browser, '/admin/api/catalog/file/activate', { method: 'POST' });
    expect(await back.json()).toEqual({ activeVersion: null });
    expect((await a.request('/api/catalog')).headers.get('etag')).toBe(fileEtag);
    const second = await call(a, browser, '/admin/api/catalog/versions?activate=1', {
      method: 'POST',
      body: renamedCatalog('Tredje'),
    });
    expect(await second.json()).toEqual({ version: 2, active: true });
    expect(
      ((await (await a.request('/api/catalog')).json()) as { provider: { name: string } }).provider
        .name,
    ).toBe('Tredje');
  });

  it('lets another app on the same storage see a switch within its poll interval', async () => {
    const other = w.app({ catalogPollSeconds: 5 });
    const name = async () =>
      ((await (await other.request('/api/catalog')).json()) as { provider: { name: string } })
        .provider.name;
    const fileName = await name();
    await call(a, browser, '/admin/api/catalog/versions?activate=1', {
      method: 'POST',
      body: renamedCatalog('Skiftet'),
    });
    // Within the interval the other instance still runs what it read…
    later(4_000);
    expect(await name()).toBe(fileName);
    // …and once it has passed, it reads the switch.
    later(1_000);
    expect(await name()).toBe('Skiftet');
  });
});

describe('embed information and console pages', () => {
  it('gives the public address, allowed origins and offerings', async () => {
    a = w.app({ allowedOrigins: ['https://www.aarhus.dk'], trustProxy: 1 });
    browser = await signIn(a);
    const res = await call(a, browser, '/admin/api/embed', {
      headers: { 'x-forwarded-proto': 'https', host: 'tilbud.example.dk' },
    });
    expect(await res.json()).toMatchObject({
      baseUrl: 'https://tilbud.example.dk',
      allowedOrigins: ['https://www.aarhus.dk'],
      offerings: expect.arrayContaining([expect.objectContaining({ id: OFFERING })]),
      locales: ['da', 'en'],
    });
  });

  it('serves the console with a strict CSP, no framing, no-store pages and immutable hashed files', async () => {
    const temp = tempDir();
    try {
      mkdirSync(join(temp.dir, 'assets'));
      writeFileSync(
        join(temp.dir, 'index.html'),
        '<!doctype html><title>Konsol</title><script type="module" src="/admin/assets/index-B4x9kQ2c.js"></script>',
      );
      writeFileSync(join(temp.dir, 'assets', 'index-B4x9kQ2c.js'), 'export {};');
      const app = w.app({ consoleDir: temp.dir });
      for (const path of [
        '/admin/',
        '/admin/inquiries/0190d1a2-3b4c-7d5e-8f60-123456789abc',
        '/admin/catalog',
        '/admin/login',
      ]) {
        const page = await app.request(path);
        expect(page.status, path).toBe(200);
        expect(await page.text()).toContain('<title>Konsol</title>');
        expect(page.headers.get('content-security-policy')).toBe(
          "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
        );
        expect(page.headers.get('x-frame-options')).toBe('DENY');
        expect(page.headers.get('cache-control')).toBe('no-store');
      }
      const script = await app.request('/admin/assets/index-B4x9kQ2c.js');
      expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
      expect((await app.request('/admin/assets/missing-B4x9kQ2c.js')).status).toBe(404);
      expect((await app.request('/admin/api/nothing')).status).toBe(401);
      expect((await app.request('/admin')).headers.get('location')).toBe('/admin/');
    } finally {
      temp.remove();
    }
  });

  it('says the console is not installed when its files are missing', async () => {
    const da = await a.request('/admin/');
    expect(da.status).toBe(200);
    expect(da.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(await da.text()).toContain('Konsollen er ikke installeret');
    const en = await a.request('/admin/?lang=en');
    expect(await en.text()).toContain('The console is not installed');
  });
});
