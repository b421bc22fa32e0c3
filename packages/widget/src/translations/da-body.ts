import type { BodyWord, Translation } from './types.js';

/**
 * The Danish words of the shaping form, the PDF button's action, the agenda and the text about
 * the provider (`offer/body.ts`), part of `da` (da.ts). The script-tag build keeps them out of
 * temadag.js: the chunk brings them and they join `translations.da` when it loads.
 */
export const daBody: Pick<Translation, BodyWord> = {
  // The PDF button's action (offer/pdf-download.ts) and what the panel shows of its job
  // (offer/pdf-state.ts) are the body's.
  errorPrefix: 'Fejl: ',
  pdfWorking: 'Pdf-filen laves …',
  pdfDone: 'Tilbuddet er hentet som pdf-fil.',
  pdfFailed: 'Pdf-filen kunne ikke laves. Prøv igen, eller send en henvendelse.',
  pdfDraftNumber: 'Vejledende, uden nr.',
  pdfDraftFileName: (date) => `vejledende-tilbud-${date}.pdf`,
  shapeHeading: 'Sammensæt temadagen',
  shapeIntro: 'Prisen og programmet opdateres, mens du vælger.',
  formatLegend: 'Varighed',
  formatTimes: (duration, times) => `${duration}, ${times}`,
  participantsHint: (min, max) => `Mellem ${min} og ${max} deltagere.`,
  optional: '(frivilligt)',
  modulesLegend: 'Tilvalg',
  modulesHint: 'Vælg det, du vil have med ud over programmet.',
  moduleAdds: (amount) => `+ ${amount} ekskl. moms`,
  moduleFree: 'Uden merpris',
  moduleLowers: (amount) => `Sænker prisen med ${amount} ekskl. moms`,
  moduleNoExtra: 'Ingen merpris med det valgte',
  travelKmLabel: (from) => `Afstand fra ${from} til stedet (km, én vej)`,
  travelZoneLabel: 'Hvor holdes temadagen?',
  travelZoneUnknown: 'Ved ikke endnu',
  travelHint: (how) =>
    `Kørsel koster ${how}. Lad feltet stå tomt, hvis I ikke kender stedet endnu.`,
  travelKmInvalid: 'Angiv afstanden som et helt antal km',
  moduleMinutes: (minutes) => `${minutes} på dagen`,
  moduleWhen: {
    preparation: 'Før temadagen',
    'follow-up': 'Efter temadagen',
    deliverable: 'Efter temadagen',
  },
  moduleNoRoom: (format) => `Der er ikke tid til det i en ${format.toLowerCase()} med det valgte.`,
  dateLabel: 'Ønsket dato',
  dateHint: 'Datoen aftales endeligt med udbyderen.',
  datePast: 'Vælg en dato efter i dag',
  agendaOffDay: 'Før og efter dagen',
  agendaOver: (minutes) => `Programmet er ${minutes} for langt.`,
  related: 'Se også',
  announceInvalid: (min, max) =>
    `Ingen pris: antal deltagere skal være et helt tal mellem ${min} og ${max}.`,
  announcePrice: (subtotal, total) =>
    `Vejledende pris ${subtotal} ekskl. moms, ${total} inkl. moms.`,
  announceOnRequest: 'Pris efter aftale.',
};
