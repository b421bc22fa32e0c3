// <temadag-offer> with an endpoint: the server makes the PDF; the browser when it cannot.
// fetch is replaced at the edge (the request to …/api/offers/pdf only).
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { TemadagPdfEvent } from '../../src/events/pdf.js';
import type { TemadagOffer } from '../../src/offer/offer.js';
import { $, caughtPdf, exampleCatalog, mount, text } from './offer.fixtures.js';

const PDF = new TextEncoder().encode('%PDF-1.7 server');
const realFetch = window.fetch;
let asked: { url: string; body: Record<string, unknown> }[] = [];

function serve(answer: () => Response | Promise<Response>) {
  asked = [];
  window.fetch = async (input, init) => {
    const url = String(input);
    if (!url.endsWith('/api/offers/pdf')) return realFetch(input, init);
    asked.push({ url, body: JSON.parse(String(init?.body)) as Record<string, unknown> });
    return answer();
  };
}

/** Clicks the PDF button and catches the file (cancelled: no download). */
async function pdfOf(el: TemadagOffer): Promise<TemadagPdfEvent> {
  const made = caughtPdf(el);
  $<HTMLButtonElement>(el, '[part="pdf-button"]').click();
  return made;
}

describe('<temadag-offer> PDF from the server', () => {
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('posts the design, customer, number and shown price beside the endpoint, and takes the file', async () => {
    serve(() => new Response(PDF, { headers: { 'Content-Type': 'application/pdf' } }));
    const el = await mount('temadag-offer', {
      catalog: await exampleCatalog(),
      attrs: { endpoint: 'https://tilbud.example.dk/api/inquiries', organisation: 'Ærø Kommune' },
    });
    const { detail } = await pdfOf(el);
    expect(new TextDecoder().decode(detail.bytes)).to.equal('%PDF-1.7 server');
    expect(detail.offer).to.equal(undefined);
    expect(detail.fileName).to.match(/^vejledende-tilbud-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(asked).to.have.length(1);
    expect(asked[0]!.url).to.equal('https://tilbud.example.dk/api/offers/pdf');
    const body = asked[0]!.body;
    expect(body.lang).to.equal('da');
    expect(body.number).to.equal('Vejledende, uden nr.');
    expect(body.customer).to.deep.equal({ organisation: 'Ærø Kommune' });
    expect((body.expect as { total: number }).total).to.equal(el.price!.total);
  });

  for (const [why, answer] of [
    ['a 409 (the server prices it otherwise)', () => new Response('{}', { status: 409 })],
    ['a 503', () => new Response('{}', { status: 503 })],
    ['a network error', () => Promise.reject(new TypeError('Failed to fetch'))],
  ] as const) {
    it(`makes the file in the browser after ${why}`, async () => {
      serve(answer);
      const el = await mount('temadag-offer', {
        catalog: await exampleCatalog(),
        attrs: { endpoint: '/api/inquiries' },
      });
      const { detail } = await pdfOf(el);
      expect(asked).to.have.length(1);
      expect(new TextDecoder().decode(detail.bytes.slice(0, 5))).to.equal('%PDF-');
      expect(detail.offer!.number).to.equal('Vejledende, uden nr.');
    });
  }

  it('fails, without a browser render, when the server calls the design wrong (422)', async () => {
    serve(() => new Response('{"errors":[{"path":"format","message":"x"}]}', { status: 422 }));
    const el = await mount('temadag-offer', {
      catalog: await exampleCatalog(),
      attrs: { endpoint: '/api/inquiries' },
    });
    let made = false;
    el.addEventListener('temadag-pdf', () => (made = true));
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      $<HTMLButtonElement>(el, '[part="pdf-button"]').click();
      // The failure is the alert below the button, as for a browser render that fails; the
      // status line (role=status) is for "working" and "done" only.
      await waitUntil(() => el.shadowRoot!.querySelector('.pdf-error'), 'no error shown', {
        timeout: 8000,
      });
    } finally {
      console.warn = warn;
    }
    const error = $(el, '.pdf-error');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.equal(
      'Fejl: Pdf-filen kunne ikke laves. Prøv igen, eller send en henvendelse.',
    );
    expect(text($(el, '.pdf-status'))).to.equal('');
    expect($(el, '[part="pdf-button"]').getAttribute('aria-disabled')).to.equal('false');
    expect(made).to.equal(false);
    expect(asked).to.have.length(1);
    // The console names the server's problem (path: message).
    expect(String(warnings.flat().map(String))).to.contain('format: x');
  });

  it('never asks the server with pdf="browser"', async () => {
    serve(() => new Response(PDF, { headers: { 'Content-Type': 'application/pdf' } }));
    const el = await mount('temadag-offer', {
      catalog: await exampleCatalog(),
      attrs: { endpoint: '/api/inquiries', pdf: 'browser' },
    });
    const { detail } = await pdfOf(el);
    expect(asked).to.have.length(0);
    expect(detail.offer).to.not.equal(undefined);
  });
});
