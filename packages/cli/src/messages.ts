import type { Locale } from '@temadag/core';

/** Every text the `temadag` command prints itself, one typed catalogue per language. */
export interface CliMessages {
  /** `temadag --help`. */
  help: (version: string) => string;
  /** `temadag offer --help`. */
  offerHelp: string;
  /** `temadag catalog --help`. */
  catalogHelp: string;
  /** A pointer to the help of a command, e.g. `temadag offer --help`. */
  seeHelp: (command: string) => string;
  missingCommand: string;
  /** A `command` that `temadag` does not have. */
  unknownCommand: (command: string) => string;
  missingCatalogCommand: string;
  /** A `command` after `temadag catalog` other than `check`. */
  unknownCatalogCommand: (command: string) => string;
  /** An `option` that the command does not take. */
  unknownOption: (option: string) => string;
  /** An `option` given without its value. */
  missingValue: (option: string) => string;
  /** A flag `option`, such as `--json`, given a value. */
  noValue: (option: string) => string;
  /** An `argument` that the command does not take. */
  unexpectedArgument: (argument: string) => string;
  /** A required `option` that was left out. */
  missingOption: (option: string) => string;
  missingFile: string;
  /** An `option` whose `value` is not a whole number; `example` shows one that is. */
  wholeNumber: (option: string, value: string, example: string) => string;
  /** A `--lang` `value` other than `da` or `en`. */
  badLang: (value: string) => string;
  jsonAndText: string;
  /** `--pdf` together with `--json` or `--text`. */
  pdfAndFormat: string;
  /** The PDF was written to `file`. */
  pdfWritten: (file: string) => string;
  /** The PDF could not be written to `file`. */
  pdfWriteFailed: (file: string, reason: string) => string;
  /** A `TEMADAG_NOW` `value` that is not an ISO 8601 instant. */
  badNow: (value: string) => string;
  /** A catalog file at `path` that does not exist. */
  fileNotFound: (path: string) => string;
  /** A catalog `path` that is a directory. */
  fileIsDirectory: (path: string) => string;
  /** A catalog file at `path` that the user may not read. */
  fileNoAccess: (path: string) => string;
  /** A catalog file at `path` that cannot be read for another `reason`, e.g. an error code. */
  fileUnreadable: (path: string, reason: string) => string;
  /** A catalog `url` that could not be fetched, and the `reason` (e.g. `ENOTFOUND`). */
  fetchFailed: (url: string, reason: string) => string;
  /** A catalog `url` that answered with an error `status`, e.g. `404 Not Found`. */
  fetchStatus: (url: string, status: string) => string;
  /** A `source` that is not valid JSON: the `problem` and where it is. */
  invalidJson: (source: string, problem: string, line: string, column: string) => string;
  /** A `source` that is not valid JSON, when the position of the `problem` is unknown. */
  invalidJsonNoPosition: (source: string, problem: string) => string;
  /** The JSON problem of an unexpected character: `found`, quoted as JSON. */
  jsonUnexpected: (found: string) => string;
  jsonEnd: string;
  /** The heading above the problems of the catalog at `source`: `count` problems. */
  catalogProblems: (source: string, count: number) => string;
  selectionProblems: string;
  /** `temadag catalog check` found no problems in a catalog of `count` offerings. */
  catalogOk: (count: number) => string;
  /** An unexpected error and the first line of its `message`. */
  unexpected: (message: string) => string;
  /** `temadag serve --help`. */
  serveHelp: string;
  /** `temadag inquiries --help`. */
  inquiriesHelp: string;
  /** A server setting that cannot be used, with the server's `message` about it. */
  configProblem: (message: string) => string;
  /** `temadag serve` has started and listens at `url`. */
  serving: (url: string) => string;
  /** How to see the inquiries of the server at `url`; `admin` when an admin token is set. */
  serveInquiries: (url: string, admin: boolean) => string;
  serveStop: string;
  missingInquiriesCommand: string;
  /** A `command` after `temadag inquiries` other than list, export, delete and purge. */
  unknownInquiriesCommand: (command: string) => string;
  missingId: string;
  /** A `--format` `value` for `inquiries export` other than `csv` or `json`. */
  badExportFormat: (value: string) => string;
  missingOlderThan: string;
  /** An `--older-than` `value` that is not a number of days. */
  badDays: (value: string) => string;
  /** The SQLite database at `path` does not exist. */
  databaseMissing: (path: string) => string;
  /** `inquiries delete` found no inquiry with this `id`. */
  noInquiry: (id: string) => string;
  /** `inquiries delete` deleted the inquiry with this id (`reference`). */
  deleted: (reference: string) => string;
  /** `inquiries purge` deleted `count` inquiries older than `days` days. */
  purged: (count: number, days: number) => string;
  noInquiries: string;
  listHeadings: {
    reference: string;
    created: string;
    offering: string;
    organisation: string;
    participants: string;
    total: string;
    delivery: string;
  };
  deliveryStatus: Record<'pending' | 'sent' | 'failed', string>;
  channelNames: Record<'email' | 'receipt' | 'webhook', string>;
}

const da: CliMessages = {
  help: (version) => `temadag ${version}: vejledende tilbud på temadage ud fra et katalog.

Brug:
  temadag offer --catalog FIL|URL --offering ID --format ID --participants N
                [--module ID]... [--date ÅÅÅÅ-MM-DD] [--place TEKST] [--km N]
                [--zone ID] [--lang da|en] [--number T-2026-0001]
                [--json | --text]
  temadag catalog check FIL|URL
  temadag serve [--catalog FIL] [--port N] [--db FIL] [--database-url URL]
  temadag inquiries list|export|delete ID|purge --older-than DAGE
  temadag --help | --version

Kommandoer:
  offer           skriv et tilbud ud fra et valg i kataloget
  catalog check   kontrollér et katalog og vis alle fejl med deres sti
  serve           start serveren: katalog, henvendelser, widget og indlejring
  inquiries       vis, eksportér og slet de modtagne henvendelser

Se også: temadag offer --help, temadag catalog --help, temadag serve --help,
temadag inquiries --help.

Sprog: --lang da|en; ellers engelsk, når LANG begynder med "en", ellers dansk.

Afslutningskoder: 0 i orden; 1 kataloget har fejl (catalog check) eller en
uventet fejl; 2 forkerte argumenter, en fil der ikke kan læses, ugyldig JSON,
et katalog med fejl (offer) eller et ugyldigt valg.
`,
  offerHelp: `Brug: temadag offer --catalog FIL|URL --offering ID --format ID
                     --participants N [parametre]

Skriver et vejledende tilbud som tekst (standard) eller som JSON.

Krævet:
  --catalog FIL|URL    kataloget (en JSON-fil eller en http(s)-adresse)
  --offering ID        temadagens id i kataloget
  --format ID          formatets id, fx halv eller hel
  --participants N     antal deltagere (et helt tal)

Valgfrit:
  --module ID          et valgfrit modul eller tilvalg; kan gentages
  --date ÅÅÅÅ-MM-DD    ønsket dato for temadagen
  --place TEKST        sted for temadagen
  --km N               kørsel i km (enkelt vej) til prisreglen for kørsel
  --zone ID            kørselszone, når kataloget prissætter kørsel i zoner
  --lang da|en         sproget i tilbuddet og i meddelelserne
  --number NUMMER      tilbudsnummer, fx T-2026-0001 (ellers løbenummer 1)
  --text               skriv tilbuddet som tekst til en e-mail (standard)
  --json               skriv tilbuddet som JSON (beløb i øre)
  --pdf FIL            gem tilbuddet som PDF i FIL (- skriver til standard output)
  -h, --help           vis denne hjælp

Miljøvariabler:
  TEMADAG_NOW          tidspunktet tilbuddet laves, som ISO 8601, fx
                       2026-11-27T10:00:00Z, så output kan gentages; ellers nu
  LANG                 engelsk, når den begynder med "en" (uden --lang)

Eksempel:
  temadag offer --catalog examples/catalog/catalog.json \\
    --offering dialog-i-udsatte-boligomraader --format hel --participants 30
`,
  catalogHelp: `Brug: temadag catalog check FIL|URL

Kontrollerer et katalog: formen (typer, krævede felter) og indholdet (trin
uden huller og overlap, entydige id'er, kendte henvisninger, moduler der
passer i formaterne). Skriver "OK: <antal> tilbud" og afslutter med 0, eller
skriver hver fejl som "sti: meddelelse" og afslutter med 1.

Valgfrit:
  --lang da|en         sproget i meddelelserne
  -h, --help           vis denne hjælp
`,
  seeHelp: (command) => `Se: ${command} --help`,
  missingCommand: 'Angiv en kommando: offer, catalog check, serve eller inquiries.',
  unknownCommand: (command) =>
    `Ukendt kommando: ${command}. Kommandoerne er offer, catalog, serve og inquiries.`,
  missingCatalogCommand: 'Angiv en kommando til catalog: check.',
  unknownCatalogCommand: (command) => `Ukendt kommando: catalog ${command}. Brug catalog check.`,
  unknownOption: (option) => `Ukendt parameter: ${option}.`,
  missingValue: (option) => `Parameteren ${option} skal have en værdi.`,
  noValue: (option) => `Parameteren ${option} tager ikke en værdi.`,
  unexpectedArgument: (argument) => `Uventet argument: ${argument}.`,
  missingOption: (option) => `Parameteren ${option} mangler.`,
  missingFile: 'Angiv katalogets fil eller adresse: temadag catalog check FIL.',
  wholeNumber: (option, value, example) =>
    `${option} skal være et helt tal, fx ${example}, ikke "${value}".`,
  badLang: (value) => `--lang skal være da eller en, ikke "${value}".`,
  jsonAndText: 'Vælg enten --json eller --text, ikke begge.',
  pdfAndFormat: 'Vælg enten --pdf, --json eller --text, ikke flere.',
  pdfWritten: (file) => `Tilbuddet er gemt som PDF i ${file}.`,
  pdfWriteFailed: (file, reason) => `PDF-filen ${file} kunne ikke gemmes: ${reason}`,
  badNow: (value) =>
    `TEMADAG_NOW skal være et tidspunkt som ISO 8601, fx 2026-11-27T10:00:00Z, ikke "${value}".`,
  fileNotFound: (path) => `Filen ${path} findes ikke.`,
  fileIsDirectory: (path) => `${path} er en mappe, ikke en fil.`,
  fileNoAccess: (path) => `Filen ${path} kan ikke læses: ingen adgang.`,
  fileUnreadable: (path, reason) => `Filen ${path} kan ikke læses: ${reason}.`,
  fetchFailed: (url, reason) => `Kataloget kan ikke hentes fra ${url}: ${reason}.`,
  fetchStatus: (url, status) => `Kataloget kan ikke hentes fra ${url}: svaret var ${status}.`,
  invalidJson: (source, problem, line, column) =>
    `${source} er ikke gyldig JSON: ${problem} i linje ${line}, kolonne ${column}.`,
  invalidJsonNoPosition: (source, problem) => `${source} er ikke gyldig JSON: ${problem}.`,
  jsonUnexpected: (found) => `uventet tegn ${found}`,
  jsonEnd: 'teksten slutter for tidligt',
  catalogProblems: (source, count) =>
    `Kataloget ${source} har ${count === 1 ? 'én fejl' : `${count} fejl`}:`,
  selectionProblems: 'Tilbuddet kan ikke laves:',
  catalogOk: (count) => `OK: ${count} tilbud`,
  unexpected: (message) => `Uventet fejl: ${message}`,
  serveHelp: `Brug: temadag serve [--catalog FIL] [--port N] [--host VÆRT] [--db FIL]
                     [--database-url URL] [--config FIL] [--widget-dir MAPPE]

Starter serveren: kataloget (GET /api/catalog), henvendelser (POST
/api/inquiries), pdf-tilbud, widgetten (/widget.js), siden til indlejring
(/embed/<id>), /healthz og, med TEMADAG_ADMIN_TOKEN, administrationen.
Stopper pænt ved SIGTERM og Ctrl+C. Logger JSON-linjer på standard output.

Valgfrit (ellers miljøvariablen i parentes):
  --catalog FIL        kataloget (TEMADAG_CATALOG); krævet ét af stederne
  --port N             porten (PORT, standard 8787; 0 vælger en ledig)
  --host VÆRT          adressen der lyttes på (HOST, standard 0.0.0.0)
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
  purge                slet henvendelser ældre end et antal dage

Valgfrit:
  --db FIL             SQLite-filen (TEMADAG_DB, standard .data/temadag.sqlite)
  --database-url URL   PostgreSQL (DATABASE_URL)
  --older-than DAGE    antal dage, fx 180 eller P180D (purge)
  --lang da|en         sproget i meddelelserne
  -h, --help           vis denne hjælp
`,
  configProblem: (message) => `Indstillingen kan ikke bruges: ${message}`,
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
  missingOlderThan: 'Angiv hvor gamle henvendelser der skal slettes: --older-than DAGE, fx 180.',
  badDays: (value) => `--older-than skal være et antal dage, fx 180 eller P180D, ikke "${value}".`,
  databaseMissing: (path) => `Databasen ${path} findes ikke. Angiv den med --db eller TEMADAG_DB.`,
  noInquiry: (id) => `Der er ingen henvendelse med id ${id}.`,
  deleted: (id) => `Slettet: ${id}`,
  purged: (count, days) =>
    `Slettet ${count === 1 ? 'én henvendelse' : `${count} henvendelser`} ældre end ${days} dage.`,
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
  deliveryStatus: { pending: 'venter', sent: 'sendt', failed: 'fejlet' },
  channelNames: { email: 'e-mail', receipt: 'kvittering', webhook: 'webhook' },
};

const en: CliMessages = {
  help: (version) => `temadag ${version}: indicative offers for theme days from a catalog.

Usage:
  temadag offer --catalog FILE|URL --offering ID --format ID --participants N
                [--module ID]... [--date YYYY-MM-DD] [--place TEXT] [--km N]
                [--zone ID] [--lang da|en] [--number T-2026-0001]
                [--json | --text]
  temadag catalog check FILE|URL
  temadag serve [--catalog FILE] [--port N] [--db FILE] [--database-url URL]
  temadag inquiries list|export|delete ID|purge --older-than DAYS
  temadag --help | --version

Commands:
  offer           print an offer for a selection from the catalog
  catalog check   check a catalog and list every problem with its path
  serve           start the server: catalog, inquiries, widget and embedding
  inquiries       list, export and delete the inquiries received

See also: temadag offer --help, temadag catalog --help, temadag serve --help,
temadag inquiries --help.

Language: --lang da|en; else English when LANG starts with "en"; else Danish.

Exit codes: 0 fine; 1 the catalog has problems (catalog check) or an
unexpected error; 2 bad arguments, an unreadable file, invalid JSON, a catalog
with problems (offer) or an invalid selection.
`,
  offerHelp: `Usage: temadag offer --catalog FILE|URL --offering ID --format ID
                     --participants N [options]

Prints an indicative offer as text (the default) or as JSON.

Required:
  --catalog FILE|URL   the catalog (a JSON file or an http(s) address)
  --offering ID        the offering's id in the catalog
  --format ID          the format's id, e.g. halv or hel
  --participants N     number of participants (a whole number)

Optional:
  --module ID          an optional module or add-on; may be repeated
  --date YYYY-MM-DD    preferred date of the day
  --place TEXT         place of the day
  --km N               travel distance in km (one way) for the travel price rule
  --zone ID            travel zone, when the catalog prices travel by zone
  --lang da|en         language of the offer and of the messages
  --number NUMBER      offer number, e.g. T-2026-0001 (otherwise sequence 1)
  --text               print the offer as text for an email (the default)
  --json               print the offer as JSON (amounts in øre)
  --pdf FILE           save the offer as a PDF in FILE (- writes to standard output)
  -h, --help           show this help

Environment:
  TEMADAG_NOW          the moment the offer is made, as ISO 8601, e.g.
                       2026-11-27T10:00:00Z, for repeatable output;
                       otherwise the current time
  LANG                 English when it starts with "en" and --lang is not given

Example:
  temadag offer --catalog examples/catalog/catalog.json \\
    --offering dialog-i-udsatte-boligomraader --format hel --participants 30 \\
    --lang en
`,
  catalogHelp: `Usage: temadag catalog check FILE|URL

Checks a catalog: its shape (types, required fields) and its meaning (tiers
without gaps or overlaps, unique ids, known references, modules that fit
their formats). Prints "OK: <count> offerings" and exits 0, or prints every
problem as "path: message" and exits 1.

Optional:
  --lang da|en         language of the messages
  -h, --help           show this help
`,
  seeHelp: (command) => `See: ${command} --help`,
  missingCommand: 'Give a command: offer, catalog check, serve or inquiries.',
  unknownCommand: (command) =>
    `Unknown command: ${command}. The commands are offer, catalog, serve and inquiries.`,
  missingCatalogCommand: 'Give a catalog command: check.',
  unknownCatalogCommand: (command) => `Unknown command: catalog ${command}. Use catalog check.`,
  unknownOption: (option) => `Unknown option: ${option}.`,
  missingValue: (option) => `The option ${option} needs a value.`,
  noValue: (option) => `The option ${option} does not take a value.`,
  unexpectedArgument: (argument) => `Unexpected argument: ${argument}.`,
  missingOption: (option) => `The option ${option} is missing.`,
  missingFile: "Give the catalog's file or address: temadag catalog check FILE.",
  wholeNumber: (option, value, example) =>
    `${option} must be a whole number, e.g. ${example}, not "${value}".`,
  badLang: (value) => `--lang must be da or en, not "${value}".`,
  jsonAndText: 'Choose either --json or --text, not both.',
  pdfAndFormat: 'Choose one of --pdf, --json or --text.',
  pdfWritten: (file) => `The offer was saved as a PDF in ${file}.`,
  pdfWriteFailed: (file, reason) => `The PDF file ${file} could not be saved: ${reason}`,
  badNow: (value) =>
    `TEMADAG_NOW must be an ISO 8601 moment, e.g. 2026-11-27T10:00:00Z, not "${value}".`,
  fileNotFound: (path) => `The file ${path} does not exist.`,
  fileIsDirectory: (path) => `${path} is a folder, not a file.`,
  fileNoAccess: (path) => `The file ${path} cannot be read: permission denied.`,
  fileUnreadable: (path, reason) => `The file ${path} cannot be read: ${reason}.`,
  fetchFailed: (url, reason) => `The catalog cannot be fetched from ${url}: ${reason}.`,
  fetchStatus: (url, status) =>
    `The catalog cannot be fetched from ${url}: the answer was ${status}.`,
  invalidJson: (source, problem, line, column) =>
    `${source} is not valid JSON: ${problem} at line ${line}, column ${column}.`,
  invalidJsonNoPosition: (source, problem) => `${source} is not valid JSON: ${problem}.`,
  jsonUnexpected: (found) => `unexpected character ${found}`,
  jsonEnd: 'the text ends too early',
  catalogProblems: (source, count) =>
    `The catalog ${source} has ${count === 1 ? 'one problem' : `${count} problems`}:`,
  selectionProblems: 'The offer cannot be made:',
  catalogOk: (count) => `OK: ${count} ${count === 1 ? 'offering' : 'offerings'}`,
  unexpected: (message) => `Unexpected error: ${message}`,
  serveHelp: `Usage: temadag serve [--catalog FILE] [--port N] [--host HOST] [--db FILE]
                     [--database-url URL] [--config FILE] [--widget-dir DIR]

Starts the server: the catalog (GET /api/catalog), inquiries (POST
/api/inquiries), PDF offers, the widget (/widget.js), the embed page
(/embed/<id>), /healthz and, with TEMADAG_ADMIN_TOKEN, the admin routes.
Stops gracefully on SIGTERM and Ctrl+C. Logs JSON lines to standard output.

Optional (else the environment variable in brackets):
  --catalog FILE       the catalog (TEMADAG_CATALOG); required in one place
  --port N             the port (PORT, default 8787; 0 picks a free one)
  --host HOST          the address to listen on (HOST, default 0.0.0.0)
  --db FILE            the SQLite file (TEMADAG_DB, default .data/temadag.sqlite)
  --database-url URL   PostgreSQL instead of SQLite (DATABASE_URL)
  --config FILE        a JSON file with settings (TEMADAG_CONFIG)
  --widget-dir DIR     the widget's CDN build (TEMADAG_WIDGET_DIR)
  --lang da|en         language of the messages
  -h, --help           show this help

More environment variables: TEMADAG_ADMIN_TOKEN, TEMADAG_ALLOWED_ORIGINS,
SMTP_URL, TEMADAG_NOTIFY_EMAIL, TEMADAG_MAIL_FROM, TEMADAG_SEND_RECEIPT,
TEMADAG_WEBHOOK_URL, TEMADAG_WEBHOOK_SECRET, TEMADAG_RETENTION_DAYS; see the
README of @temadag/server.
`,
  inquiriesHelp: `Usage: temadag inquiries list [--limit N] [--offset N] [--json]
       temadag inquiries export [--format csv|json]
       temadag inquiries delete ID
       temadag inquiries purge --older-than DAYS

Works directly on the database the server uses.

Commands:
  list                 the newest inquiries with the state of email and webhook
  export               every inquiry as CSV (the default) or JSON on standard
                       output, oldest first
  delete ID            delete one inquiry completely (right to erasure)
  purge                delete inquiries older than a number of days

Optional:
  --db FILE            the SQLite file (TEMADAG_DB, default .data/temadag.sqlite)
  --database-url URL   PostgreSQL (DATABASE_URL)
  --older-than DAYS    number of days, e.g. 180 or P180D (purge)
  --lang da|en         language of the messages
  -h, --help           show this help
`,
  configProblem: (message) => `A setting cannot be used: ${message}`,
  serving: (url) => `Temadag is running at ${url}`,
  serveInquiries: (url, admin) =>
    admin
      ? `See the inquiries: temadag inquiries list, or ${url}/api/admin/inquiries with TEMADAG_ADMIN_TOKEN.`
      : 'See the inquiries: temadag inquiries list (set TEMADAG_ADMIN_TOKEN for the admin routes over HTTP).',
  serveStop: 'Stop with Ctrl+C.',
  missingInquiriesCommand: 'Give an inquiries command: list, export, delete or purge.',
  unknownInquiriesCommand: (command) =>
    `Unknown command: inquiries ${command}. Use list, export, delete or purge.`,
  missingId: "Give the inquiry's id: temadag inquiries delete ID.",
  badExportFormat: (value) => `--format must be csv or json, not "${value}".`,
  missingOlderThan: 'Say how old the inquiries to delete are: --older-than DAYS, e.g. 180.',
  badDays: (value) => `--older-than must be a number of days, e.g. 180 or P180D, not "${value}".`,
  databaseMissing: (path) =>
    `The database ${path} does not exist. Give it with --db or TEMADAG_DB.`,
  noInquiry: (id) => `There is no inquiry with id ${id}.`,
  deleted: (id) => `Deleted: ${id}`,
  purged: (count, days) =>
    `Deleted ${count === 1 ? 'one inquiry' : `${count} inquiries`} older than ${days} days.`,
  noInquiries: 'There are no inquiries.',
  listHeadings: {
    reference: 'Reference',
    created: 'Received',
    offering: 'Offering',
    organisation: 'Organisation',
    participants: 'Participants',
    total: 'Total incl. VAT',
    delivery: 'Delivery',
  },
  deliveryStatus: { pending: 'pending', sent: 'sent', failed: 'failed' },
  channelNames: { email: 'email', receipt: 'receipt', webhook: 'webhook' },
};

/** The CLI's messages by locale. */
export const cliMessages: Readonly<Record<Locale, CliMessages>> = { da, en };
