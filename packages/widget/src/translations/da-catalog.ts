import type { CatalogWord, Translation } from './types.js';

/**
 * The Danish words of the catalog's list (`catalog/view.ts`), part of `da` (da.ts). The script-tag build keeps them out of
 * temadag.js: the chunk brings them and they join `translations.da` when it loads.
 */
export const daCatalog: Pick<Translation, CatalogWord> = {
  catalogOpen: 'Se og sammensæt temadagen',
  catalogBack: 'Tilbage til alle temadage',
  catalogFrom: (amount) => `Fra ${amount} ekskl. moms`,
  catalogOnRequest: 'Pris efter aftale',
};
