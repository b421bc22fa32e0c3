import type { Locale, Offer, RevisionDraft, RevisionSummary } from '@temadag/core';
import type {
  ApiProblem,
  CatalogState,
  EmbedSettings,
  InboxQuery,
  InquiryDetail,
  InquiryPage,
  InquiryStatus,
  Note,
  SessionState,
} from './types.js';

/** The `fetch` the client calls; injectable so a test or an app can wrap it. */
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * What a call gives back, never thrown: the value, or the status and the problems worded for
 * the provider. `status` is 0 when the server could not be reached; `retryAfter` is the
 * server's `Retry-After` in seconds, when it sent one.
 */
export type ApiResult<T> =
  | { ok: true; value: T }
  | { ok: false; status: number; problems: ApiProblem[]; retryAfter?: number };

/** What the client needs besides the network. */
export interface ApiClientOptions {
  /** Where the API lives; `/admin/api` on the console's own server. */
  base?: string;
  fetch?: FetchLike;
  /** The language the server should word its errors in. */
  locale: () => Locale;
  /** Called on a 401 from anything but the sign-in itself: the session is gone. */
  onUnauthorized?: () => void;
  /** The words for failures the server did not word: no answer, or an answer without errors. */
  failure: (status: number) => string;
}

const STATE_CHANGING = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

/**
 * The console's only way to the server: the admin JSON API under `/admin/api`, with the
 * session cookie, the CSRF token on every state-changing request and errors as problems.
 *
 * @example
 * ```ts
 * const api = new ApiClient({ locale: () => 'da', failure: () => 'Noget gik galt.' });
 * const session = await api.session();
 * if (session.ok && !session.value.signedIn) await api.signIn('hemmelig');
 * ```
 */
export class ApiClient {
  readonly #base: string;
  readonly #fetch: FetchLike;
  readonly #options: ApiClientOptions;
  #csrf: string | undefined;

  /**
   * @param options - base URL, fetch, language, the 401 callback and the failure words
   */
  constructor(options: ApiClientOptions) {
    this.#options = options;
    this.#base = options.base ?? '/admin/api';
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  }

  /** The session's CSRF token, once known (from the session or the sign-in). */
  get csrfToken(): string | undefined {
    return this.#csrf;
  }

  /**
   * Asks whether a password is set and whether this browser is signed in.
   *
   * @returns the session state; keeps its CSRF token for later requests
   */
  async session(): Promise<ApiResult<SessionState>> {
    const result = await this.#call<SessionState>('GET', '/session', undefined, false);
    if (result.ok) this.#csrf = result.value.csrfToken;
    return result;
  }

  /**
   * Signs in with the provider's password.
   *
   * @param password - the password as typed
   * @returns the CSRF token on success; 401, 409 or 429 (with `retryAfter`) otherwise
   */
  async signIn(password: string): Promise<ApiResult<{ csrfToken: string }>> {
    const result = await this.#call<{ csrfToken: string }>('POST', '/session', { password }, false);
    if (result.ok) this.#csrf = result.value.csrfToken;
    return result;
  }

  /**
   * Signs out this browser, or every session of the provider.
   *
   * @param everywhere - true to end every session, on every device
   * @returns nothing on success
   */
  async signOut(everywhere = false): Promise<ApiResult<null>> {
    const result = await this.#call<null>('DELETE', everywhere ? '/sessions' : '/session');
    if (result.ok) this.#csrf = undefined;
    return result;
  }

  /**
   * One page of the inbox.
   *
   * @param query - status, offering, search text, page and page size
   * @returns the rows, the count and the offerings to filter by
   */
  inquiries(query: InboxQuery): Promise<ApiResult<InquiryPage>> {
    return this.#call('GET', `/inquiries${inboxSearch(query)}`);
  }

  /**
   * Everything about one inquiry.
   *
   * @param id - the inquiry's id
   * @returns the detail; 404 when unknown
   */
  inquiry(id: string): Promise<ApiResult<InquiryDetail>> {
    return this.#call('GET', `/inquiries/${encodeURIComponent(id)}`);
  }

  /**
   * Moves an inquiry to another status.
   *
   * @param id - the inquiry's id
   * @param status - the new status
   * @returns the detail as it is now
   */
  setStatus(id: string, status: InquiryStatus): Promise<ApiResult<InquiryDetail>> {
    return this.#call('PATCH', `/inquiries/${encodeURIComponent(id)}`, { status });
  }

  /**
   * Adds an internal note.
   *
   * @param id - the inquiry's id
   * @param text - 1–5000 characters
   * @returns the stored note
   */
  addNote(id: string, text: string): Promise<ApiResult<Note>> {
    return this.#call('POST', `/inquiries/${encodeURIComponent(id)}/notes`, { text });
  }

  /**
   * Queues a delivery again now.
   *
   * @param id - the delivery's id
   * @returns the delivery, pending
   */
  retryDelivery(id: number): Promise<ApiResult<{ id: number; status: 'pending' }>> {
    return this.#call('POST', `/deliveries/${id}/retry`);
  }

  /**
   * Erases one inquiry (right to erasure).
   *
   * @param id - the inquiry's id
   * @returns nothing on success
   */
  erase(id: string): Promise<ApiResult<null>> {
    return this.#call('DELETE', `/inquiries/${encodeURIComponent(id)}`);
  }

  /**
   * Erases every inquiry older than a number of days.
   *
   * @param olderThanDays - whole days
   * @returns how many were erased and the cut-off
   */
  purge(olderThanDays: number): Promise<ApiResult<{ deleted: number; before: string }>> {
    return this.#call('POST', '/inquiries/purge', { olderThanDays });
  }

  /**
   * A new offer for an inquiry, prefilled from what the customer asked for.
   *
   * @param id - the inquiry's id
   * @returns the draft
   */
  offerDraft(id: string): Promise<ApiResult<RevisionDraft>> {
    return this.#call('GET', `${offersPath(id)}/draft`);
  }

  /**
   * Prices a draft without storing or sending anything.
   *
   * @param id - the inquiry's id
   * @param draft - the draft as edited
   * @returns the offer as it would be sent; 400 with a problem per field
   */
  previewOffer(id: string, draft: RevisionDraft): Promise<ApiResult<{ offer: Offer }>> {
    return this.#call('POST', `${offersPath(id)}/preview`, draft);
  }

  /**
   * Sends a draft to the customer as a new binding revision.
   *
   * @param id - the inquiry's id
   * @param draft - the draft as edited
   * @returns the revision and the customer's link; 400 with a problem per field
   */
  sendOffer(
    id: string,
    draft: RevisionDraft,
  ): Promise<ApiResult<{ revision: RevisionSummary; offerUrl: string }>> {
    return this.#call('POST', offersPath(id), draft);
  }

  /**
   * Every sent revision of an inquiry's offer, newest first.
   *
   * @param id - the inquiry's id
   * @returns the revisions
   */
  offers(id: string): Promise<ApiResult<{ items: RevisionSummary[] }>> {
    return this.#call('GET', offersPath(id));
  }

  /**
   * The running catalog, where it comes from and every stored version.
   *
   * @returns the catalog state
   */
  catalog(): Promise<ApiResult<CatalogState>> {
    return this.#call('GET', '/catalog');
  }

  /**
   * Stores a catalog as a new version, after the server's validation.
   *
   * @param catalog - the catalog JSON as parsed from the file
   * @param activate - store and run it in one step
   * @returns the new version; 422 with every problem when invalid
   */
  uploadCatalog(
    catalog: unknown,
    activate = false,
  ): Promise<ApiResult<{ version: number; active: boolean }>> {
    return this.#call('POST', `/catalog/versions${activate ? '?activate=1' : ''}`, catalog);
  }

  /**
   * Runs a stored version, or the file given to `temadag serve` again.
   *
   * @param version - the version's number, or `'file'`
   * @returns the version running now (`null` for the file)
   */
  activateCatalog(version: number | 'file'): Promise<ApiResult<{ activeVersion: number | null }>> {
    const path =
      version === 'file' ? '/catalog/file/activate' : `/catalog/versions/${version}/activate`;
    return this.#call('POST', path);
  }

  /**
   * What the embed-code page needs: the server's URL, allowed origins and offerings.
   *
   * @returns the embed settings
   */
  embed(): Promise<ApiResult<EmbedSettings>> {
    return this.#call('GET', '/embed');
  }

  /**
   * The URL of a download (the offer's PDF, an export) for a link's `href`.
   *
   * @param path - the API path, e.g. `/inquiries/export?format=csv`
   * @returns the URL under the API's base
   */
  url(path: string): string {
    return `${this.#base}${path}`;
  }

  async #call<T>(
    method: string,
    path: string,
    body?: unknown,
    reportUnauthorized = true,
  ): Promise<ApiResult<T>> {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'Accept-Language': this.#options.locale(),
    };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (STATE_CHANGING.has(method) && this.#csrf) headers['X-CSRF-Token'] = this.#csrf;
    let response: Response;
    try {
      response = await this.#fetch(`${this.#base}${path}`, {
        method,
        headers,
        credentials: 'same-origin',
        body: body === undefined ? null : JSON.stringify(body),
      });
    } catch {
      return { ok: false, status: 0, problems: [{ path: '', message: this.#options.failure(0) }] };
    }
    if (response.ok) {
      if (response.status === 204) return { ok: true, value: null as T };
      try {
        return { ok: true, value: (await response.json()) as T };
      } catch {
        return this.#failed(response.status, []);
      }
    }
    if (response.status === 401 && reportUnauthorized) this.#options.onUnauthorized?.();
    const problems = await problemsOf(response);
    const retryAfter = Number(response.headers.get('Retry-After'));
    const failed = this.#failed(response.status, problems);
    return Number.isFinite(retryAfter) && retryAfter > 0 ? { ...failed, retryAfter } : failed;
  }

  #failed(
    status: number,
    problems: ApiProblem[],
  ): { ok: false; status: number; problems: ApiProblem[] } {
    return {
      ok: false,
      status,
      problems: problems.length ? problems : [{ path: '', message: this.#options.failure(status) }],
    };
  }
}

/**
 * The API path of an inquiry's offers.
 *
 * @param id - the inquiry's id
 * @returns e.g. `/inquiries/inq-3/offers`
 * @example
 * ```ts
 * offersPath('a/b'); // '/inquiries/a%2Fb/offers'
 * ```
 */
export function offersPath(id: string): string {
  return `/inquiries/${encodeURIComponent(id)}/offers`;
}

async function problemsOf(response: Response): Promise<ApiProblem[]> {
  try {
    const body = (await response.json()) as { errors?: unknown };
    if (!Array.isArray(body.errors)) return [];
    return body.errors
      .filter((e): e is ApiProblem => typeof e?.message === 'string')
      .map((e) => ({ path: typeof e.path === 'string' ? e.path : '', message: e.message }));
  } catch {
    return [];
  }
}

/**
 * The inbox query as a query string, leaving out what is empty or the default.
 *
 * @param query - the inbox query
 * @returns `''` or `?status=ny&q=…`
 * @example
 * ```ts
 * inboxSearch({ status: 'ny', page: 1 }); // '?status=ny'
 * ```
 */
export function inboxSearch(query: InboxQuery): string {
  const params = new URLSearchParams();
  if (query.status) params.set('status', query.status);
  if (query.offering) params.set('offering', query.offering);
  if (query.q?.trim()) params.set('q', query.q.trim());
  if (query.page && query.page > 1) params.set('page', String(query.page));
  if (query.pageSize) params.set('pageSize', String(query.pageSize));
  const text = params.toString();
  return text ? `?${text}` : '';
}
