import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { tokens } from '../../widget/src/styles/shared.js';
import {
  offerPageHeaders,
  renderOfferPage as renderRaw,
  type OfferPageInput,
} from '../src/pages/offer-page.js';
import { OFFER_PAGE_TOKENS } from '../src/pages/offer-page.styles.js';
import { HOSTILE, STATES, bindingOffer, pageInput } from './offer-page.support.js';

/**
 * The page with its layout whitespace squeezed (runs of ASCII white space become one space,
 * none between tags), so the checks below read the markup, not the source's indentation. The
 * no-break spaces of money and percentages stay.
 */
const renderOfferPage = (input: OfferPageInput) =>
  renderRaw(input)
    .replace(/[ \t\r\n]+/g, ' ')
    .replace(/> </g, '><');

/** The opening tags of an element name in a page. */
const tags = (page: string, name: string) => page.match(new RegExp(`<${name}\\b[^>]*>`, 'g')) ?? [];
/** The one opening tag with this id. */
const byId = (page: string, id: string) => {
  const found = page.match(new RegExp(`<[a-z]+\\b[^>]*\\sid="${id}"[^>]*>`, 'g')) ?? [];
  expect(found, `one element with id ${id}`).toHaveLength(1);
  return found[0]!;
};

describe('renderOfferPage: every state', () => {
  it.each(STATES)(
    '%s: a whole Danish document with the offer, the PDF link and noindex',
    (state) => {
      const page = renderOfferPage(pageInput(state));
      expect(page.startsWith('<!doctype html>')).toBe(true);
      expect(tags(page, 'html')).toEqual(['<html lang="da">']);
      expect(page).toContain('<meta name="robots" content="noindex, nofollow" />');
      expect(page).toContain(
        '<title>Tilbud T-2027-0042-2 fra Tverskov Kommunikation &amp; Udvikling</title>',
      );
      expect(page).toContain('<h1>Tilbud T-2027-0042-2</h1>');
      expect(page).toContain('<p class="status">Bindende tilbud</p>');
      expect(page).toContain('Erstatter tilbud T-2027-0042');
      expect(page).toContain('<dt>Gyldigt til</dt><dd>31. marts 2027</dd>');
      expect(page).toContain('<a href="/o/tok_AbC-123/pdf">Hent tilbud som pdf-fil</a>');
      // The PDF's content: price lines with their explanations, VAT per rate, total, terms.
      expect(page).toContain('10 deltagere × 150,00\u00a0kr. (trin 21–40)');
      expect(page).toContain('Moms 25\u00a0%');
      expect(page).toContain('29.375,00\u00a0kr.');
      expect(page).toContain('<h3>Aflysning</h3>');
      expect(page).toContain('<h3>Prisen omfatter ikke</h3>');
      expect(page).toContain('tirsdag den 20. april 2027');
      // The provider's contact on every page.
      expect(page).toContain('<a href="mailto:kontakt@example.dk">kontakt@example.dk</a>');
      // No script of any kind, and no inline style attribute (the CSP allows neither).
      expect(page).not.toMatch(/<script/i);
      expect(page).not.toMatch(/<[a-z][^>]*\sstyle=/i);
      expect(page).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i);
    },
  );

  it('open: both forms post to the token with the CSRF field; all accept fields; no notice', () => {
    const page = renderOfferPage(pageInput('open'));
    expect(tags(page, 'form')).toEqual([
      '<form method="post" action="/o/tok_AbC-123/accept" novalidate>',
      '<form method="post" action="/o/tok_AbC-123/decline" novalidate>',
    ]);
    expect(
      page.match(/<input type="hidden" name="csrf" value="csrf-value-0123456789" \/>/g),
    ).toHaveLength(2);
    for (const name of ['name', 'title', 'authorised', 'orderReference', 'ean']) {
      expect(page).toContain(`name="${name}"`);
    }
    expect(tags(page, 'textarea')[0]).toContain('name="reason"');
    expect(byId(page, 'accept-authorised')).toContain('type="checkbox"');
    expect(page).toContain(
      'Jeg bekræfter, at jeg har ret til at forpligte Boligforeningen &lt;script&gt;',
    );
    expect(page).toContain('Tilbuddet kan accepteres til og med 31. marts 2027.');
    expect(page).toContain('<a href="#answer">');
    expect(page).not.toContain('class="notice');
    expect(page).not.toContain('role="alert"');
  });

  it("open: no EAN field when the offer's customer has an EAN", () => {
    const page = renderOfferPage(pageInput('open', { offer: bindingOffer('da', '5790000000005') }));
    expect(page).not.toContain('name="ean"');
    expect(page).toContain('<dt>EAN</dt><dd>5790000000005</dd>');
    expect(page).toContain('name="orderReference"');
  });

  it('accepted: the receipt (who, title, when in Copenhagen, number, SHA-256) and no form', () => {
    const page = renderOfferPage(pageInput('accepted'));
    expect(tags(page, 'form')).toEqual([]);
    expect(page).toContain('<h2>Tilbuddet er accepteret</h2>');
    expect(page).toContain('<dt>Accepteret af</dt><dd>Bo &lt;script&gt;');
    expect(page).toContain('<dt>Stilling</dt><dd>Afdelingsleder</dd>');
    // 13:05 UTC is 14:05 in Copenhagen in March (CET).
    expect(page).toContain('<dt>Tidspunkt</dt><dd>10. marts 2027 kl. 14.05</dd>');
    expect(page).toContain('<dt>Tilbudsnummer</dt><dd>T-2027-0042-2</dd>');
    expect(page).toContain('<dt>Ordre- eller rekvisitionsnummer</dt><dd>PO-77</dd>');
    expect(page).toContain(`<code class="hash">${'a'.repeat(64)}</code>`);
    expect(page).toContain('Har du spørgsmål, så kontakt Tverskov Kommunikation &amp; Udvikling.');
    expect(page).not.toContain('#answer');
  });

  it('declined: when, the reason, the contact, and no form', () => {
    const page = renderOfferPage(pageInput('declined'));
    expect(tags(page, 'form')).toEqual([]);
    expect(page).toContain('<h2>Tilbuddet er afvist</h2>');
    expect(page).toContain('Tilbuddet blev afvist 11. marts 2027 kl. 09.00.');
    expect(page).toContain('<dt>Begrundelse</dt><dd>For dyrt &lt;script&gt;');
    expect(page).toContain('<a href="tel:');
  });

  it('expired and superseded: said plainly, with the contact, and no form', () => {
    const expired = renderOfferPage(pageInput('expired'));
    expect(tags(expired, 'form')).toEqual([]);
    expect(expired).toContain('<h2>Tilbuddet er udløbet</h2>');
    expect(expired).toContain('Tilbuddet kunne accepteres til og med 31. marts 2027.');
    expect(expired).toContain('mailto:kontakt@example.dk');
    const superseded = renderOfferPage(pageInput('superseded'));
    expect(tags(superseded, 'form')).toEqual([]);
    expect(superseded).toContain('<h2>Tilbuddet er erstattet af et nyere</h2>');
    expect(superseded).toContain('mailto:kontakt@example.dk');
  });

  it('English: lang, the status, the PDF link and the forms in English', () => {
    const page = renderOfferPage(pageInput('open', { offer: bindingOffer('en') }));
    expect(tags(page, 'html')).toEqual(['<html lang="en">']);
    expect(page).toContain('<p class="status">Binding offer</p>');
    expect(page).toContain('>Download the offer as a PDF file</a>');
    expect(page).toContain('<dt>Valid until</dt><dd>31 March 2027</dd>');
    expect(page).toContain('Replaces offer T-2027-0042');
    expect(page).toContain('>Accept the offer</button>');
    expect(page).toContain('>Decline the offer</button>');
    expect(page).not.toContain('Tilbud');
  });
});

describe('renderOfferPage: hostile text', () => {
  it("escapes the customer's, the acceptance's and the posted text everywhere", () => {
    const pages = [
      ...STATES.map((state) => renderOfferPage(pageInput(state))),
      renderOfferPage(
        pageInput('open', {
          token: '"><script>x</script>',
          csrf: '"><b>',
          values: { name: HOSTILE, title: HOSTILE, reason: `</textarea>${HOSTILE}` },
          errors: [{ field: 'name', message: HOSTILE }],
        }),
      ),
    ];
    for (const page of pages) {
      expect(page).not.toContain('<script>');
      expect(page).not.toContain('<img');
      expect(page).not.toContain('"><b>');
      expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    }
    const last = pages.at(-1)!;
    expect(byId(last, 'accept-name')).toContain(
      'value="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &quot;&#39; &amp; Co"',
    );
    expect(last).toContain('&lt;/textarea&gt;&lt;script&gt;');
    expect(last).toContain('action="/o/%22%3E%3Cscript%3Ex%3C%2Fscript%3E/accept"');
  });
});

describe('renderOfferPage: errors (DKFDS)', () => {
  const input = pageInput('open', {
    errors: [
      { field: 'name', message: 'Indtast dit navn' },
      {
        field: 'authorised',
        message: 'Sæt flueben, hvis du har ret til at forpligte organisationen',
      },
      { field: 'csrf', message: 'Siden er for gammel. Hent siden igen, og prøv en gang til' },
    ],
    values: { title: 'Leder', authorised: 'on', orderReference: 'R-1', ean: '123' },
  });
  const page = renderOfferPage(input);

  it('a summary with its heading, links to the fields and the field-less problem as text', () => {
    expect(page).toContain('<title>Fejl: Tilbud T-2027-0042-2');
    const summary = page.slice(page.indexOf('<div class="notice error"'), page.indexOf('<h1>'));
    expect(summary).toContain('role="alert" aria-labelledby="error-summary-heading"');
    expect(summary).toContain('<h2 id="error-summary-heading">Der er problemer</h2>');
    expect(summary).toContain('<a href="#accept-name">Indtast dit navn</a>');
    expect(summary).toContain('<a href="#accept-authorised">Sæt flueben');
    expect(summary).toContain('<li>Siden er for gammel. Hent siden igen, og prøv en gang til</li>');
    expect(page.indexOf('error-summary-heading')).toBeLessThan(page.indexOf('<h1>'));
  });

  it('the fields in error are invalid and described by their message; the others keep their values', () => {
    const name = byId(page, 'accept-name');
    expect(name).toContain('aria-invalid="true"');
    expect(name).toContain('aria-describedby="accept-name-error"');
    expect(page).toMatch(
      /<span class="error-message" id="accept-name-error"\s*><span class="visually-hidden">Fejl: <\/span>Indtast dit navn<\/span/,
    );
    const authorised = byId(page, 'accept-authorised');
    expect(authorised).toContain('aria-invalid="true"');
    expect(authorised).toContain(' checked');
    const title = byId(page, 'accept-title');
    expect(title).not.toContain('aria-invalid');
    expect(title).toContain('value="Leder"');
    expect(byId(page, 'accept-order-reference')).toContain(
      'aria-describedby="accept-order-reference-hint"',
    );
    expect(byId(page, 'accept-order-reference')).toContain('value="R-1"');
    expect(byId(page, 'accept-ean')).toContain('value="123"');
  });

  it('no summary and no invalid field once the offer is no longer open', () => {
    const closed = renderOfferPage({ ...input, state: 'expired' });
    expect(closed).not.toContain('role="alert"');
    expect(closed).not.toMatch(/\saria-invalid="true"/);
    expect(closed).toContain('<title>Tilbud T-2027-0042-2');
  });

  it('an unchecked checkbox when the post had none', () => {
    expect(byId(renderOfferPage(pageInput('open')), 'accept-authorised')).not.toContain('checked');
  });
});

describe('offerPageHeaders', () => {
  it("a strict CSP whose style hash is the hash of the page's one <style>", () => {
    const headers = offerPageHeaders();
    const csp = headers['Content-Security-Policy']!;
    const page = renderRaw(pageInput('open'));
    const styles = [...page.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    expect(styles).toHaveLength(1);
    const hash = createHash('sha256').update(styles[0]!, 'utf8').digest('base64');
    expect(csp.split('; ')).toEqual([
      "default-src 'none'",
      `style-src 'sha256-${hash}'`,
      "img-src 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
      "base-uri 'none'",
    ]);
    expect(csp).not.toContain('unsafe');
    expect(headers['X-Robots-Tag']).toMatch(/\bnoindex\b/);
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    expect(headers['Cache-Control']).toBe('no-store');
  });
});

describe("the page's design tokens", () => {
  it("are the defaults of the widget's --temadag-* custom properties", () => {
    const widget = new Map(
      [...tokens.cssText.matchAll(/var\(--temadag-([a-z-]+),\s*([^)]+)\)/g)].map((m) => [
        m[1]!,
        m[2]!.trim(),
      ]),
    );
    for (const [name, value] of Object.entries(OFFER_PAGE_TOKENS)) {
      expect(widget.get(name), `--temadag-${name}`).toBe(value);
    }
  });
});
