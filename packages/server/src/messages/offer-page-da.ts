import type { OfferPageMessages } from './offer-page-types.js';

/** The Danish texts of the customer's offer page. */
export const offerPageDa: OfferPageMessages = {
  documentTitle: (number, provider) => `Tilbud ${number} fra ${provider}`,
  titleErrorPrefix: 'Fejl: ',
  heading: (number) => `Tilbud ${number}`,
  pdfLink: 'Hent tilbud som pdf-fil',
  skipToAnswer: 'Gå til accept eller afvisning af tilbuddet',
  factsLabel: 'Tilbuddets nummer og datoer',
  contactHeading: 'Kontakt',
  contactIntro: (person, provider) => `Kontakt ${person} hos ${provider}.`,
  emailLabel: 'E-mail',
  phoneLabel: 'Telefon',
  openLead: (date) => `Tilbuddet kan accepteres til og med ${date}.`,
  accept: {
    heading: 'Accepter tilbuddet',
    intro:
      'Når du accepterer, er tilbuddet bindende for begge parter. Du får en kvittering her på siden.',
    name: 'Dit navn',
    title: 'Stilling',
    authorised: (organisation) =>
      `Jeg bekræfter, at jeg har ret til at forpligte ${organisation} til dette tilbud`,
    ourOrganisation: 'min organisation',
    orderReference: 'Ordre- eller rekvisitionsnummer',
    orderReferenceHint: 'Hvis jeres økonomisystem kræver det på fakturaen',
    ean: 'EAN-nummer',
    eanHint: '13 cifre, fx 5790000000005',
    optional: '(frivilligt)',
    submit: 'Accepter tilbuddet',
  },
  decline: {
    heading: 'Afvis tilbuddet',
    intro: 'Hvis I ikke ønsker tilbuddet, kan du afvise det. Udbyderen får besked.',
    reason: 'Begrundelse',
    reasonHint: 'Fortæl gerne udbyderen, hvorfor I siger nej',
    submit: 'Afvis tilbuddet',
  },
  errors: {
    heading: 'Der er problemer',
    prefix: 'Fejl: ',
    nameEmpty: 'Indtast dit navn',
    titleEmpty: 'Indtast din stilling',
    authorisedMissing: 'Sæt flueben, hvis du har ret til at forpligte organisationen',
    tooLong: (field, max) => `${field} må højst være ${max} tegn`,
    eanInvalid: 'EAN-nummeret skal være 13 cifre, fx 5790000000005',
    csrf: 'Siden er for gammel. Hent siden igen, og prøv en gang til',
  },
  accepted: {
    heading: 'Tilbuddet er accepteret',
    lead: (name, when) => `${name} accepterede tilbuddet ${when}.`,
    receiptHeading: 'Kvittering',
    acceptedBy: 'Accepteret af',
    title: 'Stilling',
    acceptedAt: 'Tidspunkt',
    number: 'Tilbudsnummer',
    orderReference: 'Ordre- eller rekvisitionsnummer',
    ean: 'EAN-nummer',
    pdfSha256: 'SHA-256 af pdf-filen',
    pdfSha256Hint:
      'Fingeraftrykket viser, at pdf-filen er den, der blev accepteret: det ændrer sig, hvis blot ét tegn i filen ændres.',
  },
  declined: {
    heading: 'Tilbuddet er afvist',
    lead: (when) => `Tilbuddet blev afvist ${when}.`,
    reason: 'Begrundelse',
  },
  expired: {
    heading: 'Tilbuddet er udløbet',
    lead: (date) => `Tilbuddet kunne accepteres til og med ${date}. Det kan ikke accepteres nu.`,
  },
  superseded: {
    heading: 'Tilbuddet er erstattet af et nyere',
    lead: 'Der er sendt en nyere udgave af tilbuddet, så denne udgave kan ikke accepteres. Brug linket i den seneste e-mail.',
  },
  closedContact: (provider) => `Har du spørgsmål, så kontakt ${provider}.`,
};
