// <temadag-offer>: "Hent tilbud som pdf-fil".
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { TemadagPdfEvent } from '../../src/events/pdf.js';
import type { TemadagOffer } from '../../src/offer/offer.js';
import { $, click, exampleCatalog, input, mount, text } from './offer.fixtures.js';

function pdfEvent(el: TemadagOffer, cancel: boolean): Promise<TemadagPdfEvent> {
  return new Promise((resolve) =>
    el.addEventListener(
      'temadag-pdf',
      (event) => {
        if (cancel) event.preventDefault();
        resolve(event);
      },
      { once: true },
    ),
  );
}

describe('<temadag-offer> PDF download', () => {
  it('makes the offer of the chosen design as a PDF and downloads it by the documented name', async () => {
    const el = await mount('temadag-offer', {
      catalog: await exampleCatalog(),
      attrs: { organisation: 'Ærø Kommune', name: 'Åse Ørum' },
    });
    await click(el, '#format-hel');
    await input(el, '#participants', '30');
    await click(el, '#module-forsamtale');
    const clicks: HTMLAnchorElement[] = [];
    el.shadowRoot!.addEventListener(
      'click',
      (event) => {
        const target = event.target as HTMLElement;
        if (target instanceof HTMLAnchorElement && target.download) {
          event.preventDefault();
          clicks.push(target);
        }
      },
      true,
    );
    const made = pdfEvent(el, false);
    const button = $<HTMLButtonElement>(el, '[part="pdf-button"]');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(text($(el, '.pdf-status'))).to.equal('Pdf-filen laves …');
    expect(el.shadowRoot!.querySelector('progress')).to.be.instanceOf(HTMLProgressElement);
    const { detail } = await made;
    // Before an inquiry there is no offer number: the file says so, in its number field and
    // in its name (the numbered offer comes with the confirmation).
    // The day in Denmark (core's todayInDenmark), not the browser's: they differ for an hour
    // or two around midnight.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(
      new Date(),
    );
    const name = `vejledende-tilbud-${today}.pdf`;
    expect(detail.fileName).to.equal(name);
    expect(new TextDecoder().decode(detail.bytes.slice(0, 5))).to.equal('%PDF-');
    expect(detail.offer!.format.id).to.equal('hel');
    expect(detail.offer!.participants).to.equal(30);
    expect(detail.offer!.modules.map((m) => m.id)).to.include('forsamtale');
    expect(detail.offer!.customer).to.deep.equal({
      organisation: 'Ærø Kommune',
      contact: 'Åse Ørum',
    });
    expect(detail.offer!.number).to.equal('Vejledende, uden nr.');
    expect(clicks).to.have.length(1);
    expect(clicks[0]!.download).to.equal(name);
    expect(clicks[0]!.href).to.match(/^blob:/);
    const blob = await (await fetch(clicks[0]!.href)).arrayBuffer();
    expect(new TextDecoder().decode(new Uint8Array(blob).slice(0, 5))).to.equal('%PDF-');
    await el.updateComplete;
    expect(text($(el, '.pdf-status'))).to.equal('Tilbuddet er hentet som pdf-fil.');
    expect(button.getAttribute('aria-disabled')).to.equal('false');
    expect(el.shadowRoot!.querySelector('progress')).to.equal(null);
  });

  it('lets the page take the file instead: a cancelled temadag-pdf downloads nothing', async () => {
    const el = await mount('temadag-offer', {
      catalog: await exampleCatalog(),
      attrs: { lang: 'en' },
    });
    let anchors = 0;
    el.shadowRoot!.addEventListener('click', (e) => {
      if (e.target instanceof HTMLAnchorElement) anchors++;
    });
    const made = pdfEvent(el, true);
    $(el, '[part="pdf-button"]').click();
    const event = await made;
    expect(event.defaultPrevented).to.equal(true);
    expect(event.detail.fileName).to.match(/^indicative-offer-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(event.detail.offer!.number).to.equal('Indicative, no number');
    expect(event.detail.offer!.locale).to.equal('en');
    expect(anchors).to.equal(0);
  });

  it('makes the PDF in on-request mode too', async () => {
    const el = await mount('temadag-offer', {
      catalog: await exampleCatalog(),
      attrs: { participants: '70' },
    });
    const made = pdfEvent(el, true);
    $(el, '[part="pdf-button"]').click();
    const { detail } = await made;
    expect(detail.offer!.priceStatus).to.equal('on-request');
    expect(detail.offer!.total).to.equal(0);
  });

  it('shows an error and can try again when the file cannot be made', async () => {
    const catalog = await exampleCatalog();
    // A half day too short for its required modules: core refuses to make that offer.
    catalog.offerings[0]!.formats[0]!.durationMinutes = 60;
    const el = await mount('temadag-offer', { catalog });
    const warn = console.warn;
    console.warn = () => {};
    try {
      $(el, '[part="pdf-button"]').click();
      await waitUntil(() => el.shadowRoot!.querySelector('.pdf-error'), 'no error shown', {
        timeout: 8000,
      });
    } finally {
      console.warn = warn;
    }
    expect(text($(el, '.agenda .error-message'))).to.equal('Programmet er 2 t. for langt.');
    const error = $(el, '.pdf-error');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.equal(
      'Fejl: Pdf-filen kunne ikke laves. Prøv igen, eller send en henvendelse.',
    );
    expect($(el, '[part="pdf-button"]').getAttribute('aria-disabled')).to.equal('false');
  });

  it('asks for a valid number of participants first, and moves focus there', async () => {
    const el = await mount('temadag-offer', { catalog: await exampleCatalog() });
    let made = 0;
    el.addEventListener('temadag-pdf', () => made++);
    await input(el, '#participants', '2');
    $(el, '[part="pdf-button"]').click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#participants'));
    expect(text($(el, '#participants-error'))).to.contain('mellem 8 og 80');
    expect(made).to.equal(0);
  });
});
