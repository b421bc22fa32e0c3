import { describe, expect, it } from 'vitest';
import { bearerMatches, periodDays } from '../src/admin.js';
import { acceptLocale } from '../src/http/request.js';
import { isHashedName } from '../src/assets.js';
import { canonicalJson, findBadString, parseJsonBytes } from '../src/body.js';
import { csvField, csvRow } from '../src/csv.js';
import { pageCsp, problemsPage } from '../src/pages.js';

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['=1+2', "'=1+2"],
    ['+45 12 34 56 78', "'+45 12 34 56 78"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['a=b', 'a=b'],
  ])('writes %j as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('writes numbers as they are, and nothing for missing values', () => {
    expect(csvField(-5)).toBe('-5');
    expect(csvField(undefined)).toBe('');
    expect(csvField(null)).toBe('');
    expect(csvRow(['a', 1, undefined])).toBe('a,1,\r\n');
  });
});

describe('periodDays', () => {
  it.each([
    ['180', 180],
    ['P180D', 180],
    ['p30d', 30],
    ['P2W', 14],
    [' 7 ', 7],
  ])('reads %j as %d days', (text, days) => {
    expect(periodDays(text)).toBe(days);
  });

  it.each(['0', 'P0D', '', 'soon', '-5', 'P1M', 'P1Y', '1.5', 'PT5H', undefined])(
    'refuses %j',
    (text) => {
      expect(periodDays(text)).toBeUndefined();
    },
  );
});

describe('bearerMatches', () => {
  const token = 'token-0123456789abcdef';
  it('accepts exactly the token after Bearer', () => {
    expect(bearerMatches(`Bearer ${token}`, token)).toBe(true);
    expect(bearerMatches(`bearer ${token}`, token)).toBe(true);
  });
  it.each([
    undefined,
    '',
    'Bearer',
    'Bearer ',
    token,
    `Basic ${token}`,
    `Bearer ${token}x`,
    `Bearer ${token.slice(1)}`,
    `Bearer ${token} extra`,
  ])('refuses %j', (header) => {
    expect(bearerMatches(header, token)).toBe(false);
  });
});

describe('acceptLocale', () => {
  it.each([
    [undefined, 'da'],
    ['en', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['da-DK,da;q=0.9,en;q=0.8', 'da'],
    ['de-DE,en;q=0.5', 'en'],
    ['de', 'da'],
    ['da;q=0.1,en;q=0.9', 'en'],
    ['en;q=0', 'da'],
  ])('reads %j as %s', (header, locale) => {
    expect(acceptLocale(header)).toBe(locale);
  });
});

describe('isHashedName', () => {
  it.each([
    ['chunk-ZDMGVXGY.js', true],
    ['pdf-4f9a1c2e.js', true],
    ['index-BGx2kQ4c.css', true],
    ['chunk-ZDMGVXGY.js.map', true],
    ['temadag.js', false],
    ['temadag-elements.js', false],
    ['widget.js', false],
  ])('%s: %s', (name, hashed) => {
    expect(isHashedName(name)).toBe(hashed);
  });
});

describe('body helpers', () => {
  it('sorts keys at every level for the request hash', () => {
    expect(canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }], u: undefined })).toBe(
      '{"a":[2,{"c":4,"d":3}],"b":1}',
    );
    expect(canonicalJson({ x: 'æ' })).toBe(canonicalJson(JSON.parse('{ "x" : "\\u00e6" }')));
  });

  it('finds control characters and lone surrogates in keys and values', () => {
    expect(findBadString({ contact: { name: 'A\u0000' } })).toBe('contact.name');
    expect(findBadString({ modules: ['ok', 'x\u0007'] })).toBe('modules[1]');
    expect(findBadString({ ['k\u0001']: 1 })).toBe('k\u0001');
    expect(findBadString({ message: 'a\ud800b' })).toBe('message');
    expect(findBadString({ message: 'tab\tnew\nline\r😀 æøå' })).toBeUndefined();
  });

  it('looks only so deep, so deep nesting cannot exhaust the stack', () => {
    let deep: unknown = 'x\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findBadString({ a: deep })).toBeUndefined();
    expect(findBadString({ a: [[['x\u0000']]] })).toBe('a[0][0][0]');
  });

  it('decodes strictly as UTF-8', () => {
    expect(parseJsonBytes(new TextEncoder().encode('{"a":"æ"}'))).toMatchObject({
      ok: true,
      value: { a: 'æ' },
    });
    expect(parseJsonBytes(new Uint8Array([0x22, 0xff, 0x22]))).toEqual({
      ok: false,
      problem: 'encoding',
    });
    expect(parseJsonBytes(new TextEncoder().encode('{'))).toEqual({ ok: false, problem: 'json' });
    expect(parseJsonBytes(undefined)).toEqual({ ok: false, problem: 'too-large' });
  });
});

describe('pages', () => {
  it('escapes HTML (hono/html)', () => {
    const page = problemsPage([{ message: `<a href="x" title='y'>&</a>` }], 'da');
    expect(page).toContain(
      '<li>&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;</li>',
    );
    expect(page).not.toContain('<a href="x"');
  });

  it('writes a CSP without inline script or style', () => {
    const csp = pageCsp(["'none'"]);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe|nonce/);
  });
});
