import { countOf, type PluralForms } from '@temadag/core';
import { daBody } from './da-body.js';
import { daCatalog } from './da-catalog.js';
import { daExtras } from './da-extras.js';
import type { InquiryTranslation, Translation } from './types.js';

/** "tegn", one or many. */
const SIGNS: PluralForms = { one: 'tegn', other: 'tegn' };

/**
 * Danish (the default). The words of what comes after the first paint are kept in files of
 * their own (`da-body.ts`, `da-extras.ts`, `da-catalog.ts`): the script-tag build leaves them
 * out of temadag.js and each chunk brings its own (see scripts/later-words.ts).
 */
// Pure: a chunk that takes only `daInquiry` from this module drops the spread object.
export const da: Translation = /* @__PURE__ */ (() => ({
  loadFailed: 'Tilbuddet kunne ikke hentes. Prøv at genindlæse siden.',
  loadRefused: 'Tilbuddet kan ikke vises på denne side. Kontakt udbyderen af temadagen.',
  unknownOffering: (id) => `Temadagen "${id}" findes ikke i kataloget.`,
  audience: 'Målgruppe',
  description: 'Om temadagen',
  travelKmRule: (rate, roundTrip, included) =>
    `${rate} pr. km${roundTrip ? ' tur-retur' : ''}${included === '0' ? '' : `, de første ${included} km er med i prisen`}`,
  travelZoneRule: (zones) => `efter zone (${zones})`,
  travelOnTop: (how) => `Kørsel er ikke med i prisen og kommer oveni: ${how}.`,
  termsHeading: 'Betingelser: betaling, aflysning og hvad prisen omfatter',
  exVat: 'ekskl. moms',
  breakdown: 'Sådan er prisen regnet ud',
  priceUnavailable: 'Angiv antal deltagere for at se prisen.',
  priceOutOfBounds: (min, max) => `Indtast et antal mellem ${min} og ${max} for at se prisen.`,
  pdf: 'Hent tilbud som pdf-fil',
  ...daBody,
  ...daExtras,
  ...daCatalog,
}))();

/** Danish words of `<temadag-inquiry>` (see `inquiryTranslations`). */
export const daInquiry: InquiryTranslation = {
  heading: 'Send henvendelse',
  intro: 'Fortæl os, hvem du er, og hvad du ønsker. Så vender vi tilbage med et forslag.',
  optional: '(frivilligt)',
  errorPrefix: 'Fejl: ',
  summaryHeading: 'Der er problemer',
  contactLegend: 'Dine kontaktoplysninger',
  name: 'Navn',
  email: 'E-mailadresse',
  emailHint: 'Brug din arbejdsmail, fx navn@kommune.dk',
  organisation: 'Organisation',
  organisationHint: 'Fx kommune, boligorganisation eller boligafdeling',
  role: 'Stilling',
  phone: 'Telefonnummer',
  phoneHint: 'Vi ringer kun, hvis noget er lettere at afklare i en samtale.',
  dayLegend: 'Temadagen',
  date: 'Ønsket dato',
  dateHint: 'Den endelige dato aftaler vi sammen.',
  place: 'Sted',
  placeHint: 'Fx adresse eller by',
  message: 'Ønsker og behov',
  messageHint: 'Skriv ikke personoplysninger om beboere eller borgere.',
  messageLimit: (maximum) => `Du kan skrive op til ${maximum} tegn.`,
  charactersLeft: (count) => `Du har ${countOf(count, SIGNS, 'da')} tilbage`,
  charactersOver: (count) => `Du har ${countOf(count, SIGNS, 'da')} for meget`,
  invoicingLegend: 'Fakturering',
  invoicingHint: 'Kan også aftales senere.',
  ean: 'EAN-nummer',
  eanHint: '13 cifre, til elektronisk faktura til en offentlig kunde',
  cvr: 'CVR-nummer',
  cvrHint: '8 cifre',
  reference: 'Reference',
  referenceHint: 'Personreference, ordre- eller rekvisitionsnummer',
  honeypot: 'Lad dette felt være tomt',
  privacyHeading: 'Sådan bruger vi dine oplysninger',
  privacyController: (provider) =>
    `${provider} er dataansvarlig for de oplysninger, du sender. Vi bruger dem kun til at besvare din henvendelse og planlægge temadagen sammen med dig. Det må vi, fordi du selv beder os om det, før der eventuelt bliver indgået en aftale (databeskyttelsesforordningens artikel 6, stk. 1, litra b).`,
  privacyRetention: (months) =>
    months === undefined
      ? 'Oplysningerne slettes, når de ikke længere er nødvendige for at besvare henvendelsen.'
      : `Oplysningerne slettes, når de ikke længere er nødvendige, og senest ${months} måneder efter henvendelsen, hvis der ikke indgås en aftale.`,
  privacyRights:
    'Du har ret til at se dine oplysninger, få dem rettet eller slettet, få behandlingen begrænset og få dem udleveret i et maskinlæsbart format (dataportabilitet). Du kan klage til Datatilsynet.',
  privacyLink: (provider) => `Læs privatlivspolitikken hos ${provider}`,
  notBinding: (provider) =>
    `En henvendelse er ikke bindende. ${provider} kontakter dig, og I aftaler indhold, dato og pris sammen.`,
  send: 'Send henvendelse',
  sending: 'Sender…',
  sendingStatus: 'Sender din henvendelse.',
  retrying: (attempt, max) =>
    `Henvendelsen kom ikke igennem (forsøg ${attempt} af ${max}). Vi prøver igen om lidt. Du behøver ikke gøre noget.`,
  offline:
    'Du er ikke forbundet til internettet. Henvendelsen bliver sendt, så snart forbindelsen er tilbage. Lad siden være åben.',
  resumed: 'Vi sender den henvendelse, som ikke blev sendt færdig sidst.',
  successHeading: 'Henvendelsen er sendt',
  success: (reference) => `Tak for din henvendelse. Referencenummer: ${reference}`,
  successNoReference: 'Tak for din henvendelse.',
  successNext: (provider, email) => `${provider} svarer dig på ${email}.`,
  successWhen: (responseTime) => `Du kan forvente svar ${responseTime}.`,
  successPdf: (reference) => `Hent tilbud ${reference} som pdf-fil`,
  successPdfWorking: 'Pdf-filen laves …',
  successPdfFailed: 'Pdf-filen kunne ikke laves. Prøv igen.',
  failedHeading: 'Henvendelsen blev ikke sendt',
  failedNetwork: 'Vi kunne ikke få forbindelse til modtageren, heller ikke efter flere forsøg.',
  failedServer: (status) => `Modtageren kunne ikke tage imod henvendelsen (fejlkode ${status}).`,
  failedHelp: (provider) =>
    `Prøv igen om lidt. Du kan også kopiere teksten herunder eller sende den som e-mail til ${provider}.`,
  retry: 'Prøv igen',
  copyLabel: 'Din henvendelse som tekst',
  copy: 'Kopiér',
  copied: 'Teksten er kopieret.',
  copyFailed: 'Teksten er markeret. Tryk Ctrl+C (eller Cmd+C) for at kopiere den.',
  mailto: (provider) => `Send som e-mail til ${provider}`,
  mailSubject: (offering) => `Henvendelse: ${offering}`,
};
