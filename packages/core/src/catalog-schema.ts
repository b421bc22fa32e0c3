import * as z from 'zod/mini';
import { isValidCvr } from './identifiers.js';

/**
 * Descriptions of the catalog fields, kept apart from the schemas so that the JSON Schema for
 * catalog authors can carry them (see `catalog.schema.json`).
 */
export const catalogDocs = z.registry<{ description: string; title?: string }>();

function doc<T extends z.ZodMiniType>(schema: T, description: string): T {
  // A copy, so describing a shared schema in one place does not change it everywhere.
  const described = schema.clone();
  catalogDocs.add(described, { description });
  return described;
}

/** An id: lower-case letters, digits and single dashes, as used in URLs. */
export const IdSchema = doc(
  z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(80)),
  'An id: lower-case letters a-z, digits and single dashes, e.g. "hel-temadag".',
);

/** Text in Danish, optionally with an English translation. */
export const LocalizedTextSchema = doc(
  z.union([
    z.string().check(z.minLength(1)),
    z.strictObject({
      da: z.string().check(z.minLength(1)),
      en: z.optional(z.string().check(z.minLength(1))),
    }),
  ]),
  'Text in Danish, or an object { "da": "...", "en": "..." } with an English translation.',
);

/** A money amount in minor units (øre), never negative. */
export const AmountSchema = doc(
  z.int().check(z.minimum(0), z.maximum(1_000_000_000_00)),
  'An amount in øre (minor units), excluding VAT: 1250000 is 12.500,00 kr.',
);

/** A rate in basis points: 2500 is 25 %. */
export const BasisPointsSchema = doc(
  z.int().check(z.minimum(0), z.maximum(10_000)),
  'A rate in basis points: 2500 is 25 %, 1000 is 10 %.',
);

const ClockTimeSchema = doc(
  z.string().check(z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/)),
  'A time of day, 24-hour "HH:MM", e.g. "09:00".',
);

const ParticipantCountSchema = z.int().check(z.minimum(1), z.maximum(100_000));

/** The provider: who sends the offer and receives inquiries. */
export const ProviderSchema = z.strictObject({
  name: doc(z.string().check(z.minLength(1)), 'The provider (company) name.'),
  contactPerson: z.string().check(z.minLength(1)),
  email: z.email(),
  phone: z.string().check(z.minLength(4), z.maxLength(30)),
  address: z.strictObject({
    street: z.string().check(z.minLength(1)),
    postalCode: z.string().check(z.regex(/^\d{4}$/)),
    city: z.string().check(z.minLength(1)),
    country: z._default(z.string().check(z.regex(/^[A-Z]{2}$/)), 'DK'),
  }),
  cvr: z.optional(
    doc(
      z.string().check(z.refine(isValidCvr, { params: { check: 'cvr' } })),
      'Danish CVR number, 8 digits, checked with modulus 11.',
    ),
  ),
  website: z.optional(z.url()),
  bio: z.optional(doc(LocalizedTextSchema, 'A short text about the provider.')),
  privacyNoticeUrl: doc(
    z.url(),
    'Link to the provider’s privacy notice (GDPR Art. 13), shown at the inquiry form.',
  ),
  offerNumberPattern: z._default(
    doc(
      z.string().check(z.regex(/\{N+\}/)),
      'Pattern for offer numbers: {YYYY} is the year and {NNNN} the sequence padded to as many digits as there are Ns.',
    ),
    'T-{YYYY}-{NNNN}',
  ),
  responseTime: z.optional(
    doc(
      LocalizedTextSchema,
      'When a visitor can expect an answer to an inquiry, as it ends the sentence "Du kan forvente svar …", e.g. { "da": "inden for 2 hverdage", "en": "within 2 working days" }.',
    ),
  ),
});

const BreakSchema = z.strictObject({
  afterMinutes: doc(
    z.int().check(z.minimum(1)),
    'Insert the break at the first module boundary after this many minutes of programme.',
  ),
  minutes: z.int().check(z.minimum(1)),
  kind: z._default(z.enum(['break', 'lunch']), 'break'),
  title: z.optional(LocalizedTextSchema),
});

/** A format of an offering, such as "Halv temadag" or "Hel temadag". */
export const FormatSchema = z.strictObject({
  id: IdSchema,
  label: LocalizedTextSchema,
  description: z.optional(LocalizedTextSchema),
  durationMinutes: doc(
    z.int().check(z.minimum(15), z.maximum(24 * 60)),
    'Length of the day from start to end, breaks included.',
  ),
  start: doc(ClockTimeSchema, 'Default start time.'),
  breaks: z._default(z.array(BreakSchema), []),
});

/** Module kinds. `talk`, `dialogue` and `exercise` happen on the day and fill the agenda. */
export const ModuleKindSchema = z.enum([
  'talk',
  'dialogue',
  'exercise',
  'preparation',
  'follow-up',
  'deliverable',
]);

/** A module: an agenda item or an add-on that tailors the course design. */
export const ModuleSchema = z.strictObject({
  id: IdSchema,
  title: LocalizedTextSchema,
  description: z.optional(LocalizedTextSchema),
  kind: ModuleKindSchema,
  minutes: z._default(
    doc(
      z.union([z.int().check(z.minimum(0)), z.record(z.string(), z.int().check(z.minimum(0)))]),
      'Minutes on the day: a number, or an object of minutes per format id.',
    ),
    0,
  ),
  required: z._default(z.boolean(), false),
  formats: z.optional(
    doc(z.array(IdSchema), 'Format ids this module fits; all formats when left out.'),
  ),
});

const ConditionSchema = z.strictObject({
  formats: z.optional(z.array(IdSchema)),
  participants: z.optional(
    z.strictObject({
      min: z.optional(ParticipantCountSchema),
      max: z.optional(ParticipantCountSchema),
    }),
  ),
  modules: z.optional(
    doc(z.array(IdSchema), 'The rule applies only when all these modules are chosen.'),
  ),
});

const TierSchema = z.strictObject({
  from: z.optional(
    doc(z.int().check(z.minimum(0)), 'First participant of the tier (optional, checked).'),
  ),
  upTo: doc(
    z.nullable(z.int().check(z.minimum(1))),
    'Last participant of the tier, inclusive; null for the open last tier.',
  ),
  unitAmount: AmountSchema,
  flatAmount: z.optional(AmountSchema),
});

const BandSchema = z.strictObject({
  from: z.optional(z.int().check(z.minimum(0))),
  upTo: z.nullable(z.int().check(z.minimum(1))),
  amount: AmountSchema,
});

const ruleBase = {
  id: IdSchema,
  label: z.optional(LocalizedTextSchema),
  vatRate: z.optional(doc(BasisPointsSchema, 'VAT rate of the lines this rule makes.')),
  when: z.optional(ConditionSchema),
};

/** A pricing rule. One discriminated union, `kind` names the rule kind. */
export const PriceRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...ruleBase, kind: z.literal('fixed'), amount: AmountSchema }),
  z.strictObject({ ...ruleBase, kind: z.literal('per-participant'), unitAmount: AmountSchema }),
  z.strictObject({
    ...ruleBase,
    kind: z.literal('tiered'),
    mode: doc(
      z.enum(['volume', 'graduated']),
      'volume: the tier that holds the whole count prices every participant; graduated: each participant is priced by the tier it falls in.',
    ),
    tiers: z.array(TierSchema).check(z.minLength(1)),
  }),
  z.strictObject({
    ...ruleBase,
    kind: z.literal('band'),
    bands: z.array(BandSchema).check(z.minLength(1)),
  }),
  z.strictObject({
    ...ruleBase,
    kind: z.literal('package'),
    size: doc(z.int().check(z.minimum(1)), 'Participants per block; started blocks count.'),
    amount: AmountSchema,
    includedParticipants: z._default(
      doc(
        z.int().check(z.minimum(0), z.maximum(100_000)),
        'Participants included in the price: the blocks are counted over the participants beyond these.',
      ),
      0,
    ),
  }),
  z.strictObject({
    ...ruleBase,
    kind: z.literal('add-on'),
    module: IdSchema,
    per: z._default(z.enum(['offer', 'participant']), 'offer'),
    amount: AmountSchema,
  }),
  z.strictObject({
    ...ruleBase,
    kind: z.literal('percentage'),
    direction: z.enum(['surcharge', 'discount']),
    basisPoints: doc(
      z.int().check(z.minimum(1), z.maximum(10_000)),
      'The percentage in basis points: 1000 is 10 %.',
    ),
    scope: doc(
      z.union([z.literal('document'), z.strictObject({ rule: IdSchema })]),
      '"document": all lines made by rules listed before this one; { "rule": id }: that rule’s lines.',
    ),
    reason: LocalizedTextSchema,
  }),
  z.strictObject({
    ...ruleBase,
    kind: z.literal('travel'),
    perKm: z.optional(
      z.strictObject({
        rate: AmountSchema,
        roundTrip: z._default(z.boolean(), true),
        includedKm: z._default(z.int().check(z.minimum(0)), 0),
      }),
    ),
    zones: z.optional(
      z
        .array(z.strictObject({ id: IdSchema, label: LocalizedTextSchema, amount: AmountSchema }))
        .check(z.minLength(1)),
    ),
  }),
  z.strictObject({
    ...ruleBase,
    kind: z.literal('minimum'),
    amount: doc(AmountSchema, 'The subtotal ex VAT never goes below this amount.'),
  }),
  z.strictObject({
    ...ruleBase,
    kind: z.literal('on-request'),
    aboveParticipants: doc(
      ParticipantCountSchema,
      'Above this many participants no price is computed: "Pris efter aftale".',
    ),
  }),
]);

/** Terms shown on the offer. */
export const TermsSchema = z.strictObject({
  validityDays: z._default(z.int().check(z.minimum(1), z.maximum(365)), 30),
  payment: LocalizedTextSchema,
  cancellation: LocalizedTextSchema,
  included: z._default(z.array(LocalizedTextSchema), []),
  excluded: z._default(z.array(LocalizedTextSchema), []),
});

/** One offering: a theme day with its formats, modules, prices and terms. */
export const OfferingSchema = z.strictObject({
  id: IdSchema,
  title: LocalizedTextSchema,
  subtitle: z.optional(LocalizedTextSchema),
  summary: LocalizedTextSchema,
  description: z.optional(
    doc(LocalizedTextSchema, 'Longer text; paragraphs separated by a blank line.'),
  ),
  audience: z.optional(LocalizedTextSchema),
  focusQuestions: z._default(z.array(LocalizedTextSchema), []),
  participants: z.strictObject({
    min: z._default(ParticipantCountSchema, 1),
    max: ParticipantCountSchema,
    default: z.optional(ParticipantCountSchema),
  }),
  formats: z.array(FormatSchema).check(z.minLength(1)),
  modules: z._default(z.array(ModuleSchema), []),
  priceRules: z._default(z.array(PriceRuleSchema), []),
  priceDisplay: z._default(z.enum(['indicative', 'on-request']), 'indicative'),
  terms: TermsSchema,
  related: z._default(z.array(IdSchema), []),
});

/** A provider's whole catalog, as stored in `catalog.json`. */
export const CatalogSchema = z.strictObject({
  $schema: z.optional(z.string()),
  version: doc(z.literal(1), 'Catalog format version.'),
  currency: z._default(z.string().check(z.regex(/^[A-Z]{3}$/)), 'DKK'),
  defaultVatRate: z._default(
    doc(BasisPointsSchema, 'VAT rate for lines whose rule names none; 2500 is 25 % moms.'),
    2500,
  ),
  provider: ProviderSchema,
  offerings: z.array(OfferingSchema).check(z.minLength(1)),
});

/** A parsed, validated catalog. */
export type Catalog = z.output<typeof CatalogSchema>;
/** A catalog as written by an author (defaults not yet filled in). */
export type CatalogInput = z.input<typeof CatalogSchema>;
/** The provider block of a catalog. */
export type Provider = Catalog['provider'];
/** One offering. */
export type Offering = Catalog['offerings'][number];
/** One format of an offering. */
export type Format = Offering['formats'][number];
/** One module of an offering. */
export type Module = Offering['modules'][number];
/** The kind of a module. */
export type ModuleKind = Module['kind'];
/** One pricing rule. */
export type PriceRule = Offering['priceRules'][number];
/** The kind of a pricing rule. */
export type PriceRuleKind = PriceRule['kind'];
/** Offer terms. */
export type Terms = Offering['terms'];
