import { countOf } from '@temadag/core';
import type { CliMessages } from './types.js';

// The nouns the messages count, in core's plural forms (countOf writes the number too).
const FEJL = { one: 'fejl', other: 'fejl' };
const TILBUD = { one: 'tilbud', other: 'tilbud' };
const HENVENDELSE = { one: 'henvendelse', other: 'henvendelser' };
const DAG = { one: 'dag', other: 'dage' };
const TEGN = { one: 'tegn', other: 'tegn' };

/** What each server setting must be, by environment variable, for `configProblem`. */
const configRules: Readonly<Record<string, string>> = {
  PORT: 'skal være et helt tal fra 0 til 65535.',
  HOST: 'skal være en adresse at lytte på, fx 127.0.0.1.',
  TEMADAG_CATALOG:
    'mangler eller kan ikke bruges: angiv katalogfilen med --catalog FIL eller TEMADAG_CATALOG=FIL.',
  TEMADAG_DB: 'skal være stien til en SQLite-fil.',
  DATABASE_URL:
    'skal være en PostgreSQL-adresse, fx postgres://bruger:adgangskode@server:5432/temadag.',
  TEMADAG_ADMIN_TOKEN: 'skal være mindst 16 tegn. Lav et med: openssl rand -hex 32',
  TEMADAG_ALLOWED_ORIGINS:
    'skal være oprindelser adskilt af komma, med protokol og vært og uden sti, fx https://www.kommune.dk.',
  TEMADAG_FRAME_ANCESTORS:
    "skal være oprindelser som https://www.kommune.dk, 'self' eller *, adskilt af komma.",
  SMTP_URL:
    'skal være en smtp://- eller smtps://-adresse, fx smtps://bruger:adgangskode@smtp.example.dk:465.',
  TEMADAG_NOTIFY_EMAIL: 'skal være en e-mailadresse.',
  TEMADAG_MAIL_FROM: 'skal være en e-mailadresse, evt. med navn: Temadag <tilbud@example.dk>.',
  TEMADAG_SEND_RECEIPT: 'skal være true eller false, og kvitteringer kræver SMTP_URL.',
  TEMADAG_WEBHOOK_URL: 'skal være en http(s)-adresse.',
  TEMADAG_WEBHOOK_SECRET:
    'skal være sat sammen med TEMADAG_WEBHOOK_URL og være mindst 16 tegn. Lav en med: openssl rand -hex 32',
  TEMADAG_RETENTION_DAYS: 'skal være et helt antal dage fra 1 til 36500.',
  TEMADAG_WIDGET_DIR: 'skal være stien til en mappe.',
  TEMADAG_PUBLIC_DIR: 'skal være stien til en mappe.',
  TEMADAG_TRUST_PROXY: 'skal være et helt tal fra 0 til 10.',
  TEMADAG_RATE_LIMIT: 'skal være et helt tal; 0 slår grænsen fra.',
  TEMADAG_PDF_RATE_LIMIT: 'skal være et helt tal; 0 slår grænsen fra.',
  TEMADAG_CONFIG:
    'skal være en JSON-fil, der kan læses, med et objekt med kendte nøgler (se README for @temadag/server).',
};

/** System error codes in words; the code itself stays out of the message. */
const systemReasons: Readonly<Record<string, string>> = {
  ENOENT: 'den findes ikke',
  EACCES: 'du har ikke adgang',
  EPERM: 'du har ikke adgang',
  EISDIR: 'det er en mappe',
  ENOTDIR: 'en del af stien er ikke en mappe',
  EROFS: 'filsystemet er skrivebeskyttet',
  ENOSPC: 'der er ikke mere plads på disken',
  ECONNREFUSED: 'forbindelsen blev afvist; intet program svarer på adressen',
  ENOTFOUND: 'værten findes ikke',
  EAI_AGAIN: 'værtens navn kunne ikke slås op lige nu',
  ETIMEDOUT: 'der kom ikke svar i tide',
  UND_ERR_CONNECT_TIMEOUT: 'der kom ikke svar i tide',
  ECONNRESET: 'forbindelsen blev afbrudt',
  EHOSTUNREACH: 'værten kan ikke nås',
  ENETUNREACH: 'netværket kan ikke nås',
  CERTIFICATE: 'værtens certifikat kan ikke godkendes',
};

/** The Danish catalogue. */
export const da: CliMessages = {
  help: (version) => `temadag ${version}: vejledende tilbud på temadage ud fra et katalog.

Brug:
  temadag offer --catalog FIL|URL --offering ID --format ID --participants N
                [--module ID]... [--date DD.MM.ÅÅÅÅ] [--place TEKST] [--km N]
                [--zone ID] [--lang da|en] [--number T-2026-0001]
                [--json | --text | --pdf FIL]
  temadag catalog check FIL|URL
  temadag serve [--catalog FIL] [--port N] [--db FIL] [--database-url URL]
  temadag inquiries list|export|delete ID|purge --older-than DAGE
  temadag admin password [--db FIL] [--database-url URL]
  temadag completion bash|zsh
  temadag --help | --version

Kommandoer:
  offer           skriv et tilbud ud fra et valg i kataloget
  catalog check   kontrollér et katalog, og vis alle fejl med deres sti
  serve           start serveren: katalog, henvendelser, widget og indlejring
  inquiries       vis, eksportér og slet de modtagne henvendelser
  admin password  sæt adgangskoden til udbyderens konsol (/admin/)
  completion      skriv et script til fuldførelse i bash eller zsh

Se også: temadag offer --help, temadag catalog --help, temadag serve --help,
temadag inquiries --help, temadag admin --help, temadag completion --help.

Sprog: --lang da|en. Uden --lang gælder det første sprog i LANGUAGE, som er da
eller en, og derefter den første af LC_ALL, LC_MESSAGES og LANG, som er sat
(engelsk, når den begynder med "en"). LANGUAGE bruges ikke, når sproget er C
eller POSIX. Ellers dansk.

Afslutningskoder: 0 i orden; 1 kataloget har fejl (catalog check), arbejdet
mislykkedes (fx en database, der ikke kan nås), eller en uventet fejl;
2 forkerte argumenter, en fil, der ikke kan læses, ugyldig JSON, et katalog med
fejl (offer) eller et ugyldigt valg.
`,
  offerHelp: `Brug: temadag offer --catalog FIL|URL --offering ID --format ID
                     --participants N [parametre]

Skriver et vejledende tilbud som tekst (standard), som JSON eller som pdf-fil.

Krævet:
  --catalog FIL|URL    kataloget (en JSON-fil eller en http(s)-adresse)
  --offering ID        temadagens id i kataloget
  --format ID          varighedens id, fx halv eller hel
  --participants N     antal deltagere (et helt tal)

Valgfrit:
  --module ID          et valgfrit modul eller tilvalg; kan gentages
  --date DATO          ønsket dato efter i dag, fx 15.03.2027 eller 2027-03-15
  --place TEKST        sted for temadagen
  --km N               kørsel i km (enkelt vej) til prisreglen for kørsel
  --zone ID            kørselszone, når kataloget prissætter kørsel i zoner
  --lang da|en         sproget i tilbuddet og i meddelelserne
  --number NUMMER      tilbudsnummer, fx T-2026-0001 (ellers løbenummer 1)
  --text               skriv tilbuddet som tekst til en e-mail (standard)
  --json               skriv tilbuddet som JSON (beløb i øre)
  --pdf FIL            gem tilbuddet som pdf-fil i FIL (- skriver til standard output)
  -h, --help           vis denne hjælp

Miljøvariabler:
  TEMADAG_NOW          tidspunktet, tilbuddet laves, som ISO 8601, fx
                       2026-11-27T10:00:00Z, så output kan gentages; ellers nu
  LANGUAGE, LC_ALL, LC_MESSAGES, LANG
                       sproget uden --lang (se temadag --help)

Eksempel:
  temadag offer --catalog examples/catalog/catalog.json \\
    --offering dialog-i-udsatte-boligomraader --format hel --participants 30
`,
  catalogHelp: `Brug: temadag catalog check FIL|URL

Kontrollerer et katalog: formen (typer, krævede felter) og indholdet (trin
uden huller og overlap, entydige id'er, kendte henvisninger, moduler, der
passer i varighederne). Skriver "OK: <antal> tilbud" og afslutter med 0, eller
skriver hver fejl som "sti: meddelelse" og afslutter med 1.

Valgfrit:
  --lang da|en         sproget i meddelelserne
  -h, --help           vis denne hjælp
`,
  serveHelp: `Brug: temadag serve [--catalog FIL] [--port N] [--host VÆRT] [--db FIL]
                     [--database-url URL] [--config FIL] [--widget-dir MAPPE]

Starter serveren: kataloget (GET /api/catalog), henvendelser (POST
/api/inquiries), tilbud som pdf-fil, widgetten (/widget.js), siden til
indlejring (/embed/<id>), /healthz og, med TEMADAG_ADMIN_TOKEN, administrationen.
Ved SIGTERM og Ctrl+C gør serveren de igangværende forespørgsler færdige, før
den stopper. Logger JSON-linjer på standard output.

Valgfrit (ellers miljøvariablen i parentes):
  --catalog FIL        kataloget (TEMADAG_CATALOG); krævet ét af stederne
  --port N             porten (PORT, standard 8787; 0 vælger en ledig)
  --host VÆRT          adressen, der lyttes på (HOST, standard 0.0.0.0)
  --db FIL             SQLite-filen (TEMADAG_DB, standard .data/temadag.sqlite)
  --database-url URL   PostgreSQL i stedet for SQLite (DATABASE_URL)
  --config FIL         en JSON-fil med indstillinger (TEMADAG_CONFIG)
  --widget-dir MAPPE   widgettens CDN-build (TEMADAG_WIDGET_DIR)
  --lang da|en         sproget i meddelelserne
  -h, --help           vis denne hjælp

Flere miljøvariabler: TEMADAG_ADMIN_TOKEN, TEMADAG_ALLOWED_ORIGINS, SMTP_URL,
TEMADAG_NOTIFY_EMAIL, TEMADAG_MAIL_FROM, TEMADAG_SEND_RECEIPT,
TEMADAG_WEBHOOK_URL, TEMADAG_WEBHOOK_SECRET, TEMADAG_RETENTION_DAYS; se
README for @temadag/server.
`,
  inquiriesHelp: `Brug: temadag inquiries list [--limit N] [--offset N] [--json]
       temadag inquiries export [--format csv|json]
       temadag inquiries delete ID
       temadag inquiries purge --older-than DAGE

Arbejder direkte på databasen, som serveren bruger.

Kommandoer:
  list                 de nyeste henvendelser med status for e-mail og webhook
  export               alle henvendelser som CSV (standard) eller JSON på
                       standard output, ældste først
  delete ID            slet én henvendelse helt (retten til sletning)
  purge                slet henvendelser, der er ældre end et antal dage

Valgfrit:
  --db FIL             SQLite-filen (TEMADAG_DB, standard .data/temadag.sqlite)
  --database-url URL   PostgreSQL (DATABASE_URL)
  --older-than DAGE    antal dage, fx 180 eller P180D (purge)
  --lang da|en         sproget i meddelelserne
  -h, --help           vis denne hjælp
`,
  adminHelp: `Brug: temadag admin password [--db FIL] [--database-url URL]

Sætter adgangskoden til udbyderens konsol (/admin/ på serveren). I en terminal
spørger kommandoen to gange uden at vise adgangskoden; ellers læser den første
linje på standard-input, fx
  printf '%s\\n' "$ADGANGSKODE" | temadag admin password
Adgangskoden skal være på mindst 12 tegn. Kun en scrypt-hash af den gemmes, i
den database, som serveren bruger, så alle serverens instanser kender den. Når
adgangskoden sættes, bliver alle logget ud af konsollen.

Valgfrit:
  --db FIL             SQLite-filen (TEMADAG_DB, standard .data/temadag.sqlite)
  --database-url URL   PostgreSQL (DATABASE_URL)
  --lang da|en         sproget i meddelelserne
  -h, --help           vis denne hjælp
`,
  missingAdminCommand: 'Angiv en kommando til admin: password.',
  unknownAdminCommand: (command) => `Ukendt kommando: admin ${command}. Brug admin password.`,
  passwordPrompt: 'Ny adgangskode til konsollen: ',
  passwordRepeat: 'Skriv den igen: ',
  passwordMismatch: 'De to adgangskoder er ikke ens. Intet er ændret.',
  passwordTooShort: (min) =>
    `Adgangskoden skal være på mindst ${countOf(min, TEGN, 'da')}. Intet er ændret.`,
  passwordEmpty:
    'Der kom ingen adgangskode på standard-input. Skriv den i en terminal, eller send den som første linje på standard-input.',
  passwordAborted: 'Afbrudt. Intet er ændret.',
  passwordSet: (target) =>
    `Adgangskoden til konsollen er gemt i ${target}. Alle, der var logget ind, er nu logget ud.`,
  completionHelp: `Brug: temadag completion bash|zsh

Skriver et script, som lader skallen fuldføre kommandoer, underkommandoer og
parametre til temadag, når du trykker Tab.

Bash (i ~/.bashrc):
  source <(temadag completion bash)
Zsh (i ~/.zshrc, efter compinit):
  source <(temadag completion zsh)

Valgfrit:
  --lang da|en         sproget i meddelelserne
  -h, --help           vis denne hjælp
`,
  seeHelp: (command) => `Se: ${command} --help`,
  missingCommand:
    'Angiv en kommando: offer, catalog check, serve, inquiries, admin password eller completion.',
  unknownCommand: (command) =>
    `Ukendt kommando: ${command}. Kommandoerne er offer, catalog, serve, inquiries, admin og completion.`,
  missingCatalogCommand: 'Angiv en kommando til catalog: check.',
  unknownCatalogCommand: (command) => `Ukendt kommando: catalog ${command}. Brug catalog check.`,
  unknownOption: (option) => `Ukendt parameter: ${option}.`,
  missingValue: (option) => `Parameteren ${option} skal have en værdi.`,
  noValue: (option) => `Parameteren ${option} skal stå uden værdi.`,
  unexpectedArgument: (argument) => `Uventet argument: ${argument}.`,
  missingOption: (option) => `Parameteren ${option} mangler.`,
  missingFile: 'Angiv katalogets fil eller adresse: temadag catalog check FIL.',
  wholeNumber: (option, value, example) =>
    `${option} skal være et helt tal, fx ${example}, ikke "${value}".`,
  badLang: (value) => `--lang skal være da eller en, ikke "${value}".`,
  badDate: (value) => `--date skal være en dato som 15.03.2027 eller 2027-03-15, ikke "${value}".`,
  pastDate: (value, today) => `--date skal være en dato efter i dag (${today}), ikke ${value}.`,
  jsonAndText: 'Vælg enten --json eller --text, ikke begge.',
  pdfAndFormat: 'Vælg én af --pdf, --json og --text.',
  pdfWritten: (file) => `Tilbuddet er gemt som pdf-fil i ${file}.`,
  pdfWriteFailed: (file, reason) => `Pdf-filen ${file} kunne ikke gemmes: ${reason}.`,
  badNow: (value) =>
    `TEMADAG_NOW skal være et tidspunkt som ISO 8601, fx 2026-11-27T10:00:00Z, ikke "${value}".`,
  systemReason: (code) =>
    systemReasons[code] ??
    (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)
      ? systemReasons.CERTIFICATE!
      : `systemet svarede ${code}`),
  fetchFailed: (url, reason) => `Kataloget kan ikke hentes fra ${url}: ${reason}.`,
  fetchStatus: (url, status) => `Kataloget kan ikke hentes fra ${url}: serveren svarede ${status}.`,
  catalogProblems: (source, count) => `Kataloget ${source} har ${countOf(count, FEJL, 'da')}:`,
  selectionProblems: 'Tilbuddet kan ikke laves:',
  catalogOk: (count) => `OK: ${countOf(count, TILBUD, 'da')}`,
  unexpected: (message) => `Uventet fejl: ${message}`,
  serveCatalog: (problem) => `Kataloget (--catalog eller TEMADAG_CATALOG): ${problem}`,
  configProblem: (variable, _message) => {
    const name = variable.includes(': ')
      ? variable.slice(variable.lastIndexOf(': ') + 2)
      : variable;
    return `Indstillingen ${variable} ${configRules[name] ?? 'kan ikke bruges.'}`;
  },
  listenFailed: (host, port) =>
    `Serveren kan ikke lytte på ${host}:${port}: porten er optaget, eller du har ikke adgang til den. Vælg en anden med --port eller PORT.`,
  serving: (url) => `Temadag kører på ${url}`,
  serveInquiries: (url, admin) =>
    admin
      ? `Se henvendelserne: temadag inquiries list, eller ${url}/api/admin/inquiries med TEMADAG_ADMIN_TOKEN.`
      : 'Se henvendelserne: temadag inquiries list (sæt TEMADAG_ADMIN_TOKEN for at få administrationen over HTTP).',
  serveStop: 'Stop med Ctrl+C.',
  missingInquiriesCommand: 'Angiv en kommando til inquiries: list, export, delete eller purge.',
  unknownInquiriesCommand: (command) =>
    `Ukendt kommando: inquiries ${command}. Brug list, export, delete eller purge.`,
  missingId: 'Angiv henvendelsens id: temadag inquiries delete ID.',
  badExportFormat: (value) => `--format skal være csv eller json, ikke "${value}".`,
  missingOlderThan:
    'Angiv alderen på de henvendelser, der skal slettes: --older-than DAGE, fx 180.',
  badDays: (value) => `--older-than skal være et antal dage, fx 180 eller P180D, ikke "${value}".`,
  databaseMissing: (path) => `Databasen ${path} findes ikke. Angiv den med --db eller TEMADAG_DB.`,
  databaseUnreachable: (target, reason) => `Databasen ${target} kan ikke bruges: ${reason}.`,
  databaseLogin: 'brugernavnet eller adgangskoden i adressen blev afvist',
  databaseNotFound: 'databasen i adressen findes ikke på serveren',
  noInquiry: (id) => `Der er ingen henvendelse med id ${id}.`,
  deleted: (id) => `Henvendelsen ${id} er slettet.`,
  purged: (count, days) =>
    count === 0
      ? `Der er ingen henvendelser, der er ældre end ${countOf(days, DAG, 'da')}.`
      : `${countOf(count, HENVENDELSE, 'da')}, der var ældre end ${countOf(days, DAG, 'da')}, er slettet.`,
  noInquiries: 'Der er ingen henvendelser.',
  listHeadings: {
    reference: 'Reference',
    created: 'Modtaget',
    offering: 'Temadag',
    organisation: 'Organisation',
    participants: 'Deltagere',
    total: 'I alt inkl. moms',
    delivery: 'Levering',
  },
  deliveryStatus: { pending: 'venter', sent: 'sendt', failed: 'mislykket' },
  channelNames: { email: 'e-mail', receipt: 'kvittering', webhook: 'webhook' },
  missingShell: 'Angiv skallen: temadag completion bash eller temadag completion zsh.',
  unknownShell: (shell) => `Ukendt skal: ${shell}. Brug bash eller zsh.`,
};
