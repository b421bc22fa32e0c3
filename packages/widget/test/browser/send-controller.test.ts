// The SendController alone: its status in the shape of @lit/task, the notices while pending,
// what it keeps in sessionStorage, and abort.
import { expect } from '@open-wc/testing';
import type { Inquiry } from '@temadag/core';
import { LitElement, html } from 'lit';
import { SendController } from '../../src/controllers/send.js';
import type { PendingInquiry } from '../../src/inquiry/drafts.js';
import type { SendOptions, SendOutcome } from '../../src/inquiry/sender.js';

/** A send the test finishes by hand, with the options the controller gave it. */
function manualSend() {
  const calls: { options: SendOptions; finish: (outcome: SendOutcome) => void }[] = [];
  const send = (options: SendOptions) =>
    new Promise<SendOutcome>((resolve) => {
      calls.push({ options, finish: resolve });
      // Like sendInquiry: an abort ends the send as `aborted`.
      options.signal?.addEventListener('abort', () => resolve({ kind: 'aborted' }));
    });
  return { calls, send };
}

class SendProbe extends LitElement {
  manual = manualSend();
  settled: string[] = [];
  offline = 0;
  sender = new SendController(this, {
    send: this.manual.send,
    onOffline: () => (this.offline += 1),
    onSettled: (outcome) => this.settled.push(outcome.kind),
  });
  protected override render() {
    return html`<p>${this.sender.status}</p>`;
  }
}
customElements.define('send-probe', SendProbe);

const pending: PendingInquiry = {
  key: 'k-1',
  endpoint: 'https://tilbud.example.dk/api/inquiries',
  inquiry: { offering: 'dialog', contact: { email: 'anna@kommune.dk' } } as unknown as Inquiry,
};
const stored = () => sessionStorage.getItem('temadag:dialog:pending');
const shown = async (el: SendProbe) => {
  await el.updateComplete;
  return el.shadowRoot!.querySelector('p')!.textContent;
};
/** Lets the controller's awaits run. */
const tick = () => new Promise((resolve) => setTimeout(resolve));

let el: SendProbe;
beforeEach(async () => {
  sessionStorage.clear();
  el = document.createElement('send-probe') as SendProbe;
  document.body.append(el);
  await el.updateComplete;
});
afterEach(() => el.remove());

describe('SendController', () => {
  it('goes initial → pending → complete, re-rendering the host each time', async () => {
    expect(await shown(el)).to.equal('initial');
    const run = el.sender.run(pending, { endpoint: '' });
    expect(el.sender.status).to.equal('pending');
    expect(el.sender.notice).to.deep.equal({ kind: 'started', resumed: false });
    expect(await shown(el)).to.equal('pending');
    expect(JSON.parse(stored()!)).to.deep.equal(pending);
    expect(el.manual.calls[0]!.options).to.include({
      endpoint: pending.endpoint,
      idempotencyKey: 'k-1',
    });

    el.manual.calls[0]!.finish({ kind: 'success', status: 201, id: 'x', reference: 'H-1' });
    expect(await run).to.deep.include({ kind: 'success', reference: 'H-1' });
    expect(el.sender.status).to.equal('complete');
    expect(el.sender.failure).to.equal(undefined);
    expect(el.settled).to.deep.equal(['success']);
    expect(await shown(el)).to.equal('complete');
    expect(stored()).to.equal(null);
  });

  it('tells of retries and going offline while pending, then ends in error', async () => {
    const run = el.sender.run(pending, { endpoint: 'https://other.example/api', resumed: true });
    expect(el.sender.notice).to.deep.equal({ kind: 'started', resumed: true });
    const { options, finish } = el.manual.calls[0]!;
    expect(options.endpoint).to.equal('https://other.example/api');
    const retry = { attempt: 1, maxAttempts: 5, delayMs: 1000, reason: 'network' as const };
    options.onRetry!(retry);
    expect(el.sender.notice).to.deep.equal({ kind: 'retrying', retry });
    options.onOffline!();
    expect(el.sender.notice).to.deep.equal({ kind: 'offline' });
    expect(el.offline).to.equal(1);
    expect(await shown(el)).to.equal('pending');

    finish({ kind: 'network', attempts: 5 });
    await run;
    expect(el.sender.status).to.equal('error');
    expect(el.sender.failure).to.deep.equal({ kind: 'network', attempts: 5 });
    expect(el.sender.notice).to.equal(undefined);
    expect(await shown(el)).to.equal('error');
    // A network failure may pass: the inquiry stays for a reload to send again.
    expect(stored()).to.not.equal(null);
  });

  it('forgets the stored inquiry after a refusal that a retry will not change', async () => {
    const refused = el.sender.run(pending, { endpoint: '' });
    el.manual.calls[0]!.finish({ kind: 'server', status: 400, attempts: 1 });
    await refused;
    expect(el.sender.status).to.equal('error');
    expect(stored()).to.equal(null);

    const overloaded = el.sender.run(pending, { endpoint: '' });
    el.manual.calls[1]!.finish({ kind: 'server', status: 503, attempts: 5 });
    await overloaded;
    expect(stored()).to.not.equal(null);

    const invalid = el.sender.run(pending, { endpoint: '' });
    el.manual.calls[2]!.finish({ kind: 'validation', status: 422, errors: [] });
    await invalid;
    expect(el.sender.failure?.kind).to.equal('validation');
    expect(stored()).to.equal(null);
    expect(el.settled).to.deep.equal(['server', 'server', 'validation']);
  });

  it('fails as a network failure without any endpoint, sending nothing', async () => {
    const outcome = await el.sender.run({ ...pending, endpoint: '' }, { endpoint: '' });
    expect(outcome).to.deep.equal({ kind: 'network', attempts: 0 });
    expect(el.manual.calls).to.have.length(0);
    expect(el.sender.status).to.equal('error');
  });

  it('aborts: back to initial, the send’s signal aborted, the inquiry kept', async () => {
    const run = el.sender.run(pending, { endpoint: '' });
    await tick();
    el.sender.abort();
    expect(el.sender.status).to.equal('initial');
    expect(el.manual.calls[0]!.options.signal!.aborted).to.equal(true);
    expect(await run).to.deep.equal({ kind: 'aborted' });
    expect(el.settled).to.deep.equal([]);
    expect(await shown(el)).to.equal('initial');
    expect(stored()).to.not.equal(null);
  });

  it('aborts a pending send when another starts, and when the host is disconnected', async () => {
    const first = el.sender.run(pending, { endpoint: '' });
    const second = el.sender.run({ ...pending, key: 'k-2' }, { endpoint: '' });
    expect(el.manual.calls[0]!.options.signal!.aborted).to.equal(true);
    expect(await first).to.deep.equal({ kind: 'aborted' });
    expect(el.sender.status).to.equal('pending');
    expect(el.sender.pending?.key).to.equal('k-2');

    el.remove();
    expect(el.manual.calls[1]!.options.signal!.aborted).to.equal(true);
    expect(await second).to.deep.equal({ kind: 'aborted' });
    expect(el.sender.status).to.equal('initial');
  });

  it('reset forgets the last outcome', async () => {
    const run = el.sender.run(pending, { endpoint: '' });
    el.manual.calls[0]!.finish({ kind: 'network', attempts: 5 });
    await run;
    el.sender.reset();
    expect(el.sender.status).to.equal('initial');
    expect(el.sender.failure).to.equal(undefined);
    expect(el.sender.pending).to.equal(undefined);
  });
});
