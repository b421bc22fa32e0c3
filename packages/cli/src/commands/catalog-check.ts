import { readCatalog } from '../catalog-source.js';
import { UsageError, defineCommand } from '../context.js';

const command = 'temadag catalog';

const options = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * `temadag catalog check FILE|URL`: every problem of a catalog with its path, exit 1 while there
 * are any.
 *
 * @example
 * ```sh
 * temadag catalog check examples/catalog/catalog.json   # OK: 2 tilbud
 * ```
 */
export const catalogCheckCommand = defineCommand({
  name: 'catalog',
  options,
  positionals: true,
  subcommands: ['check'],
  fileArgument: true,
  choices: { lang: ['da', 'en'] },
  help: (t) => t.catalogHelp,
  async run({ positionals }, ctx) {
    const { t, io } = ctx;
    const [sub, file, ...extra] = positionals;
    if (sub === undefined) throw new UsageError([t.missingCatalogCommand], command);
    if (sub !== 'check') throw new UsageError([t.unknownCatalogCommand(sub)], command);
    if (file === undefined || file === '') throw new UsageError([t.missingFile], command);
    if (extra.length > 0) throw new UsageError([t.unexpectedArgument(extra[0]!)], command);

    const result = await readCatalog(file, ctx);
    if (result.ok) {
      io.stdout.write(`${t.catalogOk(result.catalog.offerings.length)}\n`);
      return 0;
    }
    io.stderr.write(`temadag: ${t.catalogProblems(file, result.problems.length)}\n`);
    for (const p of result.problems) io.stdout.write(`${p.path || '(root)'}: ${p.message}\n`);
    return 1;
  },
});
