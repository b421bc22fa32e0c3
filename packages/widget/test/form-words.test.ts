// The script-tag build's form words by language (dist/cdn/, built first): a Danish page's form
// downloads no English words and an English page's form no Danish ones, neither downloads the
// words only the PDF uses, and each language's file, with the offer's groups the page already
// has and the PDF maker's document words, holds every word the npm build has.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { da, en, type Messages } from '@temadag/core';
import { describe, expect, it } from 'vitest';
import { daDocument } from '../../core/src/messages/da-document.js';
import { enDocument } from '../../core/src/messages/en-document.js';
import { daInquiry } from '../src/translations/da.js';
import { enInquiry } from '../src/translations/en.js';

const cdn = fileURLToPath(new URL('../dist/cdn/', import.meta.url));
if (!existsSync(`${cdn}temadag.js`)) {
  throw new Error(`${cdn}temadag.js is missing: run pnpm --filter @temadag/widget run build first`);
}
const names = readdirSync(cdn).filter((f) => f.endsWith('.js'));
const file = (prefix: string) => {
  const found = names.find((f) => new RegExp(`^${prefix}[A-Z0-9]{8}\\.js$`).test(f));
  if (!found) throw new Error(`no ${prefix}<hash>.js in ${cdn}`);
  return found;
};
const text = (name: string) => readFileSync(`${cdn}${name}`, 'utf8');
/** The inquiry chunk and every chunk it imports statically. */
function closure(name: string, seen = new Set<string>()): Set<string> {
  if (seen.has(name)) return seen;
  seen.add(name);
  for (const [, next] of text(name).matchAll(
    /(?:^|[;}\s])import\s*(?:[^"'()]*?from\s*)?["']\.\/([^"']+)["']/g,
  )) {
    closure(next!, seen);
  }
  return seen;
}
const form = [...closure(file('temadag-inquiry-'))];
const danishForm = [...form, file('temadag-words-da-')].map(text).join('\n');
const englishForm = [...form, file('temadag-words-en-'), file('temadag-en-')].map(text).join('\n');

/**
 * The plain sentences of a catalogue that the other language does not share, which a
 * minifier leaves as they are (letters, digits, spaces and simple punctuation).
 */
function sentences(words: object, other: object): string[] {
  const found: string[] = [];
  const walk = (value: unknown, twin: unknown) => {
    if (typeof value === 'string') {
      if (value !== twin && value.length >= 16 && /^[\p{L}\d ,.:()-]+$/u.test(value)) {
        found.push(value);
      }
    } else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        walk(inner, (twin as Record<string, unknown> | undefined)?.[key]);
      }
    }
  };
  walk(words, other);
  return found;
}

describe("the form's words by language", () => {
  const english = sentences({ messages: en, words: enInquiry }, { messages: da, words: daInquiry });
  const danish = sentences({ messages: da, words: daInquiry }, { messages: en, words: enInquiry });

  it('finds enough sentences to tell the languages apart', () => {
    expect(english.length).toBeGreaterThan(40);
    expect(danish.length).toBeGreaterThan(40);
  });

  it("a Danish page's form downloads no English sentence, and has its Danish ones", () => {
    const inForm = english.filter((s) => danishForm.includes(s));
    expect(inForm).toEqual([]);
    expect(text(file('temadag-words-da-'))).toContain(daInquiry.heading);
    expect(text(file('temadag-words-da-'))).toContain(daInquiry.privacyRights);
  });

  it("an English page's form downloads no Danish sentence, and has its English ones", () => {
    // The offer's first-paint groups are in temadag.js (Danish) for every page: not the form's.
    const offerGroups = sentences(
      { offer: pick(da, 'offer'), pricing: pick(da, 'pricing') },
      { offer: pick(en, 'offer'), pricing: pick(en, 'pricing') },
    );
    const inForm = danish.filter((s) => englishForm.includes(s) && !offerGroups.includes(s));
    expect(inForm).toEqual([]);
    expect(text(file('temadag-words-en-'))).toContain(enInquiry.heading);
    expect(text(file('temadag-words-en-'))).toContain(enInquiry.privacyRights);
  });
});

function pick(messages: Messages, group: keyof Messages): object {
  return messages[group];
}

/** A words file as a module: its reads of temadag.js's array get stand-ins. */
async function load(name: string): Promise<{ messages: object; words: object }> {
  const key = /self\.(temadag_[0-9a-f]{8})/.exec(text(name))?.[1];
  if (key) {
    const stand = () => '';
    (globalThis as Record<string, unknown>)['self'] ??= globalThis;
    (globalThis as Record<string, unknown>)[key] = new Proxy([], { get: () => stand });
  }
  return (await import(pathToFileURL(`${cdn}${name}`).href)) as { messages: object; words: object };
}

/** Each group's keys, sorted. */
function keysOf(catalogue: object): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(catalogue).map(([group, entries]) => [
      group,
      Object.keys(entries as object).sort(),
    ]),
  );
}

/** Catalogues' groups joined, as src/cdn-words.ts joins them. */
function joined(...parts: object[]): Record<string, string[]> {
  const all: Record<string, Set<string>> = {};
  for (const part of parts) {
    for (const [group, keys] of Object.entries(keysOf(part))) {
      for (const key of keys) (all[group] ??= new Set()).add(key);
    }
  }
  return Object.fromEntries(Object.entries(all).map(([group, keys]) => [group, [...keys].sort()]));
}

describe('the words only the PDF uses', () => {
  const pdf = text(file('temadag-pdf-'));
  const both = [...sentences(daDocument, enDocument), ...sentences(enDocument, daDocument)];

  it("are in the PDF maker's chunk, both languages", () => {
    expect(both.length).toBeGreaterThan(10);
    expect(both.filter((s) => !pdf.includes(s))).toEqual([]);
  });

  it("are in no file of the form's, in either language", () => {
    // (temadag-en, the first paint's English words, has the terms' "The price includes".)
    const own = [...form, file('temadag-words-da-'), file('temadag-words-en-')]
      .map(text)
      .join('\n');
    expect(both.filter((s) => own.includes(s))).toEqual([]);
  });
});

describe("each language's file holds every word the form and the PDF read", () => {
  it('English: temadag-en and temadag-words-en together are core’s whole catalogue and the form’s words', async () => {
    const first = (await import(pathToFileURL(`${cdn}${file('temadag-en-')}`).href)) as {
      messages: object;
    };
    const words = await load(file('temadag-words-en-'));
    expect(joined(first.messages, words.messages, enDocument)).toEqual(keysOf(en));
    expect(Object.keys(words.words).sort()).toEqual(Object.keys(enInquiry).sort());
    expect((words.words as typeof enInquiry).send).toBe(enInquiry.send);
  });

  it("Danish: temadag-words-da with the offer's groups is core's whole catalogue and the form's words", async () => {
    // temadag.js holds the Danish offer groups; they have the same keys as the English ones.
    const first = (await import(pathToFileURL(`${cdn}${file('temadag-en-')}`).href)) as {
      messages: object;
    };
    const words = await load(file('temadag-words-da-'));
    expect(joined(first.messages, words.messages, daDocument)).toEqual(keysOf(da));
    expect(Object.keys(words.words).sort()).toEqual(Object.keys(daInquiry).sort());
    expect((words.words as typeof daInquiry).send).toBe(daInquiry.send);
  });
});
