import type { OwnFileMessages } from './types.js';

/** English words of a revised, binding offer and its acceptance (see `Messages['revision']`). */
export const enRevision: OwnFileMessages = {
  revision: {
    binding: 'Binding offer',
    manualLine: (count, unit) => `${count} × ${unit}`,
    discountAmount: (amount, reason) => `Discount of ${amount}: ${reason}`,
    surchargeAmount: (amount, reason) => `Surcharge of ${amount}: ${reason}`,
    rateOrAmount: 'Give either a rate or an amount, not both.',
    discountExceeds: (subtotal) =>
      `The discounts are larger than the amount before them (${subtotal}). Lower the discount.`,
    nothingToAdjust: 'There is no amount to discount or surcharge. Add a priced line first.',
    validUntilPast: (date) => `The validity date cannot be before the offer's date (${date}).`,
    acceptedNote: (name, title, when) => `Accepted by ${name}, ${title}, ${when}.`,
  },
};
