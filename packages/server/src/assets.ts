import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, resolve, sep } from 'node:path';
import type { Coding } from './http/compression.js';

/** A file read for serving. */
export interface StaticFile {
  body: Uint8Array;
  contentType: string;
  etag: string;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

const SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;

/** The file's path below `dir`, or undefined when `relative` could leave it or is unknown. */
function safePath(dir: string, relative: string): string | undefined {
  const segments = relative.split('/');
  if (segments.length > 4 || !segments.every((s) => SEGMENT.test(s))) return undefined;
  if (TYPES[extname(relative).toLowerCase()] === undefined) return undefined;
  const root = resolve(dir);
  const path = resolve(root, ...segments);
  return path.startsWith(root + sep) ? path : undefined;
}

/** The precompressed copies a build may write beside a file, by coding. */
const CODED_SUFFIX: Record<Coding, string> = { br: '.br', gzip: '.gz' };

/**
 * The codings of which a file has a precompressed copy beside it (`<file>.br`, `<file>.gz`),
 * as the widget's build writes them.
 *
 * @param dir - the folder
 * @param relative - the file's path below it, as for {@link readStaticFile}
 * @returns the codings, brotli first; none for a path {@link readStaticFile} refuses
 * @example
 * ```ts
 * await precompressedCodings(widgetDir, 'temadag.js'); // ['br', 'gzip']
 * ```
 */
export async function precompressedCodings(dir: string, relative: string): Promise<Coding[]> {
  const path = safePath(dir, relative);
  if (path === undefined) return [];
  const found = await Promise.all(
    (['br', 'gzip'] as const).map(async (coding) => {
      try {
        return (await stat(path + CODED_SUFFIX[coding])).isFile() ? coding : undefined;
      } catch {
        return undefined;
      }
    }),
  );
  return found.filter((coding) => coding !== undefined);
}

/**
 * Reads the precompressed copy of a file.
 *
 * @param dir - the folder
 * @param relative - the file's path below it, as for {@link readStaticFile}
 * @param coding - which copy
 * @returns its bytes, or undefined when there is none
 * @example
 * ```ts
 * await readPrecompressed(widgetDir, 'temadag.js', 'br'); // Uint8Array(22290)
 * ```
 */
export async function readPrecompressed(
  dir: string,
  relative: string,
  coding: Coding,
): Promise<Uint8Array | undefined> {
  const path = safePath(dir, relative);
  if (path === undefined) return undefined;
  try {
    const body = await readFile(path + CODED_SUFFIX[coding]);
    return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  } catch {
    return undefined;
  }
}

/**
 * Reads a file below a folder for serving, refusing anything that could leave the folder
 * (`..`, absolute paths, hidden files, odd characters) and unknown file types.
 *
 * @param dir - the folder
 * @param relative - the path below it, `/`-separated, e.g. `chunks/pdf-4KQ2X7.js`
 * @returns the file, or undefined when it is not there or not allowed
 * @example
 * ```ts
 * await readStaticFile(dir, '../secret.js'); // undefined
 * ```
 */
export async function readStaticFile(
  dir: string,
  relative: string,
): Promise<StaticFile | undefined> {
  const path = safePath(dir, relative);
  if (path === undefined) return undefined;
  const contentType = TYPES[extname(relative).toLowerCase()]!;
  try {
    const info = await stat(path);
    if (!info.isFile()) return undefined;
    const body = await readFile(path);
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    return {
      body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength),
      contentType,
      etag,
    };
  } catch {
    return undefined;
  }
}

/**
 * Whether a file name carries a content hash (`chunk-ZDMGVXGY.js`, `pdf-4f9a1c2e.js`,
 * `index-BGx2kQ4c.css`), so it can be cached for good: it never changes under that name.
 *
 * @param name - the file name
 * @returns true for hashed names
 * @example
 * ```ts
 * isHashedName('chunk-ZDMGVXGY.js'); // true
 * isHashedName('temadag.js'); // false
 * ```
 */
export function isHashedName(name: string): boolean {
  const match = /[.-]([A-Za-z0-9_]{8,})\.(?:m?js|css)(?:\.map)?$/.exec(name);
  return match !== null && /[0-9A-Z]/.test(match[1]!);
}

/**
 * Finds the widget's script-tag build (`dist/cdn` of `@temadag/widget`) as installed beside
 * the server, or beside the module given.
 *
 * @param from - URLs of modules to resolve from, in order; the server's own module always last
 * @returns the folder, or undefined when the widget is not installed or not built
 * @example
 * ```ts
 * findWidgetDir(import.meta.url); // '/app/node_modules/@temadag/widget/dist/cdn'
 * ```
 */
export function findWidgetDir(...from: string[]): string | undefined {
  for (const base of [...from, import.meta.url]) {
    try {
      const file = createRequire(base).resolve('@temadag/widget/cdn/temadag.js');
      return dirname(file);
    } catch {
      // Not resolvable from here: try the next base.
    }
  }
  return undefined;
}

/**
 * Finds the console's built files (`dist/public` of `@temadag/console`) as installed beside the
 * server, or beside the modules given.
 *
 * @param from - URLs of modules to resolve from, in order; the server's own module always last
 * @returns the folder, or undefined when the console is not installed or not built
 * @example
 * ```ts
 * findConsoleDir(); // '/app/node_modules/@temadag/console/dist/public'
 * ```
 */
export function findConsoleDir(...from: string[]): string | undefined {
  for (const base of [...from, import.meta.url]) {
    try {
      const pkg = createRequire(base).resolve('@temadag/console/package.json');
      const dir = resolve(dirname(pkg), 'dist', 'public');
      if (existsSync(resolve(dir, 'index.html'))) return dir;
    } catch {
      // Not resolvable from here: try the next base.
    }
  }
  return undefined;
}
