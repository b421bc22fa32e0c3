/**
 * What the server's browser tests share: the system Chromium (CHROME_PATH or
 * /usr/bin/chromium) with the widget's flags, a file's start-up and tear-down around it, and
 * axe-core's WCAG 2.1 A/AA run on a page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { root } from './helpers.js';

/** The Chromium the tests drive. */
export const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
/** Whether it exists here; the browser tests are skipped, and say why, when it does not. */
export const HAVE_CHROMIUM = existsSync(CHROMIUM);
/** Chromium's flags, shared with the widget's tests and benchmark. */
const CHROMIUM_ARGS = (
  JSON.parse(readFileSync(new URL('packages/widget/test/chromium.json', root), 'utf8')) as {
    args: string[];
  }
).args;
/**
 * Starts the system Chromium, headless, with the shared flags.
 *
 * @returns the browser; close it after the tests
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** A browser test file's Chromium, and what it closes after its tests. */
export interface BrowserRig {
  /** The Chromium, there once the file's `beforeAll` has run. */
  readonly browser: Browser;
  /**
   * Has `close` run after the file's tests, after Chromium is closed; what is registered last
   * closes first.
   */
  onClose(close: () => unknown): void;
}

/**
 * The start-up and tear-down the server's browser test files share. Where no Chromium exists
 * it prints that `subject` is skipped and starts nothing (the file's tests skip on
 * {@link HAVE_CHROMIUM}). Otherwise, before the file's tests, it runs `start` (the servers the
 * pages need, each registered with `onClose`) and then starts Chromium; after them it closes
 * Chromium and then the rest, last first.
 *
 * @param subject - what the file tests, for the skip notice
 * @param start - starts what the pages need
 * @param timeout - how long the start-up may take, in ms
 * @returns the rig: the browser and `onClose`
 */
export function useChromium(
  subject: string,
  start: (rig: BrowserRig) => Promise<void> = async () => {},
  timeout = 60_000,
): BrowserRig {
  let browser: Browser | undefined;
  const closers: (() => unknown)[] = [];
  const rig: BrowserRig = {
    get browser() {
      if (!browser) throw new Error('Chromium is not started: use the rig inside the tests');
      return browser;
    },
    onClose: (close) => closers.push(close),
  };
  if (!HAVE_CHROMIUM) {
    console.warn(`${subject} skipped: no Chromium at ${CHROMIUM} (set CHROME_PATH).`);
    return rig;
  }
  beforeAll(async () => {
    await start(rig);
    browser = await launchChromium();
  }, timeout);
  afterAll(async () => {
    await browser?.close();
    for (const close of closers.splice(0).reverse()) await close();
  });
  return rig;
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8');

/**
 * axe-core's violations on the page (WCAG 2.1 A and AA and best practices), each with its
 * help text and the elements it names; evaluated through the DevTools protocol, which the
 * page's CSP does not govern. The page must run scripts (axe uses timers).
 *
 * @param page - an open page
 * @returns one line per violation; none is `[]`
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate<{
    violations: { id: string; help: string; nodes: { target: unknown }[] }[];
  }>(
    `axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    })`,
  );
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`,
  );
}
