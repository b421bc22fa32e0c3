// <temadag-offer>: the day's time span beside each format and above the agenda is the offer's
// (the PDF's Tidspunkt), and the price panel names the participant bounds when a number is out
// of them.
import { expect } from '@open-wc/testing';
import { createOffer, daySpan, formatTimeRange, type Catalog, type Locale } from '@temadag/core';
import '../../src/define.js';
import type { TemadagOffer } from '../../src/offer/offer.js';
import { $, DIALOG, click, exampleCatalog, input, mount, text } from './offer.fixtures.js';

const now = new Date('2026-11-27T10:00:00Z');

/** The span the offer (and so the PDF) gives for a design, as the widget writes it. */
function offerSpan(catalog: Catalog, format: string, modules: string[], locale: Locale = 'da') {
  const offer = createOffer(
    catalog,
    { offering: DIALOG, format, participants: 25, modules },
    { now, locale },
  );
  const span = daySpan(offer.agenda)!;
  return formatTimeRange(span.start, span.end, locale);
}

const hint = (el: TemadagOffer, format: string) => text($(el, `#format-${format}-hint`));

describe('<temadag-offer> the day’s time span', () => {
  let catalog: Catalog;
  before(async () => {
    catalog = await exampleCatalog();
  });

  it('shows beside each format the span its offer has, where the format’s length once disagreed', async () => {
    const el = await mount('temadag-offer', { catalog, attrs: { format: 'hel' } });
    // The full day's programme ends at 14.30; the format's 390 minutes would say 15.30.
    expect(offerSpan(catalog, 'hel', [])).to.equal('kl. 09.00–14.30');
    expect(hint(el, 'hel')).to.contain('kl. 09.00–14.30');
    expect(hint(el, 'hel')).not.to.contain('15.30');
    expect(hint(el, 'halv')).to.contain(offerSpan(catalog, 'halv', []));
    expect(text($(el, '.agenda-when'))).to.equal(offerSpan(catalog, 'hel', []));
  });

  it('follows the chosen modules, for the chosen format and the others', async () => {
    const el = await mount('temadag-offer', { catalog, attrs: { format: 'hel' } });
    await click(el, '#module-dialog-beboerdemokrati');
    const modules = ['dialog-beboerdemokrati'];
    expect(hint(el, 'hel')).to.contain(offerSpan(catalog, 'hel', modules));
    expect(hint(el, 'halv')).to.contain(offerSpan(catalog, 'halv', modules));
    expect(text($(el, '.agenda-when'))).to.equal(offerSpan(catalog, 'hel', modules));
    await click(el, '#format-halv');
    expect(text($(el, '.agenda-when'))).to.equal(offerSpan(catalog, 'halv', modules));
  });

  it('writes the span in English with lang="en"', async () => {
    const el = await mount('temadag-offer', { catalog, attrs: { format: 'hel', lang: 'en' } });
    expect(hint(el, 'hel')).to.contain(offerSpan(catalog, 'hel', [], 'en'));
  });
});

describe('<temadag-offer> participants outside the bounds', () => {
  let catalog: Catalog;
  before(async () => {
    catalog = await exampleCatalog();
  });

  it('names the bounds in the price panel when a number is there, and asks for one when not', async () => {
    const el = await mount('temadag-offer', { catalog });
    await input(el, '#participants', '5');
    expect(text($(el, '.price .unavailable'))).to.equal(
      'Indtast et antal mellem 8 og 80 for at se prisen.',
    );
    await input(el, '#participants', '81');
    expect(text($(el, '.price .unavailable'))).to.equal(
      'Indtast et antal mellem 8 og 80 for at se prisen.',
    );
    await input(el, '#participants', '');
    expect(text($(el, '.price .unavailable'))).to.equal('Angiv antal deltagere for at se prisen.');
  });

  it('says so in English', async () => {
    const el = await mount('temadag-offer', { catalog, attrs: { lang: 'en' } });
    await input(el, '#participants', '5');
    expect(text($(el, '.price .unavailable'))).to.equal(
      'Enter a number between 8 and 80 to see the price.',
    );
  });
});
