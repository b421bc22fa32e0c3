/**
 * The provider's half of the end-to-end test: the console at /admin/ in the same Chromium,
 * against the same server process. The password is set with the real `temadag admin password`
 * (read from standard input), as a provider would on the server.
 */
import { spawnSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** What the console needs to find an inquiry the visitor sent. */
export interface ConsoleCheck {
  page: Page;
  /** The server's base URL. */
  url: string;
  /** packages/cli/dist/bin.js */
  cliBin: string;
  /** The server's SQLite file. */
  db: string;
  /** The inquiry as the visitor's send answered it. */
  sent: { id: string; reference: string };
  organisation: string;
  /** GET on the bearer-token admin API. */
  admin: <T>(path: string) => Promise<T>;
}

/**
 * Sets the console's password, signs in, searches the inbox for the organisation, opens the
 * inquiry and marks it `besvaret`; then checks the status through the admin API.
 *
 * @param check - the page, server and inquiry
 */
export async function markAnsweredInConsole(check: ConsoleCheck): Promise<void> {
  const { page, url, sent } = check;
  const password = 'e2e-console-kodeord-der-er-langt';
  const set = spawnSync(process.execPath, [check.cliBin, 'admin', 'password'], {
    input: `${password}\n`,
    env: { ...process.env, TEMADAG_DB: check.db, LANGUAGE: 'da' },
    encoding: 'utf8',
  });
  expect(set.status, set.stderr).toBe(0);

  await page.goto(`${url}/admin/`);
  await page.getByLabel('Adgangskode').fill(password);
  await page.getByRole('button', { name: 'Log ind', exact: true }).click();
  await page.getByRole('heading', { name: 'Henvendelser', level: 1 }).waitFor();

  await page.getByRole('searchbox', { name: 'Søg' }).fill(check.organisation);
  await page.getByRole('button', { name: 'Vis', exact: true }).click();
  await page.getByRole('link', { name: sent.reference, exact: true }).click();
  await page.getByRole('heading', { name: `Henvendelse ${sent.reference}` }).waitFor();

  await page.getByLabel('Ny status').selectOption('besvaret');
  await page.getByRole('button', { name: 'Gem status', exact: true }).click();
  await page.getByText('Status er gemt.').waitFor();

  const detail = await check.admin<{ status: string; statusHistory: { status: string }[] }>(
    `/api/admin/inquiries/${sent.id}`,
  );
  expect(detail.status).toBe('besvaret');
  expect(detail.statusHistory.map((s) => s.status)).toEqual(['ny', 'besvaret']);
}
