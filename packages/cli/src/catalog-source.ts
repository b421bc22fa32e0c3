// The CLI's catalog from a file or a URL. Reading and parsing are the server's
// (`@temadag/server/catalog-file`, the one reader of catalog files); this adds the download and
// turns the server's errors into the CLI's exit codes.
import type { Catalog, Problem } from '@temadag/core';
import { CatalogFileError, parseCatalogText, readCatalogFile } from '@temadag/server/catalog-file';
import { UsageError, errorCode, firstLine, type Ctx } from './context.js';
import type { FetchResponse } from './io.js';

/** A catalog, or the problems that keep it from being one. */
export type ReadCatalogResult = { ok: true; catalog: Catalog } | { ok: false; problems: Problem[] };

/**
 * Reads, parses and validates a catalog from a file or an http(s) URL, with every message in
 * the run's language.
 *
 * @param source - a path or a URL
 * @param ctx - the run
 * @returns the catalog, or its problems
 * @throws {@link UsageError} naming the file or URL when it cannot be read or is not JSON
 */
export async function readCatalog(source: string, ctx: Ctx): Promise<ReadCatalogResult> {
  try {
    const catalog = /^https?:\/\//i.test(source)
      ? parseCatalogText(await download(source, ctx), source, ctx.locale)
      : await readCatalogFile(source, ctx.locale);
    return { ok: true, catalog };
  } catch (error) {
    if (!(error instanceof CatalogFileError)) throw error;
    if (error.problem === 'invalid-catalog') return { ok: false, problems: [...error.problems] };
    throw new UsageError([error.message]);
  }
}

async function download(url: string, ctx: Ctx): Promise<string> {
  const { t } = ctx;
  const fetcher = ctx.io.fetch ?? ((href: string) => globalThis.fetch(href));
  let response: FetchResponse;
  try {
    response = await fetcher(url);
  } catch (error) {
    const code = errorCode(error);
    const reason = code === undefined ? firstLine(error) : t.systemReason(code);
    throw new UsageError([t.fetchFailed(url, reason)]);
  }
  if (!response.ok) {
    throw new UsageError([t.fetchStatus(url, `${response.status} ${response.statusText}`.trim())]);
  }
  return response.text();
}

/**
 * The problems of a catalog or a selection as indented lines.
 *
 * @param problems - the problems
 * @param name - how to name a problem's place; its path by default
 * @returns one line per problem
 */
export function problemLines(
  problems: readonly Problem[],
  name = (p: Problem) => p.path || '(root)',
): string[] {
  return problems.map((p) => `  ${name(p)}: ${p.message}`);
}
