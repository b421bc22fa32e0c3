import { css } from 'lit';

/**
 * Fields: number, date, text, email and telephone inputs, text areas, fieldsets and legends,
 * for the forms that have them (the offer's shaping form and the inquiry form). Apart from
 * shared.ts so that the script-tag build's first paint, which shows no field, does not carry
 * them.
 */
export const fields = css`
  input[type='number'],
  input[type='date'],
  input[type='text'],
  input[type='email'],
  input[type='tel'],
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
  input[aria-invalid='true'] {
    border-color: var(--_error);
  }
  fieldset {
    min-width: 0;
    padding: 0;
    border: 0;
  }
  legend {
    display: block;
    padding: 0;
    margin-bottom: var(--_space);
    font-weight: 700;
  }
`;
