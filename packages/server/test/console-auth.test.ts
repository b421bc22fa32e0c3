import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../src/auth/password.js';
import {
  PASSWORD,
  call,
  cookieValue,
  signIn,
  signInRequest,
  world,
  type World,
} from './console.support.js';

let w: World;

afterEach(async () => {
  await w.close();
});

interface ErrorBody {
  errors: { path: string; message: string }[];
}

describe('password hashes', () => {
  beforeEach(async () => {
    w = await world({ password: false });
  });

  it('keeps the parameters and a random salt in the hash, and checks it', async () => {
    const a = await hashPassword('et langt kodeord');
    const b = await hashPassword('et langt kodeord');
    expect(a).toMatch(/^scrypt\$N=32768,r=8,p=1\$[A-Za-z0-9_-]+\$[A-Za-z0-9_-]+$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('et langt kodeord', a)).toBe(true);
    expect(await verifyPassword('et langt kodeord ', a)).toBe(false);
    expect(await verifyPassword('et langt kodeord', 'plain text')).toBe(false);
    // A tampered cost is refused, not computed.
    expect(await verifyPassword('et langt kodeord', a.replace('N=32768', 'N=1073741824'))).toBe(
      false,
    );
  });
});

describe('without a password', () => {
  beforeEach(async () => {
    w = await world({ password: false });
  });

  it('says so, refuses to sign in (409) and refuses every other console route', async () => {
    const a = w.app();
    const state = await a.request('/admin/api/session');
    expect(state.status).toBe(200);
    expect(await state.json()).toEqual({ passwordSet: false, signedIn: false });
    const login = await signInRequest(a, 'anything-at-all');
    expect(login.status).toBe(409);
    const body = (await login.json()) as ErrorBody;
    expect(body.errors[0]!.message).toContain('temadag admin password');
    expect((await a.request('/admin/api/inquiries')).status).toBe(401);
    expect((await a.request('/admin/api/catalog')).status).toBe(401);
  });
});

describe('signing in', () => {
  beforeEach(async () => {
    w = await world();
  });

  it('starts a session with a CSRF token and a cookie for /admin only (no Secure on localhost)', async () => {
    const a = w.app();
    const res = await signInRequest(a, PASSWORD, { host: 'localhost:8787' });
    expect(res.status).toBe(200);
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    expect(csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^temadag_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/admin');
    expect(cookie).toContain(`Max-Age=${12 * 3600}`);
    expect(cookie).not.toContain('Secure');
    expect(res.headers.get('cache-control')).toBe('no-store');

    const state = await a.request('/admin/api/session', {
      headers: { cookie: `temadag_session=${cookieValue(res)!}` },
    });
    expect(await state.json()).toEqual({
      passwordSet: true,
      signedIn: true,
      csrfToken,
      idleTimeoutSeconds: 3600,
    });
    expect(w.logs).toContainEqual(expect.objectContaining({ msg: 'login', outcome: 'ok' }));
  });

  it('sets Secure on any other host, also on 127.0.0.1 and [::1] it does not', async () => {
    const a = w.app();
    const remote = await signInRequest(
      a,
      PASSWORD,
      {},
      'https://tilbud.example.dk/admin/api/session',
    );
    expect(remote.headers.get('set-cookie')).toMatch(/; Secure$/);
    const proxied = await signInRequest(a, PASSWORD, { host: 'tilbud.example.dk' });
    expect(proxied.headers.get('set-cookie')).toContain('Secure');
    for (const host of ['127.0.0.1:8787', '[::1]:8787', 'localhost']) {
      const local = await signInRequest(a, PASSWORD, { host });
      expect(local.headers.get('set-cookie'), host).not.toContain('Secure');
    }
  });

  it('answers the same 401 for a wrong password, in Danish and English, and logs no password', async () => {
    const a = w.app();
    const da = await signInRequest(a, 'forkert-kodeord-123');
    expect(da.status).toBe(401);
    expect(((await da.json()) as ErrorBody).errors).toEqual([
      { path: 'password', message: 'Forkert adgangskode.' },
    ]);
    expect(da.headers.get('set-cookie')).toBeNull();
    const en = await signInRequest(a, '', { 'accept-language': 'en' });
    expect(en.status).toBe(400);
    const en2 = await signInRequest(a, 'wrong-password-123', { 'accept-language': 'en' });
    expect(((await en2.json()) as ErrorBody).errors[0]!.message).toBe('Wrong password.');
    expect(w.logs).toContainEqual(
      expect.objectContaining({ msg: 'login', outcome: 'wrong-password', level: 'warn' }),
    );
    const logText = JSON.stringify(w.logs);
    expect(logText).not.toContain('forkert-kodeord-123');
    expect(logText).not.toContain('wrong-password-123');
  });

  it('throttles per address: the sixth attempt in 15 minutes is a 429, right password or not', async () => {
    const a = w.app({ trustProxy: 1 });
    const from = (ip: string) => ({ 'x-forwarded-for': ip });
    for (let i = 0; i < 5; i++) {
      expect((await signInRequest(a, 'gæt-nummer-' + i, from('203.0.113.7'))).status).toBe(401);
    }
    const limited = await signInRequest(a, PASSWORD, from('203.0.113.7'));
    expect(limited.status).toBe(429);
    const wait = Number(limited.headers.get('retry-after'));
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(15 * 60);
    expect(((await limited.json()) as ErrorBody).errors[0]!.message).toMatch(/Vent \d+ min/);
    expect(limited.headers.get('set-cookie')).toBeNull();
    expect(w.logs).toContainEqual(expect.objectContaining({ msg: 'login', outcome: 'throttled' }));
    // Another address is not held back, and the first one may try again after the window.
    expect((await signInRequest(a, PASSWORD, from('198.51.100.1'))).status).toBe(200);
    w.clock.now = new Date(w.clock.now.getTime() + wait * 1000);
    expect((await signInRequest(a, PASSWORD, from('203.0.113.7'))).status).toBe(200);
  });

  it('throttles the account: the 21st attempt in 15 minutes is a 429 from any address', async () => {
    const a = w.app({ trustProxy: 1 });
    for (let i = 0; i < 20; i++) {
      const res = await signInRequest(a, `gæt-${i}`, { 'x-forwarded-for': `192.0.2.${i % 5}` });
      expect(res.status).toBe(401);
    }
    const fresh = await signInRequest(a, PASSWORD, { 'x-forwarded-for': '198.51.100.99' });
    expect(fresh.status).toBe(429);
    expect(Number(fresh.headers.get('retry-after'))).toBeGreaterThan(0);
  }, 60_000); // twenty scrypt checks on a shared CI machine

  it('never adopts a session id the browser brings: a planted or old cookie is not reused', async () => {
    const a = w.app();
    const planted = 'A'.repeat(43);
    const res = await signInRequest(a, PASSWORD, { cookie: `temadag_session=${planted}` });
    expect(res.status).toBe(200);
    expect(cookieValue(res)).not.toBe(planted);
    const withPlanted = await a.request('/admin/api/inquiries', {
      headers: { cookie: `temadag_session=${planted}` },
    });
    expect(withPlanted.status).toBe(401);

    const first = await signIn(a);
    const again = await signInRequest(a, PASSWORD, { cookie: first.cookie });
    expect(`temadag_session=${cookieValue(again)!}`).not.toBe(first.cookie);
    // The session the browser had before signing in again is ended.
    expect((await call(a, first, '/admin/api/inquiries')).status).toBe(401);
  });
});

describe('signing out', () => {
  beforeEach(async () => {
    w = await world();
  });

  it('ends this session (with the CSRF token) and clears the cookie', async () => {
    const a = w.app();
    const browser = await signIn(a);
    const other = await signIn(a);
    expect(
      (await call(a, browser, '/admin/api/session', { method: 'DELETE', csrf: false })).status,
    ).toBe(403);
    const out = await call(a, browser, '/admin/api/session', { method: 'DELETE' });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/^temadag_session=; Max-Age=0; Path=\/admin/);
    expect((await call(a, browser, '/admin/api/inquiries')).status).toBe(401);
    const state = await a.request('/admin/api/session', { headers: { cookie: browser.cookie } });
    expect(await state.json()).toEqual({ passwordSet: true, signedIn: false });
    // Only this one: the other browser stays signed in.
    expect((await call(a, other, '/admin/api/inquiries')).status).toBe(200);
  });

  it('ends every session at once', async () => {
    const a = w.app();
    const one = await signIn(a);
    const two = await signIn(a);
    expect((await call(a, one, '/admin/api/sessions', { method: 'DELETE' })).status).toBe(204);
    expect((await call(a, one, '/admin/api/inquiries')).status).toBe(401);
    expect((await call(a, two, '/admin/api/inquiries')).status).toBe(401);
    expect(w.logs).toContainEqual(expect.objectContaining({ msg: 'logout-everywhere', ended: 2 }));
  });
});

describe('session lifetime', () => {
  beforeEach(async () => {
    w = await world();
  });

  const minutes = (n: number) => {
    w.clock.now = new Date(w.clock.now.getTime() + n * 60_000);
  };

  it('ends a session unused for the idle timeout, and keeps one in use alive', async () => {
    const a = w.app({ session: { idleMinutes: 30, hours: 12 } });
    const browser = await signIn(a);
    minutes(29);
    expect((await call(a, browser, '/admin/api/inquiries')).status).toBe(200);
    minutes(29);
    expect((await call(a, browser, '/admin/api/inquiries')).status).toBe(200);
    minutes(31);
    expect((await call(a, browser, '/admin/api/inquiries')).status).toBe(401);
  });

  it('ends a session at its absolute lifetime even when in use', async () => {
    const a = w.app({ session: { idleMinutes: 60, hours: 2 } });
    const browser = await signIn(a);
    for (let i = 0; i < 4; i++) {
      minutes(29);
      expect((await call(a, browser, '/admin/api/inquiries')).status).toBe(200);
    }
    minutes(5); // 2 h 1 min after signing in
    expect((await call(a, browser, '/admin/api/inquiries')).status).toBe(401);
  });
});

describe('the session guard', () => {
  beforeEach(async () => {
    w = await world();
  });

  it('refuses every console route without a session (401) and changes without CSRF (403)', async () => {
    const a = w.app();
    const browser = await signIn(a);
    const id = '0190d1a2-3b4c-7d5e-8f60-123456789abc';
    const routes = a.routes.filter(
      (r) => r.path.startsWith('/admin/api/') && r.method !== 'ALL' && !r.path.endsWith('/session'),
    );
    expect(routes.length).toBeGreaterThanOrEqual(14);
    for (const route of routes) {
      const path = route.path.replace(':id', id).replace(':version', '1');
      const anonymous = await a.request(path, { method: route.method });
      expect(anonymous.status, `${route.method} ${path}`).toBe(401);
      expect(((await anonymous.json()) as ErrorBody).errors[0]!.message).toBe(
        'Log ind i konsollen først.',
      );
      if (route.method !== 'GET') {
        const noToken = await call(a, browser, path, { method: route.method, csrf: false });
        expect(noToken.status, `${route.method} ${path} without CSRF`).toBe(403);
        const wrong = await call(a, browser, path, {
          method: route.method,
          csrf: false,
          headers: { 'x-csrf-token': 'x'.repeat(43) },
        });
        expect(wrong.status, `${route.method} ${path} wrong CSRF`).toBe(403);
      }
      // Signed in, a method the path does not have is a 405 naming the route's own.
      const put = await call(a, browser, path, { method: 'PUT' });
      expect(put.status, `PUT ${path}`).toBe(405);
      expect(put.headers.get('allow')?.split(', ')).toContain(route.method);
    }
    // The bearer token opens the admin API for scripts, not the console's.
    const bearer = await a.request('/admin/api/inquiries', {
      headers: { authorization: 'Bearer test-admin-token-0123456789abcdef' },
    });
    expect(bearer.status).toBe(401);
  });
});
