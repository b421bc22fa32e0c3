import { existsSync } from 'node:fs';
import { formatMoney, type Locale } from '@temadag/core';
import type { InquirySummary, Storage } from '@temadag/server';
import { clock, wholeNumber } from '../args.js';
import { UsageError, defineCommand, type Ctx } from '../context.js';
import { openDatabase } from '../database.js';

const command = 'temadag inquiries';
const SUBCOMMANDS = ['list', 'export', 'delete', 'purge'] as const;

const options = {
  db: { type: 'string' },
  'database-url': { type: 'string' },
  format: { type: 'string' },
  'older-than': { type: 'string' },
  limit: { type: 'string' },
  offset: { type: 'string' },
  json: { type: 'boolean' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const receivedFormat = new Map<Locale, Intl.DateTimeFormat>();

function received(iso: string, locale: Locale): string {
  let format = receivedFormat.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'da-DK', {
      timeZone: 'Europe/Copenhagen',
      dateStyle: 'short',
      timeStyle: 'short',
    });
    receivedFormat.set(locale, format);
  }
  return format.format(new Date(iso));
}

async function listInquiries(
  storage: Storage,
  options: { limit: number; offset: number; json: boolean },
  ctx: Ctx,
): Promise<number> {
  const { t, io, locale } = ctx;
  const rows: InquirySummary[] = await storage.listInquiries({
    limit: options.limit,
    offset: options.offset,
  });
  if (options.json) {
    io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  if (rows.length === 0) {
    io.stdout.write(`${t.noInquiries}\n`);
    return 0;
  }
  const h = t.listHeadings;
  const table = [
    [h.reference, h.created, h.offering, h.organisation, h.participants, h.total, h.delivery],
    ...rows.map((r) => [
      r.reference,
      received(r.createdAt, locale),
      r.offering,
      r.organisation.replace(/\s+/g, ' '),
      String(r.participants),
      formatMoney(r.total, locale),
      r.deliveries
        .map((d) => {
          const state = t.deliveryStatus[d.status];
          const tries = d.status === 'sent' || d.attempts === 0 ? '' : ` (${d.attempts})`;
          // An offer's channels (`offer-email`, …) have no short name here: shown as they are.
          const names: Partial<Record<string, string>> = t.channelNames;
          return `${names[d.channel] ?? d.channel}: ${state}${tries}`;
        })
        .join(', ') || '-',
    ]),
  ];
  const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  for (const row of table) {
    io.stdout.write(
      `${row
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd()}\n`,
    );
  }
  return 0;
}

/**
 * `temadag inquiries list|export|delete ID|purge`: the inquiries, straight from the server's
 * database.
 *
 * @example
 * ```sh
 * temadag inquiries export --format csv > henvendelser.csv
 * ```
 */
export const inquiriesCommand = defineCommand({
  name: 'inquiries',
  options,
  positionals: true,
  subcommands: SUBCOMMANDS,
  fileOptions: ['db'],
  choices: { lang: ['da', 'en'], format: ['csv', 'json'] },
  help: (t) => t.inquiriesHelp,
  async run({ values, positionals }, ctx) {
    const { t, io, env } = ctx;
    const [sub, id, ...extra] = positionals;
    if (sub === undefined) throw new UsageError([t.missingInquiriesCommand], command);
    if (!(SUBCOMMANDS as readonly string[]).includes(sub)) {
      throw new UsageError([t.unknownInquiriesCommand(sub)], command);
    }
    const unexpected = sub === 'delete' ? extra[0] : id;
    if (unexpected !== undefined) throw new UsageError([t.unexpectedArgument(unexpected)], command);
    if (sub === 'delete' && (id === undefined || id === '')) {
      throw new UsageError([t.missingId], command);
    }
    const format = values.format ?? 'csv';
    if (format !== 'csv' && format !== 'json') {
      throw new UsageError([t.badExportFormat(format)], command);
    }
    const limit =
      values.limit === undefined ? 100 : wholeNumber('--limit', values.limit, '50', t, command);
    const offset =
      values.offset === undefined ? 0 : wholeNumber('--offset', values.offset, '100', t, command);

    const server = await import('@temadag/server');
    let days: number | undefined;
    if (sub === 'purge') {
      const given = values['older-than'];
      if (given === undefined) throw new UsageError([t.missingOlderThan], command);
      days = server.periodDays(given);
      if (days === undefined) throw new UsageError([t.badDays(given)], command);
    }

    const databaseUrl = values['database-url'] ?? (env.DATABASE_URL || undefined);
    const sqlitePath = values.db ?? (env.TEMADAG_DB || server.DEFAULT_SQLITE_PATH);
    if (databaseUrl === undefined && !existsSync(sqlitePath)) {
      throw new UsageError([t.databaseMissing(sqlitePath)]);
    }
    const storage = await openDatabase(
      server,
      databaseUrl !== undefined ? { databaseUrl } : { sqlitePath },
      ctx,
    );
    try {
      switch (sub) {
        case 'list':
          return await listInquiries(storage, { limit, offset, json: values.json === true }, ctx);
        case 'export':
          for await (const chunk of server.inquiryExportChunks(storage, format))
            io.stdout.write(chunk);
          return 0;
        case 'delete': {
          const deleted = /^[0-9a-f-]{36}$/.test(id!) && (await storage.deleteInquiry(id!));
          if (!deleted) {
            io.stderr.write(`temadag: ${t.noInquiry(id!)}\n`);
            return 1;
          }
          io.stdout.write(`${t.deleted(id!)}\n`);
          return 0;
        }
        default: {
          const cutoff = new Date(clock(ctx).getTime() - days! * 86_400_000);
          const count = await storage.purgeBefore(cutoff);
          io.stdout.write(`${t.purged(count, days!)}\n`);
          return 0;
        }
      }
    } finally {
      await storage.close();
    }
  },
});
