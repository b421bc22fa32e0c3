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
  unknownCommand: (command: string) => string;
  missingCatalogCommand: string;
  unknownCatalogCommand: (command: string) => string;
  unknownOption: (option: string) => string;
  missingValue: (option: string) => string;
  noValue: (option: string) => string;
  unexpectedArgument: (argument: string) => string;
  missingOption: (option: string) => string;
  missingFile: string;
  wholeNumber: (option: string, value: string, example: string) => string;
  badLang: (value: string) => string;
  jsonAndText: string;
  pdfNotAvailable: string;
  badNow: (value: string) => string;
  fileNotFound: (path: string) => string;
  fileIsDirectory: (path: string) => string;
  fileNoAccess: (path: string) => string;
  fileUnreadable: (path: string, reason: string) => string;
  fetchFailed: (url: string, reason: string) => string;
  fetchStatus: (url: string, status: string) => string;
  invalidJson: (source: string, problem: string, line: string, column: string) => string;
  invalidJsonNoPosition: (source: string, problem: string) => string;
  jsonUnexpected: (found: string) => string;
  jsonEnd: string;
  catalogProblems: (source: string, count: number) => string;
  selectionProblems: string;
  catalogOk: (count: number) => string;
  unexpected: (message: string) => string;
}

const da: CliMessages = {
  help: (version) => `temadag ${version}: vejledende tilbud på temadage ud fra et katalog.

Brug:
  temadag offer --catalog FIL|URL --offering ID --format ID --participants N
                [--module ID]... [--date ÅÅÅÅ-MM-DD] [--place TEKST] [--km N]
                [--zone ID] [--lang da|en] [--number T-2026-0001]
                [--json | --text]
  temadag catalog check FIL|URL
  temadag --help | --version

Kommandoer:
  offer           skriv et tilbud ud fra et valg i kataloget
  catalog check   kontrollér et katalog og vis alle fejl med deres sti

Se også: temadag offer --help, temadag catalog --help.

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
  --pdf FIL            forbeholdt PDF-output, som endnu ikke findes
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
  missingCommand: 'Angiv en kommando: offer eller catalog check.',
  unknownCommand: (command) => `Ukendt kommando: ${command}. Kommandoerne er offer og catalog.`,
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
  pdfNotAvailable:
    'PDF-output er ikke tilgængeligt endnu: --pdf kræver pakken @temadag/pdf, som ikke er udgivet. Brug --text eller --json.',
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
};

const en: CliMessages = {
  help: (version) => `temadag ${version}: indicative offers for theme days from a catalog.

Usage:
  temadag offer --catalog FILE|URL --offering ID --format ID --participants N
                [--module ID]... [--date YYYY-MM-DD] [--place TEXT] [--km N]
                [--zone ID] [--lang da|en] [--number T-2026-0001]
                [--json | --text]
  temadag catalog check FILE|URL
  temadag --help | --version

Commands:
  offer           print an offer for a selection from the catalog
  catalog check   check a catalog and list every problem with its path

See also: temadag offer --help, temadag catalog --help.

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
  --pdf FILE           reserved for PDF output, which is not available yet
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
  missingCommand: 'Give a command: offer or catalog check.',
  unknownCommand: (command) => `Unknown command: ${command}. The commands are offer and catalog.`,
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
  pdfNotAvailable:
    'PDF output is not available yet: --pdf needs the package @temadag/pdf, which has not been released. Use --text or --json.',
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
};

/** The CLI's messages by locale. */
export const cliMessages: Readonly<Record<Locale, CliMessages>> = { da, en };
