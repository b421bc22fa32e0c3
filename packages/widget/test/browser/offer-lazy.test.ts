// The script-tag build's way of defining <temadag-inquiry>: only when an offer's form comes
// near the viewport. This file defines the offer alone, as src/cdn.ts does.
import { expect, waitUntil } from '@open-wc/testing';
import { TemadagOffer } from '../../src/offer/offer.js';
import { setInquiryLoader } from '../../src/utilities/lazy.js';
import { DIALOG, container, exampleInput, input, mount } from './offer.fixtures.js';

let loads = 0;
setInquiryLoader(async () => {
  loads++;
  await import('../../src/cdn-inquiry.js');
});
customElements.define('temadag-offer', TemadagOffer);

describe('<temadag-offer> with a lazily defined inquiry form', () => {
  it('does not load the form while it is far below the viewport, and stops watching when removed', async () => {
    const parent = container();
    const tall = document.createElement('div');
    tall.style.height = '30000px';
    parent.append(tall);
    const el = await mount('temadag-offer', {
      catalog: await exampleInput(),
      attrs: { endpoint: '/api/inquiries' },
      parent,
    });
    const section = el.shadowRoot!.querySelector('.inquiry')!;
    // Observers get their first entries in the same update, so once ours has, the offer's has.
    await new Promise<void>((resolve) => {
      const observer = new IntersectionObserver(() => {
        observer.disconnect();
        resolve();
      });
      observer.observe(section);
    });
    expect(loads).to.equal(0);
    expect(customElements.get('temadag-inquiry')).to.equal(undefined);
    const disconnect = IntersectionObserver.prototype.disconnect;
    let disconnected = 0;
    IntersectionObserver.prototype.disconnect = function (this: IntersectionObserver) {
      disconnected++;
      return disconnect.call(this);
    };
    try {
      el.remove();
    } finally {
      IntersectionObserver.prototype.disconnect = disconnect;
    }
    // Both of the offer's observers: the inquiry form's and the price summary's.
    expect(disconnected).to.equal(2);
  });

  it('loads and defines the form when it comes near, and the form gets what the offer set before', async () => {
    const el = await mount('temadag-offer', {
      catalog: await exampleInput(),
      attrs: { endpoint: '/api/inquiries', email: 'anna@kommune.dk', 'forward-utm': '' },
    });
    await input(el, '#participants', '33');
    el.shadowRoot!.querySelector('.inquiry')!.scrollIntoView();
    await waitUntil(() => customElements.get('temadag-inquiry'), 'form not loaded', {
      timeout: 5000,
    });
    expect(loads).to.equal(1);
    const form = el.shadowRoot!.querySelector('temadag-inquiry') as HTMLElement & {
      offeringId: string;
      selection: unknown;
      endpoint: string;
      prefill: unknown;
      forwardUtm: boolean;
      locale: string;
      updateComplete: Promise<unknown>;
    };
    await form.updateComplete;
    expect(form.offeringId).to.equal(DIALOG);
    expect(form.endpoint).to.equal('/api/inquiries');
    expect(form.selection).to.deep.include({ participants: 33 });
    expect(form.prefill).to.deep.equal({ email: 'anna@kommune.dk' });
    expect(form.forwardUtm).to.equal(true);
    expect(form.locale).to.equal('da');
    expect(form.shadowRoot!.querySelector('form')).to.be.instanceOf(HTMLFormElement);
  });
});
