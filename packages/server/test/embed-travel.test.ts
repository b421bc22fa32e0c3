// The travel field of the embed page's plain form (no JavaScript): the widget's label, hint,
// limits and error message in Danish and English, and the distance or zone priced by core as
// the widget prices it, into the PDF the form returns.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createOffer,
  formatMoney,
  loadCatalog,
  travelRuleOf,
  type Catalog,
  type Locale,
} from '@temadag/core';
import { translations } from '../../widget/src/translations/index.js';
import { travelRuleText } from '../../widget/src/offer/price-words.js';
import { createApp } from '../src/app.js';
import { serverMessages } from '../src/messages/index.js';
import { flat, pdfText } from './e2e.support.js';
import { OFFERING, TOKEN, catalog, catalogPath, sqlitePerTest } from './helpers.js';

const LOCALES = ['da', 'en'] as const;
const NOW = new Date('2026-11-27T10:00:00Z');

/** The example catalog with the offering's travel priced by zone instead of per km. */
function zoneCatalog(): Catalog {
  const json = JSON.parse(readFileSync(catalogPath, 'utf8')) as {
    offerings: { id: string; priceRules: { id: string; kind: string }[] }[];
  };
  const offering = json.offerings.find((o) => o.id === OFFERING)!;
  offering.priceRules = offering.priceRules.map((r) =>
    r.kind === 'travel'
      ? {
          id: r.id,
          kind: 'travel',
          label: { da: 'Kørsel', en: 'Travel' },
          zones: [
            { id: 'kbh', label: { da: 'Storkøbenhavn', en: 'Greater Copenhagen' }, amount: 50_000 },
            { id: 'sjaelland', label: { da: 'Sjælland', en: 'Zealand' }, amount: 90_000 },
          ],
        }
      : r,
  );
  return loadCatalog(json);
}

const db = sqlitePerTest('temadag-embed-travel-');

const app = (c: Catalog = catalog) =>
  createApp({
    catalog: c,
    storage: db.storage,
    adminToken: TOKEN,
    channels: [],
    widgetDir: null,
    rateLimit: { inquiries: 1000, pdf: 1000 },
    log: () => {},
    now: () => NOW,
  });

/** The embed page's form, its white space as the page writes it. */
async function formOf(a: ReturnType<typeof app>, locale: Locale): Promise<string> {
  const html = await (await a.request(`/embed/${OFFERING}?lang=${locale}`)).text();
  return /<form method="post" action="\/api\/offers\/pdf">([\s\S]*?)<\/form>/.exec(html)![1]!;
}

/** The form's fields for a whole day for 30, with `more`. */
const day = (more: Record<string, string>) => ({
  offering: OFFERING,
  format: 'hel',
  participants: '30',
  ...more,
});

function postForm(a: ReturnType<typeof app>, fields: Record<string, string>) {
  return Promise.resolve(
    a.request('/api/offers/pdf', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    }),
  );
}

/** The text of a PDF response, by pdftotext. */
async function textOf(res: Response): Promise<string> {
  const file = join(db.dir, 'offer.pdf');
  writeFileSync(file, new Uint8Array(await res.arrayBuffer()));
  return pdfText(file);
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

describe("the travel field's words", () => {
  it.each(LOCALES)("are the widget's, in %s", (locale) => {
    const m = serverMessages[locale].page.travel;
    const w = translations[locale];
    expect(m.kmLabel('Vejle')).toBe(w.travelKmLabel('Vejle'));
    expect(m.zoneLabel).toBe(w.travelZoneLabel);
    expect(m.zoneUnknown).toBe(w.travelZoneUnknown);
    expect(m.hint('3,80 kr. pr. km')).toBe(w.travelHint('3,80 kr. pr. km'));
    for (const [roundTrip, included] of [
      [true, '0'],
      [false, '20'],
    ] as const) {
      expect(m.kmRule('3,80 kr.', roundTrip, included)).toBe(
        w.travelKmRule('3,80 kr.', roundTrip, included),
      );
    }
    expect(m.zoneRule('A 1 kr.')).toBe(w.travelZoneRule('A 1 kr.'));
    expect(m.kmInvalid).toBe(w.travelKmInvalid);
    expect(m.optional).toBe(w.optional);
  });
});

describe('the embed page without JavaScript: distance', () => {
  it.each(LOCALES)(
    "asks the distance with the widget's label, hint and limits, in %s",
    async (locale) => {
      const form = await formOf(app(), locale);
      const w = translations[locale];
      const rule = travelRuleOf(catalog.offerings.find((o) => o.id === OFFERING)!)!;
      const label = w.travelKmLabel(catalog.provider.address.city);
      const hint = w.travelHint(travelRuleText({ t: w, locale, currency: catalog.currency }, rule));
      expect(form).toContain(
        `<label for="temadag-travel-km">${escape(label)} <span class="temadag-optional">${w.optional}</span></label>`,
      );
      expect(form).toContain(
        `<span class="temadag-hint" id="temadag-travel-hint">${escape(hint)}</span>`,
      );
      expect(form).toContain(
        '<input id="temadag-travel-km" name="km" type="number" inputmode="numeric" min="0" max="10000" step="1" aria-describedby="temadag-travel-hint">',
      );
      // After the participants, before the button.
      expect(form.indexOf('name="participants"')).toBeLessThan(form.indexOf('name="km"'));
      expect(form.indexOf('name="km"')).toBeLessThan(form.indexOf('<button'));
    },
  );

  it('prices the distance into the PDF as core prices it for the widget', async () => {
    const res = await postForm(app(), day({ km: ' 120 ', lang: 'da' }));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const expected = createOffer(
      catalog,
      { offering: OFFERING, format: 'hel', participants: 30, travel: { km: 120 } },
      { now: NOW, locale: 'da', sequence: 0 },
    );
    const travel = expected.lines.find((l) => l.kind === 'travel')!;
    expect(travel.quantity).toBe(240);
    const text = await textOf(res);
    expect(text).toContain(flat(travel.description));
    expect(text).toContain(flat(travel.explanation));
    expect(text).toContain(flat(formatMoney(travel.amount, 'da', { currency: 'DKK' })));
    expect(text).toContain(flat(formatMoney(expected.total, 'da', { currency: 'DKK' })));
  });

  it('leaves travel out when the field is empty, as the widget does', async () => {
    const res = await postForm(app(), day({ km: '' }));
    expect(res.status).toBe(200);
    const text = await textOf(res);
    // The travel line's description, as core writes it for a distance.
    const withTravel = createOffer(
      catalog,
      { offering: OFFERING, format: 'hel', participants: 30, travel: { km: 10 } },
      { now: NOW, locale: 'da', sequence: 0 },
    );
    const travel = withTravel.lines.find((l) => l.kind === 'travel')!;
    expect(text).not.toContain(flat(travel.description));
  });

  for (const [locale, message] of [
    ['da', 'Angiv afstanden som et helt antal km'],
    ['en', 'Enter the distance as a whole number of km'],
  ] as const) {
    it(`refuses a distance that is not a whole number from 0 to 10,000 km, in ${locale}`, async () => {
      for (const km of ['12,5', 'langt', '-3', '10001', '99999999999']) {
        const res = await postForm(app(), day({ km, lang: locale }));
        expect(res.status, km).toBe(422);
        expect(res.headers.get('content-type')).toMatch(/^text\/html/);
        const html = await res.text();
        expect(html).toContain(`<li>${message}</li>`);
        expect(html).toContain(`<html lang="${locale}">`);
      }
      const ok = await postForm(app(), day({ km: '10000', lang: locale }));
      expect(ok.status).toBe(200);
    });
  }

  it('lists a bad distance together with the selection’s other problems', async () => {
    const res = await postForm(app(), {
      offering: OFFERING,
      format: 'hel',
      participants: '2',
      km: 'x',
    });
    expect(res.status).toBe(422);
    const items = [...(await res.text()).matchAll(/<li>([^<]*)<\/li>/g)].map((m) => m[1]);
    expect(items[0]).toBe('Angiv afstanden som et helt antal km');
    expect(items.length).toBeGreaterThan(1);
  });
});

describe('the embed page without JavaScript: zone', () => {
  it.each(LOCALES)("offers the rule's zones, none chosen, in %s", async (locale) => {
    const zones = zoneCatalog();
    const form = await formOf(app(zones), locale);
    const w = translations[locale];
    const rule = travelRuleOf(zones.offerings.find((o) => o.id === OFFERING)!)!;
    const hint = w.travelHint(travelRuleText({ t: w, locale, currency: zones.currency }, rule));
    expect(form).not.toContain('name="km"');
    expect(form).toContain(
      `<label for="temadag-travel-zone">${w.travelZoneLabel} <span class="temadag-optional">${w.optional}</span></label>`,
    );
    expect(form).toContain(escape(hint));
    const select = /<select id="temadag-travel-zone"[^>]*>([\s\S]*?)<\/select>/.exec(form)![1]!;
    expect([...select.matchAll(/<option value="([^"]*)"/g)].map((m) => m[1])).toEqual([
      '',
      'kbh',
      'sjaelland',
    ]);
    expect(select).toContain(`<option value="" selected>${w.travelZoneUnknown}</option>`);
  });

  it('prices the chosen zone into the PDF', async () => {
    const zones = zoneCatalog();
    const res = await postForm(app(zones), day({ zone: 'sjaelland' }));
    expect(res.status).toBe(200);
    const text = await textOf(res);
    expect(text).toContain('Sjælland');
    expect(text).toContain(flat(formatMoney(90_000, 'da', { currency: 'DKK' })));
  });

  it('says which zone is unknown', async () => {
    const res = await postForm(app(zoneCatalog()), day({ zone: 'fyn' }));
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('fyn');
  });
});

describe('an offering without a travel rule', () => {
  it('has no travel field', async () => {
    const json = JSON.parse(readFileSync(catalogPath, 'utf8')) as {
      offerings: { id: string; priceRules: { kind: string }[] }[];
    };
    const offering = json.offerings.find((o) => o.id === OFFERING)!;
    offering.priceRules = offering.priceRules.filter((r) => r.kind !== 'travel');
    const form = await formOf(app(loadCatalog(json)), 'da');
    expect(form).not.toContain('temadag-travel');
  });
});
