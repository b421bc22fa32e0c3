/** Something text can be written to, such as `process.stdout`. */
export interface TextSink {
  /**
   * Writes text as it is (lines end with `\n`), or bytes (`temadag offer --pdf -`).
   *
   * @param chunk - the text or bytes
   * @returns anything; the command does not read it
   */
  write(chunk: string | Uint8Array): unknown;
}

/** The answer of a fetch, as far as the command reads it. */
export interface FetchResponse {
  /** Whether the status is 200–299. */
  ok: boolean;
  /** The HTTP status code, e.g. 404. */
  status: number;
  /** The HTTP status text, e.g. `Not Found`. */
  statusText: string;
  /**
   * Reads the body.
   *
   * @returns the body as text
   */
  text(): Promise<string>;
}

/** Where {@link run} reads and writes. */
export interface CliIo {
  /** Output: the offer, `OK: …`, catalog problems, help and version. */
  stdout: TextSink;
  /** Error messages. */
  stderr: TextSink;
  /** Fetches catalog URLs; the global `fetch` when left out. */
  fetch?: (url: string) => Promise<FetchResponse>;
  /**
   * Environment (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG`, `TEMADAG_NOW`, the server's
   * variables); `process.env` when left out.
   */
  env?: Record<string, string | undefined>;
}
