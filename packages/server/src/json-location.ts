/** Where a JSON text first goes wrong. */
export interface JsonErrorLocation {
  /** Offset in UTF-16 code units. */
  offset: number;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  /** The character found there; undefined at the end of the text. */
  found?: string;
}

class Stop {
  constructor(readonly offset: number) {}
}

/**
 * Finds the first place where a text is not valid JSON (RFC 8259), for a message with a line
 * and a column; `JSON.parse` in Node 20 does not always say where. Returns undefined when the
 * text is valid. Used by the messages of `readCatalogFile` (the server owns it; the CLI's copy
 * goes once the CLI reads catalog files with `readCatalogFile`).
 *
 * @param text - the text
 * @returns the location of the first error, or undefined
 * @example
 * ```ts
 * locateJsonError('{\n  "a": }'); // { offset: 9, line: 2, column: 8, found: '}' }
 * locateJsonError('{"a": 1}'); // undefined
 * ```
 */
export function locateJsonError(text: string): JsonErrorLocation | undefined {
  let i = 0;
  const fail = (at = i): never => {
    throw new Stop(at);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const literal = (word: string) => {
    for (const ch of word) {
      if (text[i] !== ch) fail();
      i++;
    }
  };
  const digits = () => {
    const start = i;
    while (i < text.length && text[i]! >= '0' && text[i]! <= '9') i++;
    if (i === start) fail();
  };
  const number = () => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else digits();
    if (text[i] === '.') {
      i++;
      digits();
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits();
    }
  };
  const string = () => {
    i++; // the opening quote
    for (;;) {
      if (i >= text.length) fail();
      const ch = text[i]!;
      if (ch === '"') {
        i++;
        return;
      }
      if (ch < ' ') fail();
      if (ch === '\\') {
        i++;
        const esc = text[i];
        if (esc === 'u') {
          for (let k = 1; k <= 4; k++) if (!/[0-9a-fA-F]/.test(text[i + k] ?? '')) fail(i + k);
          i += 5;
        } else if (esc !== undefined && '"\\/bfnrt'.includes(esc)) i++;
        else fail();
      } else i++;
    }
  };
  const value = (depth: number): void => {
    if (depth > 1000) fail();
    ws();
    const ch = text[i];
    if (ch === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ':') fail();
        i++;
        value(depth + 1);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return;
        } else fail();
      }
    } else if (ch === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value(depth + 1);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return;
        } else fail();
      }
    } else if (ch === '"') string();
    else if (ch === 't') literal('true');
    else if (ch === 'f') literal('false');
    else if (ch === 'n') literal('null');
    else if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) number();
    else fail();
  };
  try {
    value(0);
    ws();
    if (i < text.length) fail();
    return undefined;
  } catch (error) {
    if (!(error instanceof Stop)) return undefined; // too deep for the stack: no position
    const offset = Math.min(error.offset, text.length);
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    const location: JsonErrorLocation = { offset, line, column };
    const found = text[offset];
    if (found !== undefined) location.found = found;
    return location;
  }
}
