import { localize, type Catalog, type Locale, type Offering, type Problem } from '@temadag/core';
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { serverMessages } from './messages/index.js';
import { termsFallback } from './pages-terms.js';
import { travelField } from './pages-travel.js';

/**
 * A page built with `hono/html` as text. The templates interpolate no promises, so `html`
 * returns the page at once; a promise here would be a mistake in a template, not a state to
 * wait for.
 *
 * @param doc - what `html` returned
 * @returns the page's HTML
 * @example
 * ```ts
 * documentText(html`<p>${'a < b'}</p>`); // '<p>a &lt; b</p>'
 * ```
 */
export function documentText(doc: HtmlEscapedString | Promise<HtmlEscapedString>): string {
  if (doc instanceof Promise) throw new TypeError('A page template interpolated a promise.');
  return doc.toString();
}

/**
 * A plain page of the server's own (the front page, the form's problems, the console's
 * "not installed"): the document, its language, title, icon and `page.css` around a body.
 *
 * @param locale - the page's language
 * @param title - the `<title>`
 * @param body - the body's content, made with `html`
 * @param bodyClass - the body's class, if any
 * @returns the HTML document
 * @example
 * ```ts
 * plainPage('da', 'Der er problemer', html`<h1>Der er problemer</h1>`, 'temadag-embed');
 * ```
 */
export function plainPage(
  locale: Locale,
  title: string,
  body: HtmlEscapedString | Promise<HtmlEscapedString>,
  bodyClass?: string,
): string {
  // prettier-ignore
  const open = bodyClass === undefined ? html`<body>` : html`<body class="${bodyClass}">`;
  // prettier-ignore
  return documentText(html`<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="/embed/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/embed/page.css">
</head>
${open}
${body}
</body>
</html>
`);
}

/**
 * The icon of the server's pages: a small SVG at `/embed/favicon.svg`, so a browser that
 * shows a page asks for no `/favicon.ico` (a 404 in its console).
 */
export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="3" fill="#454545"/><path d="M8 9h16v4h-6v12h-4V13H8z" fill="#fff"/></svg>
`;

/**
 * The Content-Security-Policy of the HTML pages the server writes: scripts, styles and
 * requests only from the server's own origin, no inline script or style, no plugins.
 *
 * @param frameAncestors - who may frame the page: CSP sources, or `'none'`
 * @returns the header value
 * @example
 * ```ts
 * pageCsp(["'none'"]);
 * // "default-src 'none'; script-src 'self'; style-src 'self'; ... frame-ancestors 'none'"
 * ```
 */
export function pageCsp(frameAncestors: readonly string[]): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "object-src 'none'",
    `frame-ancestors ${frameAncestors.join(' ')}`,
  ].join('; ');
}

/**
 * The script of the embed page (served from the same origin, so the page needs no inline
 * script): it tells the parent page the height of the content whenever it changes, with
 * `postMessage`. The message is `{ type: 'temadag:resize', offering, height }`; the parent
 * must check `event.origin` before it trusts it. It also hides the page's note about a frame
 * of fixed height (`#temadag-frame-note`) once it is not needed: when the page is not in a
 * frame, when the parent's resize script has given the frame a height the page posted, or when
 * the content fits the frame anyway.
 */
export const EMBED_SCRIPT = `// Temadag embed page: reports the content's height to the page that frames it.
(function () {
  'use strict';
  var note = document.getElementById('temadag-frame-note');
  function hideNote() {
    if (note) note.hidden = true;
  }
  if (window.parent === window) return hideNote();
  var last = -1;
  var offering = document.body.getAttribute('data-offering') || '';
  function fits() {
    return document.documentElement.scrollHeight <= window.innerHeight + 1;
  }
  function post() {
    var height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'temadag:resize', offering: offering, height: height }, '*');
  }
  // The parent's resize script answers a message by setting the frame to the height posted.
  window.addEventListener('resize', function () {
    if (Math.abs(window.innerHeight - last) <= 2) hideNote();
  });
  document.addEventListener('temadag-ready', function () {
    setTimeout(function () {
      if (fits()) hideNote();
    }, 500);
  });
  if (typeof ResizeObserver === 'function') new ResizeObserver(post).observe(document.body);
  window.addEventListener('load', post);
  post();
})();
`;

/** The style sheet of the server's own pages (no inline styles: `style-src 'self'`). */
export const PAGE_CSS = `html{-webkit-text-size-adjust:100%}
html,body{margin:0;padding:0;background:#fff;color:#1a1a1a}
body{font:16px/24px 'IBM Plex Sans',system-ui,sans-serif;display:flow-root}
.temadag-embed{padding:8px}
.temadag-home{max-width:48rem;margin:0 auto;padding:24px 16px}
a{color:#004d99}a:visited{color:#800080}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible{outline:3px solid #454545;outline-offset:1px}
.temadag-fallback form{display:grid;gap:8px;max-width:24rem;margin-top:16px}
.temadag-fallback input,.temadag-fallback select{font:inherit;border:1px solid #8e8e8e;padding:8px 16px;border-radius:0}
.temadag-fallback button{font:inherit;background:#454545;color:#fff;border:0;padding:8px 16px;cursor:pointer}
.temadag-hint{color:#454545;font-size:14px;line-height:20px}
.temadag-optional{font-weight:400}
.temadag-errors{border-left:4px solid #cc0000;padding-left:16px}
.temadag-frame-note{margin:0 0 16px;padding:8px 16px;border-left:4px solid #454545;background:#f5f5f5}
.temadag-frame-note[hidden]{display:none}
.temadag-terms{margin:16px 0}.temadag-terms summary{cursor:pointer;color:#004d99}.temadag-terms h2{font-size:1rem;margin:16px 0 0}
`;

/** Options of {@link embedPage}. */
export interface EmbedPageOptions {
  catalog: Catalog;
  offering: Offering;
  locale: Locale;
}

/**
 * The embed page: only the widget, for CMSs that allow iframes but not scripts. It loads the
 * widget and the resize script from the same origin; inside the element sits fallback content
 * (title, summary, contact link and a plain form that gets the offer as a PDF: format,
 * participants and, when the offering has a travel rule, the distance or zone) for crawlers and
 * visitors without JavaScript.
 *
 * @param options - catalog, offering and language
 * @returns the HTML document
 */
export function embedPage({ catalog, offering, locale }: EmbedPageOptions): string {
  const m = serverMessages[locale].page;
  const title = localize(offering.title, locale);
  const summary = localize(offering.summary, locale);
  const provider = catalog.provider;
  const { min, max } = offering.participants;
  const initial = offering.participants.default ?? min;
  // prettier-ignore
  const formats = offering.formats.map((f, i) =>
    html`<option value="${f.id}"${i === 0 ? html` selected` : ''}>${localize(f.label, locale)}</option>`,
  );
  // prettier-ignore
  return documentText(html`<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${m.embedTitle(title, provider.name)}</title>
<link rel="icon" href="/embed/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/embed/page.css">
<script type="module" src="/widget.js"></script>
<script src="/embed/resize.js" defer></script>
</head>
<body class="temadag-embed" data-offering="${offering.id}">
<main>
<p class="temadag-frame-note" id="temadag-frame-note">${m.frameNote} <a href="/embed/${encodeURIComponent(offering.id)}${locale === 'en' ? '?lang=en' : ''}" target="_blank" rel="noopener">${m.frameNoteLink}</a></p>
<temadag-offer src="/api/catalog" offering="${offering.id}" endpoint="/api/inquiries" lang="${locale}">
<div class="temadag-fallback">
<h1>${title}</h1>
<p>${summary}</p>
<p><a href="mailto:${provider.email}">${m.fallback(provider.name)}</a></p>
${termsFallback(offering, locale)}
<form method="post" action="/api/offers/pdf">
<input type="hidden" name="offering" value="${offering.id}">
<input type="hidden" name="lang" value="${locale}">
<label for="temadag-format">${m.formatLabel}</label>
<select id="temadag-format" name="format">${formats}</select>
<label for="temadag-participants">${m.participantsLabel}</label>
<input id="temadag-participants" name="participants" type="number" inputmode="numeric" min="${min}" max="${max}" value="${initial}" required>
${travelField(catalog, offering, locale)}<button type="submit">${m.pdfButton}</button>
</form>
</div>
</temadag-offer>
</main>
</body>
</html>
`);
}

/**
 * The built-in front page: the provider's offerings with links to their embed pages.
 *
 * @param catalog - the catalog
 * @param locale - the language
 * @returns the HTML document
 */
export function homePage(catalog: Catalog, locale: Locale): string {
  const m = serverMessages[locale].page;
  const items = catalog.offerings.map((o, i) => {
    const title = localize(o.title, locale);
    const href = `/embed/${encodeURIComponent(o.id)}${locale === 'en' ? '?lang=en' : ''}`;
    // prettier-ignore
    return html`${i > 0 ? '\n' : ''}<li><a href="${href}">${title}</a> – ${localize(o.summary, locale)}</li>`;
  });
  const title = m.homeTitle(catalog.provider.name);
  // prettier-ignore
  return plainPage(locale, title, html`<main class="temadag-home">
<h1>${title}</h1>
<p>${m.homeIntro}</p>
<ul>
${items}
</ul>
<p><a href="/api/catalog">${m.catalogLink}</a></p>
</main>`);
}

/**
 * A small page listing problems, for the plain form of the embed page (no JavaScript).
 *
 * @param problems - what is wrong
 * @param locale - the language
 * @returns the HTML document
 */
export function problemsPage(
  problems: readonly Pick<Problem, 'message'>[],
  locale: Locale,
): string {
  const m = serverMessages[locale].page;
  // prettier-ignore
  const items = problems.map((p, i) => html`${i > 0 ? '\n' : ''}<li>${p.message}</li>`);
  // prettier-ignore
  return plainPage(locale, m.problemsHeading, html`<div class="temadag-errors" role="alert">
<h1>${m.problemsHeading}</h1>
<ul>
${items}
</ul>
<p>${m.problemsBack}</p>
</div>`, 'temadag-embed');
}
