import { createHash } from 'node:crypto';

/**
 * The widget's design tokens (the defaults of its `--temadag-*` custom properties in
 * `@temadag/widget/styles`, Det Fælles Designsystem's neutral theme), as plain values: the
 * offer page is plain HTML without Lit, so it takes the values, not the CSS object. A test
 * reads the widget's tokens and fails when the two drift apart.
 *
 * @example
 * ```ts
 * OFFER_PAGE_TOKENS.link; // '#004d99'
 * ```
 */
export const OFFER_PAGE_TOKENS = {
  'font-size': '16px',
  'line-height': '24px',
  'color-text': '#1a1a1a',
  'color-text-secondary': '#454545',
  'color-muted': '#707070',
  'color-background': '#ffffff',
  'color-surface': '#f5f5f5',
  'color-rule': '#dcdcdc',
  'color-border': '#8e8e8e',
  'color-primary': '#454545',
  'color-on-primary': '#ffffff',
  'color-link': '#004d99',
  'color-error': '#cc0000',
  'color-error-background': '#ffe0e0',
  'color-success': '#358000',
  'color-success-background': '#ddf7ce',
  'color-focus': '#454545',
  radius: '3px',
  space: '8px',
} as const;

const t = OFFER_PAGE_TOKENS;

/**
 * The offer page's style sheet, written inline in the page and allowed by its hash
 * ({@link OFFER_PAGE_STYLE_HASH}), so the page needs no second request and no `'unsafe-inline'`.
 * The font stack is the widget's fallback (the page has no host to inherit from) and no web
 * font is fetched. Sizes in px as in the widget; a 320 px wide window reflows without
 * horizontal scrolling (the price table stacks its cells below 36em).
 */
export const OFFER_PAGE_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:${t['color-background']};color:${t['color-text']};font-family:'IBM Plex Sans',system-ui,sans-serif;font-size:${t['font-size']};line-height:${t['line-height']};overflow-wrap:break-word}
.page{max-width:48rem;margin:0 auto;padding:24px 16px 40px}
header.provider{border-bottom:1px solid ${t['color-rule']};padding-bottom:16px;margin-bottom:24px}
.provider-name{font-size:1.25em;font-weight:700;margin:0 0 4px}
.provider p{margin:0;color:${t['color-text-secondary']}}
h1{font-size:2em;line-height:1.2;margin:0 0 8px}
h2{font-size:1.5em;line-height:1.25;margin:32px 0 12px}
h3{font-size:1.125em;line-height:1.3;margin:24px 0 8px}
p,ul,ol,dl,table{margin:0 0 16px}
a{color:${t['color-link']}}
a:visited{color:#800080}
:focus-visible{outline:3px solid ${t['color-focus']};outline-offset:1px}
.status{display:inline-block;margin:0 0 16px;padding:4px 12px;border:1px solid ${t['color-primary']};border-radius:${t.radius};font-weight:700}
.lead{font-size:1.125em}
.muted,.hint,.explanation{color:${t['color-text-secondary']}}
.hint{display:block}
.explanation{display:block;font-size:.875em;line-height:20px}
.actions{display:flex;flex-wrap:wrap;gap:8px 24px;margin:0 0 24px;padding:0;list-style:none}
.facts{display:grid;grid-template-columns:minmax(8em,max-content) 1fr;gap:4px 24px}
.facts dt{font-weight:700}
.facts dd{margin:0}
.subtitle{font-size:1.125em;color:${t['color-text-secondary']};margin-top:-8px}
table{border-collapse:collapse;width:100%}
caption{text-align:start;font-weight:700;padding-bottom:8px}
th,td{padding:8px 8px 8px 0;text-align:start;vertical-align:top;border-bottom:1px solid ${t['color-rule']}}
thead th{border-bottom:2px solid ${t['color-text']};vertical-align:bottom}
.num{text-align:end;white-space:nowrap;font-variant-numeric:tabular-nums}
tfoot th,tfoot td{border-bottom:0;padding-top:4px;padding-bottom:4px}
tfoot th{text-align:end;font-weight:400}
tfoot .total th,tfoot .total td{font-weight:700;border-top:2px solid ${t['color-text']};border-bottom:4px double ${t['color-text']}}
.notice{margin:0 0 24px;padding:16px;border-left:4px solid ${t['color-primary']};background:${t['color-surface']}}
.notice h2{margin-top:0}
.notice.success{border-left-color:${t['color-success']};background:${t['color-success-background']}}
.notice.error{border-left-color:${t['color-error']};background:${t['color-error-background']}}
.notice ul{padding-left:20px}
.notice>:last-child{margin-bottom:0}
.hash{font-family:ui-monospace,'IBM Plex Mono',monospace;font-size:.875em;overflow-wrap:anywhere}
.answer{margin-top:40px;border-top:1px solid ${t['color-rule']}}
form{margin:0 0 32px}
.field{margin:0 0 24px}
.field.invalid{border-left:4px solid ${t['color-error']};padding-left:12px}
label,.label{display:block;font-weight:700}
.error-message{display:block;color:${t['color-error']};font-weight:600}
input[type=text],textarea{display:block;width:100%;max-width:32rem;min-height:44px;margin:4px 0 0;padding:8px 16px;border:1px solid ${t['color-border']};border-radius:${t.radius};background:${t['color-background']};color:${t['color-text']};font:inherit}
textarea{min-height:6em;resize:vertical}
[aria-invalid=true]{border-color:${t['color-error']}}
.check{display:flex;gap:12px;align-items:flex-start}
.check input{flex:none;width:24px;height:24px;margin:0;accent-color:${t['color-primary']}}
.check label{font-weight:400}
.button{display:inline-block;min-height:44px;padding:8px 16px;border:1px solid ${t['color-primary']};border-radius:${t.radius};background:${t['color-primary']};color:${t['color-on-primary']};font:inherit;font-weight:600;cursor:pointer}
.button.secondary{background:${t['color-background']};color:${t['color-primary']}}
.visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
@media (max-width:36em){
.facts{grid-template-columns:1fr;gap:0}
.facts dd{margin-bottom:8px}
.prices thead{display:block;position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.prices,.prices tbody,.prices tfoot,.prices tr,.prices td,.prices tfoot th{display:block;width:100%}
.prices tbody tr{border-bottom:1px solid ${t['color-rule']};padding:8px 0}
.prices td{border:0;padding:0;text-align:start;white-space:normal}
.prices tbody td.num::before{content:attr(data-label) ': ';font-weight:400}
.prices tfoot tr{display:flex;justify-content:space-between;gap:8px}
.prices tfoot th,.prices tfoot td{width:auto;text-align:start}
.prices tfoot .total th,.prices tfoot .total td{border:0}
.prices tfoot tr.total{border-top:2px solid ${t['color-text']};border-bottom:4px double ${t['color-text']}}
}
@media (forced-colors:active){.status,.notice{border:1px solid CanvasText}}
`;

/**
 * The CSP source that allows exactly {@link OFFER_PAGE_CSS} as an inline `<style>`:
 * `'sha256-…'` of its UTF-8 bytes, computed once when the module loads.
 *
 * @example
 * ```ts
 * OFFER_PAGE_STYLE_HASH; // "'sha256-…='"
 * ```
 */
export const OFFER_PAGE_STYLE_HASH = `'sha256-${createHash('sha256').update(OFFER_PAGE_CSS, 'utf8').digest('base64')}'`;
