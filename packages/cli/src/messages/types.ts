/**
 * Every text the `temadag` command prints itself, one typed catalogue per language
 * (`da.ts`, `en.ts`). A run picks one catalogue and prints nothing outside it.
 */
export interface CliMessages {
  /** `temadag --help`. */
  help: (version: string) => string;
  /** `temadag offer --help`. */
  offerHelp: string;
  /** `temadag catalog --help`. */
  catalogHelp: string;
  /** `temadag serve --help`. */
  serveHelp: string;
  /** `temadag inquiries --help`. */
  inquiriesHelp: string;
  /** `temadag completion --help`. */
  completionHelp: string;
  /** `temadag admin --help`. */
  adminHelp: string;
  missingAdminCommand: string;
  /** A `command` after `temadag admin` other than `password`. */
  unknownAdminCommand: (command: string) => string;
  /** The prompt for the new password on a terminal. */
  passwordPrompt: string;
  /** The prompt to type it again. */
  passwordRepeat: string;
  passwordMismatch: string;
  /** The password is shorter than `min` characters. */
  passwordTooShort: (min: number) => string;
  passwordEmpty: string;
  passwordAborted: string;
  /** The password was stored in the database at `target`, and every session ended. */
  passwordSet: (target: string) => string;
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
  /** A `--date` `value` that is not a date as `dd.mm.åååå` or `åååå-mm-dd`. */
  badDate: (value: string) => string;
  /** A `--date` `value` on or before `today` (written as `dd.mm.åååå`). */
  pastDate: (value: string, today: string) => string;
  jsonAndText: string;
  /** `--pdf` together with `--json` or `--text`. */
  pdfAndFormat: string;
  /** The PDF file was written to `file`. */
  pdfWritten: (file: string) => string;
  /** The PDF file could not be written to `file`, for a `reason` from {@link systemReason}. */
  pdfWriteFailed: (file: string, reason: string) => string;
  /** A `TEMADAG_NOW` `value` that is not an ISO 8601 instant. */
  badNow: (value: string) => string;
  /**
   * Why the system refused a file or a connection, in words, for an error `code` such as
   * `ENOENT` or `ECONNREFUSED`; unknown codes are named as they are.
   */
  systemReason: (code: string) => string;
  /** A catalog `url` that could not be fetched, for a `reason` from {@link systemReason}. */
  fetchFailed: (url: string, reason: string) => string;
  /** A catalog `url` that answered with an error `status`, e.g. `404 Not Found`. */
  fetchStatus: (url: string, status: string) => string;
  /** The heading above the problems of the catalog at `source`: `count` problems. */
  catalogProblems: (source: string, count: number) => string;
  selectionProblems: string;
  /** `temadag catalog check` found no problems in a catalog of `count` offerings. */
  catalogOk: (count: number) => string;
  /** An unexpected error and the first line of its `message`. */
  unexpected: (message: string) => string;
  /** The catalog setting of `temadag serve` (named as flag and variable), then its `problem`. */
  serveCatalog: (problem: string) => string;
  /**
   * A server setting that cannot be used: the `variable` it came from (e.g. `PORT`, or
   * `config.json: port` for a key of the config file) and the server's English `message`.
   */
  configProblem: (variable: string, message: string) => string;
  /** The server cannot listen at `host` and `port` (in use, or not allowed). */
  listenFailed: (host: string, port: number) => string;
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
  /** The database at `target` (a path, or a URL without its password) cannot be used. */
  databaseUnreachable: (target: string, reason: string) => string;
  /** PostgreSQL refused the user name or password given in the URL. */
  databaseLogin: string;
  /** PostgreSQL has no database of the name given in the URL. */
  databaseNotFound: string;
  /** `inquiries delete` found no inquiry with this `id`. */
  noInquiry: (id: string) => string;
  /** `inquiries delete` deleted the inquiry with this `id`. */
  deleted: (id: string) => string;
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
  missingShell: string;
  /** A `shell` after `temadag completion` other than `bash` or `zsh`. */
  unknownShell: (shell: string) => string;
}
