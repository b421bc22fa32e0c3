import { css } from 'lit';
import { controls } from '../styles/controls.js';

/**
 * Styles of `<temadag-catalog>`'s view (`view.ts`), beside the shared tokens and base styles;
 * in the script-tag build they come with the view's chunk.
 */
export const catalogStyles = css`
  ${controls}
  .list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 320px), 1fr));
    gap: calc(var(--_space) * 3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    padding: calc(var(--_space) * 3);
    border: 1px solid var(--_rule);
    border-radius: var(--_radius);
  }
  .item-title {
    font-size: 1.375em;
  }
  .subtitle {
    margin-top: calc(var(--_space) * -1);
    color: var(--_text-secondary);
  }
  .facts {
    display: flex;
    flex-direction: column;
    margin-top: auto;
    color: var(--_text-secondary);
  }
  .facts span:last-child {
    font-weight: 700;
    color: var(--_text);
  }
  .back {
    margin-bottom: calc(var(--_space) * 3);
  }
  .load-error {
    color: var(--_text-secondary);
  }
`;
