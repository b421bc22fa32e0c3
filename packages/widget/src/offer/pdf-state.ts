import { html, nothing, type TemplateResult } from 'lit';
import type { PdfJobController } from '../controllers/pdf-job.js';
import type { Translation } from '../translations/index.js';

/** What the price panel shows of a PDF job below its button. */
export interface PdfState {
  /** The progress bar while the file is made. */
  progress: TemplateResult | typeof nothing;
  /** What the panel's status line (a live region, always there) says. */
  status: string;
  /** The error message when the file could not be made. */
  error: TemplateResult | typeof nothing;
}

/**
 * Where the offer's PDF job stands, as the price panel shows it below the PDF button: part of
 * the offer's body, like the button's action (offer/pdf-download.ts), since a job only starts
 * once the body is here; the panel keeps the button and the status line at first paint.
 *
 * @param t - the widget's words
 * @param pdf - the job's status and progress
 * @returns the progress bar, the status line's text and the error message
 * @example
 * ```ts
 * const { progress, status, error } = pdfState(da, { status: 'pending', progress: 0.5 });
 * ```
 */
export function pdfState(
  t: Translation,
  pdf: Pick<PdfJobController, 'status' | 'progress'>,
): PdfState {
  const working = pdf.status === 'pending';
  return {
    progress: working
      ? html`<progress
          class="progress"
          max="1"
          .value=${pdf.progress ?? 0}
          ?indeterminate=${pdf.progress === undefined}
          aria-label=${t.pdfWorking}
        ></progress>`
      : nothing,
    status: working ? t.pdfWorking : pdf.status === 'complete' ? t.pdfDone : '',
    error:
      pdf.status === 'error'
        ? html`<p class="error-message pdf-error" role="alert">
            <span class="visually-hidden">${t.errorPrefix}</span>${t.pdfFailed}
          </p>`
        : nothing,
  };
}
