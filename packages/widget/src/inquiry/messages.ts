import type { Locale } from '@temadag/core';

/**
 * The words of `<temadag-inquiry>` that only the widget uses. Field error messages come from
 * `@temadag/core` (`getMessages(locale).inquiry`), the same wording the server answers with.
 * Numbers arrive formatted for the language.
 */
export interface InquiryMessages {
  heading: string;
  intro: string;
  /** After the label of an optional field. */
  optional: string;
  /** Visually hidden, before every error message. */
  errorPrefix: string;
  summaryHeading: string;
  contactLegend: string;
  name: string;
  email: string;
  emailHint: string;
  organisation: string;
  organisationHint: string;
  role: string;
  phone: string;
  phoneHint: string;
  dayLegend: string;
  date: string;
  dateHint: string;
  place: string;
  placeHint: string;
  message: string;
  /** The hint under the free text (denmark.md, privacy). */
  messageHint: string;
  messageLimit: (maximum: string) => string;
  charactersLeft: (count: number, formatted: string) => string;
  charactersOver: (count: number, formatted: string) => string;
  invoicingLegend: string;
  invoicingHint: string;
  ean: string;
  eanHint: string;
  cvr: string;
  cvrHint: string;
  reference: string;
  referenceHint: string;
  /** The label of the honeypot, for the rare tool that still reaches it. */
  honeypot: string;
  privacyHeading: string;
  /** Data controller, purpose and legal basis. */
  privacyController: (provider: string) => string;
  privacyRetention: (months: string | undefined) => string;
  privacyRights: string;
  privacyLink: (provider: string) => string;
  notBinding: (provider: string) => string;
  send: string;
  sending: string;
  sendingStatus: string;
  retrying: (attempt: string, maxAttempts: string) => string;
  offline: string;
  resumed: string;
  successHeading: string;
  success: (reference: string) => string;
  successNoReference: string;
  successNext: (provider: string, email: string) => string;
  failedHeading: string;
  failedNetwork: string;
  failedServer: (status: string) => string;
  failedHelp: (provider: string) => string;
  retry: string;
  copyLabel: string;
  copy: string;
  copied: string;
  copyFailed: string;
  mailto: (provider: string) => string;
  mailSubject: (offering: string) => string;
  /** Labels of the plain-text summary. */
  text: {
    offering: string;
    format: string;
    participants: string;
    modules: string;
    date: string;
    place: string;
    name: string;
    email: string;
    organisation: string;
    role: string;
    phone: string;
    message: string;
    ean: string;
    cvr: string;
    reference: string;
  };
}

/** Danish (the default). */
export const da: InquiryMessages = {
  heading: 'Send henvendelse',
  intro: 'Fortæl os, hvem I er, og hvad I ønsker. Så vender vi tilbage med et forslag.',
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
  charactersLeft: (count, n) =>
    count === 1 ? 'Du har 1 tegn tilbage' : `Du har ${n} tegn tilbage`,
  charactersOver: (count, n) =>
    count === 1 ? 'Du har 1 tegn for meget' : `Du har ${n} tegn for meget`,
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
    `${provider} er dataansvarlig for de oplysninger, du sender. De bruges kun til at besvare din henvendelse og planlægge temadagen sammen med dig. Det sker på grundlag af databeskyttelsesforordningens artikel 6, stk. 1, litra b (skridt, du beder om, før en eventuel aftale).`,
  privacyRetention: (months) =>
    months === undefined
      ? 'Oplysningerne slettes, når de ikke længere er nødvendige for at besvare henvendelsen.'
      : `Oplysningerne slettes, når de ikke længere er nødvendige, og senest ${months} måneder efter henvendelsen, hvis der ikke indgås en aftale.`,
  privacyRights:
    'Du har ret til indsigt i, berigtigelse og sletning af dine oplysninger og kan gøre indsigelse. Du kan klage til Datatilsynet.',
  privacyLink: (provider) => `Læs privatlivspolitikken hos ${provider}`,
  notBinding: (provider) =>
    `En henvendelse er ikke bindende. ${provider} kontakter dig, og I aftaler indhold, dato og pris sammen.`,
  send: 'Send henvendelse',
  sending: 'Sender…',
  sendingStatus: 'Sender din henvendelse.',
  retrying: (attempt, max) =>
    `Henvendelsen kom ikke igennem i forsøg ${attempt} af ${max}. Vi prøver igen om lidt, du behøver ikke gøre noget.`,
  offline:
    'Du er ikke forbundet til internettet. Henvendelsen bliver sendt, så snart forbindelsen er tilbage. Lad siden være åben.',
  resumed: 'Vi sender den henvendelse, som ikke blev sendt færdig sidst.',
  successHeading: 'Henvendelsen er sendt',
  success: (reference) => `Tak for din henvendelse. Referencenummer: ${reference}`,
  successNoReference: 'Tak for din henvendelse.',
  successNext: (provider, email) => `${provider} svarer dig på ${email}.`,
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
  text: {
    offering: 'Temadag',
    format: 'Varighed',
    participants: 'Antal deltagere',
    modules: 'Tilvalg',
    date: 'Ønsket dato',
    place: 'Sted',
    name: 'Navn',
    email: 'E-mail',
    organisation: 'Organisation',
    role: 'Stilling',
    phone: 'Telefon',
    message: 'Ønsker og behov',
    ean: 'EAN',
    cvr: 'CVR',
    reference: 'Reference',
  },
};

/** English. */
export const en: InquiryMessages = {
  heading: 'Send an inquiry',
  intro: 'Tell us who you are and what you would like. We will get back to you with a proposal.',
  optional: '(optional)',
  errorPrefix: 'Error: ',
  summaryHeading: 'There is a problem',
  contactLegend: 'Your contact details',
  name: 'Name',
  email: 'Email address',
  emailHint: 'Use your work email, e.g. name@kommune.dk',
  organisation: 'Organisation',
  organisationHint: 'E.g. municipality, housing association or housing estate',
  role: 'Job title',
  phone: 'Phone number',
  phoneHint: 'We only call if something is easier to settle in a conversation.',
  dayLegend: 'The workshop',
  date: 'Preferred date',
  dateHint: 'We agree on the final date together.',
  place: 'Place',
  placeHint: 'E.g. address or town',
  message: 'Wishes and needs',
  messageHint: 'Do not write personal data about residents or citizens.',
  messageLimit: (maximum) => `You can write up to ${maximum} characters.`,
  charactersLeft: (count, n) =>
    count === 1 ? 'You have 1 character left' : `You have ${n} characters left`,
  charactersOver: (count, n) =>
    count === 1 ? 'You have 1 character too many' : `You have ${n} characters too many`,
  invoicingLegend: 'Invoicing',
  invoicingHint: 'Can also be agreed later.',
  ean: 'EAN number',
  eanHint: '13 digits, for an electronic invoice to a public customer',
  cvr: 'CVR number',
  cvrHint: '8 digits',
  reference: 'Reference',
  referenceHint: 'Contact reference, order or requisition number',
  honeypot: 'Leave this field empty',
  privacyHeading: 'How we use your data',
  privacyController: (provider) =>
    `${provider} is the data controller for the data you send. It is used only to answer your inquiry and to plan the workshop with you, on the basis of Article 6(1)(b) of the General Data Protection Regulation (steps you ask for before a possible contract).`,
  privacyRetention: (months) =>
    months === undefined
      ? 'The data is deleted when it is no longer needed to answer the inquiry.'
      : `The data is deleted when it is no longer needed, and at the latest ${months} months after the inquiry if no agreement is made.`,
  privacyRights:
    'You have the right to access, rectify and erase your data and to object. You can complain to the Danish Data Protection Agency (Datatilsynet).',
  privacyLink: (provider) => `Read the privacy notice of ${provider}`,
  notBinding: (provider) =>
    `An inquiry is not binding. ${provider} will contact you, and together you agree on content, date and price.`,
  send: 'Send inquiry',
  sending: 'Sending…',
  sendingStatus: 'Sending your inquiry.',
  retrying: (attempt, max) =>
    `The inquiry did not get through on try ${attempt} of ${max}. We will try again shortly; you do not need to do anything.`,
  offline:
    'You are not connected to the internet. The inquiry will be sent as soon as the connection is back. Keep this page open.',
  resumed: 'We are sending the inquiry that was not finished last time.',
  successHeading: 'Your inquiry has been sent',
  success: (reference) => `Thank you for your inquiry. Reference number: ${reference}`,
  successNoReference: 'Thank you for your inquiry.',
  successNext: (provider, email) => `${provider} will reply to ${email}.`,
  failedHeading: 'The inquiry was not sent',
  failedNetwork: 'We could not reach the recipient, not even after several tries.',
  failedServer: (status) => `The recipient could not accept the inquiry (error code ${status}).`,
  failedHelp: (provider) =>
    `Try again in a little while. You can also copy the text below or send it by email to ${provider}.`,
  retry: 'Try again',
  copyLabel: 'Your inquiry as text',
  copy: 'Copy',
  copied: 'The text has been copied.',
  copyFailed: 'The text is selected. Press Ctrl+C (or Cmd+C) to copy it.',
  mailto: (provider) => `Send by email to ${provider}`,
  mailSubject: (offering) => `Inquiry: ${offering}`,
  text: {
    offering: 'Workshop',
    format: 'Format',
    participants: 'Participants',
    modules: 'Add-ons',
    date: 'Preferred date',
    place: 'Place',
    name: 'Name',
    email: 'Email',
    organisation: 'Organisation',
    role: 'Job title',
    phone: 'Phone',
    message: 'Wishes and needs',
    ean: 'EAN',
    cvr: 'CVR',
    reference: 'Reference',
  },
};

/** The widget's own words, per language. */
export const inquiryMessages: Readonly<Record<Locale, InquiryMessages>> = { da, en };
