import { css } from 'lit';

/**
 * What every console page shares on top of the widget's tokens and base: the page heading,
 * DKFDS error summary and notices, tables that scroll sideways at 320 px, fields, selects and
 * the confirmation dialog.
 */
export const consoleStyles = css`
  .root {
    max-width: 72rem;
  }
  h1 {
    margin: 0 0 calc(var(--_space) * 2);
    font-size: 2em;
    line-height: 1.2;
    font-weight: 700;
  }
  h1:focus {
    outline: none;
  }
  h2 {
    font-size: 1.5em;
    margin-top: calc(var(--_space) * 4);
  }
  section {
    margin-bottom: calc(var(--_space) * 3);
  }
  label {
    display: block;
    font-weight: 600;
  }
  .field {
    margin-bottom: calc(var(--_space) * 2);
  }
  input[type='email'],
  input[type='password'],
  input[type='search'],
  input[type='file'],
  select,
  textarea {
    display: block;
    max-width: 100%;
    min-height: 44px;
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    font: inherit;
  }
  input[type='color'] {
    min-width: 64px;
    min-height: 44px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
  }
  textarea {
    width: 100%;
    min-height: 6em;
  }
  input[aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border-color: var(--_error);
    border-width: 2px;
  }
  .checkbox {
    display: flex;
    gap: var(--_space);
    align-items: center;
    font-weight: 400;
  }
  .checkbox input {
    width: 24px;
    height: 24px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .error-summary {
    margin: 0 0 calc(var(--_space) * 3);
    padding: calc(var(--_space) * 2) calc(var(--_space) * 2) calc(var(--_space) * 2)
      calc(var(--_space) * 2.5);
    border-left: 4px solid var(--_error);
    background: var(--_error-background);
  }
  .error-summary h2 {
    margin: 0 0 var(--_space);
    font-size: 1.25em;
  }
  .error-summary ul {
    margin: 0;
    padding-left: calc(var(--_space) * 3);
  }
  .error-summary a,
  .error-summary a:visited {
    color: var(--_text);
  }
  .notice {
    margin: 0 0 calc(var(--_space) * 3);
    padding: calc(var(--_space) * 2);
    border-left: 4px solid var(--_success);
    background: var(--_success-background);
  }
  .info {
    padding: calc(var(--_space) * 2);
    border-left: 4px solid var(--_link);
    background: var(--_surface);
  }
  .table-wrap {
    max-width: 100%;
    overflow-x: auto;
    margin-bottom: calc(var(--_space) * 2);
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: var(--_space);
  }
  th,
  td {
    padding: var(--_space);
    border-bottom: 1px solid var(--_rule);
    text-align: start;
    vertical-align: top;
  }
  td.number,
  th.number {
    text-align: end;
    white-space: nowrap;
  }
  dl.facts {
    display: grid;
    grid-template-columns: minmax(8em, max-content) 1fr;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
  }
  dl.facts dt {
    font-weight: 600;
  }
  dl.facts dd {
    margin: 0;
    white-space: pre-wrap;
  }
  @media (max-width: 480px) {
    dl.facts {
      grid-template-columns: 1fr;
    }
    dl.facts dd {
      margin-bottom: var(--_space);
    }
  }
  .status {
    display: inline-block;
    padding: 0 var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    white-space: nowrap;
  }
  .status-ny {
    font-weight: 700;
    border-color: var(--_text);
  }
  .failed {
    color: var(--_error);
    font-weight: 600;
  }
  code,
  pre {
    font-family: ui-monospace, 'Cascadia Mono', Menlo, Consolas, monospace;
    font-size: 0.875em;
  }
  pre {
    max-width: 100%;
    overflow-x: auto;
    padding: calc(var(--_space) * 2);
    background: var(--_surface);
    border: 1px solid var(--_rule);
    border-radius: var(--_radius);
    white-space: pre;
  }
  dialog {
    max-width: min(32rem, calc(100vw - 32px));
    padding: calc(var(--_space) * 3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: var(--_text);
    background: var(--_background);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .button.danger {
    background: var(--_error);
    border-color: var(--_error);
  }
`;
