/**
 * An accepted offer as a UBL 2.1 Order in JSON, with the fields and identifiers of Peppol BIS
 * Order 3 (`urn:fdc:peppol.eu:poacc:trns:order:3`), which Danish public buyers' systems read
 * through NemHandel. See docs/ubl.md for the mapping and the choices made.
 *
 * JSON form: each UBL element is a key named as in the XML without its prefix (`cbc:`, `cac:`),
 * in the schema's order; a repeatable element is an array; every leaf is a string holding the
 * element's text as the XML would (amounts `"26250.00"`, indicators `"true"`); a leaf with
 * attributes is `{ value, schemeID | currencyID | unitCode }`.
 *
 * @module
 */
import { isValidCvr, isValidGln } from './identifiers.js';
import { getMessages } from './messages/index.js';
import type { Offer } from './offer.js';
import type { PriceLine } from './pricing.js';
import { copenhagenDateTime, formatCopenhagenTime } from './calendar.js';
import type { Acceptance } from './revision.js';

/** A UBL leaf with attributes: an identifier with its scheme, an amount with its currency. */
export interface UblValue {
  value: string;
  /** ISO 6523 ICD or Peppol EAS code: `0088` (GLN/EAN), `0184` (Danish CVR). */
  schemeID?: string;
  /** ISO 4217, on amounts. */
  currencyID?: string;
  /** UN/ECE Recommendation 20, on quantities (`C62`: one). */
  unitCode?: string;
}

/** A VAT category: `S` (standard rated) with its percent, or `E` (exempt) at 0. */
export interface UblTaxCategory {
  ID: 'S' | 'E';
  Percent: string;
  TaxScheme: { ID: 'VAT' };
}

/** A party (buyer or seller) as Peppol BIS Order 3 models it. */
export interface UblParty {
  EndpointID?: UblValue;
  PartyIdentification?: { ID: UblValue }[];
  PartyName?: { Name: string };
  PostalAddress?: {
    StreetName?: string;
    CityName?: string;
    PostalZone?: string;
    Country: { IdentificationCode: string };
  };
  PartyTaxScheme?: { CompanyID: string; TaxScheme: { ID: 'VAT' } };
  PartyLegalEntity: { RegistrationName: string; CompanyID?: UblValue };
  Contact?: { Name?: string; Telephone?: string; ElectronicMail?: string };
}

/** A document-level allowance (discount) or charge (surcharge). */
export interface UblAllowanceCharge {
  ChargeIndicator: 'true' | 'false';
  AllowanceChargeReason: string;
  Amount: UblValue;
  TaxCategory: UblTaxCategory;
}

/** One order line: quantity, amount and unit price excluding VAT, the item and its VAT. */
export interface UblOrderLine {
  LineItem: {
    ID: string;
    Quantity: UblValue;
    LineExtensionAmount?: UblValue;
    Price?: { PriceAmount: UblValue };
    Item: { Description?: string; Name: string; ClassifiedTaxCategory?: UblTaxCategory };
  };
}

/** The Order element of a UBL 2.1 Order document. */
export interface UblOrder {
  CustomizationID: string;
  ProfileID: string;
  ID: string;
  IssueDate: string;
  OrderTypeCode: '220';
  Note: string;
  DocumentCurrencyCode: string;
  CustomerReference?: string;
  ValidityPeriod: { EndDate: string };
  QuotationDocumentReference: { ID: string };
  AdditionalDocumentReference: { ID: string; DocumentType: string }[];
  BuyerCustomerParty: { Party: UblParty };
  SellerSupplierParty: { Party: UblParty };
  Delivery?: {
    DeliveryLocation?: {
      Address: { AddressLine: { Line: string }[]; Country: { IdentificationCode: string } };
    };
    RequestedDeliveryPeriod?: { StartDate: string; EndDate: string };
  };
  PaymentTerms?: { Note: string };
  AllowanceCharge?: UblAllowanceCharge[];
  TaxTotal?: {
    TaxAmount: UblValue;
    /** Per VAT rate; left out with `{ peppol: true }` (Peppol BIS Order 3 has no subtotals). */
    TaxSubtotal?: { TaxableAmount: UblValue; TaxAmount: UblValue; TaxCategory: UblTaxCategory }[];
  };
  AnticipatedMonetaryTotal?: {
    LineExtensionAmount: UblValue;
    AllowanceTotalAmount: UblValue;
    ChargeTotalAmount: UblValue;
    TaxExclusiveAmount: UblValue;
    TaxInclusiveAmount: UblValue;
    PayableAmount: UblValue;
  };
  OrderLine: UblOrderLine[];
}

/** A UBL 2.1 Order document in JSON: the root element's name and its content. */
export interface UblOrderDocument {
  Order: UblOrder;
}

/** Options of {@link offerToUbl}. */
export interface OfferToUblOptions {
  /**
   * Keep to Peppol BIS Order 3's data model exactly: leaves out the VAT subtotals per rate,
   * which UBL 2.1 allows in an Order but Peppol's order transaction does not.
   */
  peppol?: boolean;
}

/** Peppol BIS Order 3's transaction and profile (order only: no order response expected). */
export const UBL_ORDER_CUSTOMIZATION_ID = 'urn:fdc:peppol.eu:poacc:trns:order:3';
/** The Peppol profile of {@link offerToUbl}'s orders. */
export const UBL_ORDER_PROFILE_ID = 'urn:fdc:peppol.eu:poacc:bis:order_only:3';

/** Minor units as a UBL decimal with two decimals, exact (no floating point). */
function decimal(minor: number): string {
  const abs = Math.abs(minor);
  const whole = Math.floor(abs / 100);
  const cents = String(abs % 100).padStart(2, '0');
  return `${minor < 0 ? '-' : ''}${whole}.${cents}`;
}

function taxCategory(rate: number): UblTaxCategory {
  // Basis points to percent without float noise: 2500 -> "25", 1250 -> "12.5".
  const percent = decimal(rate).replace(/\.?0+$/, '') || '0';
  return { ID: rate > 0 ? 'S' : 'E', Percent: percent, TaxScheme: { ID: 'VAT' } };
}

/** A Danish CVR as Peppol's ICD 0184 (DK:CVR) writes it: `DK` and the eight digits. */
function cvrId(cvr: string): UblValue {
  return { value: `DK${digits(cvr)}`, schemeID: '0184' };
}

/** The digits of a CVR or GLN as people type them (`1015 0817`): UBL wants them bare. */
function digits(value: string): string {
  return value.replace(/\s+/g, '');
}

/** Lines that reduce or add to the whole offer become allowances and charges, not items. */
function isDocumentLevel(line: PriceLine): boolean {
  return line.kind === 'adjustment' || line.kind === 'percentage';
}

function buyerParty(offer: Offer, acceptance: Acceptance): UblParty {
  const c = offer.customer;
  const given = c.ean ?? acceptance.ean;
  const ean = given === undefined ? undefined : digits(given);
  const party: UblParty = {
    PartyLegalEntity: { RegistrationName: c.organisation ?? c.contact ?? acceptance.name },
  };
  if (ean) party.EndpointID = { value: ean, schemeID: '0088' };
  else if (c.cvr) party.EndpointID = cvrId(c.cvr);
  if (ean) party.PartyIdentification = [{ ID: { value: ean, schemeID: '0088' } }];
  if (c.organisation) party.PartyName = { Name: c.organisation };
  if (c.cvr) {
    party.PartyTaxScheme = { CompanyID: cvrId(c.cvr).value, TaxScheme: { ID: 'VAT' } };
    party.PartyLegalEntity.CompanyID = cvrId(c.cvr);
  }
  const name = c.contact ?? acceptance.name;
  party.Contact = c.email ? { Name: name, ElectronicMail: c.email } : { Name: name };
  return party;
}

function sellerParty(offer: Offer): UblParty {
  const p = offer.provider;
  const party: UblParty = {
    PartyName: { Name: p.name },
    PostalAddress: {
      StreetName: p.address.street,
      CityName: p.address.city,
      PostalZone: p.address.postalCode,
      Country: { IdentificationCode: p.address.country },
    },
    PartyLegalEntity: { RegistrationName: p.name },
    Contact: { Name: p.contactPerson, Telephone: p.phone, ElectronicMail: p.email },
  };
  if (p.cvr) {
    party.EndpointID = cvrId(p.cvr);
    party.PartyTaxScheme = { CompanyID: cvrId(p.cvr).value, TaxScheme: { ID: 'VAT' } };
    party.PartyLegalEntity.CompanyID = cvrId(p.cvr);
  }
  // Peppol wants this order: endpoint, identification, name, address, tax, legal, contact.
  const { EndpointID, ...rest } = party;
  return EndpointID ? { EndpointID, ...rest } : rest;
}

/**
 * The accepted offer as a UBL 2.1 Order (Peppol BIS Order 3 fields) in JSON: buyer with EAN
 * (GLN, scheme 0088) and CVR (scheme 0184), seller, the buyer's order reference, the offer as
 * quotation reference, one order line per priced line with its unit price excluding VAT,
 * discounts and surcharges as document-level allowances and charges, VAT in total and per
 * rate, and the totals. Pure: the same offer and acceptance give the same document.
 *
 * @param offer - the accepted revision
 * @param acceptance - its acceptance record (`number` must be the offer's)
 * @param options - `peppol: true` keeps to Peppol's data model (no VAT subtotals)
 * @returns the Order document
 * @throws RangeError when the acceptance is for another number, or its EAN is not a valid GLN
 * @example
 * ```ts
 * const doc = offerToUbl(offer, {
 *   name: 'Mette Hansen',
 *   title: 'Afdelingsleder',
 *   acceptedAt: '2027-01-05T13:03:00.000Z',
 *   number: offer.number,
 *   pdfSha256: 'e3b0c442…',
 *   orderReference: 'PO-7781',
 * });
 * doc.Order.ID; // 'PO-7781'
 * doc.Order.QuotationDocumentReference.ID; // offer.number
 * ```
 */
export function offerToUbl(
  offer: Offer,
  acceptance: Acceptance,
  options: OfferToUblOptions = {},
): UblOrderDocument {
  if (acceptance.number !== offer.number) {
    throw new RangeError(
      `acceptance.number ${acceptance.number} is not the offer's number ${offer.number}`,
    );
  }
  if (acceptance.ean !== undefined && !isValidGln(acceptance.ean)) {
    throw new RangeError(`acceptance.ean is not a valid EAN (GLN): ${acceptance.ean}`);
  }
  for (const [path, cvr] of [
    ['offer.customer.cvr', offer.customer.cvr],
    ['offer.provider.cvr', offer.provider.cvr],
  ] as const) {
    if (cvr !== undefined && !isValidCvr(cvr)) throw new RangeError(`${path} is not a valid CVR`);
  }
  const { locale, currency } = offer;
  const m = getMessages(locale);
  const money = (minor: number): UblValue => ({ value: decimal(minor), currencyID: currency });
  const priced = offer.priceStatus === 'priced';
  const items = priced ? offer.lines.filter((l) => !isDocumentLevel(l)) : [];
  const adjustments = priced ? offer.lines.filter((l) => isDocumentLevel(l) && l.amount !== 0) : [];

  const orderLines: UblOrderLine[] = items.map((line, i) => ({
    LineItem: {
      ID: String(i + 1),
      Quantity: { value: String(line.quantity), unitCode: 'C62' },
      LineExtensionAmount: money(line.amount),
      Price: { PriceAmount: money(line.unitAmount) },
      Item: {
        Description: line.explanation,
        Name: line.description,
        ClassifiedTaxCategory: taxCategory(line.vatRate),
      },
    },
  }));
  if (!priced) {
    // A price on request still orders the day: one line, without a price.
    orderLines.push({
      LineItem: {
        ID: '1',
        Quantity: { value: '1', unitCode: 'C62' },
        Item: { Description: offer.format.label, Name: offer.offering.title },
      },
    });
  }
  const allowanceCharges: UblAllowanceCharge[] = adjustments.map((line) => ({
    ChargeIndicator: line.amount > 0 ? 'true' : 'false',
    AllowanceChargeReason: line.description,
    Amount: money(Math.abs(line.amount)),
    TaxCategory: taxCategory(line.vatRate),
  }));
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const allowances = sum(adjustments.filter((l) => l.amount < 0).map((l) => -l.amount));
  const charges = sum(adjustments.filter((l) => l.amount > 0).map((l) => l.amount));

  const accepted = copenhagenDateTime(acceptance.acceptedAt);
  const order: UblOrder = {
    CustomizationID: UBL_ORDER_CUSTOMIZATION_ID,
    ProfileID: UBL_ORDER_PROFILE_ID,
    ID: acceptance.orderReference ?? offer.number,
    IssueDate: accepted.date,
    OrderTypeCode: '220',
    Note: m.revision.acceptedNote(
      acceptance.name,
      acceptance.title,
      formatCopenhagenTime(acceptance.acceptedAt, locale),
    ),
    DocumentCurrencyCode: currency,
    ValidityPeriod: { EndDate: offer.validUntil },
    QuotationDocumentReference: { ID: offer.number },
    AdditionalDocumentReference: [
      { ID: acceptance.pdfSha256, DocumentType: `${m.offer.title} ${offer.number} (PDF, SHA-256)` },
    ],
    BuyerCustomerParty: { Party: buyerParty(offer, acceptance) },
    SellerSupplierParty: { Party: sellerParty(offer) },
    OrderLine: orderLines,
  };
  if (offer.customer.reference) order.CustomerReference = offer.customer.reference;
  if (offer.date || offer.place) {
    order.Delivery = {};
    if (offer.place) {
      order.Delivery.DeliveryLocation = {
        Address: {
          AddressLine: [{ Line: offer.place }],
          Country: { IdentificationCode: offer.provider.address.country },
        },
      };
    }
    if (offer.date) {
      order.Delivery.RequestedDeliveryPeriod = { StartDate: offer.date, EndDate: offer.date };
    }
  }
  if (offer.terms.payment) order.PaymentTerms = { Note: offer.terms.payment };
  if (allowanceCharges.length > 0) order.AllowanceCharge = allowanceCharges;
  if (priced) {
    order.TaxTotal = { TaxAmount: money(offer.vatTotal) };
    if (!options.peppol) {
      order.TaxTotal.TaxSubtotal = offer.vat.map((v) => ({
        TaxableAmount: money(v.base),
        TaxAmount: money(v.amount),
        TaxCategory: taxCategory(v.rate),
      }));
    }
    order.AnticipatedMonetaryTotal = {
      LineExtensionAmount: money(sum(items.map((l) => l.amount))),
      AllowanceTotalAmount: money(allowances),
      ChargeTotalAmount: money(charges),
      TaxExclusiveAmount: money(offer.subtotal),
      TaxInclusiveAmount: money(offer.total),
      PayableAmount: money(offer.total),
    };
  }
  return { Order: reorder(order) };
}

/** The Order's keys in the schema's sequence, whichever order they were set in. */
function reorder(order: UblOrder): UblOrder {
  const sequence: (keyof UblOrder)[] = [
    'CustomizationID',
    'ProfileID',
    'ID',
    'IssueDate',
    'OrderTypeCode',
    'Note',
    'DocumentCurrencyCode',
    'CustomerReference',
    'ValidityPeriod',
    'QuotationDocumentReference',
    'AdditionalDocumentReference',
    'BuyerCustomerParty',
    'SellerSupplierParty',
    'Delivery',
    'PaymentTerms',
    'AllowanceCharge',
    'TaxTotal',
    'AnticipatedMonetaryTotal',
    'OrderLine',
  ];
  const out: Record<string, unknown> = {};
  for (const key of sequence) if (order[key] !== undefined) out[key] = order[key];
  return out as unknown as UblOrder;
}
