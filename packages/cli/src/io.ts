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

/** Standard input as `temadag admin password` reads it (`process.stdin` fits). */
export interface TextSource {
  /** Whether it is a terminal: then the password is asked for without echo. */
  isTTY?: boolean;
  /**
   * Turns the terminal's raw mode on or off (no echo, key by key).
   *
   * @param mode - on or off
   * @returns anything; the command does not read it
   */
  setRawMode?: (mode: boolean) => unknown;
  /**
   * Makes `data` events deliver text.
   *
   * @param encoding - always `utf8`
   * @returns anything
   */
  setEncoding(encoding: 'utf8'): unknown;
  /**
   * Listens for each chunk of text.
   *
   * @param event - `data`
   * @param listener - called with the chunk
   * @returns anything
   */
  on(event: 'data', listener: (chunk: string) => void): unknown;
  /**
   * Listens for the end of the input.
   *
   * @param event - `end`
   * @param listener - called once at the end
   * @returns anything
   */
  on(event: 'end', listener: () => void): unknown;
  /**
   * Listens for a read error.
   *
   * @param event - `error`
   * @param listener - called with the error
   * @returns anything
   */
  on(event: 'error', listener: (error: Error) => void): unknown;
  /**
   * Stops listening for chunks.
   *
   * @param event - `data`
   * @param listener - the listener given to `on`
   * @returns anything
   */
  off(event: 'data', listener: (chunk: string) => void): unknown;
  /**
   * Stops listening for the end.
   *
   * @param event - `end`
   * @param listener - the listener given to `on`
   * @returns anything
   */
  off(event: 'end', listener: () => void): unknown;
  /**
   * Stops listening for errors.
   *
   * @param event - `error`
   * @param listener - the listener given to `on`
   * @returns anything
   */
  off(event: 'error', listener: (error: Error) => void): unknown;
  /**
   * Starts the flow of `data` events.
   *
   * @returns anything
   */
  resume(): unknown;
  /**
   * Stops the flow, so a finished read does not keep the process alive.
   *
   * @returns anything
   */
  pause(): unknown;
}

/** Where {@link run} reads and writes. */
export interface CliIo {
  /** Input: the password of `temadag admin password`; `process.stdin` when left out. */
  stdin?: TextSource;
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
