// The CLI's own reading of a catalog file or URL. The server is getting a shared
// `readCatalogFile`; this file is kept alone so that it can be swapped for it.
import { readFile } from 'node:fs/promises';
import { parseCatalog, type Catalog, type Problem } from '@temadag/core';
import { UsageError, errorCode, firstLine, type Ctx } from './context.js';
import type { FetchResponse } from './io.js';
import { locateJsonError } from './json.js';
import type { CliMessages } from './messages/index.js';

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
  const text = await readSource(source, ctx);
  const json = parseJson(text, source, ctx.t);
  return parseCatalog(json, { locale: ctx.locale });
}

async function readSource(source: string, ctx: Ctx): Promise<string> {
  const { t } = ctx;
  if (/^https?:\/\//i.test(source)) {
    const fetcher = ctx.io.fetch ?? ((url: string) => globalThis.fetch(url));
    let response: FetchResponse;
    try {
      response = await fetcher(source);
    } catch (error) {
      const code = errorCode(error);
      const reason = code === undefined ? firstLine(error) : t.systemReason(code);
      throw new UsageError([t.fetchFailed(source, reason)]);
    }
    if (!response.ok) {
      throw new UsageError([
        t.fetchStatus(source, `${response.status} ${response.statusText}`.trim()),
      ]);
    }
    return response.text();
  }
  try {
    return await readFile(source, 'utf8');
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') throw new UsageError([t.fileNotFound(source)]);
    if (code === 'EISDIR') throw new UsageError([t.fileIsDirectory(source)]);
    if (code === 'EACCES' || code === 'EPERM') throw new UsageError([t.fileNoAccess(source)]);
    const reason = code === undefined ? firstLine(error) : t.systemReason(code);
    throw new UsageError([t.fileUnreadable(source, reason)]);
  }
}

function parseJson(raw: string, source: string, t: CliMessages): unknown {
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const at = locateJsonError(text);
    if (!at) throw new UsageError([t.invalidJsonNoPosition(source, firstLine(error))]);
    const problem = at.found === undefined ? t.jsonEnd : t.jsonUnexpected(JSON.stringify(at.found));
    throw new UsageError([t.invalidJson(source, problem, String(at.line), String(at.column))]);
  }
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
