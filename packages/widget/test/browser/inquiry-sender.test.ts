// The pure parts of the inquiry form, apart from the element: the sending engine, drafts,
// fields and the last-resort text.
import { expect } from '@open-wc/testing';
import { inquiryToText, parseInquiry, type Inquiry } from '@temadag/core';
import {
  clearDraft,
  clearPending,
  draftKey,
  loadDraft,
  loadPending,
  pendingKey,
  saveDraft,
  savePending,
  type DraftStorage,
} from '../../src/inquiry/drafts.js';
import { mailtoHref } from '../../src/inquiry/fallback.js';
import {
  emptyValues,
  fieldForPath,
  inquiryInput,
  utmFromSearch,
} from '../../src/inquiry/fields.js';
import {
  DEFAULT_RETRY_DELAYS,
  isRetryableStatus,
  newIdempotencyKey,
  retryAfterMs,
  sendInquiry,
  type SendOptions,
} from '../../src/inquiry/sender.js';
import { catalog, created, selectionFor, status, stubEndpoint } from './inquiry.fixtures.js';

const KEY = '6f1c2a52-7d0e-4c5b-9a55-1d2f3e4a5b6c';

/** Records the waits instead of waiting. */
function recordingSleep() {
  const waits: number[] = [];
  const sleep = (ms: number) => {
    waits.push(ms);
    return Promise.resolve();
  };
  return { waits, sleep };
}

const base = (overrides: Partial<SendOptions>): SendOptions => ({
  endpoint: '/api/inquiries',
  body: { hello: 'world' },
  idempotencyKey: KEY,
  isOnline: () => true,
  ...overrides,
});

describe('sendInquiry', () => {
  it('POSTs JSON with the idempotency key and no cookies, and reads the reference', async () => {
    const stub = stubEndpoint(created('H-2026-0007', 'id-7'));
    const outcome = await sendInquiry(base({ fetch: stub.fetch }));
    expect(outcome).to.deep.equal({
      kind: 'success',
      status: 201,
      id: 'id-7',
      reference: 'H-2026-0007',
    });
    expect(stub.requests).to.have.length(1);
    const [request] = stub.requests;
    expect(request!.method).to.equal('POST');
    expect(request!.key).to.equal(KEY);
    expect(request!.contentType).to.equal('application/json');
    expect(request!.credentials).to.equal('omit');
    expect(request!.body).to.deep.equal({ hello: 'world' });
  });

  it('retries network failures with exponential backoff, 5 tries in all, then gives up', async () => {
    const stub = stubEndpoint('network-error');
    const { waits, sleep } = recordingSleep();
    const retries: number[] = [];
    const outcome = await sendInquiry(
      base({ fetch: stub.fetch, sleep, onRetry: (n) => retries.push(n.attempt) }),
    );
    expect(outcome).to.deep.equal({ kind: 'network', attempts: 5 });
    expect(waits).to.deep.equal([1000, 2000, 4000, 8000]);
    expect([...DEFAULT_RETRY_DELAYS]).to.deep.equal([1000, 2000, 4000, 8000]);
    expect(retries).to.deep.equal([1, 2, 3, 4]);
    expect(new Set(stub.requests.map((r) => r.key))).to.deep.equal(new Set([KEY]));
  });

  it('retries a 500 with the same key and succeeds', async () => {
    const stub = stubEndpoint(status(500), status(503), created());
    const { waits, sleep } = recordingSleep();
    const outcome = await sendInquiry(base({ fetch: stub.fetch, sleep }));
    expect(outcome.kind).to.equal('success');
    expect(stub.requests.map((r) => r.key)).to.deep.equal([KEY, KEY, KEY]);
    expect(waits).to.deep.equal([1000, 2000]);
  });

  it('reports a server that keeps failing with its last status', async () => {
    const stub = stubEndpoint(status(502));
    const { sleep } = recordingSleep();
    const outcome = await sendInquiry(base({ fetch: stub.fetch, sleep, retryDelays: [5, 5] }));
    expect(outcome).to.deep.equal({ kind: 'server', status: 502, attempts: 3 });
  });

  for (const code of [400, 403, 404, 409, 413]) {
    it(`does not retry a ${code}`, async () => {
      const stub = stubEndpoint(status(code), created());
      const outcome = await sendInquiry(
        base({ fetch: stub.fetch, sleep: () => Promise.resolve() }),
      );
      expect(outcome).to.deep.equal({ kind: 'server', status: code, attempts: 1 });
      expect(stub.requests).to.have.length(1);
    });
  }

  it('returns the problems of a 422 and does not retry', async () => {
    const errors = [{ path: 'contact.email', message: 'Indtast din e-mailadresse' }];
    const stub = stubEndpoint(status(422, { errors }), created());
    const outcome = await sendInquiry(base({ fetch: stub.fetch }));
    expect(outcome).to.deep.equal({ kind: 'validation', status: 422, errors });
    expect(stub.requests).to.have.length(1);
  });

  it('reads the errors of the server’s problem details (application/problem+json)', async () => {
    const errors = [{ path: 'contact.name', message: 'Indtast dit navn', code: 'name-empty' }];
    const body = {
      type: 'about:blank',
      title: 'Indholdet kan ikke bruges',
      status: 422,
      detail: 'Indtast dit navn',
      instance: '/api/inquiries',
      errors,
    };
    const problem = status(422, body, { 'Content-Type': 'application/problem+json' });
    const outcome = await sendInquiry(base({ fetch: stubEndpoint(problem).fetch }));
    expect(outcome).to.deep.equal({
      kind: 'validation',
      status: 422,
      errors: [{ path: 'contact.name', message: 'Indtast dit navn' }],
    });
  });

  it('keeps only well-formed problems of a 422', async () => {
    const body = { errors: [{ path: 'place', message: 'For lang' }, { path: 3 }, 'x'] };
    const outcome = await sendInquiry(base({ fetch: stubEndpoint(status(422, body)).fetch }));
    expect(outcome).to.deep.equal({
      kind: 'validation',
      status: 422,
      errors: [{ path: 'place', message: 'For lang' }],
    });
  });

  it('retries 408', async () => {
    const stub = stubEndpoint(status(408), created());
    const { waits, sleep } = recordingSleep();
    expect((await sendInquiry(base({ fetch: stub.fetch, sleep }))).kind).to.equal('success');
    expect(waits).to.deep.equal([1000]);
  });

  it('honours Retry-After on 429, in seconds and as a date', async () => {
    const now = Date.parse('2026-11-27T10:00:00Z');
    const stub = stubEndpoint(
      status(429, {}, { 'Retry-After': '3' }),
      status(429, {}, { 'Retry-After': 'Fri, 27 Nov 2026 10:00:07 GMT' }),
      created(),
    );
    const { waits, sleep } = recordingSleep();
    const outcome = await sendInquiry(base({ fetch: stub.fetch, sleep, now: () => now }));
    expect(outcome.kind).to.equal('success');
    expect(waits).to.deep.equal([3000, 7000]);
  });

  it('uses the backoff for a 429 without Retry-After', async () => {
    const stub = stubEndpoint(status(429), created());
    const { waits, sleep } = recordingSleep();
    await sendInquiry(base({ fetch: stub.fetch, sleep }));
    expect(waits).to.deep.equal([1000]);
  });

  it('gives up instead of waiting longer than it may', async () => {
    const stub = stubEndpoint(status(429, {}, { 'Retry-After': '3600' }), created());
    const { waits, sleep } = recordingSleep();
    const outcome = await sendInquiry(base({ fetch: stub.fetch, sleep }));
    expect(outcome).to.deep.equal({ kind: 'server', status: 429, attempts: 1 });
    expect(waits).to.deep.equal([]);
  });

  it('waits for the browser to come online before trying, without using up tries', async () => {
    let online = false;
    let offlineCalls = 0;
    const stub = stubEndpoint(created());
    const outcome = await sendInquiry(
      base({
        fetch: stub.fetch,
        retryDelays: [],
        isOnline: () => online,
        onOffline: () => {
          offlineCalls += 1;
        },
        waitForOnline: async () => {
          expect(stub.requests).to.have.length(0);
          online = true;
        },
      }),
    );
    expect(outcome.kind).to.equal('success');
    expect(offlineCalls).to.equal(1);
    expect(stub.requests).to.have.length(1);
  });

  it('treats a failed fetch while offline as a wait, not as a failed try', async () => {
    let online = true;
    const stub = stubEndpoint(() => {
      online = false;
      return 'network-error';
    }, created());
    const outcome = await sendInquiry(
      base({
        fetch: stub.fetch,
        retryDelays: [],
        isOnline: () => online,
        waitForOnline: async () => {
          online = true;
        },
      }),
    );
    expect(outcome.kind).to.equal('success');
    expect(stub.requests.map((r) => r.key)).to.deep.equal([KEY, KEY]);
  });

  it('waits for the real online event by default', async () => {
    let online = false;
    const stub = stubEndpoint(created());
    const sending = sendInquiry(base({ fetch: stub.fetch, isOnline: () => online }));
    await Promise.resolve();
    expect(stub.requests).to.have.length(0);
    online = true;
    window.dispatchEvent(new Event('online'));
    expect((await sending).kind).to.equal('success');
  });

  it('stops when aborted, also while waiting', async () => {
    const controller = new AbortController();
    const stub = stubEndpoint('network-error');
    const outcome = await sendInquiry(
      base({
        fetch: stub.fetch,
        signal: controller.signal,
        retryDelays: [60_000],
        onRetry: () => controller.abort(),
      }),
    );
    expect(outcome).to.deep.equal({ kind: 'aborted' });
    expect(stub.requests).to.have.length(1);
  });
});

describe('sender helpers', () => {
  it('reads Retry-After', () => {
    expect(retryAfterMs(null, 0)).to.equal(undefined);
    expect(retryAfterMs('0', 0)).to.equal(0);
    expect(retryAfterMs(' 12 ', 0)).to.equal(12_000);
    expect(retryAfterMs('soon', 0)).to.equal(undefined);
    expect(
      retryAfterMs('Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('2015-10-21T07:28:10Z')),
    ).to.equal(0);
  });

  it('tells retryable statuses', () => {
    expect([408, 429, 500, 502, 503, 504].every(isRetryableStatus)).to.equal(true);
    expect([400, 401, 403, 404, 409, 413, 422].some(isRetryableStatus)).to.equal(false);
  });

  it('makes a new UUID each time', () => {
    const a = newIdempotencyKey();
    expect(a).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newIdempotencyKey()).not.to.equal(a);
  });
});

/** A storage in memory, or one that refuses everything. */
function memoryStorage(fail = false): DraftStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  const guard = () => {
    if (fail) throw new DOMException('denied', 'SecurityError');
  };
  return {
    data,
    getItem: (k) => (guard(), data.get(k) ?? null),
    setItem: (k, v) => (guard(), void data.set(k, v)),
    removeItem: (k) => (guard(), void data.delete(k)),
  };
}

describe('drafts', () => {
  const inquiry = {
    offering: 'dialog',
    format: 'hel',
    participants: 30,
    modules: [],
    locale: 'da',
    contact: { name: 'A', email: 'a@b.dk', organisation: 'O' },
  } as Inquiry;

  it('keeps drafts and pending inquiries per offering under temadag:<offering>:…', () => {
    const storage = memoryStorage();
    saveDraft('dialog', { ...emptyValues(), name: 'Anna', message: 'Hej' }, storage);
    savePending('dialog', { key: KEY, inquiry, endpoint: '/api' }, storage);
    expect([...storage.data.keys()]).to.deep.equal([draftKey('dialog'), pendingKey('dialog')]);
    expect(draftKey('dialog')).to.equal('temadag:dialog:draft');
    expect(pendingKey('dialog')).to.equal('temadag:dialog:pending');
    expect(loadDraft('dialog', storage)).to.deep.equal({ name: 'Anna', message: 'Hej' });
    expect(loadDraft('samarbejde', storage)).to.deep.equal({});
    expect(loadPending('dialog', storage)).to.deep.equal({ key: KEY, inquiry, endpoint: '/api' });
    expect(loadPending('samarbejde', storage)).to.equal(undefined);
    clearDraft('dialog', storage);
    clearPending('dialog', storage);
    expect(storage.data.size).to.equal(0);
  });

  it('removes a draft that holds nothing', () => {
    const storage = memoryStorage();
    saveDraft('dialog', { name: 'A' }, storage);
    saveDraft('dialog', emptyValues(), storage);
    expect(storage.data.size).to.equal(0);
  });

  it('ignores unreadable entries and works without storage', () => {
    const storage = memoryStorage();
    storage.data.set(draftKey('dialog'), '{not json');
    storage.data.set(pendingKey('dialog'), JSON.stringify({ key: 1, inquiry }));
    expect(loadDraft('dialog', storage)).to.deep.equal({});
    expect(loadPending('dialog', storage)).to.equal(undefined);
    const denied = memoryStorage(true);
    expect(() => saveDraft('dialog', { name: 'A' }, denied)).not.to.throw();
    expect(loadDraft('dialog', denied)).to.deep.equal({});
    expect(() => clearPending('dialog', denied)).not.to.throw();
  });
});

describe('fields', () => {
  it('maps problem paths to fields', () => {
    expect(fieldForPath('contact.email')).to.equal('email');
    expect(fieldForPath('invoicing.ean')).to.equal('ean');
    expect(fieldForPath('preferredDates[0]')).to.equal('date');
    expect(fieldForPath('preferredDates')).to.equal('date');
    expect(fieldForPath('participants')).to.equal(undefined);
  });

  it('builds an inquiry that the core schema accepts, from the fields and the selection', () => {
    const values = {
      ...emptyValues(),
      name: ' Anna ',
      email: 'anna@kommune.dk',
      organisation: 'Eksempel Kommune',
      date: '2027-03-15',
      cvr: '',
    };
    const input = inquiryInput(values, {
      offering: 'dialog',
      selection: selectionFor('dialog'),
      locale: 'en',
      utm: { utm_source: 'nyhedsbrev' },
    });
    const result = parseInquiry(input);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.inquiry).to.deep.equal({
      offering: 'dialog',
      format: 'hel',
      participants: 30,
      modules: ['forsamtale'],
      preferredDates: ['2027-03-15'],
      contact: { name: 'Anna', email: 'anna@kommune.dk', organisation: 'Eksempel Kommune' },
      locale: 'en',
      utm: { utm_source: 'nyhedsbrev' },
    });
  });

  it('forwards only utm_* parameters, within the schema limits', () => {
    expect(utmFromSearch('?page=2&utm_source=nyhedsbrev&utm_Bad=x&utm_empty=')).to.deep.equal({
      utm_source: 'nyhedsbrev',
    });
    expect(utmFromSearch('?page=2')).to.equal(undefined);
    const many = Array.from({ length: 7 }, (_, i) => `utm_k${i}=${'v'.repeat(300)}`).join('&');
    const utm = utmFromSearch(`?${many}`)!;
    expect(Object.keys(utm)).to.have.length(5);
    expect(utm.utm_k0).to.have.length(200);
  });
});

describe('last resort', () => {
  const inquiry: Inquiry = {
    offering: 'dialog',
    format: 'hel',
    participants: 30,
    modules: ['forsamtale'],
    preferredDates: ['2027-03-15'],
    contact: { name: 'Anna Jensen', email: 'anna@kommune.dk', organisation: 'Eksempel Kommune' },
    message: 'Vi er 30 ledere.\nGerne i foråret.',
    locale: 'da',
  };

  it('writes the inquiry as plain text with the catalog’s titles', () => {
    expect(inquiryToText(inquiry, { locale: 'da', catalog })).to.equal(
      [
        'Temadag: Temadag dialog',
        'Varighed: Hel temadag',
        'Antal deltagere: 30',
        'Tilvalg: Forsamtale',
        'Ønsket dato: 15. marts 2027',
        'Navn: Anna Jensen',
        'E-mail: anna@kommune.dk',
        'Organisation: Eksempel Kommune',
        '',
        'Ønsker og behov:',
        'Vi er 30 ledere.',
        'Gerne i foråret.',
      ].join('\n'),
    );
    expect(inquiryToText(inquiry, { locale: 'en', catalog })).to.contain('Full day');
  });

  it('makes a mailto link with subject and CRLF body, percent-encoded', () => {
    const href = mailtoHref('kontakt@example.dk', 'Henvendelse: Temadag & mere', 'A: 1\nB: 2');
    expect(href).to.equal(
      'mailto:kontakt@example.dk?subject=Henvendelse%3A%20Temadag%20%26%20mere&body=A%3A%201%0D%0AB%3A%202',
    );
  });
});
