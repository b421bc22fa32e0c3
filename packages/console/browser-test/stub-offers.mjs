// The offer endpoints of the stub admin API (docs/console.md, "Offers"): a draft prefilled
// from the stub inquiry, a preview priced by @temadag/core, sending as an immutable revision
// that supersedes the open one, the list of revisions, and their PDF and UBL downloads.
import {
  addCalendarDays,
  copenhagenDate,
  createOffer,
  isOfferValid,
  isValidCvr,
  isValidGln,
  loadCatalog,
  revisionNumber,
  ValidationError,
} from '@temadag/core';

const today = () => copenhagenDate(new Date());

/** The draft the server would prefill from a stub inquiry. */
export function draftOf(inquiry, catalogJson) {
  const i = inquiry.inquiry;
  const offering = catalogJson.offerings.find((o) => o.id === inquiry.offering);
  const draft = {
    locale: inquiry.locale,
    selection: {
      offering: i.offering,
      format: i.format,
      participants: i.participants,
      modules: [...(i.modules ?? [])],
      ...(i.preferredDates?.[0] ? { date: i.preferredDates[0] } : {}),
      ...(i.place ? { place: i.place } : {}),
    },
    customer: {
      organisation: i.contact.organisation,
      contact: i.contact.name,
      email: i.contact.email,
      ...(i.invoicing?.ean ? { ean: i.invoicing.ean } : {}),
      ...(i.invoicing?.cvr ? { cvr: i.invoicing.cvr } : {}),
      ...(i.invoicing?.reference ? { reference: i.invoicing.reference } : {}),
    },
    lines: [],
    adjustments: [],
    validUntil: addCalendarDays(today(), offering?.terms?.validityDays ?? 30),
  };
  return draft;
}

/** The draft's own checks (what core's selection check does not cover), as the server words them. */
function checkDraft(draft, da) {
  const errors = [];
  const say = (path, daText, enText) => errors.push({ path, message: da ? daText : enText });
  const c = draft.customer ?? {};
  if (!c.email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(c.email))
    say(
      'customer.email',
      'Skriv en gyldig e-mailadresse, fx navn@kommune.dk.',
      'Write a valid email address, e.g. name@council.dk.',
    );
  if (c.ean && !isValidGln(c.ean))
    say(
      'customer.ean',
      'EAN-nummeret skal være 13 cifre med gyldigt kontrolciffer.',
      'The EAN number must be 13 digits with a valid check digit.',
    );
  if (c.cvr && !isValidCvr(c.cvr))
    say(
      'customer.cvr',
      'CVR-nummeret skal være 8 cifre med gyldigt kontrolciffer.',
      'The CVR number must be 8 digits with a valid check digit.',
    );
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.validUntil ?? '') || draft.validUntil < today())
    say(
      'validUntil',
      'Gyldig til skal være i dag eller senere.',
      'Valid through must be today or later.',
    );
  if ((draft.message ?? '').length > 2000)
    say(
      'message',
      'Beskeden må højst være 2000 tegn.',
      'The message can be at most 2000 characters.',
    );
  return errors;
}

/** The offer a draft makes, or the problems: `{ offer }` or `{ errors }`. */
export function priceDraft(catalogJson, inquiry, draft, da, revision) {
  const errors = checkDraft(draft, da);
  const base = inquiry.offer.number;
  const previous = inquiry.revisions[0];
  let offer;
  try {
    offer = createOffer(
      loadCatalog(catalogJson),
      { ...draft.selection, lines: draft.lines, adjustments: draft.adjustments },
      {
        now: new Date(),
        locale: draft.locale,
        number: revisionNumber(base, revision),
        status: 'binding',
        validUntil: draft.validUntil,
        revision,
        ...(previous ? { replaces: previous.offer.number } : {}),
        customer: { ...draft.customer },
      },
    );
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    for (const p of error.problems) {
      if (errors.some((e) => e.path === p.path)) continue;
      // The design's fields sit under `selection` in the draft; the rest keep core's path.
      const own = /^(customer|lines|adjustments|validUntil)\b/.test(p.path);
      errors.push({ path: own ? p.path : `selection.${p.path}`, message: p.message });
    }
  }
  if (errors.length) return { errors };
  return { offer };
}

/** A revision as `GET .../offers` lists it; `expired` derived from the validity. */
export function summary(r) {
  const state = r.state === 'sent' && !isOfferValid(r.offer, new Date()) ? 'expired' : r.state;
  return {
    revision: r.revision,
    number: r.offer.number,
    ...(r.offer.replaces ? { replaces: r.offer.replaces } : {}),
    state,
    createdAt: r.createdAt,
    validUntil: r.offer.validUntil,
    total: r.offer.total,
    currency: r.offer.currency,
    priceStatus: r.offer.priceStatus,
    ...(r.acceptance ? { acceptance: r.acceptance } : {}),
    ...(r.decline ? { decline: r.decline } : {}),
  };
}

/** Stores a sent revision: the open ones before it become `superseded`. */
export function storeRevision(inquiry, offer) {
  for (const r of inquiry.revisions) if (r.state === 'sent') r.state = 'superseded';
  const stored = {
    revision: offer.revision,
    offer,
    state: 'sent',
    createdAt: new Date().toISOString(),
  };
  inquiry.revisions.unshift(stored);
  if (inquiry.status === 'ny') {
    inquiry.status = 'besvaret';
    inquiry.statusHistory.push({ status: 'besvaret', at: stored.createdAt });
  }
  return stored;
}

/**
 * Four revisions of one inquiry in every stored state (and one expired), for the list's
 * tests: 1 superseded, 2 sent but past its validity, 3 declined, 4 accepted.
 */
export function seedRevisions(catalogJson, inquiry) {
  const draft = draftOf(inquiry, catalogJson);
  const states = ['superseded', 'sent', 'declined', 'accepted'];
  states.forEach((state, i) => {
    const revision = i + 1;
    const result = priceDraft(catalogJson, inquiry, draft, true, revision);
    const offer = {
      ...result.offer,
      validUntil: state === 'sent' ? '2026-01-31' : draft.validUntil,
    };
    const at = new Date(Date.UTC(2026, 10, revision, 10)).toISOString();
    inquiry.revisions.unshift({
      revision,
      offer,
      state,
      createdAt: at,
      ...(state === 'declined'
        ? { decline: { reason: 'Vi har valgt en anden løsning.', declinedAt: at } }
        : {}),
      ...(state === 'accepted'
        ? {
            acceptance: {
              name: 'Mette Hansen',
              title: 'Afdelingsleder',
              acceptedAt: new Date(Date.UTC(2026, 10, 5, 13, 7)).toISOString(),
              pdfSha256: 'a3f1c9e2b4d6f8a0c1e3b5d7f9a2c4e6b8d0f1a3c5e7b9d2f4a6c8e0b1d3f5a7',
              orderReference: 'PO-4711',
            },
          }
        : {}),
    });
  });
  // Declining leaves nothing open; the accepted one was sent after it.
  inquiry.status = 'aftalt';
}
