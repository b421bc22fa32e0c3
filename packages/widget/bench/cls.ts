/**
 * Cumulative Layout Shift of the demo page (`examples/demo/`, served by `demo-page.ts`) as
 * Lighthouse measures it, on its desktop and its mobile settings, with the system Chromium
 * (CHROME_PATH or /usr/bin/chromium, headless, no sandbox). Lighthouse runs as its own CLI, as
 * a developer would run it by hand.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { serveDemo } from './demo-page.js';

/** The CLS target of issue 13. */
export const CLS_TARGET = 0.05;

const lighthouseBin = fileURLToPath(new URL('../node_modules/.bin/lighthouse', import.meta.url));

/** One Lighthouse run: its version and the page's CLS. */
function lighthouse(url: string, preset: 'desktop' | 'mobile'): { version: string; cls: number } {
  const args = [
    url,
    '--only-categories=performance',
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    '--chrome-flags=--headless --no-sandbox',
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  const run = spawnSync(lighthouseBin, args, {
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
    env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || '/usr/bin/chromium' },
  });
  if (run.status !== 0) throw new Error(`lighthouse (${preset}) failed: ${run.stderr}`);
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
 * @returns rows of figure, value, target
 * @example
 * ```ts
 * for (const [figure, value, target] of await clsRows()) console.log(figure, value, target);
 * ```
 */
export async function clsRows(): Promise<[string, string, string][]> {
  const demo = await serveDemo();
  try {
    return (['desktop', 'mobile'] as const).map((preset) => {
      const { version, cls } = lighthouse(demo.url, preset);
      return [
        `CLS of the demo page, Lighthouse ${version} ${preset}`,
        cls.toFixed(3),
        `≤ ${CLS_TARGET}`,
      ];
    });
  } finally {
    await demo.close();
  }
}
