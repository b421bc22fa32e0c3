import { describe, expect, it } from 'vitest';
import {
  createOffer,
  isValidGln,
  loadCatalog,
  offerToUbl,
  type Acceptance,
  type Offer,
  type UblOrder,
} from '@temadag/core';
import {
  EAS_USED,
  ORDER_TYPE_CODES,
  PEPPOL_ORDER_LEAVES,
  PEPPOL_ORDER_PROFILES,
  PEPPOL_ORDER_REQUIRED,
  PEPPOL_ORDER_REQUIRED_CHILDREN,
  PEPPOL_ORDER_SEQUENCE,
  TAX_CATEGORY_CODES,
} from './peppol-order.js';
import { exampleCatalogJson } from './catalog.support.js';

const json = exampleCatalogJson();
json.provider.cvr = '10150817';
const catalog = loadCatalog(json);

const customer = {
  organisation: 'Ærø Kommune',
  contact: 'Mette Hansen',
  email: 'mette@aeroe.dk',
  ean: '5790000000005',
  cvr: '10150817',
  reference: 'Att. Mette Hansen / 4711',
};

function binding(extra: Partial<Parameters<typeof createOffer>[1]> = {}): Offer {
  return createOffer(
    catalog,
    {
      offering: 'dialog-i-udsatte-boligomraader',
      format: 'hel',
      participants: 30,
      date: '2027-03-15',
      place: 'Marstal Medborgerhus',
      lines: [
        { description: 'Ekstra facilitator', quantity: 1, unitAmount: 400_000, vatRate: 2500 },
        { description: 'Bogen til deltagerne', quantity: 30, unitAmount: 19_900, vatRate: 0 },
      ],
      adjustments: [
        { kind: 'discount', reason: 'Rammeaftale', rate: 1000 },
        { kind: 'surcharge', reason: 'Weekend', amount: 150_000 },
      ],
      ...extra,
    },
    {
      now: new Date('2027-01-05T09:00:00Z'),
      number: 'T-2027-0042-2',
      revision: 2,
      replaces: 'T-2027-0042',
      status: 'binding',
      validUntil: '2027-01-31',
      customer,
    },
  );
}

const acceptance = (offer: Offer): Acceptance => ({
  name: 'Mette Hansen',
  title: 'Afdelingsleder',
  acceptedAt: '2027-01-20T13:03:00.000Z',
  number: offer.number,
  pdfSha256: 'a'.repeat(64),
  orderReference: 'PO-7781',
});

/** Every leaf of the JSON as `[path, value]`, arrays flattened into their element's path. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (Array.isArray(value)) return value.flatMap((v) => leaves(v, path));
  if (value !== null && typeof value === 'object') {
    if ('value' in value) return [[path, value]];
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}/${k}` : k));
  }
  return [[path, value]];
}

/** The nodes at a path (arrays flattened). */
function at(order: UblOrder, path: string): unknown[] {
  let nodes: unknown[] = [order];
  for (const key of path.split('/')) {
    nodes = nodes
      .flatMap((n) => (n as Record<string, unknown>)[key] ?? [])
      .flatMap((n) => (Array.isArray(n) ? n : [n]));
  }
  return nodes;
}

const text = (v: unknown) => (typeof v === 'string' ? v : (v as { value: string }).value);
const cents = (v: unknown) => Math.round(Number(text(v)) * 100);

describe('offerToUbl: the Peppol BIS Order 3 data model', () => {
  const offer = binding();
  const strict = offerToUbl(offer, acceptance(offer), { peppol: true }).Order;
  const full = offerToUbl(offer, acceptance(offer)).Order;

  it('holds only elements of the model; the full form adds only the VAT subtotals', () => {
    const outside = leaves(strict).filter(([p]) => !PEPPOL_ORDER_LEAVES.has(p));
    expect(outside).toEqual([]);
    const extra = new Set(
      leaves(full)
        .map(([p]) => p)
        .filter((p) => !PEPPOL_ORDER_LEAVES.has(p)),
    );
    expect([...extra].sort()).toEqual([
      'TaxTotal/TaxSubtotal/TaxAmount',
      'TaxTotal/TaxSubtotal/TaxCategory/ID',
      'TaxTotal/TaxSubtotal/TaxCategory/Percent',
      'TaxTotal/TaxSubtotal/TaxCategory/TaxScheme/ID',
      'TaxTotal/TaxSubtotal/TaxableAmount',
    ]);
  });

  it('has every required element, and no empty one', () => {
    for (const path of PEPPOL_ORDER_REQUIRED)
      expect(at(strict, path).length, path).toBeGreaterThan(0);
    for (const [parent, children] of Object.entries(PEPPOL_ORDER_REQUIRED_CHILDREN)) {
      for (const node of at(strict, parent)) {
        for (const child of children) expect(node, `${parent}/${child}`).toHaveProperty(child);
      }
    }
    for (const [path, value] of leaves(full)) expect(text(value), path).not.toBe('');
  });

  it('uses the transaction, profile, type code, currency and dates as the rules ask', () => {
    expect(strict.CustomizationID).toBe('urn:fdc:peppol.eu:poacc:trns:order:3');
    expect(PEPPOL_ORDER_PROFILES).toContain(strict.ProfileID);
    expect(ORDER_TYPE_CODES).toContain(strict.OrderTypeCode);
    expect(strict.DocumentCurrencyCode).toBe('DKK');
    for (const [path, value] of leaves(full)) {
      if (/(Date|EndDate|StartDate)$/.test(path))
        expect(text(value), path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // R003: one currency; R028: amounts with at most two decimals.
      const v = value as { currencyID?: string; value?: string };
      if (v.currencyID !== undefined) {
        expect(v.currencyID, path).toBe('DKK');
        expect(v.value, path).toMatch(/^-?\d+\.\d{2}$/);
      }
    }
  });

  it('identifies the buyer by EAN (GLN, 0088) and CVR (0184, DK prefix), the seller by CVR', () => {
    const buyer = strict.BuyerCustomerParty.Party;
    expect(buyer.EndpointID).toEqual({ value: '5790000000005', schemeID: '0088' });
    expect(buyer.PartyIdentification).toEqual([
      { ID: { value: '5790000000005', schemeID: '0088' } },
    ]);
    expect(isValidGln(buyer.EndpointID!.value)).toBe(true);
    expect(buyer.PartyLegalEntity).toEqual({
      RegistrationName: 'Ærø Kommune',
      CompanyID: { value: 'DK10150817', schemeID: '0184' },
    });
    expect(buyer.PartyTaxScheme).toEqual({ CompanyID: 'DK10150817', TaxScheme: { ID: 'VAT' } });
    const seller = strict.SellerSupplierParty.Party;
    expect(seller.EndpointID).toEqual({ value: 'DK10150817', schemeID: '0184' });
    for (const id of [buyer.EndpointID, seller.EndpointID])
      expect(EAS_USED).toContain(id!.schemeID);
    // R026: VAT identifiers start with the country code.
    expect(seller.PartyTaxScheme!.CompanyID).toMatch(/^DK\d{8}$/);
  });

  it('carries the order reference, the quotation, the acceptance and the PDF hash', () => {
    expect(strict.ID).toBe('PO-7781');
    expect(strict.QuotationDocumentReference).toEqual({ ID: 'T-2027-0042-2' });
    expect(strict.CustomerReference).toBe('Att. Mette Hansen / 4711');
    expect(strict.IssueDate).toBe('2027-01-20');
    expect(strict.ValidityPeriod).toEqual({ EndDate: '2027-01-31' });
    expect(strict.Note).toBe(
      'Accepteret af Mette Hansen, Afdelingsleder, 20. januar 2027 kl. 14.03.',
    );
    expect(strict.AdditionalDocumentReference).toEqual([
      { ID: 'a'.repeat(64), DocumentType: 'Tilbud T-2027-0042-2 (PDF, SHA-256)' },
    ]);
    expect(strict.Delivery).toEqual({
      DeliveryLocation: {
        Address: {
          AddressLine: [{ Line: 'Marstal Medborgerhus' }],
          Country: { IdentificationCode: 'DK' },
        },
      },
      RequestedDeliveryPeriod: { StartDate: '2027-03-15', EndDate: '2027-03-15' },
    });
  });

  it('lines: unit price ex VAT, quantity with a unit code, VAT category per line', () => {
    const items = offer.lines.filter((l) => l.kind !== 'adjustment' && l.kind !== 'percentage');
    expect(strict.OrderLine).toHaveLength(items.length);
    strict.OrderLine.forEach((ol, i) => {
      const line = items[i]!;
      expect(ol.LineItem.ID).toBe(String(i + 1));
      expect(ol.LineItem.Quantity).toEqual({ value: String(line.quantity), unitCode: 'C62' });
      expect(cents(ol.LineItem.Price!.PriceAmount)).toBe(line.unitAmount);
      expect(cents(ol.LineItem.LineExtensionAmount)).toBe(line.amount);
      expect(ol.LineItem.Item.Name).toBe(line.description);
      const category = ol.LineItem.Item.ClassifiedTaxCategory!;
      expect(TAX_CATEGORY_CODES).toContain(category.ID);
      // R029/R030: a percent always; standard rated only above zero.
      expect(Number(category.Percent)).toBe(line.vatRate / 100);
      expect(category.ID).toBe(line.vatRate > 0 ? 'S' : 'E');
    });
  });

  it('adds up as rules R006–R011, R016, R017 and R032 require', () => {
    const t = strict.AnticipatedMonetaryTotal!;
    const lineSum = at(strict, 'OrderLine/LineItem/LineExtensionAmount').map(cents);
    const charges = strict.AllowanceCharge ?? [];
    const allowanceSum = charges
      .filter((c) => c.ChargeIndicator === 'false')
      .map((c) => cents(c.Amount));
    const chargeSum = charges
      .filter((c) => c.ChargeIndicator === 'true')
      .map((c) => cents(c.Amount));
    const add = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    expect(allowanceSum.length).toBeGreaterThan(0);
    expect(chargeSum.length).toBeGreaterThan(0);
    for (const c of charges) expect(cents(c.Amount)).toBeGreaterThanOrEqual(0);
    expect(cents(t.LineExtensionAmount)).toBe(add(lineSum));
    expect(cents(t.LineExtensionAmount)).toBeGreaterThanOrEqual(0);
    expect(cents(t.AllowanceTotalAmount)).toBe(add(allowanceSum));
    expect(cents(t.ChargeTotalAmount)).toBe(add(chargeSum));
    expect(cents(t.TaxExclusiveAmount)).toBe(
      cents(t.LineExtensionAmount) - cents(t.AllowanceTotalAmount) + cents(t.ChargeTotalAmount),
    );
    expect(cents(t.TaxInclusiveAmount)).toBe(
      cents(t.TaxExclusiveAmount) + cents(strict.TaxTotal!.TaxAmount),
    );
    expect(cents(t.PayableAmount)).toBe(cents(t.TaxInclusiveAmount));
    expect(cents(t.PayableAmount)).toBe(offer.total);
    expect(cents(t.TaxExclusiveAmount)).toBe(offer.subtotal);
  });

  it('gives VAT per rate in the full form, matching the offer', () => {
    expect(full.TaxTotal!.TaxSubtotal).toEqual(
      offer.vat.map((v) => ({
        TaxableAmount: { value: (v.base / 100).toFixed(2), currencyID: 'DKK' },
        TaxAmount: { value: (v.amount / 100).toFixed(2), currencyID: 'DKK' },
        TaxCategory: {
          ID: v.rate > 0 ? 'S' : 'E',
          Percent: String(v.rate / 100),
          TaxScheme: { ID: 'VAT' },
        },
      })),
    );
    expect(offer.vat.map((v) => v.rate)).toEqual([2500, 0]);
    expect(strict.TaxTotal).not.toHaveProperty('TaxSubtotal');
  });
});

describe('offerToUbl: edges', () => {
  it('falls back to the offer number, the CVR endpoint and the acceptance’s EAN', () => {
    const offer = binding();
    const { orderReference: _drop, ...noReference } = acceptance(offer);
    expect(offerToUbl(offer, noReference).Order.ID).toBe('T-2027-0042-2');
    const noEan = createOffer(
      catalog,
      { offering: 'dialog-i-udsatte-boligomraader', format: 'hel', participants: 30 },
      {
        now: new Date('2027-01-05T09:00:00Z'),
        number: 'T-2027-0043',
        status: 'binding',
        customer: { organisation: 'Boligselskabet', cvr: '1015 0817' },
      },
    );
    const party = offerToUbl(noEan, acceptance(noEan)).Order.BuyerCustomerParty.Party;
    expect(party.EndpointID).toEqual({ value: 'DK10150817', schemeID: '0184' });
    const withEan = offerToUbl(noEan, { ...acceptance(noEan), ean: '5790000000005' }).Order;
    expect(withEan.BuyerCustomerParty.Party.EndpointID).toEqual({
      value: '5790000000005',
      schemeID: '0088',
    });
  });

  it('refuses an acceptance of another revision or with an invalid EAN', () => {
    const offer = binding();
    expect(() => offerToUbl(offer, { ...acceptance(offer), number: 'T-2027-0042' })).toThrow(
      /acceptance.number/,
    );
    expect(() => offerToUbl(offer, { ...acceptance(offer), ean: '5790000000006' })).toThrow(
      /acceptance.ean/,
    );
  });

  it('orders a day priced on request as one line without a price', () => {
    const offer = createOffer(
      catalog,
      { offering: 'dialog-i-udsatte-boligomraader', format: 'hel', participants: 70 },
      { now: new Date('2027-01-05T09:00:00Z'), number: 'T-2027-0044', status: 'binding', customer },
    );
    expect(offer.priceStatus).toBe('on-request');
    const order = offerToUbl(offer, acceptance(offer), { peppol: true }).Order;
    expect(order.OrderLine).toEqual([
      {
        LineItem: {
          ID: '1',
          Quantity: { value: '1', unitCode: 'C62' },
          Item: { Description: offer.format.label, Name: offer.offering.title },
        },
      },
    ]);
    expect(order).not.toHaveProperty('TaxTotal');
    expect(order).not.toHaveProperty('AnticipatedMonetaryTotal');
  });

  it('is deterministic and keeps the schema’s element order', () => {
    const offer = binding();
    const a = JSON.stringify(offerToUbl(offer, acceptance(offer)));
    expect(JSON.stringify(offerToUbl(offer, acceptance(offer)))).toBe(a);
    const keys = Object.keys(offerToUbl(offer, acceptance(offer)).Order);
    // The sequence comes from the Peppol model (peppol-order.ts), not from ubl.ts's own list.
    expect(keys).toEqual(PEPPOL_ORDER_SEQUENCE.filter((key) => keys.includes(key)));
    // Not a check of a few keys only: the binding offer writes the parts set last, too.
    expect(keys).toEqual(
      expect.arrayContaining(['Delivery', 'AllowanceCharge', 'TaxTotal', 'OrderLine']),
    );
  });
});
