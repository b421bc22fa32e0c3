import { describe, expect, it } from 'vitest';
import { cliMessages } from '../src/index.js';

/** Every text of a catalogue: strings as they are, functions called with sample values. */
function texts(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => string;
    // Numbers for counts, text for the rest; both variants of a flag such as `admin`.
    const samples: [unknown, unknown, unknown?, unknown?][] = [
      ['X', 'Y', 'Z', 'W'],
      [3, 4],
      [1, 1],
      [0, 180],
      ['X', true],
      ['X', false],
    ];
    const results = samples.flatMap((args) => {
      try {
        return [fn(...args)];
      } catch {
        return []; // a sample of the wrong type for this message
      }
    });
    return results.map((s) => [path, String(s)] as [string, string]);
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => texts(v, path ? `${path}.${k}` : k));
  }
  return [];
}

const da = texts(cliMessages.da);

describe('the Danish CLI texts', () => {
  it('use no calques and none of the phrases DKFDS bans', () => {
    const banned = [
      'Stopper pænt',
      'tager ikke en værdi',
      'fejlet',
      'Udfyld feltet',
      'Dette felt er påkrævet',
      'En fejl opstod',
      'Skal være en af',
    ];
    for (const [key, text] of da) {
      for (const phrase of banned) expect(text, key).not.toContain(phrase);
      // "Slettet 3 henvendelser …" reads as a calque of "Deleted 3 inquiries".
      expect(text, key).not.toMatch(/^Slettet\b/);
    }
  });

  it('put a comma before a subordinate clause (startkomma), as the widget does', () => {
    for (const [key, text] of da) {
      // A noun followed directly by the relative "der", or "Angiv hvor …", lacks the comma.
      expect(text, key).not.toMatch(/\b(?:fil|moduler|adressen|databasen|henvendelser) der /);
      expect(text, key).not.toMatch(/\bAngiv hvor\b/);
      expect(text, key).not.toMatch(/\btidspunktet tilbuddet\b/);
    }
  });

  it('have the same keys in both languages', () => {
    const keys = (list: [string, string][]) => [...new Set(list.map(([k]) => k))];
    expect(keys(texts(cliMessages.en))).toEqual(keys(da));
  });
});
