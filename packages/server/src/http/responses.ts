import type { Problem } from '@temadag/core';
import { messagesOf, type AppContext } from './context.js';

/** The Content-Security-Policy of every response that brings none of its own (PDFs aside). */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

/**
 * The headers the app adds to its responses, in one table: the response middleware writes them
 * onto a finished response, and {@link completeJson} writes them at once. Each group says which
 * responses carry it.
 */
export const RESPONSE_HEADERS = {
  /** Every response. */
  always: { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' },
  /** Responses without a Content-Security-Policy of their own, except PDFs. */
  csp: { 'Content-Security-Policy': API_CSP },
  /** Responses that no `frame-ancestors` of their CSP lets a page frame. */
  noFrame: { 'X-Frame-Options': 'DENY' },
  /** Responses under `/api/`: they differ by the request's Origin. */
  api: { Vary: 'Origin' },
  /** Responses under `/api/` to an allowed origin (with its `Access-Control-Allow-Origin`). */
  cors: {
    'Access-Control-Expose-Headers':
      'Idempotent-Replayed, Retry-After, X-Request-Id, ETag, Content-Disposition',
  },
} as const;

/**
 * Responses made complete by {@link completeJson}: they carry every header the middleware
 * would add after `next()`, so it leaves them alone.
 */
const complete = new WeakSet<Response>();

/**
 * Whether a response already carries every header of {@link RESPONSE_HEADERS} it needs.
 *
 * @param res - a response of the app
 * @returns true for the responses of {@link completeJson}
 */
export function isComplete(res: Response): boolean {
  return complete.has(res);
}

/**
 * Adds the headers of {@link RESPONSE_HEADERS} that every response needs (not the API's
 * Vary and CORS headers, which the CORS middleware adds) to a finished response.
 *
 * @param headers - the response's headers, changed in place
 * @param requestId - the request's id, echoed as `X-Request-Id`
 */
export function addResponseHeaders(headers: Headers, requestId: string): void {
  headers.set('X-Request-Id', requestId);
  for (const [name, value] of Object.entries(RESPONSE_HEADERS.always)) headers.set(name, value);
  const type = headers.get('content-type') ?? '';
  if (!headers.has('Content-Security-Policy') && !type.startsWith('application/pdf')) {
    for (const [name, value] of Object.entries(RESPONSE_HEADERS.csp)) headers.set(name, value);
  }
  if (
    !headers.has('X-Frame-Options') &&
    !/frame-ancestors (?!'none')/.test(headers.get('Content-Security-Policy') ?? '')
  ) {
    for (const [name, value] of Object.entries(RESPONSE_HEADERS.noFrame)) headers.set(name, value);
  }
}

/**
 * A JSON response of the API (no Vary, CSP or X-Frame-Options of its own) made complete at
 * once: with every header that the CORS and the response middleware would add after `next()`,
 * in one plain object, so no `Headers` is built, filled and read again (on Node the adapter
 * writes the object as it is). Lower-case names in the order a `Headers` lists them (sorted):
 * the bytes on the wire are the same as from the middleware.
 *
 * @param c - the request context (its request id and allowed origin)
 * @param status - the status code
 * @param text - the JSON text of the body
 * @param replayed - whether to add `Idempotent-Replayed: true`
 * @returns the response, marked complete
 */
export function completeJson(
  c: AppContext,
  status: number,
  text: string,
  replayed: boolean,
): Response {
  const entries: [string, string][] = [
    ...Object.entries(RESPONSE_HEADERS.always),
    ...Object.entries(RESPONSE_HEADERS.csp),
    ...Object.entries(RESPONSE_HEADERS.noFrame),
    ...Object.entries(RESPONSE_HEADERS.api),
    ['Cache-Control', 'no-store'],
    ['Content-Type', 'application/json'],
    ['X-Request-Id', c.get('requestId')],
  ];
  const allowOrigin = c.get('allowOrigin');
  if (allowOrigin !== undefined) {
    entries.push(['Access-Control-Allow-Origin', allowOrigin]);
    entries.push(...Object.entries(RESPONSE_HEADERS.cors));
  }
  if (replayed) entries.push(['Idempotent-Replayed', 'true']);
  const headers: Record<string, string> = {};
  for (const [name, value] of entries
    .map(([name, value]): [string, string] => [name.toLowerCase(), value])
    .sort(([a], [b]) => (a < b ? -1 : 1))) {
    headers[name] = value;
  }
  const res = new Response(text, { status, headers });
  complete.add(res);
  return res;
}

/** One item of an error answer: where (a JSON path, a parameter or header, or '') and what. */
export type ErrorItem = { path: string; message: string; code?: string };

/** The error statuses the app answers with. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 422 | 429 | 500 | 503;

/** The media type of every error answer (RFC 9457). */
export const PROBLEM_JSON = 'application/problem+json';

/**
 * The body of an error answer: an RFC 9457 problem details object whose `errors` member (an
 * extension) is the list of problems that clients read since before the answers were problems.
 */
export interface ProblemBody {
  /** `about:blank`: the status says what kind of problem it is. */
  type: 'about:blank';
  /** The status's phrase in the request's language. */
  title: string;
  /** The status code, as in the response. */
  status: ErrorStatus;
  /** The one problem's message, or how many problems `errors` lists. */
  detail: string;
  /** The request's path: where this occurrence happened. */
  instance: string;
  /** What is wrong, item by item. */
  errors: ErrorItem[];
}

/**
 * The problem details of an error answer, worded in the request's language: `title` from the
 * status, `detail` from the items (the message of the only one, or their count).
 *
 * @param c - the request context (its language and path)
 * @param status - the status code
 * @param items - what is wrong
 * @returns the body
 * @example
 * ```ts
 * problemBody(c, 404, one('', 'Siden findes ikke.'));
 * // { type: 'about:blank', title: 'Findes ikke', status: 404, detail: 'Siden findes ikke.',
 * //   instance: '/api/ukendt', errors: [{ path: '', message: 'Siden findes ikke.' }] }
 * ```
 */
export function problemBody(c: AppContext, status: ErrorStatus, items: ErrorItem[]): ProblemBody {
  const t = messagesOf(c);
  return {
    type: 'about:blank',
    title: t.problemTitles[status] ?? String(status),
    status,
    detail: items.length === 1 ? items[0]!.message : t.problemCount(items.length),
    instance: c.req.path,
    errors: items,
  };
}

/**
 * An error answer of the API, never cached: `application/problem+json` (RFC 9457) with the
 * problems as its `errors` member, `{ path, message, code? }` each, as before.
 *
 * @param c - the request context
 * @param status - the status code
 * @param items - what is wrong
 * @param headers - more headers, e.g. `Retry-After` or `Allow`
 * @returns the response
 * @example
 * ```ts
 * return errors(c, 422, one('contact.email', 'Indtast din e-mailadresse'));
 * ```
 */
export function errors(
  c: AppContext,
  status: ErrorStatus,
  items: ErrorItem[],
  headers: Record<string, string> = {},
): Response {
  // Every header in the init: under the Node adapter, Hono copies a route's response (when a
  // middleware touched `c.res` first) from its init, and changes made after would be lost.
  return c.body(JSON.stringify(problemBody(c, status, items)), status, {
    'Content-Type': PROBLEM_JSON,
    ...headers,
    'Cache-Control': 'no-store',
  });
}

/**
 * One error item.
 *
 * @param path - where: a JSON path, a parameter or header name, or '' for the whole request
 * @param message - what is wrong, in the request's language
 * @returns a list with the one item
 */
export function one(path: string, message: string): ErrorItem[] {
  return [{ path, message }];
}

/**
 * Error items from core's problems, with their codes.
 *
 * @param problems - the problems of a validation
 * @returns one item per problem
 */
export function problemItems(problems: readonly Problem[]): ErrorItem[] {
  return problems.map((p) => ({ path: p.path, message: p.message, code: p.code }));
}
