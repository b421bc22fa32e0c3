/**
 * The texts of the customer's offer page (`GET /o/:token`): the page's own words. The offer's
 * content (labels of the number, dates, price and terms) comes from core's and the PDF's
 * catalogues, so the page and the PDF say the same.
 */
export interface OfferPageMessages {
  /** The `<title>`: the offer's `number` and the `provider`'s name. */
  documentTitle: (number: string, provider: string) => string;
  /** Put before the `<title>` when the page shows errors: `Fejl: `. */
  titleErrorPrefix: string;
  /** The `<h1>`: `Tilbud T-2027-0042-2`. */
  heading: (number: string) => string;
  /** The link to the PDF: `Hent tilbud som pdf-fil`. */
  pdfLink: string;
  /** The link from the top of an open offer to its forms. */
  skipToAnswer: string;
  /** The name of the landmark with the offer's facts (number, dates). */
  factsLabel: string;
  /** The provider's contact block. */
  contactHeading: string;
  /** The line that introduces the contact: `Kontakt <person> hos <provider>`. */
  contactIntro: (person: string, provider: string) => string;
  emailLabel: string;
  phoneLabel: string;
  /** An open offer: how long it can be accepted (the `date` formatted). */
  openLead: (date: string) => string;
  accept: {
    heading: string;
    intro: string;
    name: string;
    title: string;
    /** The checkbox: the person may commit `organisation` to the offer. */
    authorised: (organisation: string) => string;
    /** The organisation's name when the offer has none. */
    ourOrganisation: string;
    orderReference: string;
    orderReferenceHint: string;
    ean: string;
    eanHint: string;
    /** Marks an optional field's label: `(frivilligt)`. */
    optional: string;
    submit: string;
  };
  decline: {
    heading: string;
    intro: string;
    reason: string;
    reasonHint: string;
    submit: string;
  };
  /** The error summary and the inline messages' hidden prefix (DKFDS). */
  errors: {
    heading: string;
    /** Visually hidden before each inline message: `Fejl: `. */
    prefix: string;
    /** Validation texts for the server's accept and decline routes. */
    nameEmpty: string;
    titleEmpty: string;
    authorisedMissing: string;
    /** A text field over `max` characters; `field` is its label. */
    tooLong: (field: string, max: string) => string;
    eanInvalid: string;
    csrf: string;
  };
  accepted: {
    heading: string;
    /** The receipt's lead: `name` accepted the offer at `when`. */
    lead: (name: string, when: string) => string;
    receiptHeading: string;
    acceptedBy: string;
    title: string;
    acceptedAt: string;
    number: string;
    orderReference: string;
    ean: string;
    pdfSha256: string;
    pdfSha256Hint: string;
  };
  declined: {
    heading: string;
    /** Declined at `when`. */
    lead: (when: string) => string;
    reason: string;
  };
  expired: {
    heading: string;
    /** It could be accepted through `date`. */
    lead: (date: string) => string;
  };
  superseded: {
    heading: string;
    lead: string;
  };
  /** Under a closed offer: who to contact. */
  closedContact: (provider: string) => string;
}
