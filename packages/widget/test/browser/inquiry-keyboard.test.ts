// <temadag-inquiry> with real key presses only: the tab order, the error summary and sending.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { TemadagSuccessEvent } from '../../src/events/success.js';
import type { TemadagInquiry } from '../../src/inquiry/inquiry.js';
import {
  activeInShadow,
  catalog,
  created,
  ENDPOINT,
  part,
  selectionFor,
  sendKeys,
  stubEndpoint,
  text,
} from './inquiry.fixtures.js';

beforeEach(() => sessionStorage.clear());

/** What has focus, as a short name: a field id, `send`, `privacy-link`, `summary`, ... */
function focused(el: TemadagInquiry): string {
  const active = activeInShadow(el);
  if (!active) return document.activeElement?.id ?? '';
  if (active.matches('button[type=submit]')) return 'send';
  if (active.matches('.privacy a')) return 'privacy-link';
  if (active.matches('.error-summary')) return 'summary';
  if (active.matches('.error-summary a')) return `link:${active.getAttribute('href')}`;
  if (active.matches('.success')) return 'success';
  return active.id;
}

describe('<temadag-inquiry> by keyboard alone', () => {
  it('tabs in visual order, leads from the summary to the field, and sends', async () => {
    const stub = stubEndpoint(created('H-2026-0050'));
    const wrapper = await fixture<HTMLDivElement>(html`
      <div>
        <button id="before">Før formularen</button>
        <temadag-inquiry
          .catalog=${catalog}
          .offeringId=${'dialog'}
          .selection=${selectionFor('dialog')}
          .endpoint=${ENDPOINT}
          .fetch=${stub.fetch}
        ></temadag-inquiry>
      </div>
    `);
    const el = wrapper.querySelector('temadag-inquiry')!;
    await el.updateComplete;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();

    const order: string[] = [];
    for (let i = 0; i < 60 && order.at(-1) !== 'send'; i += 1) {
      await sendKeys({ press: 'Tab' });
      const now = focused(el);
      // A date field takes one Tab per part (day, month, year): count it once.
      if (now !== order.at(-1)) order.push(now);
    }
    expect(order).to.deep.equal([
      'f-name',
      'f-email',
      'f-organisation',
      'f-role',
      'f-phone',
      'f-date',
      'f-place',
      'f-message',
      'f-ean',
      'f-cvr',
      'f-reference',
      'privacy-link',
      'send',
    ]);

    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused(el)).to.equal('summary');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal('link:#f-name');
    await sendKeys({ press: 'Enter' });
    expect(focused(el)).to.equal('f-name');

    await sendKeys({ type: 'Anna Jensen' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'anna@kommune.dk' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Eksempel Kommune' });
    const done = oneEvent(el, 'temadag-success') as Promise<TemadagSuccessEvent>;
    await sendKeys({ press: 'Enter' });
    await done;

    expect(stub.requests).to.have.length(1);
    expect(stub.requests[0]!.body.contact).to.deep.equal({
      name: 'Anna Jensen',
      email: 'anna@kommune.dk',
      organisation: 'Eksempel Kommune',
    });
    expect(focused(el)).to.equal('success');
    expect(text(part(el, '.success'))).to.contain('Referencenummer: H-2026-0050');
  });
});
