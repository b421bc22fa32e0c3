import { css } from 'lit';

/**
 * The styles of `<temadag-inquiry>` on top of the shared `tokens` and `base`
 * (`src/styles/shared.ts`): DKFDS fields and error pattern, the error summary, the
 * confirmation and the last-resort box. Pixels, not rem: DKFDS rem values assume
 * `html { font-size: 62.5% }`, which a host page may not have.
 */
export const inquiryStyles = css`
  .root {
    max-width: 640px;
  }

  h4 {
    font-size: 1em;
    line-height: 1.5;
    margin: 0 0 var(--_space);
  }

  a:visited {
    color: var(--temadag-color-link-visited, #800080);
  }

  [tabindex='-1']:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
  }

  fieldset {
    margin-bottom: calc(var(--_space) * 3);
  }

  legend {
    font-size: 1.25em;
    line-height: 1.3;
    margin-bottom: calc(var(--_space) * 2);
  }

  .legend-hint {
    margin-top: calc(var(--_space) * -1);
  }

  .field {
    margin: 0 0 calc(var(--_space) * 3);
  }

  .field--error {
    border-left: 4px solid var(--_error);
    padding-left: calc(var(--_space) * 1.5);
  }

  label {
    display: block;
    font-weight: 600;
  }

  .optional {
    font-weight: 400;
  }

  /* The box of every field is the shared one (styles/fields.ts); the form's fill its width. */
  input[type='email'],
  input[type='tel'],
  input[type='text'],
  input[type='date'],
  textarea {
    width: 100%;
    margin: var(--_space) 0 0;
  }

  input[type='date'] {
    width: auto;
  }

  input[aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border: 2px solid var(--_error);
  }

  .input--short {
    max-width: 16em;
  }

  textarea {
    min-height: 160px;
    resize: vertical;
  }

  .count {
    display: block;
    margin-top: calc(var(--_space) / 2);
    color: var(--_text-secondary);
  }

  .count--over {
    color: var(--_error);
    font-weight: 600;
  }

  .honeypot {
    position: absolute !important;
    left: -10000px !important;
    width: 1px !important;
    height: 1px !important;
    overflow: hidden !important;
  }

  .privacy {
    margin: 0 0 calc(var(--_space) * 3);
    padding: calc(var(--_space) * 2);
    background: var(--_surface);
  }

  .privacy p:last-child {
    margin-bottom: 0;
  }

  .status:empty {
    display: none;
  }

  .status {
    margin: calc(var(--_space) * 2) 0 0;
    color: var(--_text-secondary);
  }

  .error-summary {
    margin: 0 0 calc(var(--_space) * 3);
    padding: calc(var(--_space) * 2) calc(var(--_space) * 2) calc(var(--_space) * 2)
      calc(var(--_space) * 2.5);
    border-left: 4px solid var(--_error);
    background: var(--_error-background);
  }

  .error-summary ul {
    margin: 0;
    padding-left: calc(var(--_space) * 3);
  }

  .error-summary a,
  .error-summary a:visited {
    color: var(--_text);
  }

  .success,
  .failed {
    padding: calc(var(--_space) * 2) calc(var(--_space) * 2) calc(var(--_space) * 2)
      calc(var(--_space) * 2.5);
  }

  .success {
    border-left: 4px solid var(--_success);
    background: var(--_success-background);
  }

  .failed {
    margin-top: calc(var(--_space) * 3);
    border-left: 4px solid var(--_error);
    background: var(--_background);
  }

  .success p:last-child,
  .failed p:last-child {
    margin-bottom: 0;
  }

  .failed textarea {
    min-height: 200px;
    margin-bottom: var(--_space);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
    align-items: center;
  }
`;
