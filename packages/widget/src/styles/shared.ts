import { css } from 'lit';

/**
 * The theme: every `--temadag-*` custom property with its default (Det Fælles Designsystem,
 * neutral theme), read once into a private `--_*` variable on the host. The public ones are
 * never declared here, so a page can set them on any ancestor (`body`, a wrapper) as well as
 * on the element itself.
 */
export const tokens = css`
  :host {
    --_font-family: var(--temadag-font-family, inherit);
    --_font-size: var(--temadag-font-size, 16px);
    --_line-height: var(--temadag-line-height, 24px);
    --_text: var(--temadag-color-text, #1a1a1a);
    --_text-secondary: var(--temadag-color-text-secondary, #454545);
    --_muted: var(--temadag-color-muted, #707070);
    --_background: var(--temadag-color-background, #ffffff);
    --_surface: var(--temadag-color-surface, #f5f5f5);
    --_rule: var(--temadag-color-rule, #dcdcdc);
    --_border: var(--temadag-color-border, #8e8e8e);
    --_primary: var(--temadag-color-primary, #454545);
    --_on-primary: var(--temadag-color-on-primary, #ffffff);
    --_link: var(--temadag-color-link, #004d99);
    --_error: var(--temadag-color-error, #cc0000);
    --_error-background: var(--temadag-color-error-background, #ffe0e0);
    --_success: var(--temadag-color-success, #358000);
    --_success-background: var(--temadag-color-success-background, #ddf7ce);
    --_focus: var(--temadag-color-focus, #454545);
    --_radius: var(--temadag-radius, 3px);
    --_space: var(--temadag-space, 8px);
  }
`;

/**
 * What every element needs: `display: block` against hostile page CSS (the inner `!important`
 * wins over the page's), a root that sets every inherited text property itself instead of
 * taking the page's, the DKFDS focus ring, a visually hidden class and buttons (the fields' rules are in fields.ts; the secondary
 * button, the link button, hints and error messages are in controls.ts).
 */
export const base = css`
  :host {
    display: block !important;
    box-sizing: border-box;
    /* The offer sizes itself by container queries, which give it no width of its own: in a
       float, a flex row or an inline-block it takes the width offered (a page may set another). */
    width: 100%;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .root {
    display: block;
    margin: 0;
    padding: 0;
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    font-weight: 400;
    font-style: normal;
    color: var(--_text);
    text-align: start;
    text-transform: none;
    text-indent: 0;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    overflow-wrap: break-word;
    visibility: visible;
  }
  h2,
  h3,
  h4 {
    margin: 0 0 calc(var(--_space) * 1.5);
    font-weight: 700;
    color: var(--_text);
  }
  h2 {
    font-size: 1.75em;
    line-height: 1.25;
  }
  h3 {
    font-size: 1.25em;
    line-height: 1.3;
  }
  p,
  ul,
  ol,
  dl,
  fieldset,
  details {
    margin: 0 0 calc(var(--_space) * 2);
  }
  a {
    color: var(--_link);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    min-height: 44px;
    padding: var(--_space) calc(var(--_space) * 2);
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font: inherit;
    font-weight: 600;
    text-align: center;
    cursor: pointer;
  }
  .button[aria-disabled='true'] {
    cursor: progress;
  }
`;
