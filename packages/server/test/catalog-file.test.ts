import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CatalogFileError, readCatalogFile } from '../src/catalog-file.js';
import { catalog, catalogPath, tempDir } from './helpers.js';

let temp: ReturnType<typeof tempDir>;
beforeEach(() => {
  temp = tempDir();
});
afterEach(() => temp.remove());

async function failure(file: string, locale: 'da' | 'en'): Promise<CatalogFileError> {
  const error = await readCatalogFile(file, locale).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CatalogFileError);
  return error as CatalogFileError;
}

describe('readCatalogFile', () => {
  it('reads a catalog, with or without a byte order mark', async () => {
    expect(await readCatalogFile(catalogPath, 'da')).toEqual(catalog);
    const bom = join(temp.dir, 'bom.json');
    writeFileSync(bom, `\uFEFF${JSON.stringify(catalog)}`);
    expect(await readCatalogFile(bom)).toEqual(catalog);
  });

  it('names a missing file and a folder in Danish and English, never with ENOENT', async () => {
    const missing = join(temp.dir, 'missing.json');
    const da = await failure(missing, 'da');
    expect(da.problem).toBe('not-found');
    expect(da.message).toBe(`Katalogfilen ${missing} findes ikke.`);
    const en = await failure(missing, 'en');
    expect(en.message).toBe(`The catalog file ${missing} does not exist.`);
    expect(en.message).not.toContain('ENOENT');
    const folder = await failure(temp.dir, 'en');
    expect(folder.problem).toBe('directory');
    expect(folder.message).toBe(`${temp.dir} is a folder, not a catalog file.`);
  });

  it.skipIf(process.getuid?.() === 0)('says when the file may not be read', async () => {
    const locked = join(temp.dir, 'locked.json');
    writeFileSync(locked, '{}');
    chmodSync(locked, 0o000);
    const error = await failure(locked, 'da');
    expect(error.problem).toBe('no-access');
    expect(error.message).toBe(`Katalogfilen ${locked} kan ikke læses: ingen adgang.`);
  });

  it('names the line and column of invalid JSON', async () => {
    const bad = join(temp.dir, 'bad.json');
    writeFileSync(bad, '{\n  "version": 1,\n  "currency": }\n');
    const da = await failure(bad, 'da');
    expect(da.problem).toBe('invalid-json');
    expect(da.message).toBe(`${bad} er ikke gyldig JSON: uventet tegn "}" i linje 3, kolonne 15.`);
    const truncated = join(temp.dir, 'truncated.json');
    writeFileSync(truncated, '{"version": 1');
    expect((await failure(truncated, 'en')).message).toBe(
      `${truncated} is not valid JSON: the text ends too early at line 1, column 14.`,
    );
  });

  it('lists every problem of an invalid catalog, in the language asked for', async () => {
    const invalid = join(temp.dir, 'invalid.json');
    writeFileSync(invalid, JSON.stringify({ version: 1 }));
    const en = await failure(invalid, 'en');
    expect(en.problem).toBe('invalid-catalog');
    expect(en.problems.length).toBeGreaterThan(0);
    const lines = en.message.split('\n');
    expect(lines[0]).toBe(`The catalog ${invalid} has problems:`);
    expect(lines).toHaveLength(en.problems.length + 1);
    expect(lines[1]).toBe(`  ${en.problems[0]!.path || '(root)'}: ${en.problems[0]!.message}`);
    const da = await failure(invalid, 'da');
    expect(da.message.split('\n')[0]).toBe(`Kataloget ${invalid} har fejl:`);
    expect(da.problems[0]!.message).not.toBe(en.problems[0]!.message);
  });
});
