import type { OwnFileMessages } from './types.js';

/** Danish words of a revised, binding offer and its acceptance (see `Messages['revision']`). */
export const daRevision: OwnFileMessages = {
  revision: {
    binding: 'Bindende tilbud',
    manualLine: (count, unit) => `${count} × ${unit}`,
    discountAmount: (amount, reason) => `Rabat på ${amount}: ${reason}`,
    surchargeAmount: (amount, reason) => `Tillæg på ${amount}: ${reason}`,
    rateOrAmount: 'Angiv enten en sats eller et beløb, ikke begge.',
    discountExceeds: (subtotal) =>
      `Rabatterne er større end beløbet før rabat (${subtotal}). Sæt rabatten ned.`,
    nothingToAdjust:
      'Der er intet beløb at give rabat eller tillæg på. Tilføj først en linje med en pris.',
    validUntilPast: (date) => `Gyldighedsdatoen kan ikke ligge før tilbuddets dato (${date}).`,
    acceptedNote: (name, title, when) => `Accepteret af ${name}, ${title}, ${when}.`,
  },
};
