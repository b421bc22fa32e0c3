import type { ExtrasWord, Translation } from './types.js';

/**
 * The Danish words of the terms' body and the sticky price summary (`offer/extras.ts`), part of `da` (da.ts). The script-tag build keeps them out of
 * temadag.js: the chunk brings them and they join `translations.da` when it loads.
 */
export const daExtras: Pick<Translation, ExtrasWord> = {
  termsValidity: (days) => `Tilbuddet gælder i ${days} dage.`,
  termsPayment: 'Betaling',
  termsCancellation: 'Aflysning',
  termsIncluded: 'Prisen omfatter',
  termsExcluded: 'Prisen omfatter ikke',
  summaryBreakdown: 'Se beregningen',
  summaryForm: 'Til henvendelsen',
};
