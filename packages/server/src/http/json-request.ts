import { parseJsonBytes } from '../body.js';
import { locateJsonError } from '../json-location.js';
import { messagesOf, type AppContext, type AppDeps } from './context.js';
import { bodyBytes, charsetOk, mediaType, tooLarge } from './request.js';
import { errors, one } from './responses.js';

/** A JSON request body, read and parsed. */
export interface JsonRequest {
  value: unknown;
  /** The text as sent (without a byte order mark). */
  text: string;
}

/**
 * Reads the JSON body of an admin request: 415 unless `Content-Type: application/json` (UTF-8),
 * 413 over `limit`, 400 when it is not JSON (naming the line and column when known).
 *
 * @param deps - the app's dependencies
 * @param c - the request context
 * @param limit - the largest body accepted, in bytes
 * @returns the body, or the error answer
 */
export async function readJsonRequest(
  deps: AppDeps,
  c: AppContext,
  limit: number,
): Promise<JsonRequest | Response> {
  const t = messagesOf(c).console;
  const contentType = deps.header(c, 'content-type') ?? '';
  if (mediaType(contentType) !== 'application/json' || !charsetOk(contentType)) {
    return errors(c, 415, one('', t.badBody));
  }
  const bytes = await bodyBytes(deps, c, limit);
  if (bytes === null) return errors(c, 400, one('', t.badBody));
  // The decoder drops a byte order mark, which some editors save before a catalog.
  const body = parseJsonBytes(bytes);
  if (body.ok) return { value: body.value, text: body.text };
  if (body.problem === 'too-large') return tooLarge(c, limit);
  if (body.problem === 'encoding') return errors(c, 400, one('', messagesOf(c).badEncoding));
  const at = locateJsonError(new TextDecoder().decode(bytes));
  if (!at) return errors(c, 400, one('', t.badBody));
  return errors(c, 400, one('', t.notJson(t.jsonAt(String(at.line), String(at.column)))));
}
