import { zlibSync } from 'fflate';

/** A PDF name (`/Type`). */
export class PdfName {
  constructor(readonly value: string) {}
}

/** A reference to an indirect object (`12 0 R`). */
export class PdfRef {
  constructor(readonly id: number) {}
}

/** Text written as it is (a hex string made elsewhere, for instance). */
export class PdfRaw {
  constructor(readonly text: string) {}
}

/**
 * A PDF value: JavaScript strings are PDF text strings, numbers are numbers (rounded to
 * hundredths), plain objects are dictionaries (keys are names), arrays are arrays.
 */
export type PdfValue =
  PdfName | PdfRef | PdfRaw | string | number | boolean | null | readonly PdfValue[] | PdfDict;

/** A dictionary; `undefined` entries are left out. */
export interface PdfDict {
  readonly [key: string]: PdfValue | undefined;
}

/** Shorthand for a name. */
export function name(value: string): PdfName {
  return new PdfName(value);
}

/** A number as the content streams and objects write it: at most two decimals, no `-0`. */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

function nameText(value: string): string {
  let out = '/';
  for (const byte of new TextEncoder().encode(value)) {
    const printable =
      byte > 0x20 && byte < 0x7f && !'#()<>[]{}/%'.includes(String.fromCharCode(byte));
    out += printable ? String.fromCharCode(byte) : `#${byte.toString(16).padStart(2, '0')}`;
  }
  return out;
}

/** A text string: literal when it is plain ASCII, else UTF-16BE in hex with a byte order mark. */
function stringText(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return `(${value.replace(/[\\()]/g, '\\$&')})`;
  let hex = '<FEFF';
  for (let i = 0; i < value.length; i++) {
    hex += value.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  }
  return `${hex}>`;
}

/** Serialises a value (ASCII only, so its bytes are its characters). */
export function serialize(value: PdfValue): string {
  if (value === null) return 'null';
  if (typeof value === 'number') return num(value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return stringText(value);
  if (value instanceof PdfName) return nameText(value.value);
  if (value instanceof PdfRef) return `${value.id} 0 R`;
  if (value instanceof PdfRaw) return value.text;
  if (Array.isArray(value)) return `[${value.map((v: PdfValue) => serialize(v)).join(' ')}]`;
  const entries = Object.entries(value as PdfDict).filter(([, v]) => v !== undefined);
  return `<<${entries.map(([k, v]) => `${nameText(k)} ${serialize(v!)}`).join(' ')}>>`;
}

type Entry = { kind: 'object'; text: string } | { kind: 'stream'; dict: PdfDict; data: Uint8Array };

const ascii = new TextEncoder();

/**
 * Deflates for `/FlateDecode` (zlib format); the same bytes in Node and in browsers. Level 4:
 * on these repetitive streams fflate's level 6 took about three times as long for 1.6 % less.
 */
export function deflate(data: Uint8Array): Uint8Array {
  return zlibSync(data, { level: 4 });
}

/**
 * Collects the objects of a PDF file and writes it: streams as plain objects, every other
 * object in one compressed object stream, and a cross-reference stream (PDF 1.5+).
 */
export class PdfWriter {
  private readonly entries: (Entry | undefined)[] = [undefined];

  /** Reserves an object number, for objects that refer to each other. */
  ref(): PdfRef {
    this.entries.push(undefined);
    return new PdfRef(this.entries.length - 1);
  }

  /** Sets the value of a reserved object. */
  set(ref: PdfRef, value: PdfValue): PdfRef {
    this.entries[ref.id] = { kind: 'object', text: serialize(value) };
    return ref;
  }

  /** Adds an object and returns its reference. */
  add(value: PdfValue): PdfRef {
    return this.set(this.ref(), value);
  }

  /** Adds a stream, deflated unless `compress` is false; sets `/Length` (and `/Filter`). */
  stream(dict: PdfDict, data: Uint8Array | string, compress = true, ref = this.ref()): PdfRef {
    const bytes = typeof data === 'string' ? ascii.encode(data) : data;
    const body = compress ? deflate(bytes) : bytes;
    this.entries[ref.id] = {
      kind: 'stream',
      dict: { ...dict, Filter: compress ? name('FlateDecode') : undefined, Length: body.length },
      data: body,
    };
    return ref;
  }

  /**
   * Writes the file.
   *
   * @param trailer - the catalog, the document information and the file identifier (hex)
   * @returns the file's bytes
   */
  finish(trailer: { root: PdfRef; info: PdfRef; id: string }): Uint8Array {
    const chunks: Uint8Array[] = [];
    let length = 0;
    const write = (data: Uint8Array | string) => {
      const bytes = typeof data === 'string' ? ascii.encode(data) : data;
      chunks.push(bytes);
      length += bytes.length;
    };
    // The header's second line: bytes above 127 mark the file as binary.
    write('%PDF-1.7\n');
    write(new Uint8Array([0x25, 0xe2, 0xe3, 0xcf, 0xd3, 0x0a]));
    const xref: [number, number, number][] = [[0, 0, 0xffff]];
    const writeStream = (id: number, dict: PdfDict, data: Uint8Array) => {
      xref[id] = [1, length, 0];
      write(`${id} 0 obj\n${serialize(dict)}\nstream\n`);
      write(data);
      write('\nendstream\nendobj\n');
    };
    const packed: { id: number; text: string }[] = [];
    this.entries.forEach((entry, id) => {
      if (id === 0) return;
      if (!entry) throw new Error(`PDF writer: object ${id} was reserved but never set`);
      if (entry.kind === 'stream') writeStream(id, entry.dict, entry.data);
      else packed.push({ id, text: entry.text });
    });
    const objStm = this.entries.length;
    let header = '';
    let body = '';
    packed.forEach(({ id, text }, index) => {
      header += `${id} ${body.length} `;
      body += `${text}\n`;
      xref[id] = [2, objStm, index];
    });
    const objData = deflate(ascii.encode(`${header}\n${body}`));
    writeStream(
      objStm,
      {
        Type: name('ObjStm'),
        N: packed.length,
        First: header.length + 1,
        Filter: name('FlateDecode'),
        Length: objData.length,
      },
      objData,
    );
    const xrefId = objStm + 1;
    xref[xrefId] = [1, length, 0];
    const table = new Uint8Array(7 * (xrefId + 1));
    const dv = new DataView(table.buffer);
    xref.forEach(([type, field2, field3], id) => {
      dv.setUint8(7 * id, type);
      dv.setUint32(7 * id + 1, field2);
      dv.setUint16(7 * id + 5, field3);
    });
    const xrefData = deflate(table);
    const xrefStart = length;
    const id = new PdfRaw(`<${trailer.id}>`);
    writeStream(
      xrefId,
      {
        Type: name('XRef'),
        Size: xrefId + 1,
        W: [1, 4, 2],
        Root: trailer.root,
        Info: trailer.info,
        ID: [id, id],
        Filter: name('FlateDecode'),
        Length: xrefData.length,
      },
      xrefData,
    );
    write(`startxref\n${xrefStart}\n%%EOF\n`);
    const out = new Uint8Array(length);
    let at = 0;
    for (const chunk of chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }
}
