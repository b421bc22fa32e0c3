/** Why a request body could not be read. */
export type BodyProblem = 'too-large' | 'encoding' | 'json';

/** The result of {@link readJsonBody}. */
export type ReadBodyResult =
  { ok: true; value: unknown; text: string } | { ok: false; problem: BodyProblem };

/**
 * Reads a request body as UTF-8 JSON, counting the bytes as they stream in: a body over the
 * limit is refused as soon as it passes it, whatever `Content-Length` said (or did not say).
 *
 * @param request - the request
 * @param limit - the most bytes to accept
 * @returns the parsed value and its text, or why it could not be read
 * @example
 * ```ts
 * const body = await readJsonBody(c.req.raw, 32 * 1024);
 * if (!body.ok && body.problem === 'too-large') return c.json(errors, 413);
 * ```
 */
export async function readJsonBody(request: Request, limit: number): Promise<ReadBodyResult> {
  return parseJsonBytes(await readLimitedBody(request, limit));
}

/**
 * Decodes bytes as UTF-8 (strictly: invalid sequences are an error) and parses them as JSON.
 *
 * @param bytes - the body, or undefined when it was over the limit
 * @returns the parsed value and its text, or why it could not be read
 */
export function parseJsonBytes(bytes: Uint8Array | undefined): ReadBodyResult {
  if (bytes === undefined) return { ok: false, problem: 'too-large' };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, problem: 'encoding' };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown, text };
  } catch {
    return { ok: false, problem: 'json' };
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Reads the bytes of a request body up to a limit.
 *
 * @param request - the request
 * @param limit - the most bytes to accept
 * @returns the bytes, or undefined as soon as there are more than `limit`
 */
export async function readLimitedBody(
  request: Request,
  limit: number,
): Promise<Uint8Array | undefined> {
  const declared = request.headers.get('content-length');
  if (declared !== null && /^\d+$/.test(declared) && Number(declared) > limit) return undefined;
  const body = request.body;
  if (body === null) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/**
 * JSON with object keys sorted at every level, so two bodies that mean the same give the same
 * text (and the same hash) whatever their key order and spacing.
 *
 * @param value - a JSON value (bounded depth: call it on validated input)
 * @returns the canonical JSON text
 * @example
 * ```ts
 * canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] }); // '{"a":[2,{"c":4,"d":3}],"b":1}'
 * ```
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  // Plain loops and one growing string: this runs on every inquiry (for the request hash).
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      out += canonicalJson(value[i] ?? null);
    }
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let out = '{';
  for (const key of keys) {
    const inner = record[key];
    if (inner === undefined) continue;
    if (out.length > 1) out += ',';
    out += `${JSON.stringify(key)}:${canonicalJson(inner)}`;
  }
  return `${out}}`;
}

// C0 controls other than tab, line feed and carriage return, and DEL.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// Either of the two above, in one pass over the string.
const BAD_STRING = new RegExp(`${FORBIDDEN.source}|${LONE_SURROGATE.source}`);

/** Whether {@link findBadString} would find anything: the same walk, without making paths. */
function hasBadString(value: unknown, depth: number, maxDepth: number): boolean {
  if (typeof value === 'string') return BAD_STRING.test(value);
  if (value === null || typeof value !== 'object' || depth >= maxDepth) return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (hasBadString(value[i], depth + 1, maxDepth)) return true;
    }
    return false;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (BAD_STRING.test(key) || hasBadString(record[key], depth + 1, maxDepth)) return true;
  }
  return false;
}

/**
 * Finds the first string (key or value) that a database cannot keep exactly or that no person
 * types: control characters such as NUL, and lone UTF-16 surrogates. Looks no deeper than
 * `maxDepth` (nothing that deep is a valid inquiry, and the schema refuses it anyway).
 *
 * @param value - a parsed JSON value
 * @param maxDepth - how deep to look
 * @returns the path of the first bad string (`contact.name`), or undefined when all are fine
 * @example
 * ```ts
 * findBadString({ contact: { name: 'A\u0000' } }); // 'contact.name'
 * findBadString({ message: 'Hej' }); // undefined
 * ```
 */
export function findBadString(value: unknown, maxDepth = 32): string | undefined {
  // Nearly every body is clean: check without building a path for every string first.
  if (!hasBadString(value, 0, maxDepth)) return undefined;
  const bad = (s: string) => FORBIDDEN.test(s) || LONE_SURROGATE.test(s);
  const walk = (v: unknown, path: string, depth: number): string | undefined => {
    if (typeof v === 'string') return bad(v) ? path : undefined;
    if (v === null || typeof v !== 'object') return undefined;
    if (depth >= maxDepth) return undefined;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const found = walk(v[i], `${path}[${i}]`, depth + 1);
        if (found !== undefined) return found;
      }
      return undefined;
    }
    for (const [key, inner] of Object.entries(v)) {
      const at = path === '' ? key : `${path}.${key}`;
      if (bad(key)) return at;
      const found = walk(inner, at, depth + 1);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return walk(value, '', 0);
}
