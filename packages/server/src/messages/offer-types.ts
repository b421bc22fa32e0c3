/** The texts of the offer's life: the console API's answers, the public form's errors, emails. */
export interface OfferMessages {
  /** Problems of a posted draft (the console's "Lav tilbud"). */
  draft: {
    required: string;
    badDate: string;
    pastDate: string;
    /** At most `max` characters. */
    tooLong: (max: string) => string;
    notList: string;
    badLocale: string;
  };
  /** `404`: no such revision of the inquiry. */
  noRevision: string;
  /** `409`: another revision was sent at the same moment. */
  sendConflict: string;
  /** `409`: the UBL export exists only for an accepted revision. */
  notAccepted: string;
  /** The offer page's 404: an unknown or mistyped link. */
  notFoundTitle: string;
  notFoundText: string;
  /** The emails. */
  mail: {
    /** To the customer: "Tilbud T-2027-0042-2 fra <provider>". */
    subject: (number: string, provider: string) => string;
    /** "Kære <name>" (or a neutral greeting without a name). */
    greeting: (name: string | undefined) => string;
    /** That the `provider` sends the binding offer `number`. */
    intro: (provider: string, number: string) => string;
    /** It replaces the offer `number`. */
    replaces: (number: string) => string;
    /** Before the link to the offer page. */
    link: string;
    /** Valid through `date` (a formatted date). */
    validUntil: (date: string) => string;
    /** The attached PDF's `file` name. */
    attachment: (file: string) => string;
    /** The closing greeting from the `provider`. */
    signature: (provider: string) => string;
    /** The provider's copy: "Kopi: tilbud … sendt til <email>". */
    copySubject: (number: string, organisation: string) => string;
    /** The copy's first line: sent to `email`; the link is only in the customer's email. */
    copyIntro: (email: string) => string;
    /** To the provider: "Tilbud … er accepteret af <organisation>". */
    acceptedSubject: (number: string, organisation: string) => string;
    /** Who accepted, with their `title`, and `when` (formatted). */
    acceptedIntro: (number: string, name: string, title: string, when: string) => string;
    orderReference: string;
    ean: string;
    pdfSha256: string;
    /** To the customer: "Bekræftelse: tilbud … er accepteret". */
    confirmSubject: (number: string) => string;
    /** That `name` accepted `number` on `when` and the accepted PDF is attached. */
    confirmBody: (number: string, name: string, when: string) => string;
    /** To the provider: "Tilbud … er afvist af <organisation>". */
    declinedSubject: (number: string, organisation: string) => string;
    /** That `number` was declined on `when`. */
    declinedIntro: (number: string, when: string) => string;
    reason: string;
    noReason: string;
  };
}
