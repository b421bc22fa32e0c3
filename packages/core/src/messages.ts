import type { Locale } from './locale.js';

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
    notBinding: string;
  };
  /** Agenda items that the format adds. */
  agenda: {
    break: string;
    lunch: string;
  };
  /** Descriptions and explanations of priced lines. */
  pricing: {
    /** A number of participants, e.g. "30 deltagere". */
    participantCount: (count: string) => string;
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
     * A volume price: all `count` participants × the `unit` price of the tier they fall in,
     * with its bounds; `to` is undefined for the open last tier.
     */
    volume: (count: string, unit: string, from: string, to: string | undefined) => string;
    /** A band price for `count` participants: one price for the band `from`–`to` they fall in. */
    band: (count: string, from: string, to: string | undefined) => string;
    /** A package price: started `blocks` of `size` participants × the `unit` price. */
    package: (blocks: string, size: string, unit: string) => string;
    /** A fixed price for the chosen `format`, e.g. "Fast pris for Hel temadag". */
    fixed: (format: string) => string;
    /** An add-on priced once per offer, named by its `module`. */
    addOnOffer: (module: string) => string;
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
    offerNumberPattern: string;
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
    /** A list with fewer than `minimum` items. */
    tooFew: (minimum: string) => string;
    /** A list with more than `maximum` items. */
    tooMany: (maximum: string) => string;
    integer: string;
    email: string;
    url: string;
    date: string;
    pattern: string;
    id: string;
    /** A value that is not one of the allowed `values` (JSON, separated by commas). */
    oneOf: (values: string) => string;
    /** Fields that the schema does not know, their `keys` separated by commas. */
    unknownKeys: (keys: string) => string;
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
    dateInvalid: string;
    /** A message longer than `maximum` characters; `actual` is its length. */
    messageTooLong: (maximum: string, actual: string) => string;
    eanInvalid: string;
    eanCheckDigit: string;
    cvrInvalid: string;
    cvrCheck: string;
    /** A text field longer than `maximum` characters. */
    tooLong: (maximum: string) => string;
  };
}

/** Danish messages (the default). */
export const da: Messages = {
  offer: {
    title: 'Tilbud',
    indicative: 'Vejledende tilbud',
    indicativeNote:
      'Prisen er vejledende. Den endelige pris aftales, når indhold og rammer er på plads.',
    number: 'Tilbudsnummer',
    date: 'Dato',
    validUntil: 'Gyldigt til',
    provider: 'Udbyder',
    customer: 'Kunde',
    cvr: 'CVR',
    ean: 'EAN',
    reference: 'Reference',
    contact: 'Kontaktperson',
    format: 'Varighed',
    date_of_event: 'Dato for temadagen',
    place: 'Sted',
    participants: (count) => `${count} deltagere`,
    participantsLabel: 'Antal deltagere',
    agenda: 'Program',
    modules: 'Indhold',
    price: 'Pris',
    indicativePrice: 'Vejledende pris',
    priceOnRequest: 'Pris efter aftale',
    priceOnRequestNote: 'Prisen aftales på baggrund af deltagerantal og kursusdesign.',
    description: 'Beskrivelse',
    quantity: 'Antal',
    unitPrice: 'Enhedspris ekskl. moms',
    amount: 'Beløb ekskl. moms',
    subtotal: 'I alt ekskl. moms',
    vat: (rate) => `Moms ${rate}`,
    vatTotal: 'Moms i alt',
    total: 'I alt inkl. moms',
    terms: 'Betingelser',
    validity: (days, date) => `Tilbuddet gælder i ${days} dage, til og med ${date}.`,
    payment: 'Betaling',
    cancellation: 'Afbestilling',
    included: 'Prisen omfatter',
    excluded: 'Prisen omfatter ikke',
    about: (provider) => `Om ${provider}`,
    focusQuestions: 'Temadagen sætter fokus på',
    page: (page, pages) => `Side ${page} af ${pages}`,
    notBinding: 'En henvendelse er ikke bindende.',
  },
  agenda: { break: 'Pause', lunch: 'Frokost' },
  pricing: {
    participantCount: (count) => `${count} deltagere`,
    perParticipant: (count, unit) => `${count} deltagere × ${unit}`,
    tier: (count, unit, from, to) =>
      `${count} deltagere × ${unit} (trin ${from}${to ? `–${to}` : ' og derover'})`,
    tierFlat: (amount, from, to) =>
      `Fast beløb ${amount} (trin ${from}${to ? `–${to}` : ' og derover'})`,
    volume: (count, unit, from, to) =>
      `${count} deltagere × ${unit} (alle i trin ${from}${to ? `–${to}` : ' og derover'})`,
    band: (count, from, to) =>
      `Fast pris for ${from}${to ? `–${to}` : ' eller flere'} deltagere (${count} deltagere)`,
    package: (blocks, size, unit) => `${blocks} påbegyndte hold à ${size} deltagere × ${unit}`,
    fixed: (format) => `Fast pris for ${format}`,
    addOnOffer: (module) => `Tilvalg: ${module}`,
    addOnParticipant: (count, unit) => `Tilvalg: ${count} deltagere × ${unit}`,
    surcharge: (percent, base, reason) => `${percent} tillæg af ${base}: ${reason}`,
    discount: (percent, base, reason) => `${percent} rabat af ${base}: ${reason}`,
    discountLine: (reason) => `Rabat: ${reason}`,
    surchargeLine: (reason) => `Tillæg: ${reason}`,
    vatShare: (rate) => `andel med moms ${rate}`,
    travelKm: (km, rate, roundTrip, included) =>
      `${roundTrip ? 'Tur-retur ' : ''}${km} km × ${rate}${included === '0' ? '' : ` (${included} km inkluderet)`}`,
    travelZone: (zone) => `Transport, ${zone}`,
    travel: 'Transport',
    minimum: (minimum, subtotal) => `Minimumspris ${minimum}; beregnet ${subtotal}`,
    minimumLine: 'Tillæg op til minimumspris',
    onRequest: (limit) => `Over ${limit} deltagere aftales prisen direkte.`,
    labels: {
      fixed: 'Facilitering af temadag',
      perParticipant: 'Pris pr. deltager',
      participants: 'Deltagerpris',
      package: 'Holdpris',
    },
  },
  catalog: {
    duplicateId: (id, first) => `Id’et "${id}" er allerede brugt i ${first}.`,
    unknownFormat: (id) => `Der findes ingen varighed med id’et "${id}".`,
    unknownModule: (id) => `Der findes intet modul med id’et "${id}".`,
    unknownRule: (id) => `Der findes ingen prisregel med id’et "${id}".`,
    unknownOffering: (id) => `Der findes intet tilbud med id’et "${id}".`,
    scopeOrder: (id) => `Prisreglen "${id}" skal stå før den procentregel, der henviser til den.`,
    scopeSelf: 'En procentregel kan ikke henvise til sig selv eller til en anden procentregel.',
    tierUnsorted: (upTo, previous) =>
      `Trinnene skal stå i stigende orden: ${upTo} kommer efter ${previous}.`,
    tierOverlap: (from, previousUpTo) =>
      `Trinnet starter ved ${from}, men det forrige trin slutter ved ${previousUpTo}: trinnene overlapper.`,
    tierGap: (from, expected) =>
      `Trinnet starter ved ${from}, men skal starte ved ${expected}: der er et hul mellem trinnene.`,
    tierFirst: (from) => `Det første trin skal starte ved 0 eller 1, ikke ved ${from}.`,
    tierOpenMiddle: 'Kun det sidste trin må være åbent (upTo: null).',
    tierClosedEnd: (upTo, max) =>
      `Det sidste trin slutter ved ${upTo}, men op til ${max} deltagere kan vælges. Gør det sidste trin åbent (upTo: null).`,
    participantsRange: (min, max) =>
      `Mindste antal deltagere (${min}) er større end største antal (${max}).`,
    participantsDefault: (value, min, max) =>
      `Standardantallet ${value} skal ligge mellem ${min} og ${max}.`,
    formatOverfull: (format, over) =>
      `De faste moduler og pauser fylder ${over} minutter mere, end "${format}" varer.`,
    moduleTooLong: (module, format, over) =>
      `Modulet "${module}" kan ikke være i "${format}": det fylder ${over} minutter for meget sammen med de faste moduler.`,
    moduleMinutesMissing: (format) => `Angiv minutter for varigheden "${format}".`,
    breakAfterEnd: (after, duration) =>
      `Pausen ligger efter ${after} minutter, men dagen varer kun ${duration} minutter.`,
    travelMode: 'En transportregel skal have enten perKm eller zones, ikke begge og ikke ingen.',
    singleRule: (kind) => `Et tilbud må højst have én prisregel af typen "${kind}".`,
    addOnRequired: (module) =>
      `Tilvalget henviser til modulet "${module}", som altid er med. Brug en fast pris i stedet.`,
    offerNumberPattern: 'Mønsteret skal indeholde {N}, fx "T-{YYYY}-{NNNN}".',
  },
  issue: {
    required: 'Feltet mangler.',
    type: (expected) => `Skal være ${expected}.`,
    tooSmall: (minimum) => `Skal være mindst ${minimum}.`,
    tooBig: (maximum) => `Må højst være ${maximum}.`,
    tooShort: (minimum) =>
      minimum === '1' ? 'Må ikke være tom.' : `Skal være mindst ${minimum} tegn.`,
    tooLong: (maximum, actual) => `Må højst være ${maximum} tegn (er ${actual}).`,
    tooFew: (minimum) => `Skal have mindst ${minimum} element${minimum === '1' ? '' : 'er'}.`,
    tooMany: (maximum) => `Må højst have ${maximum} elementer.`,
    integer: 'Skal være et helt tal.',
    email: 'Skal være en e-mailadresse, fx navn@example.dk.',
    url: 'Skal være en webadresse, fx https://www.example.dk.',
    date: 'Skal være en dato som ÅÅÅÅ-MM-DD, fx 2027-03-15.',
    pattern: 'Har ikke det rigtige format.',
    id: 'Et id må kun have små bogstaver a-z, tal og enkelte bindestreger, fx "hel-temadag".',
    oneOf: (values) => `Skal være en af: ${values}.`,
    unknownKeys: (keys) => `Ukendt felt: ${keys}.`,
    union: 'Har ikke en af de tilladte former.',
    cvr: 'CVR-nummeret er ikke gyldigt: 8 cifre, der består modulus 11-kontrollen.',
    gln: 'EAN-nummeret er ikke gyldigt: 13 cifre med rigtigt kontrolciffer.',
    invalid: 'Værdien er ikke gyldig.',
    typeNames: {
      string: 'en tekst',
      number: 'et tal',
      int: 'et helt tal',
      boolean: 'true eller false',
      object: 'et objekt',
      array: 'en liste',
      null: 'null',
    },
  },
  selection: {
    unknownOffering: (id) => `Der findes intet tilbud med id’et "${id}".`,
    unknownFormat: (id) => `Der findes ingen varighed med id’et "${id}" i dette tilbud.`,
    unknownModule: (id) => `Der findes intet modul med id’et "${id}" i dette tilbud.`,
    moduleNotInFormat: (module, format) => `Modulet "${module}" kan ikke vælges til "${format}".`,
    participantsRange: (min, max) => `Antal deltagere skal være mellem ${min} og ${max}.`,
    overfull: (over) =>
      `De valgte moduler fylder ${over} minutter mere, end der er plads til. Fravælg et modul, eller vælg en længere varighed.`,
    unknownZone: (id) => `Der findes ingen transportzone med id’et "${id}".`,
  },
  inquiry: {
    nameEmpty: 'Indtast dit navn',
    emailEmpty: 'Indtast din e-mailadresse',
    emailNoAt: 'E-mailadressen skal have et @, fx navn@kommune.dk',
    emailInvalid: 'Indtast en e-mailadresse i formatet navn@kommune.dk',
    organisationEmpty: 'Indtast navnet på din organisation, fx kommune eller boligorganisation',
    phoneInvalid: 'Indtast et dansk telefonnummer, fx 12345678 eller +45 12 34 56 78',
    participantsEmpty: 'Indtast det forventede antal deltagere',
    participantsRange: (min, max) =>
      `Antal deltagere skal være et helt tal mellem ${min} og ${max}`,
    formatEmpty: 'Vælg halv eller hel temadag',
    dateInvalid: 'Datoen skal være en gyldig dato, fx 15.03.2027',
    messageTooLong: (maximum, actual) =>
      `Beskeden må højst være ${maximum} tegn. Du har skrevet ${actual} tegn`,
    eanInvalid: 'EAN-nummeret skal være 13 cifre, fx 5790000000005',
    eanCheckDigit: 'EAN-nummeret findes ikke. Tjek, at alle 13 cifre er skrevet rigtigt',
    cvrInvalid: 'CVR-nummeret skal være 8 cifre, fx 12345678',
    cvrCheck: 'CVR-nummeret findes ikke. Tjek, at alle 8 cifre er skrevet rigtigt',
    tooLong: (maximum) => `Teksten må højst være ${maximum} tegn`,
  },
};

/** English messages. */
export const en: Messages = {
  offer: {
    title: 'Offer',
    indicative: 'Indicative offer',
    indicativeNote:
      'The price is indicative. The final price is agreed once content and setting are settled.',
    number: 'Offer number',
    date: 'Date',
    validUntil: 'Valid until',
    provider: 'Provider',
    customer: 'Customer',
    cvr: 'CVR',
    ean: 'EAN',
    reference: 'Reference',
    contact: 'Contact person',
    format: 'Format',
    date_of_event: 'Date of the workshop',
    place: 'Place',
    participants: (count) => `${count} participants`,
    participantsLabel: 'Number of participants',
    agenda: 'Programme',
    modules: 'Content',
    price: 'Price',
    indicativePrice: 'Indicative price',
    priceOnRequest: 'Price on request',
    priceOnRequestNote: 'The price is agreed on the basis of participants and course design.',
    description: 'Description',
    quantity: 'Quantity',
    unitPrice: 'Unit price excl. VAT',
    amount: 'Amount excl. VAT',
    subtotal: 'Total excl. VAT',
    vat: (rate) => `VAT ${rate}`,
    vatTotal: 'VAT total',
    total: 'Total incl. VAT',
    terms: 'Terms',
    validity: (days, date) => `This offer is valid for ${days} days, until and including ${date}.`,
    payment: 'Payment',
    cancellation: 'Cancellation',
    included: 'The price includes',
    excluded: 'The price does not include',
    about: (provider) => `About ${provider}`,
    focusQuestions: 'The day focuses on',
    page: (page, pages) => `Page ${page} of ${pages}`,
    notBinding: 'An inquiry is not binding.',
  },
  agenda: { break: 'Break', lunch: 'Lunch' },
  pricing: {
    participantCount: (count) => `${count} participants`,
    perParticipant: (count, unit) => `${count} participants × ${unit}`,
    tier: (count, unit, from, to) =>
      `${count} participants × ${unit} (tier ${from}${to ? `–${to}` : ' and above'})`,
    tierFlat: (amount, from, to) =>
      `Flat fee ${amount} (tier ${from}${to ? `–${to}` : ' and above'})`,
    volume: (count, unit, from, to) =>
      `${count} participants × ${unit} (all in tier ${from}${to ? `–${to}` : ' and above'})`,
    band: (count, from, to) =>
      `Flat price for ${from}${to ? `–${to}` : ' or more'} participants (${count} participants)`,
    package: (blocks, size, unit) => `${blocks} started groups of ${size} participants × ${unit}`,
    fixed: (format) => `Fixed price for ${format}`,
    addOnOffer: (module) => `Add-on: ${module}`,
    addOnParticipant: (count, unit) => `Add-on: ${count} participants × ${unit}`,
    surcharge: (percent, base, reason) => `${percent} surcharge on ${base}: ${reason}`,
    discount: (percent, base, reason) => `${percent} discount on ${base}: ${reason}`,
    discountLine: (reason) => `Discount: ${reason}`,
    surchargeLine: (reason) => `Surcharge: ${reason}`,
    vatShare: (rate) => `share with VAT ${rate}`,
    travelKm: (km, rate, roundTrip, included) =>
      `${roundTrip ? 'Return trip ' : ''}${km} km × ${rate}${included === '0' ? '' : ` (${included} km included)`}`,
    travelZone: (zone) => `Travel, ${zone}`,
    travel: 'Travel',
    minimum: (minimum, subtotal) => `Minimum price ${minimum}; computed ${subtotal}`,
    minimumLine: 'Top-up to the minimum price',
    onRequest: (limit) => `Above ${limit} participants the price is agreed directly.`,
    labels: {
      fixed: 'Facilitation of the workshop',
      perParticipant: 'Price per participant',
      participants: 'Participant price',
      package: 'Group price',
    },
  },
  catalog: {
    duplicateId: (id, first) => `The id "${id}" is already used at ${first}.`,
    unknownFormat: (id) => `There is no format with the id "${id}".`,
    unknownModule: (id) => `There is no module with the id "${id}".`,
    unknownRule: (id) => `There is no price rule with the id "${id}".`,
    unknownOffering: (id) => `There is no offering with the id "${id}".`,
    scopeOrder: (id) =>
      `The price rule "${id}" must come before the percentage rule that names it.`,
    scopeSelf: 'A percentage rule cannot name itself or another percentage rule.',
    tierUnsorted: (upTo, previous) =>
      `Tiers must be in ascending order: ${upTo} comes after ${previous}.`,
    tierOverlap: (from, previousUpTo) =>
      `The tier starts at ${from} but the previous tier ends at ${previousUpTo}: the tiers overlap.`,
    tierGap: (from, expected) =>
      `The tier starts at ${from} but must start at ${expected}: there is a gap between the tiers.`,
    tierFirst: (from) => `The first tier must start at 0 or 1, not at ${from}.`,
    tierOpenMiddle: 'Only the last tier may be open (upTo: null).',
    tierClosedEnd: (upTo, max) =>
      `The last tier ends at ${upTo}, but up to ${max} participants can be chosen. Make the last tier open (upTo: null).`,
    participantsRange: (min, max) =>
      `The minimum number of participants (${min}) is larger than the maximum (${max}).`,
    participantsDefault: (value, min, max) =>
      `The default number ${value} must lie between ${min} and ${max}.`,
    formatOverfull: (format, over) =>
      `The required modules and breaks take ${over} minutes more than "${format}" lasts.`,
    moduleTooLong: (module, format, over) =>
      `The module "${module}" cannot be part of "${format}": with the required modules it is ${over} minutes too long.`,
    moduleMinutesMissing: (format) => `Give the minutes for the format "${format}".`,
    breakAfterEnd: (after, duration) =>
      `The break comes after ${after} minutes, but the day lasts only ${duration} minutes.`,
    travelMode: 'A travel rule needs either perKm or zones, not both and not neither.',
    singleRule: (kind) => `An offering may have at most one price rule of kind "${kind}".`,
    addOnRequired: (module) =>
      `The add-on names the module "${module}", which is always included. Use a fixed price instead.`,
    offerNumberPattern: 'The pattern must contain {N}, e.g. "T-{YYYY}-{NNNN}".',
  },
  issue: {
    required: 'This field is missing.',
    type: (expected) => `Must be ${expected}.`,
    tooSmall: (minimum) => `Must be at least ${minimum}.`,
    tooBig: (maximum) => `Must be at most ${maximum}.`,
    tooShort: (minimum) =>
      minimum === '1' ? 'Must not be empty.' : `Must be at least ${minimum} characters.`,
    tooLong: (maximum, actual) => `Must be at most ${maximum} characters (is ${actual}).`,
    tooFew: (minimum) => `Must have at least ${minimum} item${minimum === '1' ? '' : 's'}.`,
    tooMany: (maximum) => `Must have at most ${maximum} items.`,
    integer: 'Must be a whole number.',
    email: 'Must be an email address, e.g. name@example.com.',
    url: 'Must be a web address, e.g. https://www.example.com.',
    date: 'Must be a date as YYYY-MM-DD, e.g. 2027-03-15.',
    pattern: 'Does not have the right format.',
    id: 'An id may only have lower-case letters a-z, digits and single dashes, e.g. "full-day".',
    oneOf: (values) => `Must be one of: ${values}.`,
    unknownKeys: (keys) => `Unknown field: ${keys}.`,
    union: 'Does not have one of the allowed shapes.',
    cvr: 'The CVR number is not valid: 8 digits that pass the modulus 11 check.',
    gln: 'The EAN number is not valid: 13 digits with a correct check digit.',
    invalid: 'The value is not valid.',
    typeNames: {
      string: 'a text',
      number: 'a number',
      int: 'a whole number',
      boolean: 'true or false',
      object: 'an object',
      array: 'a list',
      null: 'null',
    },
  },
  selection: {
    unknownOffering: (id) => `There is no offering with the id "${id}".`,
    unknownFormat: (id) => `This offering has no format with the id "${id}".`,
    unknownModule: (id) => `This offering has no module with the id "${id}".`,
    moduleNotInFormat: (module, format) =>
      `The module "${module}" cannot be chosen for "${format}".`,
    participantsRange: (min, max) =>
      `The number of participants must be between ${min} and ${max}.`,
    overfull: (over) =>
      `The chosen modules take ${over} minutes more than there is room for. Remove a module or choose a longer format.`,
    unknownZone: (id) => `There is no travel zone with the id "${id}".`,
  },
  inquiry: {
    nameEmpty: 'Enter your name',
    emailEmpty: 'Enter your email address',
    emailNoAt: 'The email address must contain an @, e.g. name@kommune.dk',
    emailInvalid: 'Enter an email address in the format name@kommune.dk',
    organisationEmpty:
      'Enter the name of your organisation, e.g. a municipality or housing association',
    phoneInvalid: 'Enter a Danish phone number, e.g. 12345678 or +45 12 34 56 78',
    participantsEmpty: 'Enter the expected number of participants',
    participantsRange: (min, max) =>
      `The number of participants must be a whole number between ${min} and ${max}`,
    formatEmpty: 'Choose a half-day or full-day workshop',
    dateInvalid: 'The date must be a valid date, e.g. 15/03/2027',
    messageTooLong: (maximum, actual) =>
      `The message can be at most ${maximum} characters. You have written ${actual} characters`,
    eanInvalid: 'The EAN number must be 13 digits, e.g. 5790000000005',
    eanCheckDigit: 'The EAN number does not exist. Check that all 13 digits are right',
    cvrInvalid: 'The CVR number must be 8 digits, e.g. 12345678',
    cvrCheck: 'The CVR number does not exist. Check that all 8 digits are right',
    tooLong: (maximum) => `The text can be at most ${maximum} characters`,
  },
};

/** Messages by locale. */
export const messages: Readonly<Record<Locale, Messages>> = { da, en };

/** A partial {@link Messages}: any group and any entry may be left out. */
export type MessageOverrides = { [G in keyof Messages]?: Partial<Messages[G]> };

/**
 * Returns the message catalogue for a locale, with the caller's overrides laid on top.
 *
 * @param locale - `'da'` or `'en'`
 * @param overrides - entries to replace, group by group
 * @returns a complete catalogue
 * @example
 * ```ts
 * const m = getMessages('da', { offer: { title: 'Tilbud på temadag' } });
 * m.offer.title; // 'Tilbud på temadag'
 * m.offer.total; // 'I alt inkl. moms'
 * ```
 */
export function getMessages(locale: Locale, overrides?: MessageOverrides): Messages {
  const base = messages[locale];
  if (!overrides) return base;
  const merged = { ...base } as Record<string, unknown>;
  for (const [group, entries] of Object.entries(overrides)) {
    if (entries) merged[group] = { ...(base[group as keyof Messages] as object), ...entries };
  }
  return merged as unknown as Messages;
}
