// <temadag-inquiry>: after sending, one number: the confirmation offers the offer PDF with the
// server's reference and says when to expect an answer.
import { expect, oneEvent } from '@open-wc/testing';
import { createOffer, type Catalog, type Offer } from '@temadag/core';
import type { TemadagPdfEvent } from '../../src/events/pdf.js';
import type { TemadagSuccessEvent } from '../../src/events/success.js';
import type { TemadagInquiry } from '../../src/inquiry/inquiry.js';
import {
  catalog,
  created,
  fillValid,
  mount,
  part,
  selectionFor,
  send,
  stubEndpoint,
  text,
} from './inquiry.fixtures.js';
import { caughtPdf } from './offer.fixtures.js';

beforeEach(() => sessionStorage.clear());

/** The fixture catalog with an answer time, as `provider.responseTime` gives it. */
const withResponseTime: Catalog = {
  ...catalog,
  provider: {
    ...catalog.provider,
    responseTime: { da: 'inden for 2 hverdage', en: 'within 2 working days' },
  },
};

/** The server's answer: its offer numbered with the reference. */
function answer(reference: string, offer?: Offer) {
  return new Response(JSON.stringify({ id: 'id-1', reference, ...(offer ? { offer } : {}) }), {
    status: 201,
    headers: { 'Content-Type': 'application/json' },
  });
}

/** Clicks the confirmation's PDF button and catches the file (cancelled: no download). */
async function successPdf(el: TemadagInquiry): Promise<TemadagPdfEvent> {
  const made = caughtPdf(el);
  part<HTMLButtonElement>(el, '.success-pdf button').click();
  return made;
}

async function sent(el: TemadagInquiry) {
  const done = oneEvent(el, 'temadag-success') as Promise<TemadagSuccessEvent>;
  await fillValid(el);
  await send(el);
  await done;
  await el.updateComplete;
}

describe('<temadag-inquiry> one number', () => {
  it('offers the server’s offer as a PDF under the reference, and says when to expect an answer', async () => {
    const offer = createOffer(catalog, selectionFor('dialog'), {
      now: new Date('2026-12-04T10:00:00Z'),
      sequence: 7,
      customer: { organisation: 'Eksempel Kommune', contact: 'Anna Jensen' },
    });
    expect(offer.number).to.equal('T-2026-0007');
    const stub = stubEndpoint(answer('T-2026-0007', offer));
    const el = await mount({ fetch: stub.fetch });
    el.catalog = withResponseTime;
    await sent(el);
    const success = part(el, '.success');
    expect(text(success)).to.contain('Referencenummer: T-2026-0007');
    expect(text(success)).to.contain('Du kan forvente svar inden for 2 hverdage.');
    const button = part(el, '.success-pdf button');
    expect(text(button)).to.equal('Hent tilbud T-2026-0007 som pdf-fil');
    const { detail } = await successPdf(el);
    expect(detail.fileName).to.equal('tilbud-T-2026-0007.pdf');
    expect(detail.offer).to.deep.equal(JSON.parse(JSON.stringify(offer)));
    expect(new TextDecoder().decode(detail.bytes.slice(0, 5))).to.equal('%PDF-');
    await expect(el).to.be.accessible();
  });

  it('makes the offer here with the reference as its number when the server sends none', async () => {
    const stub = stubEndpoint(created('T-2026-0042'));
    const el = await mount({ fetch: stub.fetch, locale: 'en' });
    await sent(el);
    // Without provider.responseTime the sentence is left out.
    expect(text(part(el, '.success'))).not.to.contain('expect an answer');
    const { detail } = await successPdf(el);
    expect(detail.offer!.number).to.equal('T-2026-0042');
    expect(detail.fileName).to.equal('offer-T-2026-0042.pdf');
    const request = stub.requests[0]!.body;
    expect(detail.offer!.participants).to.equal(request.participants);
    expect(detail.offer!.customer.organisation).to.equal('Eksempel Kommune');
    expect(detail.offer!.customer.contact).to.equal('Anna Jensen');
    // The same design as was sent.
    expect(detail.offer!.format.id).to.equal(request.format);
  });
});
