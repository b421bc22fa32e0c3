// The script-tag build (dist/cdn/, built first): the server PDF's chunk
// (temadag-pdf-server-<hash>.js) is fetched only when the server's path can be taken, an
// endpoint with pdf="auto" or "server"; pdf="browser" and an offer without an endpoint make the
// file in the browser without it. The module stays once loaded, so the cases that must not
// fetch it run first. fetch is replaced at the edge (the request to …/api/offers/pdf only).
import { expect } from '@open-wc/testing';
import type { TemadagPdfEvent } from '../../src/events/pdf.js';
import {
  $,
  caughtPdf,
  chunksFetched,
  exampleInput,
  importCdnBuild,
  mount,
} from './offer.fixtures.js';

const serverChunk = () => chunksFetched('pdf-server');
const makerChunk = () => chunksFetched('pdf');
const realFetch = window.fetch;
let asked = 0;

before(importCdnBuild);

beforeEach(() => {
  asked = 0;
  window.fetch = async (input, init) => {
    if (!String(input).endsWith('/api/offers/pdf')) return realFetch(input, init);
    asked++;
    return new Response(new TextEncoder().encode('%PDF-1.7 server'), {
      headers: { 'Content-Type': 'application/pdf' },
    });
  };
});

afterEach(() => {
  window.fetch = realFetch;
});

async function pdfOf(attrs: Record<string, string>): Promise<TemadagPdfEvent> {
  const el = await mount('temadag-offer', { catalog: await exampleInput(), attrs });
  const made = caughtPdf(el);
  $<HTMLButtonElement>(el, '[part="pdf-button"]').click();
  return made;
}

describe('the script-tag build, the server PDF chunk', () => {
  it('pdf="browser" with an endpoint makes the file in the browser without fetching it', async () => {
    const { detail } = await pdfOf({ endpoint: '/api/inquiries', pdf: 'browser' });
    expect(detail.offer, 'made by the browser').to.not.equal(undefined);
    expect(asked).to.equal(0);
    expect(makerChunk()).to.have.length(1);
    expect(serverChunk(), 'the server chunk').to.have.length(0);
  });

  it('an offer without an endpoint does not fetch it either', async () => {
    const { detail } = await pdfOf({});
    expect(detail.offer).to.not.equal(undefined);
    expect(serverChunk(), 'the server chunk').to.have.length(0);
  });

  it('pdf="auto" with an endpoint fetches it once, and the server makes the file', async () => {
    const { detail } = await pdfOf({ endpoint: '/api/inquiries' });
    expect(new TextDecoder().decode(detail.bytes)).to.equal('%PDF-1.7 server');
    expect(asked).to.equal(1);
    expect(serverChunk()).to.have.length(1);
    // pdf="server" takes the same path with the module already there.
    await pdfOf({ endpoint: '/api/inquiries', pdf: 'server' });
    expect(asked).to.equal(1 + 1);
    expect(serverChunk()).to.have.length(1);
  });
});
