import type { Locale } from '@temadag/core';
import { Hono } from 'hono';
import {
  isHashedName,
  precompressedCodings,
  readPrecompressed,
  readStaticFile,
} from '../assets.js';
import { acceptEncoding, codedEtag } from '../http/compression.js';
import { messagesOf, type AppContext, type AppDeps, type Env } from '../http/context.js';
import { etagMatches } from '../http/request.js';
import { errors, one } from '../http/responses.js';
import { EMBED_SCRIPT, FAVICON_SVG, PAGE_CSS, embedPage, homePage, pageCsp } from '../pages.js';

/** Settings of {@link fileRoutes}. */
export interface FileSettings {
  /** The widget's script-tag build (`packages/widget/dist/cdn`); null serves no widget files. */
  widgetDir: string | null;
  /** Static files served at `/` instead of the built-in front page. */
  publicDir?: string | undefined;
  /** Who may frame the embed page: CSP `frame-ancestors` sources. */
  frameAncestors: string[];
}

/**
 * The files and pages (mounted at `/`): the embed page `/embed/:offering` with its script and
 * style, the widget's build at `/widget.js` and `/widget/*` (and its chunks at the root), and
 * the front page or the static files of `publicDir`.
 *
 * @param deps - the app's dependencies
 * @param settings - the widget's folder, the static folder, the embed page's framers
 * @returns the sub-app
 */
export function fileRoutes(deps: AppDeps, settings: FileSettings): Hono<Env> {
  const { widgetDir, publicDir, frameAncestors } = settings;
  const app = new Hono<Env>();

  app.get('/embed/resize.js', (c) =>
    c.body(EMBED_SCRIPT, 200, {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
    }),
  );
  app.get('/embed/page.css', (c) =>
    c.body(PAGE_CSS, 200, {
      'Content-Type': 'text/css; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
    }),
  );
  app.get('/embed/favicon.svg', (c) =>
    c.body(FAVICON_SVG, 200, {
      'Content-Type': 'image/svg+xml',
      'Cache-Control': 'public, max-age=86400',
    }),
  );
  app.get('/embed/:offering', (c) => {
    // The host page chooses the language (?lang=en); else Danish, as the widget does.
    const locale: Locale = c.req.query('lang') === 'en' ? 'en' : 'da';
    c.set('locale', locale);
    const { catalog } = deps.catalogs.current();
    const offering = catalog.offerings.find((o) => o.id === c.req.param('offering'));
    if (!offering) return errors(c, 404, one('offering', messagesOf(c).notFound));
    return c.html(embedPage({ catalog, offering, locale }), 200, {
      'Content-Security-Policy': pageCsp(frameAncestors),
      'Cache-Control': 'public, max-age=300',
      'Content-Language': locale,
    });
  });

  const serveWidget = async (c: AppContext, relative: string, short: boolean) => {
    const file = widgetDir ? await readStaticFile(widgetDir, relative) : undefined;
    if (!file) return errors(c, 404, one('', messagesOf(c).notFound));
    const name = relative.split('/').pop()!;
    const cache =
      !short && isHashedName(name)
        ? 'public, max-age=31536000, immutable'
        : 'public, max-age=300, must-revalidate';
    // The build's .br and .gz copies, by Accept-Encoding; each coding has its own ETag.
    const codings = await precompressedCodings(widgetDir!, relative);
    const coding = acceptEncoding(deps.header(c, 'accept-encoding'), codings);
    const coded =
      coding !== undefined ? await readPrecompressed(widgetDir!, relative, coding) : undefined;
    const body = coded ?? file.body;
    const headers: Record<string, string> = {
      'Content-Type': file.contentType,
      'Cache-Control': cache,
      ETag: coded !== undefined ? codedEtag(file.etag, coding!) : file.etag,
      // Module scripts load in CORS mode from other sites' pages.
      'Access-Control-Allow-Origin': '*',
      'Cross-Origin-Resource-Policy': 'cross-origin',
    };
    if (codings.length > 0) headers['Vary'] = 'Accept-Encoding';
    if (coded !== undefined) headers['Content-Encoding'] = coding!;
    const match = deps.header(c, 'if-none-match');
    if (match !== undefined && etagMatches(match, headers['ETag']!)) {
      return c.body(null, 304, headers);
    }
    headers['Content-Length'] = String(body.byteLength);
    return c.body(body as Uint8Array<ArrayBuffer>, 200, headers);
  };

  app.get('/widget.js', (c) => serveWidget(c, 'temadag.js', true));
  app.get('/widget/*', (c) => {
    const relative = c.req.path.slice('/widget/'.length);
    return serveWidget(c, relative, relative === 'temadag.js');
  });

  // The two fallbacks below serve a file when there is one and otherwise pass the request on
  // to the 404. They are middleware, not GET routes, so that a path without a file stays
  // unknown: a route would make every such path answer other methods with 405.

  // Chunks that /widget.js imports relative to itself land at the root.
  app.use('/:file{[A-Za-z0-9_][A-Za-z0-9_.-]*\\.(?:js|mjs|css|map)}', async (c, next) => {
    const name = c.req.param('file');
    if (isRead(c) && widgetDir && (await readStaticFile(widgetDir, name))) {
      return serveWidget(c, name, name === 'temadag.js');
    }
    await next();
    return undefined;
  });

  if (publicDir !== undefined) {
    app.use('/*', async (c, next) => {
      const path =
        c.req.path === '/' ? 'index.html' : c.req.path.slice(1).replace(/\/$/, '/index.html');
      const file = isRead(c) ? await readStaticFile(publicDir, path) : undefined;
      if (!file) {
        await next();
        return undefined;
      }
      const headers: Record<string, string> = {
        'Content-Type': file.contentType,
        'Cache-Control': 'public, max-age=300, must-revalidate',
        ETag: file.etag,
      };
      if (file.contentType.startsWith('text/html')) {
        headers['Content-Security-Policy'] = pageCsp(["'none'"]);
      }
      return c.body(file.body as Uint8Array<ArrayBuffer>, 200, headers);
    });
  } else {
    app.get('/', (c) =>
      c.html(
        homePage(deps.catalogs.current().catalog, c.req.query('lang') === 'en' ? 'en' : 'da'),
        200,
        {
          'Content-Security-Policy': pageCsp(["'none'"]),
          'Cache-Control': 'public, max-age=300',
        },
      ),
    );
  }
  return app;
}

/** Whether the request only reads (GET, or HEAD, which Hono routes as GET). */
function isRead(c: AppContext): boolean {
  return c.req.method === 'GET' || c.req.method === 'HEAD';
}
