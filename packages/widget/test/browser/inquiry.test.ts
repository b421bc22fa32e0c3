// <temadag-inquiry>: what the visitor sees, and the DKFDS error pattern.
import { expect, oneEvent } from '@open-wc/testing';
import type { TemadagErrorEvent } from '../../src/events/error.js';
import {
  activeInShadow,
  created,
  fillValid,
  field,
  mount,
  part,
  send,
  stubEndpoint,
  text,
  type,
} from './inquiry.fixtures.js';

beforeEach(() => sessionStorage.clear());

describe('<temadag-inquiry> form', () => {
  it('labels every field, marks the optional ones and groups them with legends', async () => {
    const el = await mount();
    const label = (name: string) => text(part(el, `label[for=f-${name}]`));
    expect(text(part(el, 'h3'))).to.equal('Send henvendelse');
    expect(label('name')).to.equal('Navn');
    expect(label('email')).to.equal('E-mailadresse');
    expect(label('organisation')).to.equal('Organisation');
    expect(label('role')).to.equal('Stilling (frivilligt)');
    expect(label('phone')).to.equal('Telefonnummer (frivilligt)');
    expect(label('date')).to.equal('Ønsket dato (frivilligt)');
    expect(label('place')).to.equal('Sted (frivilligt)');
    expect(label('message')).to.equal('Ønsker og behov (frivilligt)');
    expect(field(el, 'date').getAttribute('type')).to.equal('date');
    expect(field(el, 'email').getAttribute('type')).to.equal('email');
    expect(field(el, 'phone').getAttribute('type')).to.equal('tel');
    expect(text(part(el, '#f-phone-hint'))).to.match(/Vi ringer kun/);
    expect(text(part(el, '#f-message-hint'))).to.equal(
      'Skriv ikke personoplysninger om beboere eller borgere.',
    );
    const legends = [...el.shadowRoot!.querySelectorAll('legend')].map(text);
    expect(legends).to.deep.equal([
      'Dine kontaktoplysninger',
      'Temadagen',
      'Fakturering (frivilligt)',
    ]);
    const invoicing = part(el, 'fieldset:nth-of-type(3)');
    for (const name of ['ean', 'cvr', 'reference']) {
      expect(invoicing.contains(field(el, name))).to.equal(true);
    }
    expect(el.shadowRoot!.querySelector('[autofocus]')).to.equal(null);
    expect(part(el, '.root').getAttribute('lang')).to.equal('da');
  });

  it('counts the characters of the message', async () => {
    const el = await mount();
    expect(text(part(el, '.count'))).to.equal('Du har 2.000 tegn tilbage');
    await type(el, 'message', 'Hej', false);
    expect(text(part(el, '.count'))).to.equal('Du har 1.997 tegn tilbage');
    await type(el, 'message', 'x'.repeat(2001), false);
    expect(text(part(el, '.count'))).to.equal('Du har 1 tegn for meget');
    expect(field(el, 'message').getAttribute('aria-describedby')).to.contain('f-message-limit');
  });

  it('has a honeypot that people and keyboards never reach', async () => {
    const el = await mount();
    const honeypot = field(el, 'website');
    expect(honeypot.getAttribute('tabindex')).to.equal('-1');
    expect(honeypot.getAttribute('autocomplete')).to.equal('off');
    expect(honeypot.closest('[aria-hidden="true"]')).not.to.equal(null);
    const box = honeypot.getBoundingClientRect();
    expect(box.right <= 0 || box.width <= 1).to.equal(true);
  });

  it('states the privacy terms, links the provider’s notice and says it is not binding', async () => {
    const el = await mount();
    const privacy = text(part(el, '.privacy'));
    expect(privacy).to.contain('Tverskov Kommunikation & Udvikling er dataansvarlig');
    expect(privacy).to.contain('artikel 6, stk. 1, litra b');
    expect(privacy).to.contain('slettes');
    // The rights that apply under art. 6(1)(b); no right to object.
    expect(privacy).to.contain('se dine oplysninger, få dem rettet eller slettet');
    expect(privacy).to.contain('dataportabilitet');
    expect(privacy).not.to.contain('indsigelse');
    expect(privacy).to.contain('Datatilsynet');
    const link = part<HTMLAnchorElement>(el, '.privacy a');
    expect(link.href).to.equal('https://www.example.dk/privatlivspolitik');
    expect(text(el.shadowRoot!.querySelector('form'))).to.contain(
      'En henvendelse er ikke bindende.',
    );
    el.retentionMonths = 6;
    await el.updateComplete;
    expect(text(part(el, '.privacy'))).to.contain('senest 6 måneder efter henvendelsen');
  });

  it('speaks English when asked, also through the nearest lang attribute', async () => {
    const el = await mount({ locale: 'en' });
    expect(part(el, '.root').getAttribute('lang')).to.equal('en');
    expect(text(part(el, 'h3'))).to.equal('Send an inquiry');
    expect(text(part(el, 'label[for=f-role]'))).to.equal('Job title (optional)');
    await send(el);
    expect(text(part(el, '.error-summary h4'))).to.equal('There is a problem');
    expect(text(part(el, '#f-email-error'))).to.equal('Error: Enter your email address');

    const wrapper = document.createElement('div');
    wrapper.lang = 'en-GB';
    const other = document.createElement('temadag-inquiry');
    wrapper.append(other);
    document.body.append(wrapper);
    await other.updateComplete;
    expect(text(part(other, 'h3'))).to.equal('Send an inquiry');
    wrapper.remove();
  });

  it('takes prefilled contact fields, without overriding what the visitor typed', async () => {
    const el = await mount({ prefill: { name: 'Anna Jensen', email: 'anna@kommune.dk' } });
    expect(field(el, 'name').value).to.equal('Anna Jensen');
    expect(field(el, 'email').value).to.equal('anna@kommune.dk');
    await type(el, 'name', 'Bo Hansen');
    el.prefill = { name: 'Someone Else', organisation: 'Eksempel Kommune' };
    await el.updateComplete;
    expect(field(el, 'name').value).to.equal('Bo Hansen');
    expect(field(el, 'organisation').value).to.equal('Eksempel Kommune');
  });

  it('takes the preferred date from the selection, or leaves its date field out', async () => {
    const el = await mount();
    el.selection = { ...el.selection!, date: '2027-03-15' };
    await el.updateComplete;
    expect(field(el, 'date').value).to.equal('2027-03-15');
    el.hideDate = true;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#f-date')).to.equal(null);
  });
});

describe('<temadag-inquiry> errors (DKFDS)', () => {
  it('shows no error for a field the visitor only passes through', async () => {
    const el = await mount();
    field(el, 'email').focus();
    field(el, 'email').blur();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.error-message')).to.equal(null);
    expect(field(el, 'email').getAttribute('aria-invalid')).to.equal('false');
  });

  it('shows the error after the visitor leaves a field with an invalid value', async () => {
    const el = await mount();
    await type(el, 'email', 'anna.kommune.dk', false);
    expect(el.shadowRoot!.querySelector('#f-email-error')).to.equal(null);
    field(el, 'email').blur();
    await el.updateComplete;
    const error = part(el, '#f-email-error');
    expect(text(error)).to.equal('Fejl: E-mailadressen skal indeholde @, fx navn@kommune.dk');
    expect(text(error.querySelector('.visually-hidden'))).to.equal('Fejl:');
    const input = field(el, 'email');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal('f-email-hint f-email-error');
    // Between the label (and its hint) and the field.
    const group = input.parentElement!;
    const order = [...group.children].map((child) => child.id || child.tagName.toLowerCase());
    expect(order).to.deep.equal(['label', 'f-email-hint', 'f-email-error', 'f-email']);
    expect(group.classList.contains('field--error')).to.equal(true);

    await type(el, 'email', 'anna@kommune.dk');
    expect(el.shadowRoot!.querySelector('#f-email-error')).to.equal(null);
    expect(input.getAttribute('aria-invalid')).to.equal('false');
  });

  it('words the messages as denmark.md asks', async () => {
    const el = await mount();
    await send(el);
    const message = (name: string) => text(part(el, `#f-${name}-error`)).replace(/^Fejl: /, '');
    expect(message('email')).to.equal('Indtast din e-mailadresse');
    expect(message('name')).to.equal('Indtast dit navn');
    await type(el, 'email', 'anna.kommune.dk');
    expect(message('email')).to.equal('E-mailadressen skal indeholde @, fx navn@kommune.dk');
    await type(el, 'phone', '1234');
    expect(message('phone')).to.equal(
      'Indtast et dansk telefonnummer, fx 12345678 eller +45 12 34 56 78',
    );
    const all = text(el.shadowRoot!.querySelector('.root'));
    for (const banned of ['Udfyld feltet', 'Dette felt er påkrævet', 'En fejl opstod']) {
      expect(all).not.to.contain(banned);
    }
  });

  it('on a failed send: a focused summary "Der er problemer", links like the messages', async () => {
    const stub = stubEndpoint(created());
    const el = await mount({ fetch: stub.fetch });
    await type(el, 'name', 'Anna Jensen');
    await type(el, 'phone', '12');
    const failed = oneEvent(el, 'temadag-error') as Promise<TemadagErrorEvent>;
    await send(el);
    expect((await failed).detail).to.deep.equal({ kind: 'validation' });
    expect(stub.requests).to.have.length(0);
    const summary = part(el, '.error-summary');
    expect(activeInShadow(el)).to.equal(summary);
    expect(text(summary.querySelector('h4'))).to.equal('Der er problemer');
    // A region named by its heading, as DKFDS exposes the summary.
    expect(summary.getAttribute('role')).to.equal('region');
    const name = el.shadowRoot!.getElementById(summary.getAttribute('aria-labelledby')!);
    expect(name).to.equal(summary.querySelector('h4'));
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      '#f-email',
      '#f-organisation',
      '#f-phone',
    ]);
    for (const link of links) {
      const name = link.getAttribute('href')!.slice(3);
      const inline = part(el, `#f-${name}-error`);
      expect(text(link)).to.equal(text(inline).replace(/^Fejl: /, ''));
    }
    expect(summary.compareDocumentPosition(part(el, 'form'))).to.equal(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
  });

  it('moves focus to the field when a summary link is followed', async () => {
    const el = await mount();
    await send(el);
    const link = part<HTMLAnchorElement>(el, '.error-summary a[href="#f-organisation"]');
    const hash = location.hash;
    link.click();
    expect(activeInShadow(el)).to.equal(field(el, 'organisation'));
    expect(location.hash).to.equal(hash);
  });

  it('lists problems outside the form (no design chosen) as text', async () => {
    const el = await mount();
    el.selection = undefined;
    await el.updateComplete;
    await fillValid(el);
    await send(el);
    const items = [...part(el, '.error-summary').querySelectorAll('li')];
    expect(items.map(text)).to.deep.equal([
      'Vælg halv eller hel temadag',
      'Indtast det forventede antal deltagere',
    ]);
    expect(items.every((item) => item.querySelector('a') === null)).to.equal(true);
  });

  it('checks the invoicing numbers', async () => {
    const el = await mount();
    await type(el, 'ean', '123');
    await type(el, 'cvr', '12345678');
    expect(text(part(el, '#f-ean-error'))).to.equal(
      'Fejl: EAN-nummeret skal være 13 cifre, fx 5790000000005',
    );
    expect(text(part(el, '#f-cvr-error'))).to.equal(
      'Fejl: CVR-nummeret er ikke gyldigt. Tjek, at alle 8 cifre er skrevet rigtigt',
    );
  });

  it('draws the DKFDS focus ring: 3px solid #454545, offset 1px', async () => {
    const el = await mount();
    await send(el);
    const style = getComputedStyle(part(el, '.error-summary'));
    expect(style.outlineStyle).to.equal('solid');
    expect(style.outlineWidth).to.equal('3px');
    expect(style.outlineColor).to.equal('rgb(69, 69, 69)');
    expect(style.outlineOffset).to.equal('1px');
  });
});

describe('<temadag-inquiry> accessibility (axe)', () => {
  it('passes in the default state', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
  });

  it('passes in the error state', async () => {
    const el = await mount();
    await type(el, 'email', 'x');
    await send(el);
    expect(el.shadowRoot!.querySelectorAll('.error-message').length).to.be.greaterThan(1);
    await expect(el).to.be.accessible();
  });

  it('passes in English', async () => {
    const el = await mount({ locale: 'en' });
    await expect(el).to.be.accessible();
  });
});
