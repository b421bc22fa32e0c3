import type { OfferMessages } from './offer-types.js';

/** The offer's English texts. */
export const offersEn: OfferMessages = {
  draft: {
    required: 'Required.',
    badDate: 'Must be a date as YYYY-MM-DD.',
    pastDate: 'The date cannot be before today.',
    tooLong: (max) => `At most ${max} characters.`,
    notList: 'Must be a list.',
    badLocale: 'The language must be da or en.',
  },
  noRevision: 'There is no such revision of the offer.',
  sendConflict: 'Another revision of the offer was sent at the same time. Reload the page.',
  notAccepted: 'The offer can be exported once it is accepted.',
  notFoundTitle: 'Offer not found',
  notFoundText: 'The link is wrong or incomplete. Contact whoever sent you the offer.',
  mail: {
    subject: (number, provider) => `Offer ${number} from ${provider}`,
    greeting: (name) => (name ? `Dear ${name}` : 'Hello'),
    intro: (provider, number) =>
      `Please find ${provider}'s binding offer ${number}, as agreed. The offer is attached as a PDF.`,
    replaces: (number) => `It replaces offer ${number}.`,
    link: 'View the offer, and accept or decline it, here:',
    validUntil: (date) => `The offer is valid through ${date}.`,
    attachment: (file) => `Attached: ${file}`,
    signature: (provider) => `Kind regards\n${provider}`,
    copySubject: (number, organisation) => `Copy: offer ${number} sent to ${organisation}`,
    copyIntro: (email) =>
      `A copy of the offer sent to ${email}. The link to accept is only in the customer's email.`,
    acceptedSubject: (number, organisation) => `Offer ${number} accepted by ${organisation}`,
    acceptedIntro: (number, name, title, when) =>
      `Offer ${number} was accepted by ${name} (${title}) on ${when}.`,
    orderReference: 'Order/requisition number',
    ean: 'EAN',
    pdfSha256: "SHA-256 of the accepted offer's PDF",
    confirmSubject: (number) => `Confirmation: offer ${number} accepted`,
    confirmBody: (number, name, when) =>
      `Thank you. ${name} accepted offer ${number} on ${when}. The accepted offer is attached.`,
    declinedSubject: (number, organisation) => `Offer ${number} declined by ${organisation}`,
    declinedIntro: (number, when) => `Offer ${number} was declined on ${when}.`,
    reason: 'Reason',
    noReason: '(no reason given)',
  },
};
