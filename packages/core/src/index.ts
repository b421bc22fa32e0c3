/**
 * `@temadag/core`: catalog schemas, pricing, agenda, offers, formatting, messages, exporters
 * and the inquiry schema. Pure, isomorphic TypeScript: no DOM, no Node APIs.
 *
 * @packageDocumentation
 */
export * from './agenda.js';
export * from './catalog-schema.js';
export * from './catalog.js';
export * from './catalog-defaults.js';
export * from './dates.js';
export * from './apply-defaults.js';
export * from './format.js';
export * from './identifiers.js';
export * from './locale.js';
export * from './messages/index.js';
export * from './money.js';
export * from './calendar.js';
export * from './offer.js';
export * from './offer-number.js';
export * from './pricing.js';
export * from './problems.js';
export * from './selection.js';
export * from './text.js';
export * from './inquiry.js';
export * from './inquiry-offer.js';
export * from './inquiry-text.js';
export * from './guards.js';
export * from './jsonld.js';
export * from './offer-draft.js';
export * from './manual-lines.js';
export * from './revision.js';
export * from './revision-wire.js';
export * from './ubl.js';
export * from './module-effect.js';
export * from './travel.js';
