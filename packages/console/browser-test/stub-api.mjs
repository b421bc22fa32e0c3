// An in-memory stand-in for the console's admin API (the contract in docs/console.md), served
// by the test runner so the element tests talk HTTP with cookies, CSRF and throttling. It is
// only the edge of the element tests; the server's own tests cover the real thing.
import { readFileSync } from 'node:fs';
import { createOffer, loadCatalog, parseCatalog } from '@temadag/core';
import { draftOf, priceDraft, seedRevisions, storeRevision, summary } from './stub-offers.mjs';

const PASSWORD = 'rigtig-adgangskode';
const STATUSES = ['ny', 'besvaret', 'aftalt', 'afvist', 'annulleret'];
const exampleCatalog = JSON.parse(
  readFileSync(new URL('../../../examples/catalog/catalog.json', import.meta.url), 'utf8'),
);
// The first offering's summary as docs/embedding.md writes it, so the generated snippet can be
// compared with the documented one.
exampleCatalog.offerings[0].summary = {
  da: 'En temadag for kommunale ledere og medarbejdere. Halv eller hel dag, 8–80 deltagere.',
  en: 'A theme day for municipal managers and staff. Half or full day, 8–80 participants.',
};

function makeInquiry(
  n,
  offering,
  format,
  participants,
  organisation,
  name,
  status,
  deliveries,
  extra = {},
) {
  const catalog = loadCatalog(exampleCatalog);
  const createdAt = new Date(Date.UTC(2026, 9, 30 - n, 9, 30)).toISOString();
  const inquiry = {
    offering,
    format,
    participants,
    modules: [],
    contact: { name, email: `${name.split(' ')[0].toLowerCase()}@example.dk`, organisation },
    message: 'Vi vil gerne høre mere.',
    locale: 'da',
    ...extra,
  };
  const offer = createOffer(
    catalog,
    { offering, format, participants, modules: [] },
    { now: new Date(createdAt), sequence: n, customer: { organisation, contact: name } },
  );
  return {
    id: `inq-${n}`,
    reference: `H-2026-${String(n).padStart(4, '0')}`,
    createdAt,
    offering,
    locale: 'da',
    inquiry,
    offer,
    status,
    statusHistory: [{ status: 'ny', at: createdAt }],
    notes: [],
    deliveries: deliveries.map((d, i) => ({ id: n * 10 + i, nextAttemptAt: null, ...d })),
    catalogVersion: null,
    revisions: [],
  };
}

function freshState(options = {}) {
  const state = {
    passwordSet: options.passwordSet ?? true,
    failures: 0,
    throttleAfter: options.throttleAfter ?? 3,
    sessions: new Map(),
    seen: [],
    versions: [],
    activeVersion: null,
    catalogs: new Map(),
    inquiries: [
      makeInquiry(
        3,
        'dialog-i-udsatte-boligomraader',
        'hel',
        30,
        'Aarhus Kommune',
        'Mette Hansen',
        'ny',
        [
          { channel: 'email', status: 'failed', attempts: 3, lastError: '550 Mailbox unavailable' },
          { channel: 'receipt', status: 'sent', attempts: 1 },
        ],
        {
          modules: ['forsamtale'],
          preferredDates: ['2027-03-18'],
          place: 'Gellerup Medborgerhus',
          invoicing: { ean: '5790000000005', cvr: '10150817', reference: 'Boligsocial enhed' },
        },
      ),
      makeInquiry(
        2,
        'borgerdialog-i-de-almene-boligomraader',
        'halv',
        12,
        'Boligselskabet Vest',
        'Jens Madsen',
        'ny',
        [{ channel: 'email', status: 'sent', attempts: 1 }],
      ),
      makeInquiry(
        1,
        'dialog-i-udsatte-boligomraader',
        'halv',
        20,
        'Odense Kommune',
        'Sara Nielsen',
        'besvaret',
        [{ channel: 'email', status: 'sent', attempts: 1 }],
      ),
    ],
  };
  if (options.revisions) seedRevisions(exampleCatalog, state.inquiries[2]);
  return state;
}

let state = freshState();

const da = (ctx) => !String(ctx.get('Accept-Language')).startsWith('en');
const title = (o, ctx) =>
  typeof o.title === 'string' ? o.title : da(ctx) ? o.title.da : o.title.en;

function send(ctx, status, body, headers = {}, type = 'application/json') {
  ctx.status = status;
  for (const [k, v] of Object.entries(headers)) ctx.set(k, v);
  if (body !== undefined) {
    ctx.type = type;
    ctx.body = JSON.stringify(body);
  }
}
// As the server answers errors: RFC 9457 problem details with the `errors` extension member.
const problem = (ctx, status, path, message, headers) =>
  send(
    ctx,
    status,
    {
      type: 'about:blank',
      title: String(status),
      status,
      detail: message,
      instance: ctx.path,
      errors: [{ path, message }],
    },
    headers,
    'application/problem+json',
  );

async function readJson(ctx) {
  const chunks = [];
  for await (const chunk of ctx.req) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}

function session(ctx) {
  const token = ctx.cookies.get('temadag_session');
  return token ? state.sessions.get(token) : undefined;
}

function row(i, ctx) {
  const offering = exampleCatalog.offerings.find((o) => o.id === i.offering);
  return {
    id: i.id,
    reference: i.reference,
    createdAt: i.createdAt,
    organisation: i.inquiry.contact.organisation,
    contactName: i.inquiry.contact.name,
    email: i.inquiry.contact.email,
    offering: i.offering,
    offeringTitle: title(offering, ctx),
    format: i.offer.format.id,
    formatLabel: i.offer.format.label,
    participants: i.offer.participants,
    total: i.offer.priceStatus === 'priced' ? i.offer.total : null,
    currency: 'DKK',
    status: i.status,
    deliveries: i.deliveries.map(({ channel, status, attempts, lastError }) => ({
      channel,
      status,
      attempts,
      ...(lastError ? { lastError } : {}),
    })),
  };
}

function runningCatalog() {
  return state.activeVersion === null ? exampleCatalog : state.catalogs.get(state.activeVersion);
}

async function api(ctx, path) {
  const method = ctx.method;
  const s = session(ctx);
  if (path === '/session' && method === 'GET') {
    return send(ctx, 200, {
      passwordSet: state.passwordSet,
      signedIn: !!s,
      ...(s ? { csrfToken: s.csrf, idleTimeoutSeconds: 1800 } : {}),
    });
  }
  if (path === '/session' && method === 'POST') {
    const body = await readJson(ctx);
    if (!state.passwordSet) return problem(ctx, 409, '', 'Der er ingen adgangskode.');
    if (state.failures >= state.throttleAfter) {
      return problem(ctx, 429, '', 'For mange forsøg.', { 'Retry-After': '120' });
    }
    if (body?.password !== PASSWORD) {
      state.failures += 1;
      return problem(ctx, 401, 'password', da(ctx) ? 'Forkert adgangskode.' : 'Wrong password.');
    }
    state.failures = 0;
    const token = `s-${Math.random().toString(36).slice(2)}`;
    const csrf = `c-${Math.random().toString(36).slice(2)}`;
    state.sessions.set(token, { csrf });
    ctx.cookies.set('temadag_session', token, {
      httpOnly: true,
      sameSite: 'strict',
      path: '/admin',
    });
    return send(ctx, 200, { csrfToken: csrf });
  }
  if (!s) return problem(ctx, 401, '', 'Log ind.');
  if (method !== 'GET' && ctx.get('X-CSRF-Token') !== s.csrf) {
    return problem(ctx, 403, '', 'CSRF-token mangler eller er forkert.');
  }
  if (path === '/session' && method === 'DELETE') {
    state.sessions.delete(ctx.cookies.get('temadag_session'));
    return send(ctx, 204);
  }
  if (path === '/sessions' && method === 'DELETE') {
    state.sessions.clear();
    return send(ctx, 204);
  }
  if (path === '/inquiries' && method === 'GET') {
    const q = ctx.query;
    const text = String(q.q ?? '').toLowerCase();
    const items = state.inquiries
      .filter((i) => !q.status || i.status === q.status)
      .filter((i) => !q.offering || i.offering === q.offering)
      .filter(
        (i) =>
          !text ||
          [
            i.reference,
            i.inquiry.contact.organisation,
            i.inquiry.contact.name,
            i.inquiry.contact.email,
          ]
            .join(' ')
            .toLowerCase()
            .includes(text),
      );
    const pageSize = Number(q.pageSize ?? 25);
    const page = Number(q.page ?? 1);
    return send(ctx, 200, {
      items: items.slice((page - 1) * pageSize, page * pageSize).map((i) => row(i, ctx)),
      total: items.length,
      page,
      pageSize,
      newCount: state.inquiries.filter((i) => i.status === 'ny').length,
      offerings: exampleCatalog.offerings.map((o) => ({ id: o.id, title: title(o, ctx) })),
    });
  }
  if (path === '/inquiries/purge' && method === 'POST') {
    const { olderThanDays } = await readJson(ctx);
    const before = new Date(Date.now() - olderThanDays * 86400000).toISOString();
    const kept = state.inquiries.filter((i) => i.createdAt >= before);
    const deleted = state.inquiries.length - kept.length;
    state.inquiries = kept;
    return send(ctx, 200, { deleted, before });
  }
  const offers = /^\/inquiries\/([^/]+)\/offers(?:\/(draft|preview|(\d+)\/(pdf|ubl)))?$/.exec(path);
  if (offers) return offerRoutes(ctx, method, offers);
  const one = /^\/inquiries\/([^/]+)(\/notes)?$/.exec(path);
  if (one) {
    const inquiry = state.inquiries.find((i) => i.id === one[1]);
    if (!inquiry) return problem(ctx, 404, '', 'Henvendelsen findes ikke.');
    if (one[2] && method === 'POST') {
      const { text } = await readJson(ctx);
      const note = { id: inquiry.notes.length + 1, text, at: new Date().toISOString() };
      inquiry.notes.push(note);
      return send(ctx, 201, note);
    }
    if (method === 'GET') return send(ctx, 200, inquiry);
    if (method === 'PATCH') {
      const { status } = await readJson(ctx);
      if (!STATUSES.includes(status)) return problem(ctx, 422, 'status', 'Ukendt status.');
      inquiry.status = status;
      inquiry.statusHistory.push({ status, at: new Date().toISOString() });
      return send(ctx, 200, inquiry);
    }
    if (method === 'DELETE') {
      state.inquiries = state.inquiries.filter((i) => i !== inquiry);
      return send(ctx, 204);
    }
  }
  const retry = /^\/deliveries\/(\d+)\/retry$/.exec(path);
  if (retry && method === 'POST') {
    const delivery = state.inquiries
      .flatMap((i) => i.deliveries)
      .find((d) => d.id === Number(retry[1]));
    if (!delivery) return problem(ctx, 404, '', 'Afsendelsen findes ikke.');
    delivery.status = 'pending';
    return send(ctx, 202, { id: delivery.id, status: 'pending' });
  }
  if (path === '/catalog' && method === 'GET') {
    return send(ctx, 200, {
      source: state.activeVersion === null ? 'file' : 'console',
      activeVersion: state.activeVersion,
      file: 'examples/catalog/catalog.json',
      versions: state.versions.map((v) => ({ ...v, active: v.version === state.activeVersion })),
      catalog: runningCatalog(),
    });
  }
  if (path === '/catalog/versions' && method === 'POST') {
    const body = await readJson(ctx);
    const parsed = parseCatalog(body, { locale: da(ctx) ? 'da' : 'en' });
    if (!parsed.ok) {
      return send(ctx, 422, {
        errors: parsed.problems.map(({ path, message }) => ({ path, message })),
      });
    }
    const version = state.versions.length + 1;
    state.catalogs.set(version, body);
    state.versions.push({
      version,
      createdAt: new Date().toISOString(),
      offerings: body.offerings.length,
    });
    if (ctx.query.activate === '1') state.activeVersion = version;
    return send(ctx, 201, { version, active: state.activeVersion === version });
  }
  const activate = /^\/catalog\/versions\/(\d+)\/activate$/.exec(path);
  if (activate && method === 'POST') {
    state.activeVersion = Number(activate[1]);
    return send(ctx, 200, { activeVersion: state.activeVersion });
  }
  if (path === '/catalog/file/activate' && method === 'POST') {
    state.activeVersion = null;
    return send(ctx, 200, { activeVersion: null });
  }
  if (path === '/embed' && method === 'GET') {
    return send(ctx, 200, {
      baseUrl: 'https://tilbud.example.dk',
      allowedOrigins: ['https://www.kommune.dk'],
      offerings: exampleCatalog.offerings.map((o) => ({ id: o.id, title: title(o, ctx) })),
      locales: ['da', 'en'],
    });
  }
  return problem(ctx, 404, '', `No stub for ${method} ${path}`);
}

async function offerRoutes(ctx, method, [, id, sub, revision, kind]) {
  const inquiry = state.inquiries.find((i) => i.id === id);
  if (!inquiry) return problem(ctx, 404, '', 'Henvendelsen findes ikke.');
  if (sub === 'draft' && method === 'GET') {
    return send(ctx, 200, draftOf(inquiry, runningCatalog()));
  }
  const next = inquiry.revisions.length + 1;
  if (sub === 'preview' && method === 'POST') {
    const result = priceDraft(runningCatalog(), inquiry, await readJson(ctx), da(ctx), next);
    return result.errors ? send(ctx, 400, result) : send(ctx, 200, result);
  }
  if (!sub && method === 'POST') {
    const result = priceDraft(runningCatalog(), inquiry, await readJson(ctx), da(ctx), next);
    if (result.errors) return send(ctx, 400, result);
    const stored = storeRevision(inquiry, result.offer);
    return send(ctx, 201, {
      revision: summary(stored),
      offerUrl: `https://tilbud.example.dk/o/stub-token-${id}-${stored.revision}`,
    });
  }
  if (!sub && method === 'GET') {
    return send(ctx, 200, { items: inquiry.revisions.map(summary) });
  }
  const stored = inquiry.revisions.find((r) => r.revision === Number(revision));
  if (!stored || method !== 'GET') return problem(ctx, 404, '', 'Revisionen findes ikke.');
  if (kind === 'ubl' && stored.state !== 'accepted') {
    return problem(ctx, 409, '', 'Kun et accepteret tilbud kan hentes som UBL.');
  }
  if (kind === 'ubl') return send(ctx, 200, { number: stored.offer.number });
  ctx.type = 'application/pdf';
  ctx.body = '%PDF-1.7\n% stub\n%%EOF\n';
}

/**
 * The test runner's middleware: `/admin/api/*` as the contract says, `POST
 * /__console-test/reset` (body: `{ passwordSet?, throttleAfter?, revisions? }`; `revisions: true`
 * gives H-2026-0001 sent offers in every state) for a fresh state, and
 * `GET /__console-test/seen` for the state-changing requests seen with their CSRF header.
 */
export async function consoleApiStub(ctx, next) {
  if (ctx.path === '/__console-test/reset' && ctx.method === 'POST') {
    state = freshState((await readJson(ctx)) ?? {});
    return send(ctx, 204);
  }
  if (ctx.path === '/__console-test/seen') return send(ctx, 200, state.seen);
  if (ctx.path.startsWith('/embed/')) {
    ctx.type = 'text/html';
    ctx.body =
      '<!doctype html><html lang="da"><title>Forhåndsvisning</title><p>Embed-siden</p></html>';
    return;
  }
  if (!ctx.path.startsWith('/admin/api/')) return next();
  if (ctx.method !== 'GET') {
    state.seen.push({ method: ctx.method, path: ctx.path, csrf: ctx.get('X-CSRF-Token') || null });
  }
  return api(ctx, ctx.path.slice('/admin/api'.length));
}
