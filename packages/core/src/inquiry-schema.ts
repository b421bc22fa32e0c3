import * as z from 'zod/mini';
import { IdSchema } from './catalog-schema.js';
import { isValidCvr, isValidGln } from './identifiers.js';
import { INQUIRY_LIMITS, isCvrShape, isEanShape, isValidDanishPhone } from './inquiry-rules.js';
import { SelectionSchema } from './selection.js';

/** The contact group of {@link InquirySchema}. */
export const ContactSchema = z.strictObject({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(INQUIRY_LIMITS.name)),
  /** A work email address. */
  email: z.email().check(z.maxLength(INQUIRY_LIMITS.email)),
  organisation: z
    .string()
    .check(z.trim(), z.minLength(1), z.maxLength(INQUIRY_LIMITS.organisation)),
  role: z.optional(z.string().check(z.trim(), z.maxLength(INQUIRY_LIMITS.role))),
  phone: z.optional(
    z
      .string()
      .check(
        z.trim(),
        z.maxLength(INQUIRY_LIMITS.phone),
        z.refine(isValidDanishPhone, { params: { check: 'phone' } }),
      ),
  ),
});

/** The invoicing group of {@link InquirySchema}. */
export const InvoicingSchema = z.strictObject({
  /** EAN location number (GLN) for e-invoicing a public buyer. */
  ean: z.optional(
    z.string().check(
      z.trim(),
      z.refine(isEanShape, { params: { check: 'ean-digits' } }),
      z.refine((v) => !isEanShape(v) || isValidGln(v), { params: { check: 'gln' } }),
    ),
  ),
  cvr: z.optional(
    z.string().check(
      z.trim(),
      z.refine(isCvrShape, { params: { check: 'cvr-digits' } }),
      z.refine((v) => !isCvrShape(v) || isValidCvr(v), { params: { check: 'cvr' } }),
    ),
  ),
  /** Personreference, ordre- or rekvisitionsnummer. */
  reference: z.optional(z.string().check(z.trim(), z.maxLength(INQUIRY_LIMITS.reference))),
});

/**
 * An inquiry: what the visitor chose, how to reach them and what they wish for. One schema
 * serves the widget (before sending) and the server (on receipt); use {@link parseInquiry} to
 * get problems worded for the form. Optional fields sent as empty strings count as absent only
 * through {@link parseInquiry}; the schema on its own takes them literally.
 *
 * `website` is a honeypot that humans never see; see {@link isHoneypotFilled}. No field asks
 * for a CPR number, and the free text should not hold personal data about residents.
 *
 * @example
 * ```ts
 * const result = InquirySchema.safeParse(JSON.parse(body));
 * ```
 */
export const InquirySchema = z.strictObject({
  offering: IdSchema,
  format: IdSchema,
  participants: z.int().check(z.minimum(1)),
  modules: z._default(z.array(IdSchema), []),
  /** Up to three preferred dates, `YYYY-MM-DD`, most preferred first. */
  preferredDates: z.optional(
    z.array(z.iso.date()).check(z.maxLength(INQUIRY_LIMITS.preferredDates)),
  ),
  place: z.optional(z.string().check(z.trim(), z.maxLength(INQUIRY_LIMITS.place))),
  /** Where the day is held, as the offering's travel rule prices it (km one way, or a zone). */
  travel: SelectionSchema.shape.travel,
  contact: ContactSchema,
  /** Wishes and needs, in the visitor's words. */
  message: z.optional(z.string().check(z.trim(), z.maxLength(INQUIRY_LIMITS.message))),
  invoicing: z.optional(InvoicingSchema),
  locale: z._default(z.enum(['da', 'en']), 'da'),
  /** The honeypot: hidden from humans, who leave it empty. */
  website: z.optional(z.string()),
  /** Campaign parameters of the embedding page (`utm_source`, `utm_campaign`, ...). */
  utm: z.optional(
    z
      .record(
        z.string().check(z.regex(/^utm_[a-z0-9_]{1,50}$/)),
        z.string().check(z.maxLength(INQUIRY_LIMITS.utmValue)),
      )
      .check(
        z.refine((utm) => Object.keys(utm).length <= INQUIRY_LIMITS.utmKeys, {
          params: { check: 'utm-keys' },
        }),
      ),
  ),
});

/** A valid inquiry, with defaults filled in (`modules`, `locale`). */
export type Inquiry = z.output<typeof InquirySchema>;
/** An inquiry as a form or a program sends it. */
export type InquiryInput = z.input<typeof InquirySchema>;
