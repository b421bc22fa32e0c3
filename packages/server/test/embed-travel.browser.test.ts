/**
 * The embed page's plain form in a real Chromium (CHROME_PATH or /usr/bin/chromium), as a
 * visitor without JavaScript gets it from the server: axe-core finds no WCAG 2.1 A/AA violation
 * in the fallback with the travel field, and with JavaScript turned off the form with a
 * distance downloads the offer's PDF. Skipped, with the reason printed, only where no Chromium exists.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getRequestListener } from '@hono/node-server';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { openStorage } from '../src/storage/index.js';
import { HAVE_CHROMIUM, axeViolations, useChromium } from './chromium.support.js';
import { OFFERING, catalog, listenOnLoopback, tempDir } from './helpers.js';

let temp: ReturnType<typeof tempDir>;
let base: string;

const rig = useChromium('embed page browser test', async ({ onClose }) => {
  temp = tempDir('temadag-embed-browser-');
  onClose(() => temp.remove());
  const storage = await openStorage({ sqlitePath: join(temp.dir, 'test.sqlite') });
  onClose(() => storage.close());
  // No widget files: /widget.js is a 404, so the page keeps its fallback.
  const app = createApp({ catalog, storage, widgetDir: null, log: () => {} });
  const server = await listenOnLoopback(getRequestListener(app.fetch, { hostname: '127.0.0.1' }));
  onClose(server.close);
  base = server.origin;
});

describe.skipIf(!HAVE_CHROMIUM)('the embed page without JavaScript in Chromium', () => {
  it.each(['da', 'en'])(
    '%s: 0 axe violations in the fallback with the travel field',
    async (locale) => {
      // axe needs timers, so scripts run here; this server has no widget (/widget.js is a 404),
      // so the page keeps the fallback a visitor without JavaScript gets.
      const context = await rig.browser.newContext();
      try {
        const page = await context.newPage();
        await page.goto(`${base}/embed/${OFFERING}?lang=${locale}`);
        expect(await page.locator('#temadag-travel-km').isVisible()).toBe(true);
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it('downloads the offer with the distance typed in the form', async () => {
    const context = await rig.browser.newContext({
      javaScriptEnabled: false,
      acceptDownloads: true,
    });
    try {
      const page = await context.newPage();
      await page.goto(`${base}/embed/${OFFERING}`);
      await page.getByLabel(/^Afstand fra .* til stedet \(km, én vej\)/).fill('120');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Hent tilbud som pdf-fil' }).click(),
      ]);
      // Not stored, so not numbered: named as the widget names its draft.
      expect(download.suggestedFilename()).toMatch(/^vejledende-tilbud-\d{4}-\d{2}-\d{2}\.pdf$/);
      const file = join(temp.dir, 'download.pdf');
      await download.saveAs(file);
      expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    } finally {
      await context.close();
    }
  });
});
