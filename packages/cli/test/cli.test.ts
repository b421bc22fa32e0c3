import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOffer, formatMoney, loadCatalog, renderOfferText } from '@temadag/core';
import { run, type CliIo, type FetchResponse } from '../src/index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const catalogPath = join(root, 'examples/catalog/catalog.json');
const NOW = '2026-11-27T10:00:00Z';
const OFFERING = 'dialog-i-udsatte-boligomraader';

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(
  argv: string[],
  options: { env?: Record<string, string | undefined>; fetch?: CliIo['fetch'] } = {},
): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: options.env ?? { TEMADAG_NOW: NOW },
  };
  if (options.fetch) io.fetch = options.fetch;
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

const offerArgs = (...more: string[]) => [
  'offer',
  '--catalog',
  catalogPath,
  '--offering',
  OFFERING,
  '--format',
  'hel',
  '--participants',
  '30',
  ...more,
];

/** Exit 2, nothing on stdout, a message on stderr and no stack trace. */
function expectUsageError(result: Result, ...mentions: string[]): void {
  expect(result.code, result.stderr).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.startsWith('temadag: ')).toBe(true);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  for (const mention of mentions) expect(result.stderr).toContain(mention);
}

let catalogText: string;
let dir: string;

beforeAll(async () => {
  catalogText = await readFile(catalogPath, 'utf8');
  dir = await mkdtemp(join(tmpdir(), 'temadag-cli-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('temadag offer', () => {
  it('prints the text of the offer by default, with the clock from TEMADAG_NOW', async () => {
    const result = await cli(offerArgs());
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    const catalog = loadCatalog(JSON.parse(catalogText));
    const offer = createOffer(
      catalog,
      { offering: OFFERING, format: 'hel', participants: 30 },
      { now: new Date(NOW), sequence: 1 },
    );
    expect(result.stdout).toBe(renderOfferText(offer));
    expect(result.stdout).toContain('Vejledende tilbud');
    expect(result.stdout).toContain('Tilbudsnummer: T-2026-0001');
    expect(result.stdout).toContain('kl. 09.00–09.20');
    expect(result.stdout).toContain(formatMoney(offer.total, 'da'));
    expect((await cli(offerArgs('--text'))).stdout).toBe(result.stdout);
  });

  it('prints JSON with --json, with modules, date, place, travel and number', async () => {
    const result = await cli(
      offerArgs(
        '--json',
        '--module',
        'forsamtale',
        '--module',
        'skriftlig-opsamling',
        '--date',
        '2027-03-15',
        '--place',
        'Rådhuset',
        '--km',
        '40',
        '--number',
        'T-2026-0099',
      ),
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.endsWith('}\n')).toBe(true);
    expect(result.stdout).toContain('\n  "number": "T-2026-0099",\n');
    const offer = JSON.parse(result.stdout);
    expect(offer.number).toBe('T-2026-0099');
    expect(offer.issuedAt).toBe('2026-11-27T10:00:00.000Z');
    expect(offer.date).toBe('2027-03-15');
    expect(offer.place).toBe('Rådhuset');
    // The free tier 1–20 makes no line of 0,00 kr.: one participant line, for 21–30.
    expect(offer.lines.map((l: { rule: string }) => l.rule)).toEqual([
      'honorar-hel',
      'deltagere',
      'tilvalg-forsamtale',
      'tilvalg-skriftlig-opsamling',
      'koersel',
    ]);
    expect(offer.lines.at(-1).quantity).toBe(80);
    expect(offer.total).toBe(offer.subtotal + offer.vatTotal);
  });

  it('speaks English with --lang en, or when LANG starts with en', async () => {
    const result = await cli(offerArgs('--lang', 'en'));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Indicative offer');
    expect(result.stdout).toContain('Offer number: T-2026-0001');
    expect(result.stdout).toContain('09:00–09:20  Welcome and programme');
    expect(result.stdout).toContain('Total incl. VAT');
    const byEnv = await cli(offerArgs(), { env: { TEMADAG_NOW: NOW, LANG: 'en_GB.UTF-8' } });
    expect(byEnv.stdout).toBe(result.stdout);
    const overridden = await cli(offerArgs('--lang', 'da'), {
      env: { TEMADAG_NOW: NOW, LANG: 'en_GB.UTF-8' },
    });
    expect(overridden.stdout).toContain('Vejledende tilbud');
    const error = await cli(['offer', '--lang', 'en']);
    expectUsageError(error, 'The option --catalog is missing.');
  });

  it('takes --date as dd.mm.åååå or ISO, and only after today, as the widget does', async () => {
    const danish = await cli(offerArgs('--json', '--date', '15.03.2027'));
    expect(danish.code, danish.stderr).toBe(0);
    expect(JSON.parse(danish.stdout).date).toBe('2027-03-15');
    const short = await cli(offerArgs('--json', '--date', '5.3.2027'));
    expect(JSON.parse(short.stdout).date).toBe('2027-03-05');
    // TEMADAG_NOW is 27.11.2026: the next day is the first that can be chosen.
    const tomorrow = await cli(offerArgs('--json', '--date', '2026-11-28'));
    expect(JSON.parse(tomorrow.stdout).date).toBe('2026-11-28');
    for (const past of ['2020-01-01', '27.11.2026']) {
      const result = await cli(offerArgs('--date', past));
      expectUsageError(result, '--date', 'efter i dag (27.11.2026)', past);
    }
    expectUsageError(
      await cli(offerArgs('--date', '2020-01-01', '--lang', 'en')),
      'after today (2026-11-27)',
    );
    expectUsageError(await cli(offerArgs('--date', '31.02.2027')), '--date', '15.03.2027');
    expectUsageError(await cli(offerArgs('--date', 'i morgen')), '--date', '"i morgen"');
  });

  it('accepts every example date its --date error message gives, in both languages', async () => {
    for (const lang of ['da', 'en']) {
      const error = await cli(offerArgs('--date', 'i morgen', '--lang', lang));
      const examples = error.stderr.match(/\d{1,4}[./-]\d{1,2}[./-]\d{1,4}/g) ?? [];
      expect(examples.length, error.stderr).toBeGreaterThan(1);
      for (const example of examples) {
        const result = await cli(offerArgs('--json', '--date', example, '--lang', lang));
        expect(result.code, `${example}: ${result.stderr}`).toBe(0);
      }
    }
  });

  it('prints "Pris efter aftale" above the on-request limit', async () => {
    const args = offerArgs();
    args[args.indexOf('30')] = '70';
    const result = await cli(args);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Pris efter aftale');
    expect(result.stdout).toContain('Over 60 deltagere aftales prisen direkte.');
  });

  it('uses the clock when TEMADAG_NOW is not set', async () => {
    const result = await cli(offerArgs('--json'), { env: {} });
    expect(result.code).toBe(0);
    const issued = Date.parse(JSON.parse(result.stdout).issuedAt);
    expect(Math.abs(issued - Date.now())).toBeLessThan(60_000);
  });

  it('fetches a catalog from a URL', async () => {
    const asked: string[] = [];
    const fetch = async (url: string): Promise<FetchResponse> => {
      asked.push(url);
      return { ok: true, status: 200, statusText: 'OK', text: async () => catalogText };
    };
    const args = offerArgs();
    args[args.indexOf(catalogPath)] = 'https://example.dk/catalog.json';
    const result = await cli(args, { fetch });
    expect(result.code, result.stderr).toBe(0);
    expect(asked).toEqual(['https://example.dk/catalog.json']);
    expect(result.stdout).toBe((await cli(offerArgs())).stdout);
  });
});

describe('temadag catalog check', () => {
  it('says OK with the number of offerings', async () => {
    const result = await cli(['catalog', 'check', catalogPath]);
    expect(result).toEqual({ code: 0, stdout: 'OK: 2 tilbud\n', stderr: '' });
    const en = await cli(['catalog', 'check', catalogPath, '--lang', 'en']);
    expect(en.stdout).toBe('OK: 2 offerings\n');
  });

  it('lists every problem with its path and exits 1', async () => {
    const catalog = JSON.parse(catalogText);
    catalog.offerings[0].participants.min = 100;
    catalog.offerings[0].priceRules[2].tiers[1].from = 25;
    catalog.offerings[1].related = ['findes-ikke'];
    const file = join(dir, 'broken.json');
    await writeFile(file, JSON.stringify(catalog, null, 2));
    const result = await cli(['catalog', 'check', file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^offerings\[0\]\.participants\.min: .+$/m);
    expect(result.stdout).toMatch(/^offerings\[0\]\.priceRules\[2\]\.tiers\[1\]\.from: .+$/m);
    expect(result.stdout).toMatch(/^offerings\[1\]\.related\[0\]: .+"findes-ikke".*$/m);
    expect(result.stderr).toContain(file);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    // Shape problems too, such as a missing field.
    delete catalog.provider.email;
    await writeFile(file, JSON.stringify(catalog));
    const shape = await cli(['catalog', 'check', file, '--lang', 'en']);
    expect(shape.code).toBe(1);
    expect(shape.stdout).toContain('provider.email: This field is missing.');
  });
});

describe('bad arguments exit 2 with a clear message and no stack trace', () => {
  it('rejects an unknown option, naming it', async () => {
    expectUsageError(await cli(offerArgs('--frobnicate')), '--frobnicate');
    expectUsageError(await cli(['--frobnicate']), '--frobnicate');
  });

  it('rejects a missing required option, naming each', async () => {
    expectUsageError(
      await cli(['offer', '--catalog', catalogPath]),
      '--offering',
      '--format',
      '--participants',
    );
    expectUsageError(
      await cli(['offer', '--offering', OFFERING, '--format', 'hel', '--participants', '3']),
      '--catalog',
    );
  });

  it('rejects an option without its value', async () => {
    expectUsageError(await cli(['offer', '--catalog']), '--catalog');
    expectUsageError(await cli(offerArgs('--module')), '--module');
    expectUsageError(await cli(offerArgs('--json=yes')), '--json');
  });

  it('rejects participants and km that are not whole numbers', async () => {
    for (const value of ['abc', '2.5', '-3', '']) {
      const args = offerArgs();
      args[args.indexOf('30')] = value;
      expectUsageError(await cli(args), '--participants');
    }
    expectUsageError(await cli(offerArgs('--km', 'far')), '--km');
  });

  it('rejects a file that cannot be read, naming it', async () => {
    const missing = join(dir, 'missing.json');
    expectUsageError(await cli(['catalog', 'check', missing]), missing);
    const args = offerArgs();
    args[args.indexOf(catalogPath)] = missing;
    expectUsageError(await cli(args), missing);
    expectUsageError(await cli(['catalog', 'check', dir]), dir);
  });

  it('rejects invalid JSON, with its line and column', async () => {
    const file = join(dir, 'bad.json');
    await writeFile(file, '{\n  "version": 1,\n  "currency": }\n');
    const result = await cli(['catalog', 'check', file]);
    expectUsageError(result, file, 'linje 3, kolonne 15', '"}"');
    const args = offerArgs('--lang', 'en');
    args[args.indexOf(catalogPath)] = file;
    expectUsageError(await cli(args), file, 'line 3, column 15');
    const truncated = join(dir, 'truncated.json');
    await writeFile(truncated, '{"version": 1');
    expectUsageError(await cli(['catalog', 'check', truncated]), 'linje 1, kolonne 14');
  });

  it('rejects an invalid selection, naming the option', async () => {
    const unknown = offerArgs();
    unknown[unknown.indexOf(OFFERING)] = 'findes-ikke';
    expectUsageError(await cli(unknown), '--offering', 'findes-ikke');
    const few = offerArgs();
    few[few.indexOf('30')] = '3';
    expectUsageError(await cli(few), '--participants', '8', '80');
    expectUsageError(await cli(offerArgs('--module', 'findes-ikke')), '--module findes-ikke');
    expectUsageError(await cli(offerArgs('--date', '2027-13-45')), '--date');
    expectUsageError(await cli(offerArgs('--zone', 'nord')), '--zone');
    const format = offerArgs();
    format[format.indexOf('hel')] = 'kvart';
    expectUsageError(await cli(format), '--format', 'kvart');
  });

  it('lists catalog problems in offer and exits 2', async () => {
    const catalog = JSON.parse(catalogText);
    catalog.offerings[0].participants.min = 100;
    const file = join(dir, 'broken-offer.json');
    await writeFile(file, JSON.stringify(catalog));
    const args = offerArgs();
    args[args.indexOf(catalogPath)] = file;
    expectUsageError(await cli(args), file, 'offerings[0].participants.min: ');
  });

  it('writes the offer as a PDF file with --pdf FILE', async () => {
    const file = join(dir, 'tilbud.pdf');
    const result = await cli(offerArgs('--pdf', file));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(file);
    const bytes = await readFile(file);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Same input, same clock: the same bytes.
    const again = join(dir, 'tilbud-igen.pdf');
    await cli(offerArgs('--pdf', again));
    expect(Buffer.compare(bytes, await readFile(again))).toBe(0);
  });

  it('writes the PDF bytes to standard output with --pdf -', async () => {
    const chunks: Uint8Array[] = [];
    const io: CliIo = {
      stdout: { write: (chunk: string | Uint8Array) => chunks.push(Buffer.from(chunk)) },
      stderr: { write: () => undefined },
      env: { TEMADAG_NOW: NOW },
    };
    expect(await run(offerArgs('--pdf', '-'), io)).toBe(0);
    const bytes = Buffer.concat(chunks);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.subarray(-6).toString('latin1')).toContain('%%EOF');
  });

  it('rejects --pdf with --json or --text, and a PDF path that cannot be written', async () => {
    expectUsageError(await cli(offerArgs('--pdf', 'x.pdf', '--json')), '--pdf', '--json');
    expectUsageError(await cli(offerArgs('--pdf', 'x.pdf', '--text', '--lang', 'en')), '--pdf');
    const missingDir = join(dir, 'findes-ikke', 'tilbud.pdf');
    const unwritable = await cli(offerArgs('--pdf', missingDir));
    expectUsageError(unwritable, missingDir, 'findes ikke');
    expect(unwritable.stderr).not.toContain('ENOENT');
  });

  it('rejects --json with --text, a bad --lang and a bad TEMADAG_NOW', async () => {
    expectUsageError(await cli(offerArgs('--json', '--text')), '--json', '--text');
    expectUsageError(await cli(offerArgs('--lang', 'de')), '--lang', 'de');
    expectUsageError(await cli(offerArgs(), { env: { TEMADAG_NOW: 'i går' } }), 'TEMADAG_NOW');
  });

  it('rejects a missing or unknown command', async () => {
    expectUsageError(await cli([]), 'offer');
    expectUsageError(await cli(['frob']), 'frob');
    expectUsageError(await cli(['catalog']), 'check');
    expectUsageError(await cli(['catalog', 'lint', catalogPath]), 'catalog lint');
    expectUsageError(await cli(['catalog', 'check']), 'catalog check');
    expectUsageError(await cli(['catalog', 'check', catalogPath, 'extra']), 'extra');
  });

  it('reports a catalog URL that cannot be fetched', async () => {
    const failing = async (): Promise<FetchResponse> => {
      throw new TypeError('fetch failed', { cause: { code: 'ENOTFOUND' } });
    };
    const url = 'https://example.invalid/catalog.json';
    const unknownHost = await cli(['catalog', 'check', url], { fetch: failing });
    expectUsageError(unknownHost, url, 'værten findes ikke');
    expect(unknownHost.stderr).not.toContain('ENOTFOUND');
    const notFound = async (): Promise<FetchResponse> => ({
      ok: false,
      status: 404,
      statusText: 'Not Found',
      text: async () => '',
    });
    expectUsageError(await cli(['catalog', 'check', url], { fetch: notFound }), url, '404');
  });
});

describe('unexpected errors', () => {
  it('print one line and exit 1', async () => {
    const broken = async (): Promise<FetchResponse> => ({
      ok: true,
      status: 200,
      statusText: 'OK',
      text: async () => {
        throw new Error('socket closed\n    at somewhere (file.js:1:1)');
      },
    });
    const result = await cli(['catalog', 'check', 'https://example.dk/c.json'], {
      fetch: broken,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('temadag: Uventet fejl: socket closed\n');
  });
});

describe('help and version', () => {
  it('prints help for the command and for offer', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('temadag offer --catalog');
    expect(help.stdout).toContain('temadag catalog check');
    const offerHelp = await cli(['offer', '--help']);
    expect(offerHelp.code).toBe(0);
    expect(offerHelp.stdout).toContain('TEMADAG_NOW');
    expect(offerHelp.stdout).toContain('--participants');
    expect((await cli(['offer', '--help', '--lang', 'en'])).stdout).toContain('Environment:');
    expect((await cli(['catalog', '--help'])).stdout).toContain('catalog check');
  });

  it('prints the version from package.json', async () => {
    const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
    const result = await cli(['--version']);
    expect(result).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });
});

describe('the bin', () => {
  function spawn(args: string[]): Promise<Result> {
    return new Promise((resolve) => {
      execFile(
        'pnpm',
        ['exec', 'tsx', 'packages/cli/src/bin.ts', ...args],
        { cwd: root, env: { ...process.env, LANG: 'da_DK.UTF-8' } },
        (error, stdout, stderr) => {
          const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
          resolve({ code, stdout, stderr });
        },
      );
    });
  }

  it('runs as a process and sets the exit code', { timeout: 60_000 }, async () => {
    const ok = await spawn(['catalog', 'check', 'examples/catalog/catalog.json']);
    expect(ok, ok.stderr).toEqual({ code: 0, stdout: 'OK: 2 tilbud\n', stderr: '' });
    const bad = await spawn(['offer', '--pdf', 'x.pdf']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--catalog');
    expect(bad.stderr).not.toMatch(/^\s+at /m);
  });
  it('is linked at the repository root before the first build (pnpm exec temadag)', async () => {
    const rootPkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
    expect(rootPkg.devDependencies['@temadag/cli']).toBe('workspace:*');
    const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
    // pnpm links a bin only when its file exists at install time, so it may not be in dist/.
    expect(pkg.bin.temadag).not.toMatch(/dist/);
    const launcher = await readFile(join(root, 'packages/cli', pkg.bin.temadag), 'utf8');
    expect(launcher.startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(launcher).toContain("import('../dist/bin.js')");
    expect(pkg.files).toContain(pkg.bin.temadag.replace(/^\.\/|\/.*$/g, ''));
  });
});
