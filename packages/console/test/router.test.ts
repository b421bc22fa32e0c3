// The console's pure parts in Node: routes, the inbox query, the embed code and CSP.
import { describe, expect, it } from 'vitest';
import { inboxSearch } from '../src/api/client.js';
import { cspDirectives, embedSnippet } from '../src/embed/snippet.js';
import {
  inboxPath,
  inquiryPath,
  isConsolePage,
  offerEditorPath,
  parseRoute,
} from '../src/router.js';

const at = (path: string) => new URL(`https://tilbud.example.dk${path}`);

describe('parseRoute', () => {
  it('reads every page path and the inbox filter', () => {
    expect(parseRoute(at('/admin/'))).toEqual({
      page: 'inbox',
      query: { status: undefined, offering: undefined, q: undefined, page: 1 },
    });
    expect(parseRoute(at('/admin/?status=aftalt&q=Aarhus&page=3'))).toMatchObject({
      page: 'inbox',
      query: { status: 'aftalt', q: 'Aarhus', page: 3 },
    });
    expect(parseRoute(at('/admin/?status=nonsense&page=-2'))).toMatchObject({
      query: { status: undefined, page: 1 },
    });
    expect(parseRoute(at('/admin/login'))).toEqual({ page: 'login' });
    expect(parseRoute(at('/admin/catalog/'))).toEqual({ page: 'catalog' });
    expect(parseRoute(at('/admin/inquiries/a%20b'))).toEqual({ page: 'inquiry', id: 'a b' });
    expect(parseRoute(at('/admin/inquiries/a%20b/offer'))).toEqual({
      page: 'offer-editor',
      id: 'a b',
    });
    expect(parseRoute(at('/admin/inquiries/a/offer/x')).page).toBe('not-found');
    expect(parseRoute(at('/admin/embed?offering=x')).page).toBe('embed');
    expect(parseRoute(at('/admin/nowhere')).page).toBe('not-found');
  });

  it('writes paths the router reads back', () => {
    const path = inboxPath({ status: 'ny', offering: 'dialog', q: ' Odense ', page: 2 });
    expect(path).toBe('/admin/?status=ny&offering=dialog&q=Odense&page=2');
    expect(parseRoute(at(path))).toMatchObject({
      query: { status: 'ny', offering: 'dialog', q: 'Odense', page: 2 },
    });
    expect(inquiryPath('a/b')).toBe('/admin/inquiries/a%2Fb');
    expect(offerEditorPath('a/b')).toBe('/admin/inquiries/a%2Fb/offer');
    expect(parseRoute(at(offerEditorPath('a/b')))).toEqual({ page: 'offer-editor', id: 'a/b' });
  });

  it('treats only console pages as pages, not the API or other sites', () => {
    const origin = 'https://tilbud.example.dk';
    expect(isConsolePage(at('/admin/catalog'), origin)).toBe(true);
    expect(isConsolePage(at('/admin/api/inquiries/export?format=csv'), origin)).toBe(false);
    expect(isConsolePage(at('/api/catalog'), origin)).toBe(false);
    expect(isConsolePage(new URL('https://evil.example/admin/'), origin)).toBe(false);
  });
});

describe('inboxSearch', () => {
  it('leaves out what is empty or the first page', () => {
    expect(inboxSearch({})).toBe('');
    expect(inboxSearch({ q: '  ', page: 1 })).toBe('');
    expect(inboxSearch({ status: 'ny', q: 'a&b', page: 2, pageSize: 50 })).toBe(
      '?status=ny&q=a%26b&page=2&pageSize=50',
    );
  });
});

describe('embedSnippet', () => {
  const base = {
    baseUrl: 'https://tilbud.example.dk/',
    offering: 'dialog',
    title: 'Dialog <og> "samtale"',
    locale: 'da' as const,
    contactLabel: 'Skriv til os',
    iframeTitle: 'Tilbud: Dialog',
  };

  it('escapes the catalog texts and leaves the default colour out', () => {
    const code = embedSnippet({ ...base, way: 'script', primaryColour: '#454545' });
    expect(code).toContain('<h2>Dialog &lt;og&gt; &quot;samtale&quot;</h2>');
    expect(code).not.toContain('<style>');
    expect(
      code.startsWith('<script type="module" src="https://tilbud.example.dk/widget.js">'),
    ).toBe(true);
  });

  it('checks messages against the server origin exactly in the iframe code', () => {
    const code = embedSnippet({ ...base, way: 'iframe', locale: 'en' });
    expect(code).toContain('src="https://tilbud.example.dk/embed/dialog?lang=en"');
    expect(code).toContain("if (event.origin !== 'https://tilbud.example.dk') return;");
  });

  it('lists the CSP directives per way', () => {
    expect(cspDirectives('https://tilbud.example.dk:8443/x', 'script')).toEqual([
      "script-src 'self' https://tilbud.example.dk:8443",
      "connect-src 'self' https://tilbud.example.dk:8443",
    ]);
    expect(cspDirectives('https://tilbud.example.dk', 'iframe')).toEqual([
      'frame-src https://tilbud.example.dk',
    ]);
  });
});
