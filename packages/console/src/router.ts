import { INQUIRY_STATUSES, type InboxQuery, type InquiryStatus } from './api/types.js';

/** Where the console lives on its server. */
export const CONSOLE_BASE = '/admin/';

/** A page of the console, read from its path and query. */
export type Route =
  | { page: 'login' }
  | { page: 'inbox'; query: InboxQuery }
  | { page: 'inquiry'; id: string }
  | { page: 'offer-editor'; id: string }
  | { page: 'catalog' }
  | { page: 'embed'; search: URLSearchParams }
  | { page: 'not-found' };

const isStatus = (value: string | null): value is InquiryStatus =>
  (INQUIRY_STATUSES as readonly (string | null)[]).includes(value);

/**
 * The page a URL shows. Paths are `/admin/`, `/admin/login`, `/admin/inquiries/:id`,
 * `/admin/catalog` and `/admin/embed`; anything else under `/admin/` is not found.
 *
 * @param url - the page's URL
 * @returns the route, with the inbox's filter from the query string
 * @example
 * ```ts
 * parseRoute(new URL('https://x.dk/admin/?status=ny&page=2'));
 * // { page: 'inbox', query: { status: 'ny', offering: undefined, q: undefined, page: 2 } }
 * ```
 */
export function parseRoute(url: URL): Route {
  const path = url.pathname.replace(/\/+$/, '') + '/';
  if (path === '/admin/' || path === '/admin/inquiries/') {
    const status = url.searchParams.get('status');
    const page = Number(url.searchParams.get('page'));
    return {
      page: 'inbox',
      query: {
        status: isStatus(status) ? status : undefined,
        offering: url.searchParams.get('offering') || undefined,
        q: url.searchParams.get('q') || undefined,
        page: Number.isInteger(page) && page > 1 ? page : 1,
      },
    };
  }
  if (path === '/admin/login/') return { page: 'login' };
  if (path === '/admin/catalog/') return { page: 'catalog' };
  if (path === '/admin/embed/') return { page: 'embed', search: url.searchParams };
  const inquiry = /^\/admin\/inquiries\/([^/]+)\/$/.exec(path);
  if (inquiry) return { page: 'inquiry', id: decodeURIComponent(inquiry[1]!) };
  const editor = /^\/admin\/inquiries\/([^/]+)\/offer\/$/.exec(path);
  if (editor) return { page: 'offer-editor', id: decodeURIComponent(editor[1]!) };
  return { page: 'not-found' };
}

/**
 * The path of the inbox with a filter, for links and the address bar.
 *
 * @param query - status, offering, search and page
 * @returns e.g. `/admin/?status=ny&page=2`
 * @example
 * ```ts
 * inboxPath({ q: 'Aarhus' }); // '/admin/?q=Aarhus'
 * ```
 */
export function inboxPath(query: InboxQuery): string {
  const params = new URLSearchParams();
  if (query.status) params.set('status', query.status);
  if (query.offering) params.set('offering', query.offering);
  if (query.q?.trim()) params.set('q', query.q.trim());
  if (query.page && query.page > 1) params.set('page', String(query.page));
  const search = params.toString();
  return `${CONSOLE_BASE}${search ? `?${search}` : ''}`;
}

/**
 * The path of one inquiry's page.
 *
 * @param id - the inquiry's id
 * @returns e.g. `/admin/inquiries/0190…`
 * @example
 * ```ts
 * inquiryPath('abc'); // '/admin/inquiries/abc'
 * ```
 */
export function inquiryPath(id: string): string {
  return `${CONSOLE_BASE}inquiries/${encodeURIComponent(id)}`;
}

/**
 * The path of the page that makes a new offer for an inquiry.
 *
 * @param id - the inquiry's id
 * @returns e.g. `/admin/inquiries/0190…/offer`
 * @example
 * ```ts
 * offerEditorPath('abc'); // '/admin/inquiries/abc/offer'
 * ```
 */
export function offerEditorPath(id: string): string {
  return `${inquiryPath(id)}/offer`;
}

/**
 * Whether a link's URL is a page of the console (so the app shows it without a reload)
 * rather than a download or another site.
 *
 * @param url - the link's URL
 * @param origin - the console's origin
 * @returns true for console pages; false for `/admin/api/…` and other paths
 * @example
 * ```ts
 * isConsolePage(new URL('https://x.dk/admin/catalog'), 'https://x.dk'); // true
 * ```
 */
export function isConsolePage(url: URL, origin: string): boolean {
  if (url.origin !== origin) return false;
  if (!url.pathname.startsWith(CONSOLE_BASE) && url.pathname !== '/admin') return false;
  return !url.pathname.startsWith(`${CONSOLE_BASE}api/`);
}
