/** One structured log entry: never personal data (no bodies, no query strings, no addresses). */
export type LogEntry = Record<string, string | number | boolean | undefined>;

/** Where the server writes its log. */
export type Logger = (entry: LogEntry) => void;

/**
 * A logger that writes one JSON object per line, with the time and a level.
 *
 * @param write - where the lines go; standard output by default
 * @returns the logger
 * @example
 * ```ts
 * const log = jsonLogger();
 * log({ level: 'info', msg: 'listening', port: 8787 });
 * // {"time":"2026-11-27T10:00:00.000Z","level":"info","msg":"listening","port":8787}
 * ```
 */
export function jsonLogger(write: (line: string) => void = (l) => process.stdout.write(l)): Logger {
  return (entry) => {
    write(`${JSON.stringify({ time: new Date().toISOString(), level: 'info', ...entry })}\n`);
  };
}

/**
 * A logger that drops everything, for tests and embedding.
 *
 * @example
 * ```ts
 * createApp({ catalog, storage, log: silentLogger });
 * ```
 */
export const silentLogger: Logger = () => undefined;

/**
 * The name and message of an error for the log, shortened; stack traces stay out.
 *
 * @param error - anything thrown
 * @returns a short description
 * @example
 * ```ts
 * describeError(Object.assign(new Error('connect refused'), { code: 'ECONNREFUSED' }));
 * // 'Error ECONNREFUSED: connect refused'
 * ```
 */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    const text = `${error.name}${typeof code === 'string' ? ` ${code}` : ''}: ${error.message}`;
    return text.length > 300 ? `${text.slice(0, 300)}…` : text;
  }
  return String(error).slice(0, 300);
}
