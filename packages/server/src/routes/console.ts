import type { Locale } from '@temadag/core';
import { Hono } from 'hono';
import { html } from 'hono/html';
import { isHashedName, readStaticFile } from '../assets.js';
import { messagesOf, type AppContext, type AppDeps, type Env } from '../http/context.js';
import { etagMatches } from '../http/request.js';
import { errors, one } from '../http/responses.js';
import { serverMessages } from '../messages/index.js';
import { plainPage } from '../pages.js';

/**
 * The console pages' Content-Security-Policy: everything from the server's own origin, no
 * inline script or style, no framing, no third-party requests.
 */
export const CONSOLE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/** Settings of {@link consoleRoutes}. */
export interface ConsoleSettings {
  /** The console's built files (`dist/public` of `@temadag/console`); null when not installed. */
  consoleDir: string | null;
}

/**
 * The console's pages (mounted at `/admin`): its static files, and `index.html` for every page
 * path (`/admin/`, `/admin/inquiries/:id`, `/admin/catalog`…), which the console routes itself.
 * Without the console's files, a small page says it is not installed. `/admin/api/*` is the
 * console's API, mounted before; a path there that it does not know is a 404, not a page.
 *
 * @param deps - the app's dependencies
 * @param settings - where the console's files are
 * @returns the sub-app
 */
export function consoleRoutes(deps: AppDeps, settings: ConsoleSettings): Hono<Env> {
  const { consoleDir } = settings;
  const pageHeaders = {
    'Content-Security-Policy': CONSOLE_CSP,
    'X-Frame-Options': 'DENY',
    'Cache-Control': 'no-store',
  };

  const page = async (c: AppContext): Promise<Response> => {
    const index = consoleDir ? await readStaticFile(consoleDir, 'index.html') : undefined;
    if (!index) {
      const query = c.req.query('lang');
      const locale: Locale = query === 'en' || query === 'da' ? query : c.get('locale');
      return c.html(notInstalledPage(locale), 200, { ...pageHeaders, 'Content-Language': locale });
    }
    return c.body(index.body as Uint8Array<ArrayBuffer>, 200, {
      ...pageHeaders,
      'Content-Type': index.contentType,
    });
  };

  return new Hono<Env>()
    .get('/', (c) => c.redirect('/admin/', 301))
    .get('/*', async (c) => {
      const relative = c.req.path.slice('/admin/'.length);
      if (relative === 'api' || relative.startsWith('api/')) {
        return errors(c, 404, one('', messagesOf(c).notFound));
      }
      const name = relative.split('/').pop() ?? '';
      // A path with a file extension is a file; anything else is a page of the console.
      if (!/\.[A-Za-z0-9]{1,8}$/.test(name)) return page(c);
      const file = consoleDir ? await readStaticFile(consoleDir, relative) : undefined;
      if (!file || name === 'index.html') {
        return name === 'index.html' ? page(c) : errors(c, 404, one('', messagesOf(c).notFound));
      }
      const headers = {
        'Content-Type': file.contentType,
        'Cache-Control': isHashedName(name)
          ? 'public, max-age=31536000, immutable'
          : 'public, max-age=300, must-revalidate',
        ETag: file.etag,
        'X-Frame-Options': 'DENY',
      };
      const match = deps.header(c, 'if-none-match');
      if (match !== undefined && etagMatches(match, file.etag)) return c.body(null, 304, headers);
      return c.body(file.body as Uint8Array<ArrayBuffer>, 200, headers);
    });
}

/** The page at `/admin/` when the console's files are not there. */
function notInstalledPage(locale: Locale): string {
  const m = serverMessages[locale].console;
  // prettier-ignore
  return plainPage(locale, m.notInstalledTitle, html`<main>
<h1>${m.notInstalledTitle}</h1>
<p>${m.notInstalledText}</p>
</main>`);
}
