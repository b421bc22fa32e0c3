import { css } from 'lit';
import { base, tokens } from '../styles/shared.js';

/** Styles of `<temadag-offer>`; adopted by its shadow root, so they need no `style-src`. */
export const styles = [
  tokens,
  base,
  css`
    .offer {
      container-type: inline-size;
      /* Words break only at the language's hyphenation points (the article carries lang), never
         inside: a column that is too narrow for a word is a layout bug, not a reason to split it. */
      overflow-wrap: normal;
      word-break: normal;
      hyphens: auto;
    }
    .offer a {
      /* Addresses are no words; a long one may wrap anywhere rather than overflow. */
      overflow-wrap: anywhere;
    }
    /* Keeps the space the offer will take while it loads (the page reserves it before the
       script runs, docs/embedding.md), so that what follows the element does not move. */
    .fallback.reserve {
      display: block;
      min-height: var(--temadag-loading-min-height, 100vh);
    }
    /* The shaping form's place while the offer's body loads (script-tag build): a viewport's
       height, so that a price beside it stays put and a price below it (narrow offers) starts
       below the fold instead of moving down in view when the form arrives. */
    .shaping.pending {
      min-height: var(--temadag-loading-min-height, 100vh);
    }
    .load-error {
      margin-bottom: calc(var(--_space) * 2);
      color: var(--_text-secondary);
    }
    .subtitle {
      margin-top: calc(var(--_space) * -1);
      font-size: 1.125em;
      color: var(--_text-secondary);
    }
    .summary {
      max-width: 70ch;
      font-size: 1.125em;
      line-height: 1.55;
    }
    .focus ul {
      padding-inline-start: calc(var(--_space) * 3);
    }
    .focus li + li {
      margin-top: var(--_space);
    }
    .description p {
      max-width: 70ch;
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: calc(var(--_space) * 4);
      margin: calc(var(--_space) * 4) 0;
      padding-top: calc(var(--_space) * 4);
      border-top: 1px solid var(--_rule);
    }
    /* From 720 px the price stands beside the shaping controls; the programme below both has
       the whole width, since beside a sticky price it would be too narrow for its words. */
    @container (min-width: 720px) {
      .layout {
        grid-template-columns: minmax(0, 3fr) minmax(23em, 2fr);
        grid-template-areas: 'shaping price' 'agenda agenda';
        align-items: start;
      }
      .shaping {
        grid-area: shaping;
      }
      .price {
        grid-area: price;
        position: sticky;
        top: calc(var(--_space) * 2);
      }
      .agenda {
        grid-area: agenda;
      }
    }
    /* From 1000 px (1280 px screens): the price, sticky, beside shaping and programme alike,
       and the focus questions beside the description instead of an empty right half. */
    @container (min-width: 1000px) {
      .layout {
        grid-template-areas: 'shaping price' 'agenda price';
      }
      .intro {
        display: grid;
        grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
        grid-template-areas: 'header header' 'description focus';
        column-gap: calc(var(--_space) * 4);
        align-items: start;
      }
      .intro > .header {
        grid-area: header;
      }
      .intro > .description {
        grid-area: description;
      }
      .intro > .focus {
        grid-area: focus;
        padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
        border-inline-start: 4px solid var(--_rule);
      }
    }
    .price {
      padding: calc(var(--_space) * 3);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .amount {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 var(--_space);
      margin-bottom: var(--_space);
    }
    .amount-value {
      min-width: 0;
      overflow-wrap: anywhere;
      font-size: 2em;
      line-height: 1.2;
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
    .amount-unit {
      color: var(--_text-secondary);
    }
    .on-request {
      font-size: 1.125em;
    }
    .totals div {
      display: flex;
      justify-content: space-between;
      gap: calc(var(--_space) * 2);
      padding: calc(var(--_space) / 2) 0;
    }
    .totals dt {
      margin: 0;
    }
    .totals dd {
      margin: 0;
      text-align: end;
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .totals .total {
      border-top: 1px solid var(--_text);
      font-weight: 700;
    }
    .double {
      border-bottom: 3px double var(--_text);
    }
    .breakdown summary {
      cursor: pointer;
      color: var(--_link);
      text-decoration: underline;
    }
    .note {
      color: var(--_text-secondary);
      font-size: 0.875em;
      line-height: 1.45;
    }
    .pdf {
      margin-top: calc(var(--_space) * 2);
    }
    .pdf .button {
      width: 100%;
      justify-content: center;
      text-wrap: balance;
    }
    .pdf-status:empty {
      display: none;
    }
    /* The PDF job's progress and error come with the body's styles (body.styles.ts). */
    .pdf-status {
      margin: var(--_space) 0 0;
    }
    .inquiry {
      margin-top: calc(var(--_space) * 4);
      padding-top: calc(var(--_space) * 4);
      border-top: 1px solid var(--_rule);
    }
    @container (max-width: 420px) {
      .price {
        padding: calc(var(--_space) * 2);
      }
    }
  `,
];
