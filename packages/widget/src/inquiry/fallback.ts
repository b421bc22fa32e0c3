// The inquiry as plain text is core's `inquiryToText`; this adds the way to send it by email.
/**
 * A `mailto:` link to the provider with the inquiry as subject and body.
 *
 * @param email - the provider's address
 * @param subject - the subject line
 * @param body - the plain-text inquiry
 * @returns the link, every part percent-encoded
 * @example
 * ```ts
 * mailtoHref('kontakt@example.dk', 'Henvendelse', 'Navn: Anna');
 * // 'mailto:kontakt@example.dk?subject=Henvendelse&body=Navn%3A%20Anna'
 * ```
 */
export function mailtoHref(email: string, subject: string, body: string): string {
  // Line breaks as CRLF, as RFC 6068 asks for bodies.
  const crlf = body.replace(/\r?\n/g, '\r\n');
  return `mailto:${encodeURIComponent(email).replace('%40', '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(crlf)}`;
}
