import { readFile } from 'node:fs/promises';
import { parseCatalog, type Catalog, type Locale, type Problem } from '@temadag/core';
import { locateJsonError } from './json-location.js';
import { serverMessages } from './messages/index.js';

/**
 * What is wrong with a catalog file: it does not exist, is a folder, may not be read, cannot be
 * read for another reason, is not JSON, or is JSON but not a valid catalog.
 */
export type CatalogFileProblem =
  'not-found' | 'directory' | 'no-access' | 'unreadable' | 'invalid-json' | 'invalid-catalog';

/**
 * A catalog file that cannot be used. The message names the file and says what is wrong in the
 * language asked for (never a bare error code such as ENOENT); for `invalid-catalog` it lists
 * every problem, one per line, and {@link CatalogFileError.problems} holds them.
 */
export class CatalogFileError extends Error {
  /**
   * Creates the error.
   *
   * @param file - the path as given
   * @param problem - what kind of problem
   * @param message - the whole message, in the reader's language
   * @param problems - the catalog's problems (`invalid-catalog` only)
   */
  constructor(
    readonly file: string,
    readonly problem: CatalogFileProblem,
    message: string,
    readonly problems: readonly Problem[] = [],
  ) {
    super(message);
    this.name = 'CatalogFileError';
  }
}

/**
 * Reads, parses and checks a catalog file: the one reader of catalog files for the server and
 * the CLI. A UTF-8 byte order mark is allowed; JSON errors name the line and column.
 *
 * @param file - path of the catalog JSON
 * @param locale - language of the error messages and of the catalog's problems (default `en`,
 *   as this function always answered)
 * @returns the parsed catalog
 * @throws {@link CatalogFileError} naming the file and what is wrong with it
 * @example
 * ```ts
 * const catalog = await readCatalogFile('examples/catalog/catalog.json', 'da');
 * catalog.offerings.length; // 2
 *
 * try {
 *   await readCatalogFile('missing.json', 'da');
 * } catch (error) {
 *   (error as CatalogFileError).message; // 'Katalogfilen missing.json findes ikke.'
 * }
 * ```
 */
export async function readCatalogFile(file: string, locale: Locale = 'en'): Promise<Catalog> {
  const m = serverMessages[locale].catalogFile;
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    switch (code ?? '') {
      case 'ENOENT':
        throw new CatalogFileError(file, 'not-found', m.notFound(file));
      case 'EISDIR':
        throw new CatalogFileError(file, 'directory', m.isDirectory(file));
      case 'EACCES':
      case 'EPERM':
        throw new CatalogFileError(file, 'no-access', m.noAccess(file));
    }
    const reason = code ?? (error instanceof Error ? error.message : String(error));
    throw new CatalogFileError(file, 'unreadable', m.unreadable(file, reason));
  }
  return parseCatalogText(raw, file, locale);
}

/**
 * Parses and checks the text of a catalog (from a file or a download): the one parser of
 * catalog JSON for the server and the CLI. A UTF-8 byte order mark is allowed; JSON errors
 * name the line and column.
 *
 * @param raw - the catalog's JSON text
 * @param source - how to name it in messages: a path or a URL
 * @param locale - language of the error messages and of the catalog's problems (default `en`)
 * @returns the parsed catalog
 * @throws {@link CatalogFileError} (`invalid-json` or `invalid-catalog`) naming the source
 * @example
 * ```ts
 * const catalog = parseCatalogText(await response.text(), 'https://example.dk/catalog.json');
 *
 * parseCatalogText('{"offerings": [', 'c.json', 'da');
 * // throws: 'c.json er ikke gyldig JSON: teksten slutter for tidligt i linje 1, kolonne 16.'
 * ```
 */
export function parseCatalogText(raw: string, source: string, locale: Locale = 'en'): Catalog {
  const m = serverMessages[locale].catalogFile;
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const at = locateJsonError(text);
    const message = at
      ? m.invalidJson(
          source,
          at.found === undefined ? m.jsonEnd : m.jsonUnexpected(JSON.stringify(at.found)),
          String(at.line),
          String(at.column),
        )
      : m.invalidJsonNoPosition(source, (error as Error).message.split('\n')[0]!);
    throw new CatalogFileError(source, 'invalid-json', message);
  }
  const parsed = parseCatalog(json, { locale });
  if (!parsed.ok) {
    const lines = parsed.problems.map((p) => `  ${p.path || '(root)'}: ${p.message}`);
    throw new CatalogFileError(
      source,
      'invalid-catalog',
      [m.problems(source), ...lines].join('\n'),
      parsed.problems,
    );
  }
  return parsed.catalog;
}
