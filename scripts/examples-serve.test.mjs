// examples/serve.mjs is the one place that decides which Temadag server the example pages name.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const serve = fileURLToPath(new URL('../examples/serve.mjs', import.meta.url));
const example = (name) => fileURLToPath(new URL(`../examples/${name}`, import.meta.url));
const children = [];

afterEach(() => {
  for (const child of children.splice(0)) child.kill();
});

/** Starts serve.mjs on a free port and resolves with its base URL. */
async function start(folder, env) {
  const child = spawn(process.execPath, [serve, example(folder)], {
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const [line] = await once(child.stdout, 'data');
  return String(line).split(' ')[0];
}

describe('examples/serve.mjs', () => {
  it('serves the pages with the address from TEMADAG_SERVER in every place', async () => {
    const base = await start('embed-script-tag', { TEMADAG_SERVER: 'https://tilbud.example.dk/' });
    const html = await (await fetch(base)).text();
    expect(html).not.toContain('localhost:8787');
    expect(html).toContain('<script type="module" src="https://tilbud.example.dk/widget.js">');
    expect(html).toContain("connect-src 'self' https://tilbud.example.dk\"");
    expect(html).toContain('endpoint="https://tilbud.example.dk/api/inquiries"');
  });

  it('checks the iframe messages against the same address', async () => {
    const base = await start('embed-iframe', { TEMADAG_SERVER: 'http://127.0.0.1:9999' });
    const html = await (await fetch(base)).text();
    expect(html).not.toContain('localhost:8787');
    expect(html).toContain("event.origin !== 'http://127.0.0.1:9999'");
  });

  it('keeps the example address when none is set', async () => {
    const base = await start('embed-script-tag', { TEMADAG_SERVER: '' });
    expect(await (await fetch(base)).text()).toContain('src="http://localhost:8787/widget.js"');
  });

  it('refuses an address that is not an origin, naming the setting', async () => {
    const child = spawn(process.execPath, [serve, example('embed-script-tag')], {
      env: { ...process.env, PORT: '0', TEMADAG_SERVER: 'tilbud.example.dk/api' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const [code] = await once(child, 'exit');
    expect(code).toBe(2);
    expect(stderr).toContain('TEMADAG_SERVER');
  });
});
