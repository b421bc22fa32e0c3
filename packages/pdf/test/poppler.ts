import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'temadag-pdf-'));
let count = 0;

/** Writes the bytes to a fresh temporary file and returns its path. */
export function toFile(bytes: Uint8Array): string {
  const path = join(dir, `offer-${++count}.pdf`);
  writeFileSync(path, bytes);
  return path;
}

function run(tool: string, args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** `pdftotext -layout`, with no-break spaces turned into spaces. */
export function pdfText(bytes: Uint8Array): string {
  return nbsp(run('pdftotext', ['-layout', '-enc', 'UTF-8', toFile(bytes), '-']));
}

/** `pdfinfo` as a record of its fields. */
export function pdfInfo(bytes: Uint8Array): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of run('pdfinfo', ['-enc', 'UTF-8', toFile(bytes)]).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match) info[match[1]!] = match[2]!;
  }
  return info;
}

/** A word's box as `pdftotext -bbox` gives it: points from the page's top left. */
export interface WordBox {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** A page of `pdftotext -bbox`: its size and its words. */
export interface BoxPage {
  width: number;
  height: number;
  words: WordBox[];
}

function unescape(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The word boxes of every page (`pdftotext -bbox`). */
export function pdfWordBoxes(bytes: Uint8Array): BoxPage[] {
  const html = run('pdftotext', ['-bbox', '-enc', 'UTF-8', toFile(bytes), '-']);
  const pages: BoxPage[] = [];
  const pageRe = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g;
  const wordRe =
    /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const page of html.matchAll(pageRe)) {
    const words: WordBox[] = [];
    for (const w of page[3]!.matchAll(wordRe)) {
      words.push({
        xMin: Number(w[1]),
        yMin: Number(w[2]),
        xMax: Number(w[3]),
        yMax: Number(w[4]),
        text: nbsp(unescape(w[5]!)),
      });
    }
    pages.push({ width: Number(page[1]), height: Number(page[2]), words });
  }
  return pages;
}

/** The text of each page's lines, from `pdftotext -layout` split at form feeds. */
export function pdfPages(bytes: Uint8Array): string[] {
  return pdfText(bytes)
    .split('\f')
    .filter((page, i, all) => i < all.length - 1 || page.trim() !== '');
}

/** No-break spaces (as in `12.500,00 kr.`) as plain spaces, for comparing. */
export function nbsp(text: string): string {
  return text.replace(/[\u00A0\u202F]/g, ' ');
}

/** `pdfinfo -struct-text`: the structure tree with the text of each element, as poppler reads it. */
export function pdfStructText(bytes: Uint8Array): string {
  return nbsp(run('pdfinfo', ['-enc', 'UTF-8', '-struct-text', toFile(bytes)]));
}
