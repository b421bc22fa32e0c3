import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pickLocale, run, type CliIo } from '../src/index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const catalogPath = join(root, 'examples/catalog/catalog.json');

async function cli(argv: string[], env: Record<string, string>) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

describe('the language of a run', () => {
  it('follows --lang, then LANGUAGE, then LC_ALL, LC_MESSAGES and LANG, as gettext does', () => {
    expect(pickLocale(['offer', '--lang', 'en'], { LANG: 'da_DK.UTF-8' })).toBe('en');
    expect(pickLocale(['offer', '--lang=da'], { LANGUAGE: 'en' })).toBe('da');
    expect(pickLocale([], {})).toBe('da');
    expect(pickLocale([], { LANG: 'en_GB.UTF-8' })).toBe('en');
    // The first of LC_ALL, LC_MESSAGES, LANG that is set is the locale.
    expect(pickLocale([], { LC_ALL: 'en_US.UTF-8', LANG: 'da_DK.UTF-8' })).toBe('en');
    expect(pickLocale([], { LC_MESSAGES: 'en_US.UTF-8', LANG: 'da_DK.UTF-8' })).toBe('en');
    expect(pickLocale([], { LC_ALL: 'da_DK.UTF-8', LANG: 'en_GB.UTF-8' })).toBe('da');
    expect(pickLocale([], { LC_ALL: '', LANG: 'en_GB.UTF-8' })).toBe('en');
    // LANGUAGE comes first, its first supported entry decides ...
    expect(pickLocale([], { LANGUAGE: 'en_GB:da', LANG: 'da_DK.UTF-8' })).toBe('en');
    expect(pickLocale([], { LANGUAGE: 'de:sv:en', LANG: 'da_DK.UTF-8' })).toBe('en');
    expect(pickLocale([], { LANGUAGE: 'da', LC_ALL: 'en_US.UTF-8' })).toBe('da');
    // ... except under the C locale, where gettext ignores it.
    expect(pickLocale([], { LANGUAGE: 'en', LC_ALL: 'C' })).toBe('da');
    expect(pickLocale([], { LANGUAGE: 'en', LANG: 'POSIX' })).toBe('da');
  });

  it('reads LC_ALL and LANGUAGE for the whole run', async () => {
    const byLcAll = await cli(['catalog', 'check', catalogPath], {
      LC_ALL: 'en_US.UTF-8',
      LANG: 'da_DK.UTF-8',
    });
    expect(byLcAll.stdout).toBe('OK: 2 offerings\n');
    const byLanguage = await cli(['catalog', 'check', catalogPath], {
      LANGUAGE: 'en_GB:da',
      LANG: 'da_DK.UTF-8',
    });
    expect(byLanguage.stdout).toBe('OK: 2 offerings\n');
  });

  it('gives server configuration errors in Danish under a Danish run', async () => {
    const da = await cli(['serve', '--catalog', catalogPath], { PORT: 'eighty' });
    expect(da.code).toBe(2);
    expect(da.stderr).toContain('Indstillingen PORT skal være et helt tal fra 0 til 65535.');
    expect(da.stderr).not.toMatch(/must|cannot|setting/i);
    const token = await cli(['serve', '--catalog', catalogPath], {
      TEMADAG_ADMIN_TOKEN: 'kort',
    });
    expect(token.stderr).toContain('TEMADAG_ADMIN_TOKEN skal være mindst 16 tegn');
    const en = await cli(['serve', '--catalog', catalogPath, '--lang', 'en'], { PORT: 'eighty' });
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('PORT: must be a whole number from 0 to 65535, not "eighty".');
  });

  it('gives catalog errors of serve in the language of the run, without ENOENT', async () => {
    const missing = join(root, 'findes-ikke.json');
    const da = await cli(['serve', '--catalog', missing], {});
    expect(da.code).toBe(2);
    expect(da.stderr).toContain(`TEMADAG_CATALOG): Katalogfilen ${missing} findes ikke.`);
    expect(da.stderr).not.toContain('ENOENT');
    const en = await cli(['serve', '--catalog', missing], { LANGUAGE: 'en' });
    expect(en.stderr).toContain(`The catalog file ${missing} does not exist.`);
  });
});
