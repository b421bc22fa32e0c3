/**
 * The problems of a Temadag server's error answer (`{ "errors": [{ "path", "message" }] }`),
 * read the same way by the inquiry sender and the server PDF request.
 */
import { isRecord } from '@temadag/core';

/** One problem in an error answer: `{ "path": "contact.email", "message": "…" }`. */
export interface ResponseProblem {
  path: string;
  message: string;
}

/**
 * The body of an answer as JSON, or undefined when it is not JSON.
 *
 * @param response - the answer
 * @returns the parsed body, or undefined
 * @example
 * ```ts
 * const body = await readJson(response);
 * ```
 */
export async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/**
 * The well-formed entries of a body's `errors`; none when it has no such list.
 *
 * @param body - the parsed body of an error answer
 * @returns the problems, each with a path and a message
 * @example
 * ```ts
 * problemsOf({ errors: [{ path: 'contact.email', message: 'Skriv en e-mailadresse' }] });
 * ```
 */
export function problemsOf(body: unknown): ResponseProblem[] {
  if (!isRecord(body) || !Array.isArray(body.errors)) return [];
  return body.errors.flatMap((error: unknown) =>
    isRecord(error) && typeof error.path === 'string' && typeof error.message === 'string'
      ? [{ path: error.path, message: error.message }]
      : [],
  );
}
