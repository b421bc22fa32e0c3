/**
 * Cumulative Layout Shift of the demo page (`examples/demo/`, served by `demo-page.ts`) as
 * Lighthouse measures it, on its desktop and its mobile settings, with the system Chromium
 * (CHROME_PATH or /usr/bin/chromium, headless, no sandbox). Lighthouse runs as its own CLI, as
 * a developer would run it by hand.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { serveDemo } from './demo-page.js';
import { verdict, type BenchRow } from './wire.js';

/** The CLS target of issue 13. */
export const CLS_TARGET = 0.05;

const lighthouseBin = fileURLToPath(new URL('../node_modules/.bin/lighthouse', import.meta.url));

/**
 * One Lighthouse run: its version and the page's CLS. Asynchronous: the demo page is served
 * by this same process, which must keep answering while Lighthouse loads it.
 */
async function lighthouse(
  url: string,
  preset: 'desktop' | 'mobile',
): Promise<{ version: string; cls: number }> {
  const args = [
    url,
    '--only-categories=performance',
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    '--chrome-flags=--headless --no-sandbox',
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  const run = await promisify(execFile)(lighthouseBin, args, {
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
    timeout: 300_000,
    env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || '/usr/bin/chromium' },
  });
  const report = JSON.parse(run.stdout) as {
    lighthouseVersion: string;
    runtimeError?: { message: string };
    audits: Record<string, { numericValue?: number }>;
  };
  const cls = report.audits['cumulative-layout-shift']?.numericValue;
  if (report.runtimeError || cls === undefined) {
    throw new Error(`lighthouse (${preset}): ${report.runtimeError?.message ?? 'no CLS'}`);
  }
  return { version: report.lighthouseVersion, cls };
}

/**
 * The table rows: the demo page's CLS on desktop and on mobile, beside the target.
 *
 * @returns rows of figure, value, target and verdict
 * @example
 * ```ts
 * for (const [figure, value, target] of await clsRows()) console.log(figure, value, target);
 * ```
 */
export async function clsRows(): Promise<BenchRow[]> {
  const demo = await serveDemo();
  try {
    const rows: BenchRow[] = [];
    // One after the other: two Chromiums at once would measure each other.
    for (const preset of ['desktop', 'mobile'] as const) {
      const { version, cls } = await lighthouse(demo.url, preset);
      rows.push([
        `CLS of the demo page, Lighthouse ${version} ${preset}`,
        cls.toFixed(3),
        `≤ ${CLS_TARGET}`,
        verdict(cls <= CLS_TARGET),
      ]);
    }
    return rows;
  } finally {
    await demo.close();
  }
}
