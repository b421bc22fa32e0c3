import type { Locale } from '@temadag/core';

/** `en`, `en_GB.UTF-8`, `en-US` give English; `da`, `da_DK.UTF-8` give Danish; else nothing. */
function supported(tag: string | undefined): Locale | undefined {
  const match = /^(da|en)(?:[_.@-]|$)/i.exec(tag?.trim() ?? '');
  return match ? (match[1]!.toLowerCase() as Locale) : undefined;
}

/**
 * Picks the one language of a run. `--lang da|en` anywhere before `--` wins. Without it the
 * environment decides as gettext does: the locale is the first of `LC_ALL`, `LC_MESSAGES` and
 * `LANG` that is set; unless that locale is `C` or `POSIX`, the colon-separated `LANGUAGE` list
 * comes first, and its first `da` or `en` entry decides; otherwise the locale does (English when
 * it starts with `en`). Everything else is Danish, the product's default.
 *
 * @param argv - the arguments after the command name
 * @param env - the environment
 * @returns `'da'` or `'en'`
 * @example
 * ```ts
 * pickLocale(['offer', '--lang', 'en'], {}); // 'en'
 * pickLocale([], { LANG: 'da_DK.UTF-8', LANGUAGE: 'en_GB:da' }); // 'en'
 * pickLocale([], { LC_ALL: 'C', LANGUAGE: 'en' }); // 'da'
 * ```
 */
export function pickLocale(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): Locale {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[i + 1] : arg?.startsWith('--lang=') ? arg.slice(7) : '';
    if (value === 'da' || value === 'en') return value;
  }
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  // gettext ignores LANGUAGE under the C locale, so that `LC_ALL=C` really means untranslated.
  if (locale !== 'C' && locale !== 'POSIX' && !locale?.startsWith('C.')) {
    for (const entry of (env.LANGUAGE ?? '').split(':')) {
      const found = supported(entry);
      if (found) return found;
    }
  }
  return supported(locale) === 'en' ? 'en' : 'da';
}
