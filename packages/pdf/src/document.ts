import {
  daySpan,
  formatDate,
  formatMoney,
  formatNumber,
  formatPercent,
  formatTimeRange,
  getMessages,
  type Acceptance,
  type Messages,
  type Offer,
} from '@temadag/core';
import { layoutAcceptance } from './acceptance.js';
import {
  Flow,
  StructNode,
  columnWidth,
  type ColumnSpec,
  type Measure,
  type RowSpec,
} from './layout.js';
import type { PdfMessages } from './messages.js';
import { COLORS, MARGIN, PAGE, STYLES } from './theme.js';

/** The offer laid out as rows, with its structure tree. */
export interface OfferLayout {
  flow: Flow;
  root: StructNode;
}

const INK_RULE = { thickness: 0.75, color: COLORS.ink };
const LIGHT_RULE = { thickness: 0.5, color: COLORS.rule };

/** What a binding or accepted offer adds to the layout. */
export interface RevisionLayout {
  /** Core's words of revisions (`binding`). */
  rm: Messages['revision'];
  /** The acceptance, when the offer has been accepted: drawn as the "Accepteret" block. */
  acceptance?: Acceptance | undefined;
}

/**
 * Lays out every block of an offer in reading order: provider, title, status and dates, the
 * revision it replaces, the acceptance when there is one, customer, offering, design and
 * agenda, price, terms, about the provider.
 */
export function layoutOffer(
  offer: Offer,
  m: Messages['offer'],
  pm: PdfMessages,
  measure: Measure,
  revision: RevisionLayout = { rm: getMessages(offer.locale).revision },
): OfferLayout {
  const { locale } = offer;
  const width = PAGE.width - 2 * MARGIN;
  const flow = new Flow(measure, MARGIN, width);
  const root = new StructNode('Document', null);
  const money = (minor: number) => formatMoney(minor, locale, { currency: offer.currency });
  const date = (iso: string) => formatDate(iso, locale);
  const S = STYLES;

  /**
   * A two-column table of labels (row heads) and values, kept whole on one page (and with
   * the heading before it): these blocks are short, and split they read as two.
   */
  const facts = (pairs: readonly (readonly [string, string | undefined])[]) => {
    const shown = pairs.filter((pair): pair is readonly [string, string] => Boolean(pair[1]));
    const labelWidth = columnWidth(
      shown.map(([label]) => ({ text: label, style: S.label })),
      130,
      measure,
    );
    const rows: RowSpec[] = shown.map(([label, value]) => ({
      cells: [
        { parts: [{ text: label, style: S.label }], header: 'Row' as const },
        { parts: [{ text: value, style: S.body }] },
      ],
      padTop: 1.5,
      padBottom: 1.5,
    }));
    if (rows.length === 0) return;
    flow.table(
      [
        { width: labelWidth, align: 'left' },
        { width: width - labelWidth, align: 'left' },
      ],
      [],
      rows,
      root,
    );
    for (let i = flow.rows.length - rows.length; i < flow.rows.length - 1; i++) {
      flow.rows[i]!.keepWithNext = true;
    }
  };

  // Provider: name and contact lines.
  const p = offer.provider;
  flow.paragraph(p.name, S.provider, root.child('P'));
  const contact = [p.contactPerson, p.email, p.phone].filter(Boolean).join('  \u2022  ');
  flow.paragraph(contact, S.note, root.child('P'));
  const addressParts = [p.address.street, `${p.address.postalCode} ${p.address.city}`];
  if (p.address.country !== 'DK') addressParts.push(p.address.country);
  const address = [addressParts.join(', '), p.cvr ? `${m.cvr} ${p.cvr}` : '', p.website ?? '']
    .filter(Boolean)
    .join('  \u2022  ');
  flow.paragraph(address, S.note, root.child('P'));
  flow.space(8);
  flow.push({
    height: 1,
    keepWithNext: false,
    items: [
      {
        kind: 'rule',
        x1: MARGIN,
        x2: MARGIN + width,
        y: 0.5,
        thickness: LIGHT_RULE.thickness,
        color: COLORS.rule,
      },
    ],
  });

  // Title, status (indicative or binding), number and dates.
  flow.space(14);
  flow.paragraph(m.title, S.title, root.child('H1'), { keepWithNext: true });
  const status = offer.status === 'binding' ? revision.rm.binding : m.indicative;
  flow.paragraph(status, S.lead, root.child('P'), { keepWithNext: true });
  flow.space(8);
  const third = width / 3;
  flow.table(
    [
      { width: third, align: 'left' },
      { width: third, align: 'left' },
      { width: third, align: 'left' },
    ],
    [
      {
        cells: [m.number, m.date, m.validUntil].map((text) => ({
          parts: [{ text, style: S.label }],
          header: 'Column' as const,
        })),
        padTop: 0,
        padBottom: 1,
      },
    ],
    [
      {
        cells: [offer.number, date(offer.issueDate), date(offer.validUntil)].map((text) => ({
          parts: [{ text, style: S.bodyBold }],
        })),
        padTop: 0,
        padBottom: 0,
      },
    ],
    root,
  );
  if (offer.replaces) {
    flow.space(4);
    flow.paragraph(pm.replaces(offer.replaces), S.note, root.child('P'));
  }
  if (revision.acceptance) {
    layoutAcceptance(flow, root, facts, offer, revision.acceptance, m, pm);
  }

  // Customer, when known.
  const c = offer.customer;
  const customer: [string, string | undefined][] = [
    [pm.organisation, c.organisation],
    [m.contact, c.contact],
    [pm.email, c.email],
    [m.cvr, c.cvr],
    [m.ean, c.ean],
    [m.reference, c.reference],
  ];
  if (customer.some(([, value]) => value)) {
    flow.heading(m.customer, S.h2, root.child('H2'), 18);
    flow.space(2);
    facts(customer);
  }

  // The offering.
  const o = offer.offering;
  flow.heading(o.title, S.offering, root.child('H2'), 22);
  if (o.subtitle) flow.paragraph(o.subtitle, S.lead, root.child('P'), { keepWithNext: true });
  flow.space(6);
  flow.paragraph(o.summary, S.bodyBold, root.child('P'));
  for (const paragraph of (o.description ?? '').split(/\n\s*\n/)) {
    if (paragraph.trim() === '') continue;
    flow.space(6);
    flow.paragraph(paragraph.trim(), S.body, root.child('P'));
  }
  if (o.audience) {
    flow.space(6);
    facts([[pm.audience, o.audience]]);
  }
  if (o.focusQuestions.length > 0) {
    flow.heading(m.focusQuestions, S.h3, root.child('H3'), 10);
    flow.space(2);
    flow.list(o.focusQuestions, S.body, root);
  }

  // The chosen design and the agenda.
  flow.heading(pm.design, S.h2, root.child('H2'), 22);
  flow.space(2);
  const span = daySpan(offer.agenda);
  const onDay = new Set(offer.agenda.map((item) => item.module).filter(Boolean));
  const addOns = offer.modules.filter((mod) => !onDay.has(mod.id)).map((mod) => mod.title);
  facts([
    [m.format, offer.format.label],
    [m.date_of_event, offer.date ? formatDate(offer.date, locale, 'full') : undefined],
    [pm.time, span ? formatTimeRange(span.start, span.end, locale) : undefined],
    [m.place, offer.place],
    [m.participantsLabel, formatNumber(offer.participants, locale)],
    [pm.addOns, addOns.length > 0 ? addOns.join(', ') : undefined],
  ]);

  if (offer.agenda.length > 0) {
    flow.heading(m.agenda, S.h3, root.child('H3'), 14);
    flow.space(2);
    const descriptions = new Map(offer.modules.map((mod) => [mod.id, mod.description]));
    const timeWidth = columnWidth(
      [
        { text: pm.agendaTime, style: S.head },
        ...offer.agenda.map((item) => ({
          text: formatTimeRange(item.start, item.end, locale),
          style: S.body,
        })),
      ],
      92,
      measure,
    );
    const columns: ColumnSpec[] = [
      { width: timeWidth, align: 'left' },
      { width: width - timeWidth, align: 'left' },
    ];
    const head: RowSpec[] = [
      {
        cells: [pm.agendaTime, pm.agendaItem].map((text) => ({
          parts: [{ text, style: S.head }],
          header: 'Column' as const,
        })),
        below: INK_RULE,
        padTop: 0,
        padBottom: 3,
        valign: 'bottom',
      },
    ];
    const body: RowSpec[] = offer.agenda.map((item, i) => {
      const isBreak = item.module === undefined;
      const description = item.module ? descriptions.get(item.module) : undefined;
      return {
        cells: [
          {
            parts: [
              {
                text: formatTimeRange(item.start, item.end, locale),
                style: isBreak ? S.note : S.body,
              },
            ],
          },
          {
            parts: [
              { text: item.title, style: isBreak ? S.note : S.bodyBold },
              { text: description ?? '', style: S.note, spaceBefore: 1 },
            ],
          },
        ],
        below: i === offer.agenda.length - 1 ? INK_RULE : LIGHT_RULE,
        padTop: isBreak ? 3 : 5,
        padBottom: isBreak ? 3 : 5,
      };
    });
    flow.table(columns, head, body, root);
  }

  // The price.
  if (offer.priceStatus === 'on-request') {
    flow.heading(m.price, S.h2, root.child('H2'), 22);
    flow.space(2);
    flow.paragraph(m.priceOnRequest, S.total, root.child('P'), { keepWithNext: true });
    flow.space(2);
    flow.paragraph(offer.onRequestReason ?? m.priceOnRequestNote, S.body, root.child('P'));
    if (offer.onRequestReason) {
      flow.space(2);
      flow.paragraph(m.priceOnRequestNote, S.body, root.child('P'));
    }
  } else {
    flow.heading(
      offer.status === 'indicative' ? m.indicativePrice : m.price,
      S.h2,
      root.child('H2'),
      22,
    );
    flow.space(2);
    // Numbers and column heads are never cut inside a word ("Quantit/y").
    const qtyWidth = columnWidth(
      [
        { text: m.quantity, style: S.head },
        ...offer.lines.map((line) => ({
          text: formatNumber(line.quantity, locale),
          style: S.body,
        })),
      ],
      44,
      measure,
    );
    const amountWidth = columnWidth(
      [
        { text: m.unitPrice, style: S.head },
        { text: m.amount, style: S.head },
        ...offer.lines.flatMap((line) => [
          { text: money(line.unitAmount), style: S.body },
          { text: money(line.amount), style: S.body },
        ]),
        { text: money(offer.total), style: S.total },
      ],
      96,
      measure,
    );
    const columns: ColumnSpec[] = [
      { width: width - qtyWidth - 2 * amountWidth, align: 'left' },
      { width: qtyWidth, align: 'right' },
      { width: amountWidth, align: 'right' },
      { width: amountWidth, align: 'right' },
    ];
    const head: RowSpec[] = [
      {
        cells: [m.description, m.quantity, m.unitPrice, m.amount].map((text) => ({
          parts: [{ text, style: S.head, balance: true }],
          header: 'Column' as const,
        })),
        below: INK_RULE,
        padTop: 0,
        padBottom: 3,
        valign: 'bottom',
      },
    ];
    const body: RowSpec[] = offer.lines.map((line) => ({
      cells: [
        {
          parts: [
            { text: line.description, style: S.bodyBold },
            { text: line.explanation, style: S.note, spaceBefore: 1 },
          ],
        },
        { parts: [{ text: formatNumber(line.quantity, locale), style: S.body }] },
        { parts: [{ text: money(line.unitAmount), style: S.body }] },
        { parts: [{ text: money(line.amount), style: S.body }] },
      ],
      below: LIGHT_RULE,
    }));
    // Totals: the label spans description, quantity and unit price.
    const totalRow = (
      label: string,
      amount: number,
      style: typeof S.body,
      extra: Partial<RowSpec> = {},
    ): RowSpec => ({
      cells: [
        { parts: [{ text: label, style }], header: 'Row', colSpan: 3, align: 'right' },
        { parts: [{ text: money(amount), style }] },
      ],
      padTop: 2.5,
      padBottom: 2.5,
      ...extra,
    });
    body.push(totalRow(m.subtotal, offer.subtotal, S.body, { spaceBefore: 4 }));
    for (const vat of offer.vat) {
      body.push(totalRow(m.vat(formatPercent(vat.rate, locale)), vat.amount, S.body));
    }
    if (offer.vat.length > 1) body.push(totalRow(m.vatTotal, offer.vatTotal, S.body));
    body.push(
      totalRow(m.total, offer.total, S.total, {
        above: { ...INK_RULE, from: 1 },
        below: { ...INK_RULE, from: 1, double: true },
        padTop: 4,
        padBottom: 4,
      }),
    );
    flow.table(columns, head, body, root);
    // Keep the totals together: subtotal, VAT and total move as one.
    const totals = 2 + offer.vat.length + (offer.vat.length > 1 ? 1 : 0);
    for (let i = flow.rows.length - totals; i < flow.rows.length - 1; i++) {
      flow.rows[i]!.keepWithNext = true;
    }
    if (offer.status === 'indicative') {
      flow.space(8);
      flow.paragraph(m.indicativeNote, S.note, root.child('P'));
    }
  }

  // Terms.
  const t = offer.terms;
  flow.heading(m.terms, S.h2, root.child('H2'), 22);
  flow.space(2);
  flow.paragraph(
    m.validity(formatNumber(t.validityDays, locale), date(offer.validUntil)),
    S.body,
    root.child('P'),
  );
  const termBlock = (title: string, text: string) => {
    if (!text) return;
    flow.heading(title, S.h3, root.child('H3'), 8);
    flow.paragraph(text, S.body, root.child('P'));
  };
  termBlock(m.payment, t.payment);
  termBlock(m.cancellation, t.cancellation);
  if (t.included.length > 0) {
    flow.heading(m.included, S.h3, root.child('H3'), 8);
    flow.list(t.included, S.body, root);
  }
  if (t.excluded.length > 0) {
    flow.heading(m.excluded, S.h3, root.child('H3'), 8);
    flow.list(t.excluded, S.body, root);
  }

  // About the provider.
  if (p.bio) {
    flow.heading(m.about(p.name), S.h2, root.child('H2'), 22);
    flow.space(2);
    flow.paragraph(p.bio, S.body, root.child('P'));
  }
  return { flow, root };
}
