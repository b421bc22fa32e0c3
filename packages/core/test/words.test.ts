import { describe, expect, it } from 'vitest';
import { countOf, formatList, getMessages, midSentence, pluralForm } from '../src/index.js';

const ELEMENT = { one: 'element', other: 'elementer' };

describe('plurals and lists', () => {
  it('picks the form by the language’s plural rules', () => {
    expect(pluralForm(1, ELEMENT, 'da')).toBe('element');
    expect(pluralForm(0, ELEMENT, 'da')).toBe('elementer');
    expect(pluralForm(2, ELEMENT, 'da')).toBe('elementer');
    expect(countOf(1000, { one: 'sekund', other: 'sekunder' }, 'da')).toBe('1.000 sekunder');
    expect(countOf(1, { one: 'item', other: 'items' }, 'en')).toBe('1 item');
  });

  it('joins lists as a sentence does', () => {
    expect(formatList(['a'], 'da')).toBe('a');
    expect(formatList(['a', 'b'], 'da')).toBe('a og b');
    expect(formatList(['a', 'b', 'c'], 'da')).toBe('a, b og c');
    expect(formatList(['a', 'b', 'c'], 'da', 'disjunction')).toBe('a, b eller c');
    expect(formatList(['a', 'b', 'c'], 'en')).toBe('a, b, and c');
  });

  it('counts and lists in the schema messages', () => {
    const da = getMessages('da').issue;
    expect(da.tooMany('1', 1)).toBe('Må højst have 1 element.');
    expect(da.tooMany('2', 2)).toBe('Må højst have 2 elementer.');
    expect(da.tooFew('1')).toBe('Skal have mindst 1 element.');
    expect(da.oneOf('"a", "b"', ['"a"', '"b"'])).toBe('Skal være én af: "a" eller "b".');
    expect(da.unknownKeys('a, b, c', ['a', 'b', 'c'])).toBe('Ukendte felter: a, b og c.');
    expect(da.unknownKeys('fax')).toBe('Ukendt felt: fax.');
    const en = getMessages('en').issue;
    expect(en.tooMany('1', 1)).toBe('Must have at most 1 item.');
    expect(en.unknownKeys('a, b', ['a', 'b'])).toBe('Unknown fields: a and b.');
  });

  it('writes a label in lower case mid-sentence, but not an abbreviation', () => {
    expect(midSentence('Halv temadag')).toBe('halv temadag');
    expect(midSentence('EAN-nummer')).toBe('EAN-nummer');
    expect(midSentence('')).toBe('');
  });
});
