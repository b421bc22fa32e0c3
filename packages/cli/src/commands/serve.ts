import { wholeNumber } from '../args.js';
import { problemLines, readCatalog } from '../catalog-source.js';
import { UsageError, WorkError, defineCommand } from '../context.js';
import { databaseReason, shownDatabaseUrl } from '../database.js';

const command = 'temadag serve';

const options = {
  catalog: { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  db: { type: 'string' },
  'database-url': { type: 'string' },
  config: { type: 'string' },
  'widget-dir': { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Whether an error is the server's ConfigError (checked by name: the module loads lazily). */
function isConfigError(error: unknown): error is Error & { variable: string } {
  return error instanceof Error && error.name === 'ConfigError';
}

/**
 * `temadag serve`: the server with its catalog, storage, widget and embed page, until SIGTERM or
 * Ctrl+C.
 *
 * @example
 * ```sh
 * temadag serve --catalog catalog.json --port 8787
 * ```
 */
export const serveCommand = defineCommand({
  name: 'serve',
  options,
  positionals: false,
  fileOptions: ['catalog', 'db', 'config', 'widget-dir'],
  choices: { lang: ['da', 'en'] },
  help: (t) => t.serveHelp,
  async run({ values }, ctx) {
    const { t, io } = ctx;
    const port =
      values.port === undefined
        ? undefined
        : wholeNumber('--port', values.port, '8787', t, command);
    // The server and its dependencies load only for this command.
    const server = await import('@temadag/server');
    let config;
    try {
      config = server.loadConfig({
        env: ctx.env,
        ...(values.config !== undefined ? { file: values.config } : {}),
        overrides: {
          catalog: values.catalog,
          port,
          host: values.host,
          sqlitePath: values.db,
          databaseUrl: values['database-url'],
          widgetDir: values['widget-dir'],
        },
      });
    } catch (error) {
      if (isConfigError(error)) {
        throw new UsageError([t.configProblem(error.variable, error.message)], command);
      }
      throw error;
    }
    // Read once here so that a missing or broken catalog is told in the run's language; the
    // server reads it again for itself.
    const catalog = await readCatalog(config.catalog, ctx).catch((error: unknown) => {
      if (!(error instanceof UsageError)) throw error;
      const [first = '', ...rest] = error.lines;
      throw new UsageError([t.serveCatalog(first), ...rest]);
    });
    if (!catalog.ok) {
      throw new UsageError([
        t.serveCatalog(t.catalogProblems(config.catalog, catalog.problems.length)),
        ...problemLines(catalog.problems),
      ]);
    }
    let running;
    try {
      running = await server.startServer(config, {
        log: server.jsonLogger((line) => io.stdout.write(line)),
        resolveFrom: [import.meta.url],
      });
    } catch (error) {
      if (isConfigError(error) && error.variable === 'PORT') {
        throw new UsageError([t.listenFailed(config.host, config.port)]);
      }
      if (isConfigError(error))
        throw new UsageError([t.configProblem(error.variable, error.message)]);
      const reason = databaseReason(error, ctx);
      if (reason === undefined) throw error;
      const target =
        config.databaseUrl !== undefined ? shownDatabaseUrl(config.databaseUrl) : config.sqlitePath;
      throw new WorkError([t.databaseUnreachable(target, reason)]);
    }
    io.stderr.write(`${t.serving(running.url)}\n`);
    io.stderr.write(`${t.serveInquiries(running.url, config.adminToken !== undefined)}\n`);
    io.stderr.write(`${t.serveStop}\n`);
    await running.closed;
    return 0;
  },
});
