import { css } from 'lit';

/**
 * Controls that only the parts after the first paint show: the secondary button (the catalog's
 * way back, the form), the link button (the about text, the sticky summary), hints and error
 * messages (the shaping form, the agenda, the PDF job, the form). Each of those parts adds these
 * to its own styles, so in the script-tag build they come with its chunk and temadag.js does
 * not carry them.
 */
export const controls = css`
  .button.secondary {
    background: var(--_background);
    color: var(--_primary);
  }
  .link-button {
    display: inline;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_link);
    font: inherit;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }
  .hint {
    display: block;
    color: var(--_text-secondary);
  }
  .error-message {
    display: block;
    color: var(--_error);
    font-weight: 600;
  }
`;
