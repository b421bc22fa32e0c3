// The CLI's counted nouns come from core's plural helpers (countOf): the right form for one and
// for every other count, and the number written as the language writes it.
import { describe, expect, it } from 'vitest';
import { cliMessages } from '../src/index.js';

const { da, en } = cliMessages;

describe('counts in the CLI messages', () => {
  it('word the catalog check by count', () => {
    expect(da.catalogOk(1)).toBe('OK: 1 tilbud');
    expect(da.catalogOk(1500)).toBe('OK: 1.500 tilbud');
    expect(en.catalogOk(1)).toBe('OK: 1 offering');
    expect(en.catalogOk(2)).toBe('OK: 2 offerings');
    expect(en.catalogOk(1500)).toBe('OK: 1,500 offerings');
    expect(da.catalogProblems('k.json', 1)).toBe('Kataloget k.json har 1 fejl:');
    expect(da.catalogProblems('k.json', 1200)).toBe('Kataloget k.json har 1.200 fejl:');
    expect(en.catalogProblems('k.json', 1)).toBe('The catalog k.json has 1 problem:');
    expect(en.catalogProblems('k.json', 3)).toBe('The catalog k.json has 3 problems:');
  });

  it('word a purge by the count of inquiries and of days', () => {
    expect(da.purged(1, 1)).toBe('1 henvendelse, der var ældre end 1 dag, er slettet.');
    expect(da.purged(2, 180)).toBe('2 henvendelser, der var ældre end 180 dage, er slettet.');
    expect(da.purged(0, 1)).toBe('Der er ingen henvendelser, der er ældre end 1 dag.');
    expect(da.purged(1200, 30)).toBe('1.200 henvendelser, der var ældre end 30 dage, er slettet.');
    expect(en.purged(1, 1)).toBe('Deleted 1 inquiry older than 1 day.');
    expect(en.purged(2, 180)).toBe('Deleted 2 inquiries older than 180 days.');
    expect(en.purged(0, 180)).toBe('There are no inquiries older than 180 days.');
    expect(en.purged(1200, 30)).toBe('Deleted 1,200 inquiries older than 30 days.');
  });

  it('word the password length by count', () => {
    expect(da.passwordTooShort(12)).toBe(
      'Adgangskoden skal være på mindst 12 tegn. Intet er ændret.',
    );
    expect(en.passwordTooShort(1)).toBe(
      'The password must have at least 1 character. Nothing was changed.',
    );
    expect(en.passwordTooShort(12)).toBe(
      'The password must have at least 12 characters. Nothing was changed.',
    );
  });
});
