import { css } from 'lit';

/**
 * Styles of the compact price summary (`summary-bar.ts`): a bar stuck to the bottom of the
 * viewport inside the offer, on narrow offers only. The anchor is sticky and of no height, the
 * bar hangs above it: showing or hiding it moves nothing on the page.
 */
export const summaryBarStyles = css`
  .summary-start,
  .summary-end {
    height: 0;
  }
  .summary-anchor {
    position: sticky;
    bottom: 0;
    height: 0;
    z-index: 1;
  }
  .summary-anchor[hidden] {
    display: none;
  }
  .summary-bar {
    position: absolute;
    inset-inline: 0;
    bottom: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0 calc(var(--_space) * 2);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-top: 2px solid var(--_primary);
    background: var(--_surface);
    box-shadow: 0 -2px 6px rgb(0 0 0 / 0.15);
  }
  .summary-bar-price strong {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .summary-bar-links {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 2);
  }
  .summary-bar .link-button {
    min-height: 24px;
  }
  /* Focused elements of the offer stop clear of the bar when the browser scrolls to them. */
  .offer :is(a, button, input, select, textarea, summary) {
    scroll-margin-bottom: calc(var(--_space) * 12);
  }
  /* Wide offers keep the price panel in view beside the controls; a short viewport (a phone
     held sideways, 1.4.10 Reflow) has no room for a bar. */
  @container (min-width: 720px) {
    .summary-anchor {
      display: none;
    }
  }
  @media (max-height: 24em) {
    .summary-anchor {
      display: none;
    }
  }
`;
