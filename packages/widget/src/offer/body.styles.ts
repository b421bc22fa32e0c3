import { css } from 'lit';
import { controls } from '../styles/controls.js';
import { fields } from '../styles/fields.js';

/**
 * Styles of the offer's body (`body.ts`): the shaping form, the agenda and the text about the
 * provider. They join the offer's shadow root with the body (the script-tag build) or from the
 * start (the npm build).
 */
export const bodyStyles = [
  fields,
  controls,
  css`
    /* The PDF job's progress and error, shown in the price panel once the body is here. */
    .progress {
      display: block;
      width: 100%;
      height: 8px;
      margin-top: var(--_space);
      accent-color: var(--_primary);
    }
    .pdf-error {
      margin: var(--_space) 0 0;
      padding: var(--_space) calc(var(--_space) * 1.5);
      background: var(--_error-background);
    }
    .shaping > * + * {
      margin-top: calc(var(--_space) * 3);
    }
    .shaping > .hint {
      margin-top: calc(var(--_space) * -1);
    }
    .choice {
      display: grid;
      grid-template-columns: 24px minmax(0, 1fr);
      column-gap: calc(var(--_space) * 1.5);
      align-items: start;
      padding: var(--_space) 0;
    }
    .choice + .choice {
      border-top: 1px solid var(--_rule);
    }
    .choice input {
      grid-row: 1 / span 2;
      width: 24px;
      height: 24px;
      margin: 0;
      accent-color: var(--_primary);
      cursor: pointer;
    }
    .choice label {
      font-weight: 600;
      cursor: pointer;
    }
    .choice .hint {
      grid-column: 2;
    }
    .choice.no-room label {
      color: var(--_text-secondary);
      cursor: default;
    }
    .no-room-text,
    .module-description {
      display: block;
    }
    .no-room-text {
      font-style: italic;
    }
    .field label {
      display: block;
      font-weight: 700;
    }
    .field input {
      margin-top: var(--_space);
    }
    #participants {
      width: 10em;
    }
    .field.invalid {
      padding-left: calc(var(--_space) * 2);
      border-left: 4px solid var(--_error);
    }
    .optional {
      font-weight: 400;
    }
    .agenda-when {
      color: var(--_text-secondary);
    }
    .agenda-list {
      padding: 0;
      list-style: none;
    }
    .agenda-list li {
      display: grid;
      grid-template-columns: 5.5em minmax(0, 1fr) auto;
      gap: calc(var(--_space) * 1.5);
      padding: var(--_space) 0;
      border-bottom: 1px solid var(--_rule);
    }
    .agenda-list .time {
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .agenda-list .minutes {
      color: var(--_text-secondary);
      white-space: nowrap;
    }
    .agenda-list .pause {
      color: var(--_text-secondary);
      font-style: italic;
    }
    .agenda h4 {
      margin-top: calc(var(--_space) * 3);
      font-size: 1em;
    }
    .off-day .hint {
      display: inline;
      margin-inline-start: var(--_space);
    }
    .off-day .hint::before {
      content: '– ';
    }
    .about summary {
      cursor: pointer;
      color: var(--_link);
      text-decoration: underline;
    }
    .about {
      padding-top: calc(var(--_space) * 2);
      border-top: 1px solid var(--_rule);
    }
    .about p {
      margin-top: var(--_space);
      max-width: 70ch;
    }
    @container (max-width: 420px) {
      .agenda-list li {
        grid-template-columns: minmax(0, 1fr) auto;
        row-gap: calc(var(--_space) / 4);
      }
      .agenda-list .what {
        grid-column: 1 / -1;
        grid-row: 2;
      }
    }
  `,
];
