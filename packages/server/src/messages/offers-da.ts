import type { OfferMessages } from './offer-types.js';

/** The offer's Danish texts. */
export const offersDa: OfferMessages = {
  draft: {
    required: 'Skal udfyldes.',
    badDate: 'Skal være en dato som ÅÅÅÅ-MM-DD.',
    pastDate: 'Datoen må ikke ligge før i dag.',
    tooLong: (max) => `Højst ${max} tegn.`,
    notList: 'Skal være en liste.',
    badLocale: 'Sproget skal være da eller en.',
  },
  noRevision: 'Den udgave af tilbuddet findes ikke.',
  sendConflict: 'Der blev sendt en anden udgave af tilbuddet samtidig. Hent siden igen.',
  notAccepted: 'Tilbuddet kan først eksporteres, når det er accepteret.',
  notFoundTitle: 'Tilbuddet findes ikke',
  notFoundText: 'Linket er forkert eller ufuldstændigt. Kontakt den, der har sendt dig tilbuddet.',
  mail: {
    subject: (number, provider) => `Tilbud ${number} fra ${provider}`,
    greeting: (name) => (name ? `Kære ${name}` : 'Goddag'),
    intro: (provider, number) =>
      `Hermed ${provider}s bindende tilbud ${number}, som aftalt. Tilbuddet er vedhæftet som pdf-fil.`,
    replaces: (number) => `Det erstatter tilbud ${number}.`,
    link: 'Se tilbuddet, og accepter eller afvis det her:',
    validUntil: (date) => `Tilbuddet gælder til og med ${date}.`,
    attachment: (file) => `Vedhæftet: ${file}`,
    signature: (provider) => `Venlig hilsen\n${provider}`,
    copySubject: (number, organisation) => `Kopi: tilbud ${number} sendt til ${organisation}`,
    copyIntro: (email) =>
      `Kopi af tilbuddet, der er sendt til ${email}. Linket til accept står kun i kundens e-mail.`,
    acceptedSubject: (number, organisation) => `Tilbud ${number} er accepteret af ${organisation}`,
    acceptedIntro: (number, name, title, when) =>
      `Tilbud ${number} er accepteret af ${name} (${title}) ${when}.`,
    orderReference: 'Ordre-/rekvisitionsnummer',
    ean: 'EAN',
    pdfSha256: 'SHA-256 af det accepterede tilbuds pdf-fil',
    confirmSubject: (number) => `Bekræftelse: tilbud ${number} er accepteret`,
    confirmBody: (number, name, when) =>
      `Tak. ${name} har accepteret tilbud ${number} ${when}. Det accepterede tilbud er vedhæftet.`,
    declinedSubject: (number, organisation) => `Tilbud ${number} er afvist af ${organisation}`,
    declinedIntro: (number, when) => `Tilbud ${number} er afvist ${when}.`,
    reason: 'Begrundelse',
    noReason: '(ingen begrundelse)',
  },
};
