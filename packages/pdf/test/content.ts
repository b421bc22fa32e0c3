/**
 * A small tokenizer for PDF content streams, enough to check where text is drawn: operands
 * (numbers, names, strings, hex strings, arrays, dictionaries) and operators.
 */

/** An operator with the raw text of its operands. */
export interface Operation {
  operator: string;
  operands: string[];
}

const DELIMITER = /[\s()<>[\]{}/%]/;

/**
 * Splits a content stream into operations.
 *
 * @param content - the decoded stream, as latin1 text
 * @returns the operations in order
 */
export function operations(content: string): Operation[] {
  const ops: Operation[] = [];
  let operands: string[] = [];
  let i = 0;
  const skipString = (): void => {
    let depth = 0;
    for (; i < content.length; i++) {
      const c = content[i];
      if (c === '\\') i++;
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) {
        i++;
        return;
      }
    }
    throw new Error('content stream: unterminated string');
  };
  /** Skips an array or a dictionary (nested), strings inside included. */
  const skipNested = (open: string, close: string): void => {
    let depth = 0;
    while (i < content.length) {
      if (content[i] === '(') {
        skipString();
        continue;
      }
      if (content.startsWith(open, i)) {
        depth++;
        i += open.length;
      } else if (content.startsWith(close, i)) {
        depth--;
        i += close.length;
        if (depth === 0) return;
      } else i++;
    }
    throw new Error(`content stream: unterminated ${open}`);
  };
  while (i < content.length) {
    const c = content[i]!;
    const start = i;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '%') {
      while (i < content.length && content[i] !== '\n') i++;
      continue;
    }
    if (c === '(') skipString();
    else if (content.startsWith('<<', i)) skipNested('<<', '>>');
    else if (c === '<') i = content.indexOf('>', i) + 1;
    else if (c === '[') skipNested('[', ']');
    else if (c === '/') {
      i++;
      while (i < content.length && !DELIMITER.test(content[i]!)) i++;
    } else {
      while (i < content.length && !DELIMITER.test(content[i]!)) i++;
      const word = content.slice(start, i);
      if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word) && word !== 'true' && word !== 'false') {
        ops.push({ operator: word, operands });
        operands = [];
        continue;
      }
    }
    if (i === start) throw new Error(`content stream: cannot read at ${i}`);
    operands.push(content.slice(start, i));
  }
  return ops;
}
