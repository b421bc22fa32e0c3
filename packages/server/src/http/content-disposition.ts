/**
 * The `Content-Disposition` of a download (RFC 6266): `attachment; filename="…"` with the name
 * as it is when it is plain ASCII; otherwise an ASCII stand-in in `filename` (each other
 * character `_`) followed by the exact name in `filename*` (RFC 8187, UTF-8, percent-encoded),
 * which browsers prefer. Quotes, backslashes, control characters and lone surrogates become `_`.
 *
 * @param name - the file name, e.g. `tilbud-T-2026-0042.pdf`
 * @returns the header value
 * @example
 * ```ts
 * attachment('tilbud-T-2026-0042.pdf'); // 'attachment; filename="tilbud-T-2026-0042.pdf"'
 * attachment('tilbud-Århus.pdf');
 * // `attachment; filename="tilbud-_rhus.pdf"; filename*=UTF-8''tilbud-%C3%85rhus.pdf`
 * ```
 */
export function attachment(name: string): string {
  const clean = name.replace(/[\p{Cc}\p{Cs}"\\]/gu, '_');
  const ascii = clean.replace(/[^\x20-\x7e]/gu, '_');
  if (ascii === clean) return `attachment; filename="${ascii}"`;
  return `attachment; filename="${ascii}"; filename*=UTF-8''${extValue(clean)}`;
}

/** RFC 8187's value-chars: attr-char as it is, every other byte percent-encoded. */
function extValue(text: string): string {
  return encodeURIComponent(text).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
