/**
 * The provider's half of the end-to-end test: the console at /admin/ in the same Chromium,
 * against the same server process. The password is set with the real `temadag admin password`
 * (read from standard input), as a provider would on the server.
 */
import { spawnSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { decodeHeader, parseMail } from './mail.support.js';

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

/** What the offer's life needs beyond {@link ConsoleCheck}. */
export interface OfferJourney extends ConsoleCheck {
  /** The visitor's email address: the customer who gets the binding offer. */
  customerEmail: string;
  /** The raw messages the loopback SMTP server has received so far. */
  mails: () => string[];
}

/**
 * The offer's life across the real server: in the console (signed in by
 * {@link markAnsweredInConsole}) the provider makes a binding offer from the inquiry and sends
 * it; the customer's email arrives in the SMTP sink with the link; the customer opens the
 * public page from that link in the same Chromium and accepts with the keyboard; the console's
 * list then shows the revision accepted and the inquiry `aftalt`.
 *
 * @param check - the page (on the inquiry's console page), the server and the customer
 */
export async function reviseSendAccept(check: OfferJourney): Promise<void> {
  const { page, sent } = check;
  await page.getByRole('link', { name: 'Lav tilbud', exact: true }).click();
  await page.getByRole('button', { name: 'Send tilbud', exact: true }).waitFor();
  await page.getByRole('button', { name: 'Send tilbud', exact: true }).click();
  await page.getByRole('button', { name: 'Ja, send tilbuddet', exact: true }).click();
  const number = `${sent.reference}-2`;
  await page.getByText(`Tilbud ${number} er sendt til ${check.customerEmail}.`).waitFor();

  // The customer's email: the link to the public page, with the binding offer's number.
  const deadline = Date.now() + 20_000;
  let link: string | undefined;
  while (link === undefined) {
    for (const raw of check.mails()) {
      const { headers, parts } = parseMail(raw);
      if (!decodeHeader(headers.subject ?? '').startsWith(`Tilbud ${number} `)) continue;
      if (!(headers.to ?? '').includes(check.customerEmail)) continue;
      const text = parts
        .filter((part) => /^text\/plain\b/i.test(part.headers['content-type'] ?? ''))
        .map((part) => part.body.toString('utf8'))
        .join('\n');
      link = /https?:\/\/\S+\/o\/[A-Za-z0-9_-]+/.exec(text)?.[0];
    }
    if (link === undefined) {
      if (Date.now() > deadline) throw new Error(`No email with the link to offer ${number}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  expect(new URL(link).origin).toBe(new URL(check.url).origin);

  // The customer's page, answered with the keyboard alone.
  await page.goto(link);
  await page.getByRole('heading', { name: `Tilbud ${number}`, level: 1 }).waitFor();
  await page.getByText('Bindende tilbud', { exact: true }).first().waitFor();
  await page.getByLabel('Dit navn').focus();
  await page.keyboard.type('Karen Kunde');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Afdelingsleder');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Accepter tilbuddet', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Tilbuddet er accepteret' }).waitFor();
  expect(await page.getByText('Karen Kunde').count()).toBeGreaterThan(0);

  // The provider's side: aftalt, and the revision accepted with its record.
  const detail = await check.admin<{ status: string }>(`/api/admin/inquiries/${sent.id}`);
  expect(detail.status).toBe('aftalt');
  const revisions = await check.admin<{
    items: { number: string; state: string; acceptance?: { name: string; pdfSha256: string } }[];
  }>(`/api/admin/inquiries/${sent.id}/offers`);
  expect(revisions.items[0]).toMatchObject({
    number,
    state: 'accepted',
    acceptance: { name: 'Karen Kunde' },
  });
  await page.goto(`${check.url}/admin/inquiries/${sent.id}`);
  await page.getByRole('heading', { name: 'Sendte tilbud' }).waitFor();
  await page.getByText('Accepteret', { exact: true }).first().waitFor();
  await page.getByText(revisions.items[0]!.acceptance!.pdfSha256).waitFor();
}
