import { countOf } from '@temadag/core';
import type { CliMessages } from './types.js';

// The nouns the messages count, in core's plural forms (countOf writes the number too).
const PROBLEM = { one: 'problem', other: 'problems' };
const OFFERING = { one: 'offering', other: 'offerings' };
const INQUIRY = { one: 'inquiry', other: 'inquiries' };
const DAY = { one: 'day', other: 'days' };
const CHARACTER = { one: 'character', other: 'characters' };

/** System error codes in words; the code itself stays out of the message. */
const systemReasons: Readonly<Record<string, string>> = {
  ENOENT: 'it does not exist',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  ENOTDIR: 'part of the path is not a folder',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  ECONNREFUSED: 'the connection was refused; nothing answers at that address',
  ENOTFOUND: 'the host does not exist',
  EAI_AGAIN: 'the host name cannot be looked up right now',
  ETIMEDOUT: 'no answer in time',
  UND_ERR_CONNECT_TIMEOUT: 'no answer in time',
  ECONNRESET: 'the connection was cut',
  EHOSTUNREACH: 'the host cannot be reached',
  ENETUNREACH: 'the network cannot be reached',
  CERTIFICATE: "the host's certificate cannot be trusted",
};

/** The English catalogue. */
export const en: CliMessages = {
  help: (version) => `temadag ${version}: indicative offers for theme days from a catalog.

Usage:
  temadag offer --catalog FILE|URL --offering ID --format ID --participants N
                [--module ID]... [--date DD.MM.YYYY] [--place TEXT] [--km N]
                [--zone ID] [--lang da|en] [--number T-2026-0001]
                [--json | --text | --pdf FILE]
  temadag catalog check FILE|URL
  temadag serve [--catalog FILE] [--port N] [--db FILE] [--database-url URL]
  temadag inquiries list|export|delete ID|purge --older-than DAYS
  temadag admin password [--db FILE] [--database-url URL]
  temadag completion bash|zsh
  temadag --help | --version

Commands:
  offer           print an offer for a selection from the catalog
  catalog check   check a catalog and list every problem with its path
  serve           start the server: catalog, inquiries, widget and embedding
  inquiries       list, export and delete the inquiries received
  admin password  set the password of the provider's console (/admin/)
  completion      print a completion script for bash or zsh

See also: temadag offer --help, temadag catalog --help, temadag serve --help,
temadag inquiries --help, temadag admin --help, temadag completion --help.

Language: --lang da|en. Without --lang, the first language in LANGUAGE that is
da or en, then the first of LC_ALL, LC_MESSAGES and LANG that is set (English
when it starts with "en"). LANGUAGE is ignored when the locale is C or POSIX.
Otherwise Danish.

Exit codes: 0 fine; 1 the catalog has problems (catalog check), the work
failed (e.g. a database that cannot be reached) or an unexpected error; 2 bad
arguments, an unreadable file, invalid JSON, a catalog with problems (offer)
or an invalid selection.
`,
  offerHelp: `Usage: temadag offer --catalog FILE|URL --offering ID --format ID
                     --participants N [options]

Prints an indicative offer as text (the default), as JSON or as a PDF file.

Required:
  --catalog FILE|URL   the catalog (a JSON file or an http(s) address)
  --offering ID        the offering's id in the catalog
  --format ID          the format's id, e.g. halv or hel
  --participants N     number of participants (a whole number)

Optional:
  --module ID          an optional module or add-on; may be repeated
  --date DATE          preferred date after today, e.g. 15.03.2027 or 2027-03-15
  --place TEXT         place of the day
  --km N               travel distance in km (one way) for the travel price rule
  --zone ID            travel zone, when the catalog prices travel by zone
  --lang da|en         language of the offer and of the messages
  --number NUMBER      offer number, e.g. T-2026-0001 (otherwise sequence 1)
  --text               print the offer as text for an email (the default)
  --json               print the offer as JSON (amounts in øre)
  --pdf FILE           save the offer as a PDF file in FILE (- writes to standard output)
  -h, --help           show this help

Environment:
  TEMADAG_NOW          the moment the offer is made, as ISO 8601, e.g.
                       2026-11-27T10:00:00Z, for repeatable output;
                       otherwise the current time
  LANGUAGE, LC_ALL, LC_MESSAGES, LANG
                       the language without --lang (see temadag --help)

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
  serveHelp: `Usage: temadag serve [--catalog FILE] [--port N] [--host HOST] [--db FILE]
                     [--database-url URL] [--config FILE] [--widget-dir DIR]

Starts the server: the catalog (GET /api/catalog), inquiries (POST
/api/inquiries), offers as PDF files, the widget (/widget.js), the embed page
(/embed/<id>), /healthz and, with TEMADAG_ADMIN_TOKEN, the admin routes.
On SIGTERM and Ctrl+C the server finishes the requests in progress, then
stops. Logs JSON lines to standard output.

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
  adminHelp: `Usage: temadag admin password [--db FILE] [--database-url URL]

Sets the password of the provider's console (/admin/ on the server). On a
terminal it asks for the password twice without showing it; otherwise it reads
the first line of standard input, e.g.
  printf '%s\\n' "$PASSWORD" | temadag admin password
The password has at least 12 characters. Only a scrypt hash of it is stored, in
the database the server uses, so every server instance knows it. Setting it
signs everyone out of the console.

Optional:
  --db FILE            the SQLite file (TEMADAG_DB, default .data/temadag.sqlite)
  --database-url URL   PostgreSQL (DATABASE_URL)
  --lang da|en         language of the messages
  -h, --help           show this help
`,
  missingAdminCommand: 'Give an admin command: password.',
  unknownAdminCommand: (command) => `Unknown command: admin ${command}. Use admin password.`,
  passwordPrompt: 'New console password: ',
  passwordRepeat: 'Type it again: ',
  passwordMismatch: 'The two passwords differ. Nothing was changed.',
  passwordTooShort: (min) =>
    `The password must have at least ${countOf(min, CHARACTER, 'en')}. Nothing was changed.`,
  passwordEmpty:
    'No password on standard input. Type it on a terminal, or send it as the first line of standard input.',
  passwordAborted: 'Stopped. Nothing was changed.',
  passwordSet: (target) =>
    `The console password is stored in ${target}. Everyone who was signed in has been signed out.`,
  completionHelp: `Usage: temadag completion bash|zsh

Prints a script that lets the shell complete temadag's commands, subcommands
and options when you press Tab.

Bash (in ~/.bashrc):
  source <(temadag completion bash)
Zsh (in ~/.zshrc, after compinit):
  source <(temadag completion zsh)

Optional:
  --lang da|en         language of the messages
  -h, --help           show this help
`,
  seeHelp: (command) => `See: ${command} --help`,
  missingCommand:
    'Give a command: offer, catalog check, serve, inquiries, admin password or completion.',
  unknownCommand: (command) =>
    `Unknown command: ${command}. The commands are offer, catalog, serve, inquiries, admin and completion.`,
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
  badDate: (value) => `--date must be a date such as 15.03.2027 or 2027-03-15, not "${value}".`,
  pastDate: (value, today) => `--date must be a date after today (${today}), not ${value}.`,
  jsonAndText: 'Choose either --json or --text, not both.',
  pdfAndFormat: 'Choose one of --pdf, --json and --text.',
  pdfWritten: (file) => `The offer was saved as a PDF file in ${file}.`,
  pdfWriteFailed: (file, reason) => `The PDF file ${file} could not be saved: ${reason}.`,
  badNow: (value) =>
    `TEMADAG_NOW must be an ISO 8601 moment, e.g. 2026-11-27T10:00:00Z, not "${value}".`,
  systemReason: (code) =>
    systemReasons[code] ??
    (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)
      ? systemReasons.CERTIFICATE!
      : `the system answered ${code}`),
  fetchFailed: (url, reason) => `The catalog cannot be fetched from ${url}: ${reason}.`,
  fetchStatus: (url, status) =>
    `The catalog cannot be fetched from ${url}: the server answered ${status}.`,
  catalogProblems: (source, count) => `The catalog ${source} has ${countOf(count, PROBLEM, 'en')}:`,
  selectionProblems: 'The offer cannot be made:',
  catalogOk: (count) => `OK: ${countOf(count, OFFERING, 'en')}`,
  unexpected: (message) => `Unexpected error: ${message}`,
  serveCatalog: (problem) => `The catalog (--catalog or TEMADAG_CATALOG): ${problem}`,
  // The server words its configuration errors in English and names the variable first.
  configProblem: (_variable, message) => `A setting cannot be used: ${message}`,
  listenFailed: (host, port) =>
    `The server cannot listen on ${host}:${port}: the port is in use or not allowed. Choose another with --port or PORT.`,
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
  databaseUnreachable: (target, reason) => `The database ${target} cannot be used: ${reason}.`,
  databaseLogin: 'the user name or password in the URL was refused',
  databaseNotFound: 'the database named in the URL does not exist on the server',
  noInquiry: (id) => `There is no inquiry with id ${id}.`,
  deleted: (id) => `Deleted: ${id}`,
  purged: (count, days) =>
    count === 0
      ? `There are no inquiries older than ${countOf(days, DAY, 'en')}.`
      : `Deleted ${countOf(count, INQUIRY, 'en')} older than ${countOf(days, DAY, 'en')}.`,
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
  missingShell: 'Give the shell: temadag completion bash or temadag completion zsh.',
  unknownShell: (shell) => `Unknown shell: ${shell}. Use bash or zsh.`,
};
