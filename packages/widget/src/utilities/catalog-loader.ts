import type { Catalog } from '@temadag/core';
import type { LitElement } from 'lit';
import { CatalogShapeError, normalizeCatalog, type CatalogSource } from './catalog-data.js';
import { extras } from './lazy.js';

/** An element that takes a catalog as a property, an inline JSON child or a URL. */
export type CatalogHost = LitElement & {
  src: string | undefined;
  catalog: CatalogSource | undefined;
};

/**
 * Gets an element's catalog from, in this order, its `catalog` property, an inline
 * `<script type="application/json">` child, or its `src` URL; aborts a fetch when the element
 * is disconnected and starts it again when it is connected. The host calls {@link load} when
 * `catalog` or `src` change and {@link slotChanged} from its default slot's `slotchange`
 * (an inline child may arrive after the element, while the page is still being parsed).
 */
export class CatalogLoader {
  /** The catalog, defaults filled in, once loaded. */
  catalog: Catalog | undefined;
  /** True when the catalog could not be fetched, parsed or used. */
  failed = false;
  /**
   * True when it failed because the catalog's server does not allow the page's origin (it said
   * so, or a fetch from another origin failed outright, which is what CORS looks like).
   */
  refused = false;
  readonly #host: CatalogHost;
  #abort: AbortController | undefined;

  /**
   * @param host - the element
   */
  constructor(host: CatalogHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.catalog && !this.failed && this.#host.hasUpdated) this.load();
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#abort = undefined;
  }

  /** (Re)loads from the current sources. Synchronous for a property and an inline child. */
  load(): void {
    const host = this.#host;
    this.#abort?.abort();
    this.#abort = undefined;
    if (host.catalog) return this.#use(host.catalog);
    const inline = host.querySelector(':scope > script[type="application/json"]');
    if (inline) {
      try {
        return this.#use(JSON.parse(inline.textContent ?? ''));
      } catch (error) {
        return this.#fail(error);
      }
    }
    if (host.src) void this.#fetch(host.src);
  }

  /** Loads an inline child that arrived late, unless a catalog is there already. */
  slotChanged(): void {
    const host = this.#host;
    if (!host.catalog && !host.src && !this.catalog && !this.failed) this.load();
  }

  async #fetch(src: string): Promise<void> {
    const abort = new AbortController();
    this.#abort = abort;
    let url: URL | undefined;
    try {
      url = new URL(src, document.baseURI);
      const response = await fetch(url, {
        signal: abort.signal,
        headers: { accept: 'application/json' },
      });
      // The Temadag server's refusal of the page's origin is worded by the extras' chunk.
      const refused =
        response.status === 403 && (await (await extras.load()).originRefused(response, url));
      if (refused) throw refused;
      if (!response.ok) throw new Error(`${src}: HTTP ${response.status}`);
      const json: unknown = await response.json();
      if (!abort.signal.aborted) this.#use(json);
    } catch (error) {
      // A fetch that fails outright from another origin is most often CORS: say what to check.
      const at = url;
      const hint =
        error instanceof TypeError && at
          ? await extras.load().then(
              (module) => module.originHint(at),
              () => undefined,
            )
          : undefined;
      if (!abort.signal.aborted) this.#fail(hint ?? error);
    }
    this.#host.requestUpdate();
  }

  #use(input: unknown): void {
    try {
      this.catalog = normalizeCatalog(input);
      this.failed = false;
      this.refused = false;
    } catch (error) {
      this.#fail(error);
    }
  }

  #fail(error: unknown): void {
    this.catalog = undefined;
    this.failed = true;
    this.refused = error instanceof Error && error.name === 'OriginNotAllowed';
    console.warn(
      `${this.#host.localName}:`,
      error instanceof CatalogShapeError
        ? `the catalog has a problem at ${error.message}`
        : error instanceof Error && error.name === 'OriginNotAllowed'
          ? error.message
          : error,
    );
  }
}
