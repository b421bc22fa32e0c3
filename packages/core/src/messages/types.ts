/**
 * Every user-facing string of `@temadag/core`, one typed catalogue per language. Functions
 * receive values that are already formatted for the language (money, numbers, dates).
 *
 * Override any part with {@link getMessages}.
 */
export interface Messages {
  /** Words on offers, in the text export and in the PDF. */
  offer: {
    title: string;
    indicative: string;
    indicativeNote: string;
    number: string;
    date: string;
    validUntil: string;
    provider: string;
    customer: string;
    cvr: string;
    ean: string;
    reference: string;
    contact: string;
    format: string;
    date_of_event: string;
    /** Label of the day's time span (`kl. 09.00–14.30`), see `daySpan`. */
    time: string;
    place: string;
    /** A number of participants, e.g. "30 deltagere". */
    participants: (count: string) => string;
    participantsLabel: string;
    agenda: string;
    modules: string;
    price: string;
    indicativePrice: string;
    priceOnRequest: string;
    priceOnRequestNote: string;
    description: string;
    quantity: string;
    unitPrice: string;
    amount: string;
    subtotal: string;
    /** The label of the VAT row for one `rate`, e.g. "Moms 25 %". */
    vat: (rate: string) => string;
    vatTotal: string;
    total: string;
    terms: string;
    /** How long the offer holds: a number of `days`, up to and including `date`. */
    validity: (days: string, date: string) => string;
    payment: string;
    cancellation: string;
    included: string;
    excluded: string;
    /** The heading above the provider's description, e.g. "Om Temadag ApS". */
    about: (provider: string) => string;
    focusQuestions: string;
    /** The page number in the PDF footer, e.g. "Side 2 af 3". */
    page: (page: string, pages: string) => string;
    /**
     * The file name of an offer's PDF for an offer `number` already made safe for file names,
     * e.g. "tilbud-T-2026-0042.pdf".
     */
    fileName: (number: string) => string;
  };
  /** Agenda items that the format adds. */
  agenda: {
    break: string;
    lunch: string;
  };
  /** Descriptions and explanations of priced lines. */
  pricing: {
    /** A per-participant price: `count` participants × the `unit` price. */
    perParticipant: (count: string, unit: string) => string;
    /**
     * One tier of a graduated price: the `count` participants in the tier × its `unit` price,
     * and the tier's bounds; `to` is undefined for the open last tier.
     */
    tier: (count: string, unit: string, from: string, to: string | undefined) => string;
    /** The flat `amount` of a tier, with the tier's bounds; `to` undefined when open. */
    tierFlat: (amount: string, from: string, to: string | undefined) => string;
    /**
     * The flat `amount` of a tier without a unit price: it covers `count` participants in the
     * tier `from`–`to` (`to` undefined when open).
     */
    tierFlatOnly: (amount: string, count: string, from: string, to: string | undefined) => string;
    /**
     * A priced line's `explanation` with the note that the participants of the free tier
     * `from`–`to` (a unit price of 0 and no flat amount) are included.
     */
    tierFree: (explanation: string, from: string, to: string | undefined) => string;
    /**
     * A volume price: all `count` participants × the `unit` price of the tier they fall in,
     * with its bounds; `to` is undefined for the open last tier.
     */
    volume: (count: string, unit: string, from: string, to: string | undefined) => string;
    /** A band price for `count` participants: one price for the band `from`–`to` they fall in. */
    band: (count: string, from: string, to: string | undefined) => string;
    /**
     * A package price: started `blocks` of `size` participants × the `unit` price;
     * `blockCount` is the number of blocks, for singular or plural.
     */
    package: (blocks: string, size: string, unit: string, blockCount: number) => string;
    /** A package price's `explanation` with the number of participants `included` free. */
    packageIncluded: (explanation: string, included: string) => string;
    /** A fixed price for the chosen `format`, e.g. "Fast pris for Hel temadag". */
    fixed: (format: string) => string;
    /** An add-on priced once per offer, named by its `module` (when the line's name differs). */
    addOnOffer: (module: string) => string;
    /** An add-on priced once per offer, on a line that already bears the module's name. */
    addOnFixed: string;
    /** An add-on priced per participant: `count` participants × the `unit` price. */
    addOnParticipant: (count: string, unit: string) => string;
    /** A surcharge: `percent` of the `base` amount, and the `reason` for it. */
    surcharge: (percent: string, base: string, reason: string) => string;
    /** A discount: `percent` of the `base` amount, and the `reason` for it. */
    discount: (percent: string, base: string, reason: string) => string;
    /** The description of a discount line whose rule has no label. */
    discountLine: (reason: string) => string;
    /** The description of a surcharge line whose rule has no label. */
    surchargeLine: (reason: string) => string;
    /** Added to a percentage line that covers one of several VAT rates: the share at `rate`. */
    vatShare: (rate: string) => string;
    /**
     * Travel by distance: `km` driven (both ways when `roundTrip`) × the `rate` per km, and the
     * kilometres `included` in the price ("0" when none are).
     */
    travelKm: (km: string, rate: string, roundTrip: boolean, included: string) => string;
    /** Travel priced by `zone`, named by the zone's label. */
    travelZone: (zone: string) => string;
    travel: string;
    /** The top-up to a minimum price: the `minimum` and the `subtotal` that fell short of it. */
    minimum: (minimum: string, subtotal: string) => string;
    minimumLine: string;
    /** Why there is no price: above `limit` participants the price is agreed directly. */
    onRequest: (limit: string) => string;
    /** Line descriptions for rules that have no `label`. */
    labels: { fixed: string; perParticipant: string; participants: string; package: string };
  };
  /**
   * Words of a provider's revised offer: manual lines, adjustments, the binding status and the
   * acceptance record. Not part of the widget's first paint.
   */
  revision: {
    /** The status line of a binding offer, where an indicative one says "Vejledende tilbud". */
    binding: string;
    /** The explanation of a manual line: `count` × the `unit` price. */
    manualLine: (count: string, unit: string) => string;
    /** A discount of a fixed `amount`, and the `reason` for it. */
    discountAmount: (amount: string, reason: string) => string;
    /** A surcharge of a fixed `amount`, and the `reason` for it. */
    surchargeAmount: (amount: string, reason: string) => string;
    /** An adjustment that gives both a rate and an amount, or neither. */
    rateOrAmount: string;
    /** The discounts take the subtotal below zero; `subtotal` is the amount before them. */
    discountExceeds: (subtotal: string) => string;
    /** An adjustment on an offer with nothing to adjust (no priced lines). */
    nothingToAdjust: string;
    /** A validity date before the offer's issue `date`. */
    validUntilPast: (date: string) => string;
    /** The acceptance as a note: who (`name`, `title`) accepted, and `when` (Copenhagen time). */
    acceptedNote: (name: string, title: string, when: string) => string;
  };
  /** Catalog validation problems. */
  catalog: {
    /** An `id` used twice; `first` is the path where it was first used. */
    duplicateId: (id: string, first: string) => string;
    /** A reference to a format `id` that does not exist. */
    unknownFormat: (id: string) => string;
    /** A reference to a module `id` that does not exist. */
    unknownModule: (id: string) => string;
    /** A percentage rule's scope names a price rule `id` that does not exist. */
    unknownRule: (id: string) => string;
    /** A reference to an offering `id` that does not exist. */
    unknownOffering: (id: string) => string;
    /** A percentage rule stands before the price rule `id` that it applies to. */
    scopeOrder: (id: string) => string;
    scopeSelf: string;
    /** Tiers out of order: a tier ending at `upTo` comes after one ending at `previous`. */
    tierUnsorted: (upTo: string, previous: string) => string;
    /** A tier starts at `from`, inside the previous tier that ends at `previousUpTo`. */
    tierOverlap: (from: string, previousUpTo: string) => string;
    /** A tier starts at `from` where it should start at `expected`, leaving a gap. */
    tierGap: (from: string, expected: string) => string;
    /** The first tier starts at `from` instead of 0 or 1. */
    tierFirst: (from: string) => string;
    tierOpenMiddle: string;
    /** The last tier ends at `upTo`, but up to `max` participants can be chosen. */
    tierClosedEnd: (upTo: string, max: string) => string;
    /** The smallest number of participants, `min`, is larger than the largest, `max`. */
    participantsRange: (min: string, max: string) => string;
    /** The default number of participants, `value`, is outside `min`–`max`. */
    participantsDefault: (value: string, min: string, max: string) => string;
    /** The required modules and breaks take `over` minutes more than `format` lasts. */
    formatOverfull: (format: string, over: string) => string;
    /** A `module` cannot fit in `format`: with the required modules it is `over` minutes long. */
    moduleTooLong: (module: string, format: string, over: string) => string;
    /** A module gives minutes per format, but none for `format`. */
    moduleMinutesMissing: (format: string) => string;
    /** A break placed `after` minutes into a format that lasts only `duration` minutes. */
    breakAfterEnd: (after: string, duration: string) => string;
    travelMode: string;
    /** An offering has more than one price rule of a `kind` that may appear once. */
    singleRule: (kind: string) => string;
    /** An add-on for a `module` that is always included. */
    addOnRequired: (module: string) => string;
  };
  /** The first line of a {@link ValidationError}'s message, by what was checked. */
  headings: {
    catalog: string;
    selection: string;
    offer: string;
  };
  /** Messages for general schema problems, by kind. */
  issue: {
    required: string;
    /** A value of the wrong type; `expected` is a name from `typeNames`, e.g. "et tal". */
    type: (expected: string) => string;
    /** A number below its `minimum`. */
    tooSmall: (minimum: string) => string;
    /** A number above its `maximum`. */
    tooBig: (maximum: string) => string;
    /** A text shorter than `minimum` characters ("1": the text is empty). */
    tooShort: (minimum: string) => string;
    /** A text longer than `maximum` characters; `actual` is its length. */
    tooLong: (maximum: string, actual: string) => string;
    /**
     * A list with fewer than `minimum` items; `count` is the same number, for the plural
     * (without it, read from `minimum`).
     */
    tooFew: (minimum: string, count?: number) => string;
    /** A list with more than `maximum` items; `count` as for `tooFew`. */
    tooMany: (maximum: string, count?: number) => string;
    integer: string;
    email: string;
    url: string;
    date: string;
    pattern: string;
    id: string;
    /**
     * A value that is not one of the allowed `values` (JSON, separated by commas); `items`
     * holds them one by one, for a list in words ("a, b eller c").
     */
    oneOf: (values: string, items?: readonly string[]) => string;
    /** Fields that the schema does not know: `keys` separated by commas, `items` one by one. */
    unknownKeys: (keys: string, items?: readonly string[]) => string;
    union: string;
    cvr: string;
    gln: string;
    invalid: string;
    typeNames: Record<string, string>;
  };
  /** Selection problems (what a visitor or a program asked for). */
  selection: {
    /** The catalog has no offering with this `id`. */
    unknownOffering: (id: string) => string;
    /** The offering has no format with this `id`. */
    unknownFormat: (id: string) => string;
    /** The offering has no module with this `id`. */
    unknownModule: (id: string) => string;
    /** A `module` (its title) that cannot be chosen for a `format` (its label). */
    moduleNotInFormat: (module: string, format: string) => string;
    /** A number of participants outside the offering's `min`–`max`. */
    participantsRange: (min: string, max: string) => string;
    /** The chosen modules take `over` minutes more than the format has room for. */
    overfull: (over: string) => string;
    /** The travel rule has no zone with this `id`. */
    unknownZone: (id: string) => string;
  };
  /** Inquiry form messages, worded as Det Fælles Designsystem asks. */
  inquiry: {
    nameEmpty: string;
    emailEmpty: string;
    emailNoAt: string;
    emailInvalid: string;
    organisationEmpty: string;
    phoneInvalid: string;
    participantsEmpty: string;
    /** A number of participants that is not a whole number from `min` to `max`. */
    participantsRange: (min: string, max: string) => string;
    formatEmpty: string;
    /** A preferred date that is no date; its example must be one `parseDate` accepts. */
    dateInvalid: string;
    /** A preferred date that is today or earlier (see `isWantedDateAllowed`). */
    datePast: string;
    /** A message longer than `maximum` characters; `actual` is its length. */
    messageTooLong: (maximum: string, actual: string) => string;
    eanInvalid: string;
    eanCheckDigit: string;
    cvrInvalid: string;
    cvrCheck: string;
    /** A text `field` (its label from `inquiryText`) longer than `maximum` characters. */
    tooLong: (field: string, maximum: string) => string;
  };
  /** Labels of an inquiry written as plain text (see `inquiryToText`). */
  inquiryText: {
    offering: string;
    format: string;
    participants: string;
    modules: string;
    /** The label before `count` preferred dates: "Ønsket dato" or "Ønskede datoer". */
    preferredDates: (count: number) => string;
    /** Label of the day's time span of the chosen design. */
    time: string;
    place: string;
    name: string;
    email: string;
    organisation: string;
    role: string;
    phone: string;
    ean: string;
    cvr: string;
    reference: string;
    campaign: string;
    message: string;
  };
}

/** A partial {@link Messages}: any group and any entry may be left out. */
export type MessageOverrides = { [G in keyof Messages]?: Partial<Messages[G]> };

/**
 * The entries of each group that the widget's first paint uses (an offer's price panel, its
 * agenda, its selection): its script-tag build holds only these (see `da-offer.ts`).
 */
interface OfferEntries {
  offer:
    | 'about'
    | 'agenda'
    | 'amount'
    | 'description'
    | 'focusQuestions'
    | 'indicativeNote'
    | 'indicativePrice'
    | 'participantsLabel'
    | 'priceOnRequest'
    | 'priceOnRequestNote'
    | 'subtotal'
    | 'total'
    | 'vat';
  agenda: keyof Messages['agenda'];
  pricing: keyof Messages['pricing'];
  headings: keyof Messages['headings'];
  selection: keyof Messages['selection'];
  inquiry: 'participantsEmpty' | 'participantsRange';
}

/** The messages of the widget's first paint: {@link OfferEntries} of {@link Messages}. */
export type OfferMessages = {
  [G in keyof OfferEntries]: Pick<Messages[G], OfferEntries[G] & keyof Messages[G]>;
};

/**
 * Groups kept in files of their own (`da-revision.ts`), outside {@link RestMessages}, so that
 * the revision words and the rest can change apart.
 */
export type OwnFileMessages = Pick<Messages, 'revision'>;

/**
 * Every other entry: the groups and the entries that {@link OfferMessages} leaves out, except
 * the groups of {@link OwnFileMessages}.
 */
export type RestMessages = {
  [
    G in Exclude<keyof Messages, keyof OwnFileMessages> as G extends keyof OfferEntries
      ? [Exclude<keyof Messages[G], OfferEntries[G]>] extends [never]
        ? never
        : G
      : G
  ]: G extends keyof OfferEntries ? Omit<Messages[G], OfferEntries[G]> : Messages[G];
};

/**
 * The groups of {@link RestMessages} about the offer as a document and the catalog's checks
 * (`da-document.ts`): the PDF's and the text export's words beyond the first paint.
 */
export type DocumentMessages = Pick<RestMessages, 'offer' | 'catalog'>;

/** The rest of {@link RestMessages}: the inquiry form's words (`da-rest.ts`). */
export type FormRestMessages = Omit<RestMessages, keyof DocumentMessages>;
