/**
 * Support for the browser end-to-end test (`e2e.test.ts`): the server started as `pnpm start`
 * starts it (the built CLI in a child process), a host page for the iframe, and `pdftotext`.
 * The loopback SMTP server and the MIME reader are in `mail.support.ts`.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { listenOnLoopback } from './helpers.js';

// --- the server, as `pnpm start` runs it ----------------------------------------------------

/** The server in a child process: `node packages/cli/dist/bin.js serve …`. */
export interface CliServer {
  url: string;
  child: ChildProcess;
  /** The last part of what the process wrote (stdout: JSON log lines; stderr: messages). */
  output(): string;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once the process has ended. */
  stop(graceMs?: number): Promise<void>;
}

/** Settings that must not leak into the child from the environment the tests run in. */
const OWN_SETTINGS =
  /^(?:TEMADAG_.*|PORT|HOST|DATABASE_URL|SMTP_URL|NODE_OPTIONS|VITEST.*|NODE_ENV)$/;

/**
 * Starts `node <bin> serve <args>` in `cwd` with `env` on top of a cleaned copy of this
 * process's environment, and waits for its `listening` log line (JSON on stdout).
 */
export async function startCli(options: {
  cwd: string;
  bin: string;
  args: string[];
  env: Record<string, string>;
  timeoutMs?: number;
}): Promise<CliServer> {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !OWN_SETTINGS.test(key)),
  );
  const child = spawn(process.execPath, [options.bin, 'serve', ...options.args], {
    cwd: options.cwd,
    env: { ...base, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (stream: string) => (chunk: string) => {
    output = (output + chunk.replace(/^(?=.)/gm, `[${stream}] `)).slice(-100_000);
  };
  child.stdout!.setEncoding('utf8').on('data', keep('stdout'));
  child.stderr!.setEncoding('utf8').on('data', keep('stderr'));
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });

  const url = await new Promise<string>((resolve, reject) => {
    const timeoutMs = options.timeoutMs ?? 60_000;
    let lines = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The server did not log "listening" within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    child.stdout!.on('data', (chunk: string) => {
      lines += chunk;
      for (const line of lines.split('\n')) {
        if (!line.includes('"listening"')) continue;
        try {
          const entry = JSON.parse(line) as { msg?: string; url?: string };
          if (entry.msg === 'listening' && entry.url) {
            clearTimeout(timer);
            resolve(entry.url);
            return;
          }
        } catch {
          // Not a whole line yet.
        }
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`The server exited (${code ?? signal}) before listening:\n${output}`));
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`The server could not be started: ${error.message}`));
    });
  });

  return {
    url,
    child,
    output: () => output,
    stop: async (graceMs = 10_000) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

// --- the host page of the iframe ------------------------------------------------------------

/**
 * A page on its own loopback port that frames `frameSrc`, with the auto-height lines from the
 * server's README (they accept messages only from `frameOrigin` and only from this iframe).
 */
export async function startHostPage(options: {
  frameSrc: string;
  frameOrigin: string;
  title: string;
}): Promise<{ url: string; close: () => Promise<void> }> {
  const escape = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
  const html = `<!doctype html>
<html lang="da">
<head><meta charset="utf-8"><title>Værtsside (e2e-test)</title></head>
<body>
<h1>En kommunes side med tilbuddet i en iframe</h1>
<iframe
  id="temadag-dialog"
  src="${escape(options.frameSrc)}"
  title="${escape(options.title)}"
  style="width: 100%; height: 900px; border: 0"
></iframe>
<script>
  window.addEventListener('message', (event) => {
    const frame = document.getElementById('temadag-dialog');
    if (event.origin !== ${JSON.stringify(options.frameOrigin)}) return;
    if (!frame || event.source !== frame.contentWindow) return;
    const data = event.data;
    if (!data || data.type !== 'temadag:resize' || !Number.isFinite(data.height)) return;
    frame.style.height = \`\${Math.min(Math.max(Math.ceil(data.height), 200), 20000)}px\`;
  });
</script>
</body>
</html>
`;
  const server = await listenOnLoopback((req, res) => {
    if (req.method === 'GET' && (req.url === '/' || req.url === '/index.html')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    } else if (req.url === '/favicon.ico') res.writeHead(204).end();
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  return { url: `${server.origin}/`, close: server.close };
}

// --- PDF text -------------------------------------------------------------------------------

const run = promisify(execFile);

/**
 * The text of a PDF file by poppler's `pdftotext`, with every run of white space (line breaks,
 * no-break spaces) made one space, so wrapped lines and formatted amounts compare plainly.
 */
export async function pdfText(file: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-'], {
    maxBuffer: 20 * 1024 * 1024,
  });
  return flat(stdout);
}

/** Text with every run of white space (including U+00A0 and U+202F) as one space, trimmed. */
export function flat(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}
