/**
 * Mail in the server's tests: a real SMTP server on loopback that keeps every message, and a
 * small MIME reader (headers, multiparts, base64 and quoted-printable bodies, encoded words).
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

// --- a loopback SMTP server -----------------------------------------------------------------

/** One message as the SMTP server received it. */
export interface Mail {
  from: string;
  to: string[];
  /** The message as sent (headers and body), read as latin1 so every byte survives. */
  raw: string;
}

/**
 * An SMTP server on 127.0.0.1 (no TLS, no auth) that keeps every message.
 *
 * @param port - the port; a random free one by default
 */
export async function startSmtp(port = 0): Promise<{
  port: number;
  mails: Mail[];
  close: () => Promise<void>;
}> {
  const mails: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('latin1'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = (server as unknown as { server: Server }).server.address() as AddressInfo;
  return {
    port: address.port,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// --- a small MIME reader --------------------------------------------------------------------

/** One leaf part of a message: its headers (names in lower case) and its decoded body. */
export interface MailPart {
  headers: Record<string, string>;
  body: Buffer;
}

function parseHeaders(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of block.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const i = line.indexOf(':');
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  return headers;
}

function decodeBody(body: string, encoding: string | undefined): Buffer {
  const kind = encoding?.toLowerCase();
  if (kind === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64');
  if (kind === 'quoted-printable') {
    const soft = body.replace(/=\r\n/g, '');
    const bytes: number[] = [];
    for (let i = 0; i < soft.length; i++) {
      const hex = soft.slice(i + 1, i + 3);
      if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
        bytes.push(parseInt(hex, 16));
        i += 2;
      } else bytes.push(soft.charCodeAt(i));
    }
    return Buffer.from(bytes);
  }
  return Buffer.from(body, 'latin1');
}

/** The top-level headers and the leaf parts (multiparts opened, bodies decoded) of a message. */
export function parseMail(raw: string): { headers: Record<string, string>; parts: MailPart[] } {
  const split = (text: string): MailPart[] => {
    const at = text.indexOf('\r\n\r\n');
    const headers = parseHeaders(at < 0 ? text : text.slice(0, at));
    const body = at < 0 ? '' : text.slice(at + 4);
    const boundary = /boundary="?([^";\r\n]+)"?/i.exec(headers['content-type'] ?? '')?.[1];
    if (!boundary)
      return [{ headers, body: decodeBody(body, headers['content-transfer-encoding']) }];
    return body
      .split(`--${boundary}`)
      .slice(1, -1)
      .flatMap((part) => split(part.replace(/^\r\n/, '')));
  };
  const at = raw.indexOf('\r\n\r\n');
  return { headers: parseHeaders(raw.slice(0, at)), parts: split(raw) };
}

/** A header with RFC 2047 encoded words (`=?UTF-8?B?…?=`, `=?UTF-8?Q?…?=`) decoded. */
export function decodeHeader(value: string): string {
  return value.replace(
    /=\?utf-8\?([BQ])\?([^?]*)\?=(\s+(?==\?))?/gi,
    (_, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeBody(text.replace(/_/g, ' '), 'quoted-printable').toString('utf8'),
  );
}
