import type { OfferPageMessages } from './offer-page-types.js';

/** The English texts of the customer's offer page. */
export const offerPageEn: OfferPageMessages = {
  documentTitle: (number, provider) => `Offer ${number} from ${provider}`,
  titleErrorPrefix: 'Error: ',
  heading: (number) => `Offer ${number}`,
  pdfLink: 'Download the offer as a PDF file',
  skipToAnswer: 'Go to accepting or declining the offer',
  factsLabel: 'The offer’s number and dates',
  contactHeading: 'Contact',
  contactIntro: (person, provider) => `Contact ${person} at ${provider}.`,
  emailLabel: 'Email',
  phoneLabel: 'Phone',
  openLead: (date) => `The offer can be accepted until and including ${date}.`,
  accept: {
    heading: 'Accept the offer',
    intro:
      'When you accept, the offer is binding for both parties. You get a receipt on this page.',
    name: 'Your name',
    title: 'Job title',
    authorised: (organisation) =>
      `I confirm that I am authorised to commit ${organisation} to this offer`,
    ourOrganisation: 'my organisation',
    orderReference: 'Order or requisition number',
    orderReferenceHint: 'If your finance system needs it on the invoice',
    ean: 'EAN number',
    eanHint: '13 digits, e.g. 5790000000005',
    optional: '(optional)',
    submit: 'Accept the offer',
  },
  decline: {
    heading: 'Decline the offer',
    intro: 'If you do not want the offer, you can decline it. The provider will be told.',
    reason: 'Reason',
    reasonHint: 'You may tell the provider why you say no',
    submit: 'Decline the offer',
  },
  errors: {
    heading: 'There is a problem',
    prefix: 'Error: ',
    nameEmpty: 'Enter your name',
    titleEmpty: 'Enter your job title',
    authorisedMissing: 'Tick the box if you are authorised to commit the organisation',
    tooLong: (field, max) => `${field} must be ${max} characters or fewer`,
    eanInvalid: 'The EAN number must be 13 digits, e.g. 5790000000005',
    csrf: 'The page is out of date. Load it again and try once more',
  },
  accepted: {
    heading: 'The offer is accepted',
    lead: (name, when) => `${name} accepted the offer on ${when}.`,
    receiptHeading: 'Receipt',
    acceptedBy: 'Accepted by',
    title: 'Job title',
    acceptedAt: 'Time',
    number: 'Offer number',
    orderReference: 'Order or requisition number',
    ean: 'EAN number',
    pdfSha256: 'SHA-256 of the PDF file',
    pdfSha256Hint:
      'The fingerprint shows that the PDF file is the one that was accepted: it changes if a single character of the file changes.',
  },
  declined: {
    heading: 'The offer is declined',
    lead: (when) => `The offer was declined on ${when}.`,
    reason: 'Reason',
  },
  expired: {
    heading: 'The offer has expired',
    lead: (date) =>
      `The offer could be accepted until and including ${date}. It cannot be accepted now.`,
  },
  superseded: {
    heading: 'The offer has been replaced by a newer one',
    lead: 'A newer version of the offer has been sent, so this version cannot be accepted. Use the link in the latest email.',
  },
  closedContact: (provider) => `If you have questions, contact ${provider}.`,
};
