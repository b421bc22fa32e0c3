import { css } from 'lit';

/**
 * The offer editor's layout: one column on small screens in reading order (fields, preview,
 * send); from 64rem the preview stays beside the fields while scrolling.
 */
export const editorStyles = css`
  .root {
    max-width: 80rem;
  }
  input[type='text'],
  input[type='email'] {
    width: 32rem;
  }
  .narrow input {
    width: 12rem;
  }
  .field.invalid {
    padding-left: calc(var(--_space) * 1.5);
    border-left: 4px solid var(--_error);
  }
  select[aria-invalid='true'] {
    border-color: var(--_error);
  }
  .group {
    margin: 0 0 calc(var(--_space) * 3);
  }
  legend h2 {
    margin: calc(var(--_space) * 2) 0 var(--_space);
  }
  .optional,
  .hint.inline {
    display: inline;
    font-weight: 400;
  }
  .line {
    margin: 0 0 calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_rule);
    border-radius: var(--_radius);
  }
  .line legend {
    font-weight: 700;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 2);
    align-items: flex-end;
  }
  #modules .checkbox {
    margin-bottom: var(--_space);
  }
  #modules:focus {
    outline: 3px solid var(--_focus);
  }
  tr.total td,
  tr.total th {
    border-bottom: 3px double var(--_text);
  }
  .send {
    margin-top: calc(var(--_space) * 3);
  }
  @media (min-width: 64rem) {
    .editor {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(20rem, 28rem);
      gap: 0 calc(var(--_space) * 4);
      align-items: start;
    }
    .fields,
    .send {
      grid-column: 1;
    }
    .preview-pane {
      grid-column: 2;
      grid-row: 1 / span 2;
      position: sticky;
      top: calc(var(--_space) * 2);
    }
  }
`;
