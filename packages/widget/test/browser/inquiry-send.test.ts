// <temadag-inquiry>: sending, against a stub endpoint handed in as the element's `fetch`.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { TemadagErrorEvent } from '../../src/events/error.js';
import type { TemadagSubmitEvent } from '../../src/events/submit.js';
import type { TemadagSuccessEvent } from '../../src/events/success.js';
import type { TemadagInquiry } from '../../src/inquiry/inquiry.js';
import {
  activeInShadow,
  catalog,
  created,
  deferred,
  ENDPOINT,
  field,
  fillValid,
  mount,
  part,
  selectionFor,
  send,
  status,
  stubEndpoint,
  text,
  type,
  type Answer,
} from './inquiry.fixtures.js';

const stored = (offering: string) => ({
  draft: sessionStorage.getItem(`temadag:${offering}:draft`),
  pending: sessionStorage.getItem(`temadag:${offering}:pending`),
});

const success = (el: TemadagInquiry) =>
  oneEvent(el, 'temadag-success') as Promise<TemadagSuccessEvent>;
const failure = (el: TemadagInquiry) => oneEvent(el, 'temadag-error') as Promise<TemadagErrorEvent>;

beforeEach(() => sessionStorage.clear());

describe('<temadag-inquiry> sending', () => {
  it('sends the design and the fields, shows the reference, moves focus and forgets the draft', async () => {
    const stub = stubEndpoint(created('H-2026-0042', 'id-42'));
    const el = await mount({ fetch: stub.fetch });
    await fillValid(el);
    await type(el, 'message', 'Vi er 30 ledere.');
    expect(stored('dialog').draft).not.to.equal(null);

    const submitted = oneEvent(el, 'temadag-submit') as Promise<TemadagSubmitEvent>;
    const done = success(el);
    await send(el);
    const submit = await submitted;
    expect(submit.bubbles && submit.composed).to.equal(true);
    expect(submit.detail.contact.email).to.equal('anna@kommune.dk');

    const event = await done;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({ id: 'id-42', reference: 'H-2026-0042' });

    expect(stub.requests).to.have.length(1);
    const [request] = stub.requests;
    expect(request!.url).to.equal(ENDPOINT);
    expect(request!.key).to.match(/^[0-9a-f-]{36}$/);
    expect(request!.body).to.deep.equal({
      offering: 'dialog',
      format: 'hel',
      participants: 30,
      modules: ['forsamtale'],
      contact: { name: 'Anna Jensen', email: 'anna@kommune.dk', organisation: 'Eksempel Kommune' },
      message: 'Vi er 30 ledere.',
      locale: 'da',
    });

    const region = part(el, '.success');
    expect(text(region)).to.contain('Tak for din henvendelse. Referencenummer: H-2026-0042');
    expect(activeInShadow(el)).to.equal(region);
    expect(stored('dialog')).to.deep.equal({ draft: null, pending: null });
    await expect(el).to.be.accessible();
  });

  it('maps a 422 onto the fields and the focused summary', async () => {
    const errors = [
      { path: 'participants', message: 'Antal deltagere skal være et helt tal mellem 8 og 80' },
      { path: 'contact.email', message: 'Indtast en e-mailadresse i formatet navn@kommune.dk' },
    ];
    const stub = stubEndpoint(status(422, { errors }), created());
    const el = await mount({ fetch: stub.fetch });
    await fillValid(el);
    const failed = failure(el);
    await send(el);
    expect((await failed).detail).to.deep.equal({ kind: 'validation', status: 422 });
    await el.updateComplete;

    expect(text(part(el, '#f-email-error'))).to.equal(`Fejl: ${errors[1]!.message}`);
    expect(field(el, 'email').getAttribute('aria-invalid')).to.equal('true');
    const summary = part(el, '.error-summary');
    expect(activeInShadow(el)).to.equal(summary);
    expect([...summary.querySelectorAll('li')].map(text)).to.deep.equal(
      errors.map((e) => e.message),
    );
    expect(part(summary, 'a').getAttribute('href')).to.equal('#f-email');
    expect(stored('dialog').pending).to.equal(null);
    expect(text(part(el, 'button[type=submit]'))).to.equal('Send henvendelse');

    await type(el, 'email', 'anna@eksempel.dk');
    expect(el.shadowRoot!.querySelector('#f-email-error')).to.equal(null);
  });

  it('retries a 500, tells the visitor, and uses the same Idempotency-Key every time', async () => {
    let seenWhileRetrying = '';
    let buttonWhileRetrying = '';
    const stub = stubEndpoint(status(500), status(503), async () => {
      seenWhileRetrying = text(part(el, '.status'));
      const button = part(el, 'button[type=submit]');
      buttonWhileRetrying = `${text(button)}|${button.getAttribute('aria-disabled')}`;
      return created();
    });
    const el = await mount({ fetch: stub.fetch });
    await fillValid(el);
    const done = success(el);
    await send(el);
    await done;
    expect(stub.requests).to.have.length(3);
    const keys = new Set(stub.requests.map((r) => r.key));
    expect(keys.size).to.equal(1);
    expect(seenWhileRetrying).to.contain('(forsøg 2 af 5)');
    expect(seenWhileRetrying).to.contain('Vi prøver igen');
    expect(buttonWhileRetrying).to.equal('Sender…|true');
  });

  it('survives the network being down, then sends when it is back', async () => {
    // The first two tries fail in the browser's own network stack (a refused connection).
    const refused = () =>
      globalThis.fetch('http://127.0.0.1:9/', { method: 'POST' }) as Promise<Answer>;
    const stub = stubEndpoint(refused, refused, created('H-2026-0043'));
    const el = await mount({ fetch: stub.fetch });
    await fillValid(el);
    const done = success(el);
    await send(el);
    expect((await done).detail.reference).to.equal('H-2026-0043');
    expect(stub.requests).to.have.length(3);
    expect(new Set(stub.requests.map((r) => r.key)).size).to.equal(1);
  });

  describe('offline', () => {
    let online = true;
    beforeEach(() => {
      online = true;
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
    });
    afterEach(() => {
      delete (navigator as { onLine?: boolean }).onLine;
    });

    it('waits while offline and sends when the online event fires', async () => {
      const stub = stubEndpoint(created('H-2026-0044'));
      const el = await mount({ fetch: stub.fetch });
      await fillValid(el);
      online = false;
      const offline = failure(el);
      await send(el);
      expect((await offline).detail).to.deep.equal({ kind: 'offline' });
      await el.updateComplete;
      expect(text(part(el, '.status'))).to.contain(
        'Henvendelsen bliver sendt, så snart forbindelsen er tilbage',
      );
      expect(stub.requests).to.have.length(0);
      expect(stored('dialog').pending).not.to.equal(null);
      expect(part(el, 'button[type=submit]').getAttribute('aria-disabled')).to.equal('true');

      const done = success(el);
      online = true;
      window.dispatchEvent(new Event('online'));
      expect((await done).detail.reference).to.equal('H-2026-0044');
      expect(stub.requests).to.have.length(1);
    });
  });

  it('resumes an unsent inquiry after a reload, with its key', async () => {
    const never = deferred<Answer>();
    const first = stubEndpoint(() => never.promise);
    const el = await mount({ fetch: first.fetch });
    await fillValid(el);
    await send(el);
    await waitUntil(() => first.requests.length === 1);
    const pending = JSON.parse(stored('dialog').pending!) as { key: string };
    expect(pending.key).to.equal(first.requests[0]!.key);
    el.remove();

    // A new page: a new element finds the pending inquiry and sends it again.
    const second = stubEndpoint(created('H-2026-0045'));
    const next = document.createElement('temadag-inquiry');
    Object.assign(next, {
      catalog,
      offeringId: 'dialog',
      selection: selectionFor('dialog'),
      endpoint: ENDPOINT,
      retryDelays: [0],
      fetch: second.fetch,
    });
    const done = success(next);
    document.body.append(next);
    expect((await done).detail.reference).to.equal('H-2026-0045');
    expect(second.requests.map((r) => r.key)).to.deep.equal([pending.key]);
    expect(second.requests[0]!.body).to.deep.equal(first.requests[0]!.body);
    expect(stored('dialog')).to.deep.equal({ draft: null, pending: null });
    next.remove();
  });

  it('resumes a pending inquiry found in sessionStorage at connect time', async () => {
    const key = '0b5d6c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e';
    const inquiry = {
      offering: 'samarbejde',
      format: 'halv',
      participants: 12,
      modules: [],
      locale: 'da',
      contact: { name: 'Bo', email: 'bo@bolig.dk', organisation: 'Boligselskabet' },
    };
    sessionStorage.setItem(
      'temadag:samarbejde:pending',
      JSON.stringify({ key, inquiry, endpoint: ENDPOINT }),
    );
    const stub = stubEndpoint(created('H-2026-0046'));
    const el = document.createElement('temadag-inquiry');
    Object.assign(el, { catalog, offeringId: 'samarbejde', fetch: stub.fetch });
    const done = success(el);
    document.body.append(el);
    await done;
    expect(stub.requests).to.have.length(1);
    expect(stub.requests[0]!.key).to.equal(key);
    expect(stub.requests[0]!.url).to.equal(ENDPOINT);
    expect(stub.requests[0]!.body).to.deep.equal(inquiry);
    expect(text(part(el, '.success'))).to.contain('Referencenummer: H-2026-0046');
    el.remove();
  });

  it('sends once however often the button is pressed', async () => {
    const answer = deferred<Answer>();
    const stub = stubEndpoint(() => answer.promise);
    const el = await mount({ fetch: stub.fetch });
    await fillValid(el);
    const button = part<HTMLButtonElement>(el, 'button[type=submit]');
    const submits: Event[] = [];
    el.addEventListener('temadag-submit', (e) => submits.push(e));
    button.click();
    button.click();
    await el.updateComplete;
    button.click();
    part<HTMLFormElement>(el, 'form').requestSubmit();
    await el.updateComplete;
    expect(text(button)).to.equal('Sender…');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(text(part(el, '.status'))).to.equal('Sender din henvendelse.');
    await expect(el).to.be.accessible();

    const done = success(el);
    answer.resolve(created());
    await done;
    expect(stub.requests).to.have.length(1);
    expect(submits).to.have.length(1);
  });

  it('offers a copyable summary and an email after the last try fails, and Prøv igen', async () => {
    let down = true;
    const stub = stubEndpoint(() => (down ? 'network-error' : created('H-2026-0047')));
    const el = await mount({ fetch: stub.fetch, retryDelays: [0, 0] });
    await fillValid(el);
    await type(el, 'message', 'Gerne i marts.');
    const failed = failure(el);
    await send(el);
    expect((await failed).detail).to.deep.equal({ kind: 'network' });
    await el.updateComplete;
    expect(stub.requests).to.have.length(3);

    const box = part(el, '.failed');
    expect(activeInShadow(el)).to.equal(box);
    expect(text(box)).to.contain('Henvendelsen blev ikke sendt');
    const area = part<HTMLTextAreaElement>(el, '#fallback-text');
    expect(area.readOnly).to.equal(true);
    expect(area.value).to.contain('Navn: Anna Jensen');
    expect(area.value).to.contain('Ønsker og behov:\nGerne i marts.');
    const mail = part<HTMLAnchorElement>(el, '.failed a');
    const url = new URL(mail.href);
    expect(url.protocol).to.equal('mailto:');
    expect(url.pathname).to.equal('kontakt@example.dk');
    expect(url.searchParams.get('subject')).to.equal('Henvendelse: Temadag dialog');
    expect(url.searchParams.get('body')).to.equal(area.value.replace(/\n/g, '\r\n'));
    // The unsent inquiry is kept for a reload, and the draft too.
    expect(stored('dialog').pending).not.to.equal(null);
    expect(stored('dialog').draft).not.to.equal(null);
    await expect(el).to.be.accessible();

    down = false;
    const done = success(el);
    part<HTMLButtonElement>(el, '.failed button.button:not(.secondary)').click();
    await done;
    expect(new Set(stub.requests.map((r) => r.key)).size).to.equal(1);
  });

  describe('Kopiér', () => {
    const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    afterEach(() => {
      delete (navigator as { clipboard?: unknown }).clipboard;
      if (own) Object.defineProperty(navigator, 'clipboard', own);
    });

    const failedElement = async () => {
      const el = await mount({ fetch: stubEndpoint('network-error').fetch, retryDelays: [] });
      await fillValid(el);
      const failed = failure(el);
      await send(el);
      await failed;
      await el.updateComplete;
      return el;
    };

    it('copies with the clipboard API', async () => {
      const copied: string[] = [];
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (value: string) => void copied.push(value) },
      });
      const el = await failedElement();
      part<HTMLButtonElement>(el, '.failed button.secondary').click();
      await waitUntil(() => copied.length === 1);
      await el.updateComplete;
      expect(copied[0]).to.equal(part<HTMLTextAreaElement>(el, '#fallback-text').value);
      expect(text(part(el, '.status'))).to.equal('Teksten er kopieret.');
    });

    it('falls back to selecting the text without the clipboard API', async () => {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
      const el = await failedElement();
      part<HTMLButtonElement>(el, '.failed button.secondary').click();
      await waitUntil(() => text(part(el, '.status')) !== '');
      const area = part<HTMLTextAreaElement>(el, '#fallback-text');
      expect(activeInShadow(el)).to.equal(area);
      expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
      expect([
        'Teksten er kopieret.',
        'Teksten er markeret. Tryk Ctrl+C (eller Cmd+C) for at kopiere den.',
      ]).to.include(text(part(el, '.status')));
    });
  });

  it('does not retry a 400, and forgets that inquiry', async () => {
    const stub = stubEndpoint(status(400), created());
    const el = await mount({ fetch: stub.fetch });
    await fillValid(el);
    const failed = failure(el);
    await send(el);
    expect((await failed).detail).to.deep.equal({ kind: 'server', status: 400 });
    await el.updateComplete;
    expect(stub.requests).to.have.length(1);
    expect(text(part(el, '.failed'))).to.contain('fejlkode 400');
    expect(stored('dialog').pending).to.equal(null);
  });

  it('forwards utm_* parameters only when asked to', async () => {
    const before = location.href;
    history.replaceState(null, '', '?utm_source=nyhedsbrev&utm_campaign=vinter&side=2');
    try {
      const stub = stubEndpoint(created());
      for (const forwardUtm of [false, true]) {
        sessionStorage.clear();
        const el = await mount({ fetch: stub.fetch, forwardUtm });
        await fillValid(el);
        const done = success(el);
        await send(el);
        await done;
      }
      expect(stub.requests[0]!.body).not.to.have.property('utm');
      expect(stub.requests[1]!.body.utm).to.deep.equal({
        utm_source: 'nyhedsbrev',
        utm_campaign: 'vinter',
      });
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('keeps the key when the same inquiry is sent again, and makes a new one when it changed', async () => {
    const stub = stubEndpoint('network-error');
    const el = await mount({ fetch: stub.fetch, retryDelays: [] });
    await fillValid(el);
    for (const name of ['Anna Jensen', 'Anna Jensen', 'Anna B. Jensen']) {
      await type(el, 'name', name);
      const failed = failure(el);
      await send(el);
      await failed;
    }
    const [a, b, c] = stub.requests.map((r) => r.key);
    expect(stub.requests).to.have.length(3);
    expect(a).to.equal(b);
    expect(c).not.to.equal(a);
  });
});

describe('<temadag-inquiry> drafts', () => {
  it('keeps the draft through a reload and clear() forgets it', async () => {
    const el = await mount();
    await type(el, 'name', 'Anna Jensen');
    await type(el, 'message', 'Hej');
    el.remove();

    const again = await mount();
    expect(field(again, 'name').value).to.equal('Anna Jensen');
    expect(field(again, 'message').value).to.equal('Hej');
    again.clear();
    await again.updateComplete;
    expect(field(again, 'name').value).to.equal('');
    expect(stored('dialog')).to.deep.equal({ draft: null, pending: null });
  });

  it('keeps separate drafts for two instances with different offerings', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const stub = stubEndpoint(created());
    const make = (offering: string) => {
      const el = document.createElement('temadag-inquiry');
      Object.assign(el, {
        catalog,
        offeringId: offering,
        selection: selectionFor(offering),
        endpoint: ENDPOINT,
        fetch: stub.fetch,
      });
      wrapper.append(el);
      return el.updateComplete.then(() => el);
    };
    const [a, b] = await Promise.all([make('dialog'), make('samarbejde')]);
    await type(a, 'name', 'Anna');
    await type(b, 'name', 'Bo');
    expect(JSON.parse(stored('dialog').draft!)).to.deep.equal({ name: 'Anna' });
    expect(JSON.parse(stored('samarbejde').draft!)).to.deep.equal({ name: 'Bo' });

    await type(a, 'email', 'anna@kommune.dk');
    await type(a, 'organisation', 'Eksempel Kommune');
    const done = success(a);
    await send(a);
    await done;
    expect(stored('dialog').draft).to.equal(null);
    expect(field(b, 'name').value).to.equal('Bo');
    expect(JSON.parse(stored('samarbejde').draft!)).to.deep.equal({ name: 'Bo' });

    wrapper.replaceChildren();
    const [a2, b2] = await Promise.all([make('dialog'), make('samarbejde')]);
    expect(field(a2, 'name').value).to.equal('');
    expect(field(b2, 'name').value).to.equal('Bo');
  });
});
