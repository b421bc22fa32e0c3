import { createHash } from 'node:crypto';
import { parseCatalog, type Catalog } from '@temadag/core';
import { describeError, type Logger } from './log.js';
import type { Storage } from './storage/types.js';

/** The catalog the server runs at a moment, with what `/api/catalog` serves of it. */
export interface CatalogSnapshot {
  catalog: Catalog;
  /** The stored version, or null for the file given at start. */
  version: number | null;
  /** The catalog as JSON, made once. */
  json: string;
  /** The ETag of `json`; it names the version, so a switch changes it. */
  etag: string;
}

/** Options of {@link CatalogSource}. */
export interface CatalogSourceOptions {
  /** The catalog of the file given at start. */
  fileCatalog: Catalog;
  storage: Storage;
  /** How often to ask storage for the active version, in ms (5 s by default). */
  pollMs?: number;
  now: () => Date;
  log: Logger;
}

/**
 * The running catalog: the file's, unless storage has an active catalog version (uploaded in the
 * console). Every instance asks storage for the active version at most once per poll interval,
 * on the first request after it, so a switch made on another instance is seen within that time;
 * a switch made here is seen at once ({@link CatalogSource.refresh} with `force`).
 */
export class CatalogSource {
  private snapshot: CatalogSnapshot;
  private readonly fileSnapshot: CatalogSnapshot;
  private readonly parsed = new Map<number, CatalogSnapshot>();
  private checkedAt = Number.NEGATIVE_INFINITY;
  private inflight: Promise<void> | undefined;
  private readonly pollMs: number;

  /**
   * @param options - the file's catalog, storage, poll interval, clock and log
   */
  constructor(private readonly options: CatalogSourceOptions) {
    this.fileSnapshot = snapshotOf(options.fileCatalog, null);
    this.snapshot = this.fileSnapshot;
    this.pollMs = options.pollMs ?? 5_000;
  }

  /**
   * The catalog as last read; call {@link CatalogSource.refresh} before, once per request.
   *
   * @returns the snapshot
   */
  current(): CatalogSnapshot {
    return this.snapshot;
  }

  /** The catalog of the file given at start. */
  get file(): CatalogSnapshot {
    return this.fileSnapshot;
  }

  /**
   * Reads the active version from storage when the poll interval has passed (or at once with
   * `force`). Concurrent calls share one read. A storage error is logged and the catalog kept,
   * so a database hiccup does not take the public routes down.
   *
   * @param force - read now, e.g. right after this instance switched
   * @returns when the snapshot is up to date
   */
  async refresh(force = false): Promise<void> {
    const now = this.options.now().getTime();
    if (!force && now - this.checkedAt < this.pollMs) return;
    if (this.inflight && !force) return this.inflight;
    const run = this.read(now).finally(() => {
      if (this.inflight === run) this.inflight = undefined;
    });
    this.inflight = run;
    return run;
  }

  private async read(now: number): Promise<void> {
    const { storage, log } = this.options;
    try {
      const version = await storage.getActiveCatalogVersion();
      this.checkedAt = now;
      if (version === this.snapshot.version) return;
      if (version === null) {
        this.snapshot = this.fileSnapshot;
        log({ msg: 'catalog-switch', version: 'file' });
        return;
      }
      let next = this.parsed.get(version);
      if (!next) {
        const text = await storage.getCatalogVersion(version);
        const result = text === undefined ? undefined : parseCatalog(JSON.parse(text));
        if (!result?.ok) {
          // Stored versions were valid when uploaded; one that no longer parses (a newer core)
          // must not replace a working catalog.
          log({ level: 'error', msg: 'catalog-version-unusable', version });
          return;
        }
        next = snapshotOf(result.catalog, version);
        this.parsed.set(version, next);
      }
      this.snapshot = next;
      log({ msg: 'catalog-switch', version });
    } catch (error) {
      this.checkedAt = now;
      log({ level: 'error', msg: 'catalog-refresh', error: describeError(error) });
    }
  }
}

function snapshotOf(catalog: Catalog, version: number | null): CatalogSnapshot {
  const json = JSON.stringify(catalog);
  const hash = createHash('sha256').update(json).digest('base64url').slice(0, 27);
  return { catalog, version, json, etag: `"${version === null ? 'f' : `v${version}`}-${hash}"` };
}
