/**
 * The benchmark's server: the built package (dist) started from the environment, in its own
 * process. Prints `listening <port>` once ready; requests are not logged.
 */
import { loadConfig, startServer } from '../dist/index.js';

const server = await startServer(loadConfig(), {
  log: (entry) => {
    if (entry.level === 'error') process.stderr.write(`${JSON.stringify(entry)}\n`);
  },
});
process.stdout.write(`listening ${server.port}\n`);
await server.closed;
