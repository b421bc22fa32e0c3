import { html, type TemplateResult } from 'lit';
import type { DeliverySummary } from '../api/types.js';
import type { ConsoleMessages } from '../messages/types.js';

/**
 * The delivery state of an inquiry in words, one channel a line: "E-mail: Sendt",
 * "Webhook: Fejlet (3 forsøg)"; a failure is marked in words, not by colour alone.
 *
 * @param deliveries - the inquiry's deliveries
 * @param t - the console's words
 * @returns the lines, or "Ingen"
 */
export function deliveryState(
  deliveries: readonly DeliverySummary[],
  t: ConsoleMessages,
): TemplateResult | string {
  if (!deliveries.length) return t.delivery.none;
  return html`${deliveries.map(
    (d, i) =>
      html`${i ? html`<br />` : ''}<span class=${d.status === 'failed' ? 'failed' : ''}
          >${t.delivery.channel[d.channel]}: ${t.delivery.state[d.status]}</span
        >`,
  )}`;
}
