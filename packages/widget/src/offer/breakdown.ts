import { formatMoney, type Price } from '@temadag/core';
import { css, html, type TemplateResult } from 'lit';
import type { OfferWords } from './price.js';

/**
 * The table inside the price panel's collapsed breakdown: each price line with how it came
 * about (core's explanation), and the subtotal. One of the offer's extras (`extras.ts`): the
 * script-tag build fetches it when the visitor points at, focuses or opens the breakdown.
 *
 * @param words - the words and the language
 * @param price - the priced price
 * @returns the `<table>` template
 * @example
 * ```ts
 * html`<details class="breakdown"><summary>…</summary>${breakdownTable(words, price)}</details>`;
 * ```
 */
export function breakdownTable({ m, locale }: OfferWords, price: Price): TemplateResult {
  const money = (minor: number) => formatMoney(minor, locale, { currency: price.currency });
  return html`<table>
    <thead>
      <tr>
        <th scope="col">${m.offer.description}</th>
        <th scope="col" class="num">${m.offer.amount}</th>
      </tr>
    </thead>
    <tbody>
      ${price.lines.map(
        (line) =>
          html`<tr>
            <th scope="row">
              <span class="line">${line.description}</span>
              <span class="explanation">${line.explanation}</span>
            </th>
            <td class="num">${money(line.amount)}</td>
          </tr>`,
      )}
    </tbody>
    <tfoot>
      <tr>
        <th scope="row">${m.offer.subtotal}</th>
        <td class="num">${money(price.subtotal)}</td>
      </tr>
    </tfoot>
  </table>`;
}

/** Styles of {@link breakdownTable}, adopted with the other extras. */
export const breakdownStyles = css`
  .breakdown table {
    width: 100%;
    margin-top: var(--_space);
    border-collapse: collapse;
    font-size: 0.875em;
    line-height: 1.45;
  }
  .breakdown th,
  .breakdown td {
    padding: var(--_space) 0;
    border-bottom: 1px solid var(--_rule);
    vertical-align: top;
    text-align: start;
  }
  .breakdown th {
    font-weight: 600;
  }
  .breakdown thead th {
    color: var(--_text-secondary);
  }
  .breakdown .num {
    padding-inline-start: var(--_space);
    text-align: end;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .explanation {
    display: block;
    font-weight: 400;
    color: var(--_text-secondary);
  }
`;
