import type { Locale } from '@temadag/core';

/** What the embed code is made of. */
export interface SnippetOptions {
  /** The Temadag server's URL, without a trailing slash: `https://tilbud.example.dk`. */
  baseUrl: string;
  offering: string;
  /** The offering's title, in the snippet's language. */
  title: string;
  locale: Locale;
  way: 'script' | 'iframe';
  /** Fallback content of the script tag: a sentence or two about the day. */
  summary?: string | undefined;
  /** Fallback content of the script tag: where visitors without JavaScript can write. */
  contactEmail?: string | undefined;
  /** The words of the fallback link and the iframe's title. */
  contactLabel: string;
  iframeTitle: string;
  /** `#rrggbb`; left out of the code when it is the default (`#454545`). */
  primaryColour?: string | undefined;
}

/** The default primary colour of the widget (DKFDS neutral). */
export const DEFAULT_PRIMARY = '#454545';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The embed code a website pastes in, exactly as docs/embedding.md teaches: the script tag
 * with `<temadag-offer>` and its fallback content, or the iframe of `/embed/<offering>` with
 * the auto-height lines. A primary colour other than the default adds a `<style>` rule for
 * `--temadag-color-primary` before the script tag.
 *
 * @param options - server, offering, language, way and colour
 * @returns the HTML to paste
 * @example
 * ```ts
 * embedSnippet({ baseUrl: 'https://tilbud.example.dk', offering: 'dialog', title: 'Dialog',
 *   locale: 'da', way: 'script', contactLabel: 'Skriv til os', iframeTitle: 'Tilbud: Dialog' });
 * // '<script type="module" src="https://tilbud.example.dk/widget.js"></script>\n…'
 * ```
 */
export function embedSnippet(options: SnippetOptions): string {
  const base = options.baseUrl.replace(/\/+$/, '');
  return options.way === 'iframe' ? iframeSnippet(base, options) : scriptSnippet(base, options);
}

function scriptSnippet(base: string, o: SnippetOptions): string {
  const lines: string[] = [];
  const colour = o.primaryColour?.toLowerCase();
  if (colour && colour !== DEFAULT_PRIMARY) {
    lines.push(
      '<style>',
      '  temadag-offer {',
      `    --temadag-color-primary: ${colour};`,
      '  }',
      '</style>',
      '',
    );
  }
  lines.push(
    `<script type="module" src="${base}/widget.js"></script>`,
    '',
    '<temadag-offer',
    `  src="${base}/api/catalog"`,
    `  offering="${escapeHtml(o.offering)}"`,
    `  endpoint="${base}/api/inquiries"`,
    `  lang="${o.locale}"`,
    '>',
    '  <div class="temadag-fallback">',
    `    <h2>${escapeHtml(o.title)}</h2>`,
  );
  if (o.summary) lines.push(`    <p>${escapeHtml(o.summary)}</p>`);
  if (o.contactEmail) {
    const subject = o.locale === 'en' ? 'Theme%20day' : 'Temadag';
    lines.push(
      `    <p><a href="mailto:${escapeHtml(o.contactEmail)}?subject=${subject}">${escapeHtml(o.contactLabel)}</a></p>`,
    );
  }
  lines.push('  </div>', '</temadag-offer>');
  return `${lines.join('\n')}\n`;
}

function iframeSnippet(base: string, o: SnippetOptions): string {
  const id = `temadag-${o.offering}`;
  const src = `${base}/embed/${encodeURIComponent(o.offering)}${o.locale === 'en' ? '?lang=en' : ''}`;
  const origin = new URL(base).origin;
  return `${[
    '<iframe',
    `  id="${escapeHtml(id)}"`,
    `  src="${escapeHtml(src)}"`,
    `  title="${escapeHtml(o.iframeTitle)}"`,
    '  style="width: 100%; height: 900px; border: 0"',
    '></iframe>',
    '',
    '<script>',
    "  window.addEventListener('message', (event) => {",
    `    const frame = document.getElementById('${id}');`,
    `    if (event.origin !== '${origin}') return; // the Temadag server, exactly`,
    '    if (!frame || event.source !== frame.contentWindow) return;',
    '    const data = event.data;',
    "    if (!data || data.type !== 'temadag:resize' || !Number.isFinite(data.height)) return;",
    '    frame.style.height = `${Math.min(Math.max(Math.ceil(data.height), 200), 20000)}px`;',
    '  });',
    '</script>',
  ].join('\n')}\n`;
}

/**
 * The CSP directives the host page needs for the chosen way.
 *
 * @param baseUrl - the Temadag server's URL
 * @param way - script tag or iframe
 * @returns one directive per line
 * @example
 * ```ts
 * cspDirectives('https://tilbud.example.dk', 'iframe'); // ['frame-src https://tilbud.example.dk']
 * ```
 */
export function cspDirectives(baseUrl: string, way: 'script' | 'iframe'): string[] {
  const origin = new URL(baseUrl).origin;
  if (way === 'iframe') return [`frame-src ${origin}`];
  return [`script-src 'self' ${origin}`, `connect-src 'self' ${origin}`];
}
