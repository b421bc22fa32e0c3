import { writeFile } from 'node:fs/promises';
import {
  ValidationError,
  createOffer,
  danishDate,
  isWantedDateAllowed,
  parseDate,
  renderOfferText,
  todayInDenmark,
  type SelectionInput,
} from '@temadag/core';
import { clock, wholeNumber } from '../args.js';
import { problemLines, readCatalog } from '../catalog-source.js';
import { UsageError, errorCode, firstLine, defineCommand } from '../context.js';

const command = 'temadag offer';

const options = {
  catalog: { type: 'string' },
  offering: { type: 'string' },
  format: { type: 'string' },
  participants: { type: 'string' },
  module: { type: 'string', multiple: true },
  date: { type: 'string' },
  place: { type: 'string' },
  km: { type: 'string' },
  zone: { type: 'string' },
  lang: { type: 'string' },
  number: { type: 'string' },
  json: { type: 'boolean' },
  text: { type: 'boolean' },
  pdf: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The option that gave the value at a selection path, for messages. */
function optionFor(path: string, modules: readonly string[]): string {
  const module = /^modules\[(\d+)\]/.exec(path);
  if (module) return `--module ${modules[Number(module[1])] ?? ''}`.trim();
  const names: Record<string, string> = {
    offering: '--offering',
    format: '--format',
    participants: '--participants',
    modules: '--module',
    date: '--date',
    place: '--place',
    'travel.km': '--km',
    'travel.zone': '--zone',
    now: 'TEMADAG_NOW',
  };
  return names[path] ?? (path || '(root)');
}

/**
 * `temadag offer`: an indicative offer for one selection, as text, JSON or a PDF file.
 *
 * @example
 * ```sh
 * temadag offer --catalog catalog.json --offering dialog-i-udsatte-boligomraader \
 *   --format hel --participants 30 --date 15.03.2027
 * ```
 */
export const offerCommand = defineCommand({
  name: 'offer',
  options,
  positionals: false,
  fileOptions: ['catalog', 'pdf'],
  choices: { lang: ['da', 'en'] },
  help: (t) => t.offerHelp,
  async run({ values }, ctx) {
    const { t, io, locale } = ctx;
    if (values.pdf !== undefined && (values.json || values.text)) {
      throw new UsageError([t.pdfAndFormat], command);
    }
    if (values.json && values.text) throw new UsageError([t.jsonAndText], command);
    const required = ['catalog', 'offering', 'format', 'participants'] as const;
    const missing = required.filter((key) => values[key] === undefined);
    if (missing.length > 0) {
      throw new UsageError(
        missing.map((key) => t.missingOption(`--${key}`)),
        command,
      );
    }
    const participants = wholeNumber('--participants', values.participants!, '25', t, command);
    const km =
      values.km === undefined ? undefined : wholeNumber('--km', values.km, '40', t, command);
    const now = clock(ctx);
    let date: string | undefined;
    if (values.date !== undefined) {
      date = parseDate(values.date);
      if (date === undefined) throw new UsageError([t.badDate(values.date)], command);
      // One rule with the widget and the server's inquiry check: only days after today.
      if (!isWantedDateAllowed(date, now)) {
        const today = todayInDenmark(now);
        const shown = locale === 'da' ? danishDate(today) : today;
        throw new UsageError([t.pastDate(values.date, shown)], command);
      }
    }

    const source = values.catalog!;
    const catalog = await readCatalog(source, ctx);
    if (!catalog.ok) {
      throw new UsageError([
        t.catalogProblems(source, catalog.problems.length),
        ...problemLines(catalog.problems),
      ]);
    }

    const modules = values.module ?? [];
    const selection: SelectionInput = {
      offering: values.offering!,
      format: values.format!,
      participants,
      modules,
    };
    if (date !== undefined) selection.date = date;
    if (values.place !== undefined) selection.place = values.place;
    if (km !== undefined || values.zone !== undefined) {
      selection.travel = {};
      if (km !== undefined) selection.travel.km = km;
      if (values.zone !== undefined) selection.travel.zone = values.zone;
    }

    let offer;
    try {
      offer = createOffer(catalog.catalog, selection, {
        now,
        locale,
        ...(values.number !== undefined ? { number: values.number } : {}),
      });
    } catch (error) {
      if (error instanceof ValidationError) {
        throw new UsageError(
          [t.selectionProblems, ...problemLines(error.problems, (p) => optionFor(p.path, modules))],
          command,
        );
      }
      throw error;
    }
    if (values.pdf !== undefined) {
      // Loaded only here, so `offer --text` does not pay for the PDF library.
      const { renderOfferPdf } = await import('@temadag/pdf');
      const bytes = await renderOfferPdf(offer);
      if (values.pdf === '-') {
        io.stdout.write(bytes);
        return 0;
      }
      try {
        await writeFile(values.pdf, bytes);
      } catch (error) {
        const code = errorCode(error);
        const reason = code === undefined ? firstLine(error) : t.systemReason(code);
        throw new UsageError([t.pdfWriteFailed(values.pdf, reason)], command);
      }
      io.stderr.write(`${t.pdfWritten(values.pdf)}\n`);
      return 0;
    }
    io.stdout.write(values.json ? `${JSON.stringify(offer, null, 2)}\n` : renderOfferText(offer));
    return 0;
  },
});
