import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { tempDir } from './helpers.js';

const temp = tempDir('temadag-config-');
afterAll(() => temp.remove());

const base = { TEMADAG_CATALOG: 'catalog.json' };

function fails(env: Record<string, string>, variable: string, file?: string): ConfigError {
  try {
    loadConfig({ env, ...(file ? { file } : {}) });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    const e = error as ConfigError;
    expect(e.variable).toBe(variable);
    expect(e.message.startsWith(variable)).toBe(true);
    return e;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe('loadConfig', () => {
  it('has defaults for everything but the catalog', () => {
    const config = loadConfig({ env: base });
    expect(config).toEqual({
      port: 8787,
      host: '0.0.0.0',
      catalog: 'catalog.json',
      sqlitePath: '.data/temadag.sqlite',
      allowedOrigins: [],
      frameAncestors: ['*'],
      sendReceipt: false,
      trustProxy: 0,
      rateLimit: 10,
      pdfRateLimit: 20,
      sessionIdleMinutes: 60,
      sessionHours: 12,
      catalogPollSeconds: 5,
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      env: {
        ...base,
        PORT: '9000',
        HOST: '127.0.0.1',
        TEMADAG_DB: '/var/lib/temadag.sqlite',
        DATABASE_URL: 'postgres://u:p@db:5432/temadag',
        TEMADAG_ADMIN_TOKEN: 'a'.repeat(32),
        TEMADAG_ALLOWED_ORIGINS: 'https://www.kommune.dk, https://Boliger.dk:8443',
        TEMADAG_FRAME_ANCESTORS: "'self', https://www.kommune.dk",
        SMTP_URL: 'smtps://u:p@smtp.example.dk:465',
        TEMADAG_NOTIFY_EMAIL: 'kim@example.dk',
        TEMADAG_MAIL_FROM: 'Temadag <temadag@example.dk>',
        TEMADAG_SEND_RECEIPT: 'yes',
        TEMADAG_WEBHOOK_URL: 'https://hooks.example.dk/temadag',
        TEMADAG_WEBHOOK_SECRET: 's'.repeat(20),
        TEMADAG_RETENTION_DAYS: '180',
        TEMADAG_TRUST_PROXY: '1',
        TEMADAG_RATE_LIMIT: '0',
      },
    });
    expect(config).toMatchObject({
      port: 9000,
      host: '127.0.0.1',
      sqlitePath: '/var/lib/temadag.sqlite',
      databaseUrl: 'postgres://u:p@db:5432/temadag',
      allowedOrigins: ['https://www.kommune.dk', 'https://boliger.dk:8443'],
      frameAncestors: ["'self'", 'https://www.kommune.dk'],
      sendReceipt: true,
      retentionDays: 180,
      trustProxy: 1,
      rateLimit: 0,
      mailFrom: 'Temadag <temadag@example.dk>',
    });
  });

  it.each([
    [{}, 'TEMADAG_CATALOG'],
    [{ PORT: '80a' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ TEMADAG_ADMIN_TOKEN: 'short' }, 'TEMADAG_ADMIN_TOKEN'],
    [{ TEMADAG_ALLOWED_ORIGINS: 'https://www.kommune.dk/side' }, 'TEMADAG_ALLOWED_ORIGINS'],
    [{ TEMADAG_FRAME_ANCESTORS: 'javascript:x' }, 'TEMADAG_FRAME_ANCESTORS'],
    [{ SMTP_URL: 'http://smtp' }, 'SMTP_URL'],
    [{ TEMADAG_NOTIFY_EMAIL: 'kim' }, 'TEMADAG_NOTIFY_EMAIL'],
    [{ TEMADAG_SEND_RECEIPT: 'maybe' }, 'TEMADAG_SEND_RECEIPT'],
    [{ TEMADAG_SEND_RECEIPT: 'true' }, 'TEMADAG_SEND_RECEIPT'],
    [{ TEMADAG_WEBHOOK_URL: 'ftp://x' }, 'TEMADAG_WEBHOOK_URL'],
    [{ TEMADAG_WEBHOOK_URL: 'https://x.dk' }, 'TEMADAG_WEBHOOK_SECRET'],
    [{ TEMADAG_RETENTION_DAYS: '0' }, 'TEMADAG_RETENTION_DAYS'],
    [{ TEMADAG_RATE_LIMIT: '-1' }, 'TEMADAG_RATE_LIMIT'],
  ])('names the variable that is wrong: %j', (env, variable) => {
    const e = fails(variable === 'TEMADAG_CATALOG' ? env : { ...base, ...env }, variable);
    expect(e.message.length).toBeGreaterThan(variable.length + 10);
  });

  it('reads a JSON file, below the environment and the overrides', () => {
    const file = join(temp.dir, 'server.json');
    writeFileSync(
      file,
      JSON.stringify({
        catalog: 'from-file.json',
        port: 8000,
        allowedOrigins: ['https://a.dk'],
        sendReceipt: false,
        smtpUrl: 'smtp://localhost:25',
      }),
    );
    const config = loadConfig({
      env: { PORT: '8100', TEMADAG_CONFIG: file },
      overrides: { port: 8200, sqlitePath: 'flag.sqlite' },
    });
    expect(config).toMatchObject({
      catalog: 'from-file.json',
      port: 8200,
      sqlitePath: 'flag.sqlite',
      allowedOrigins: ['https://a.dk'],
      smtpUrl: 'smtp://localhost:25',
    });
    expect(loadConfig({ env: { PORT: '8100' }, file }).port).toBe(8100);
  });

  it('names the file and the key when the file is wrong', () => {
    const file = join(temp.dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ catalog: 'c.json', port: 'x' }));
    expect(() => loadConfig({ env: {}, file })).toThrow(`${file}: port`);
    writeFileSync(file, JSON.stringify({ catalog: 'c.json', prot: 1 }));
    expect(() => loadConfig({ env: {}, file })).toThrow(/unknown key "prot"/);
    writeFileSync(file, '{');
    fails({}, 'TEMADAG_CONFIG', file);
    fails({}, 'TEMADAG_CONFIG', join(temp.dir, 'missing.json'));
  });
});
