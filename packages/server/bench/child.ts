/**
 * Starts a benchmark child (`server-child.ts`, `bare-child.ts`) in its own process, with
 * NODE_ENV=production on 127.0.0.1 and a free port, and waits for its `listening <port>` line.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const packageDir = fileURLToPath(new URL('..', import.meta.url));

/** A running child: its base URL and how to stop it. */
export interface Child {
  url: string;
  stop(): Promise<void>;
}

/**
 * @param script - the child's file in bench/
 * @param env - environment beside the parent's (the catalog, the database, …)
 * @returns the child once it listens
 * @example
 * ```ts
 * const server = await start('server-child.ts', { TEMADAG_CATALOG: 'catalog.json' });
 * await fetch(`${server.url}/api/health`);
 * await server.stop();
 * ```
 */
export async function start(script: string, env: Record<string, string>): Promise<Child> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(here, script)], {
    cwd: packageDir,
    env: { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const match = /listening (\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
