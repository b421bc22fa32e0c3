/** Document metadata: the XMP packet (with the PDF/UA identifier), dates and the file id. */

/** What the metadata says about the document. */
export interface DocumentMeta {
  title: string;
  author: string;
  subject: string;
  keywords: string;
  language: string;
  /** Creation and modification date, ISO 8601 in UTC without milliseconds. */
  date: string;
  /** The document id as a UUID. */
  id: string;
  creator: string;
  producer: string;
}

/** 32-bit FNV-1a, seeded: a stable fingerprint, not a security hash. */
function fnv(text: string, seed: number): string {
  let hash = 0x811c9dc5 ^ seed;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * A 128-bit hex fingerprint of a text: the document's fixed `/ID`.
 *
 * @param text - what identifies the document (the offer and the options, as JSON)
 * @returns 32 hex digits
 */
export function fingerprint(text: string): string {
  return [1, 2, 3, 4].map((seed) => fnv(text, seed)).join('');
}

/**
 * 32 hex digits as a UUID.
 *
 * @param hex - a fingerprint
 * @returns `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`
 */
export function uuid(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

function xml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * The XMP packet: Dublin Core title, creator, description and language, the PDF and XMP
 * basics, and `pdfuaid:part` 1, which declares the file as PDF/UA-1.
 *
 * @param meta - the document's metadata
 * @returns the packet's XML
 */
export function xmpPacket(meta: DocumentMeta): string {
  const alt = (value: string) =>
    `<rdf:Alt><rdf:li xml:lang="x-default">${xml(value)}</rdf:li></rdf:Alt>`;
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about=""',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"',
    ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/"',
    ' xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"',
    ' xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">',
    '<pdfuaid:part>1</pdfuaid:part>',
    '<dc:format>application/pdf</dc:format>',
    `<dc:title>${alt(meta.title)}</dc:title>`,
    `<dc:creator><rdf:Seq><rdf:li>${xml(meta.author)}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:description>${alt(meta.subject)}</dc:description>`,
    `<dc:language><rdf:Bag><rdf:li>${xml(meta.language)}</rdf:li></rdf:Bag></dc:language>`,
    `<pdf:Producer>${xml(meta.producer)}</pdf:Producer>`,
    meta.keywords ? `<pdf:Keywords>${xml(meta.keywords)}</pdf:Keywords>` : '',
    `<xmp:CreatorTool>${xml(meta.creator)}</xmp:CreatorTool>`,
    `<xmp:CreateDate>${meta.date}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${meta.date}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${meta.date}</xmp:MetadataDate>`,
    `<xmpMM:DocumentID>uuid:${meta.id}</xmpMM:DocumentID>`,
    `<xmpMM:InstanceID>uuid:${meta.id}</xmpMM:InstanceID>`,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="r"?>',
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * A date as the document information dictionary writes it: `D:20261127100000Z`.
 *
 * @param iso - an ISO 8601 date in UTC
 * @returns the PDF date string
 */
export function pdfDate(iso: string): string {
  return `D:${iso.replace(/[-:T]/g, '').replace(/\.\d+/, '').replace(/Z$/, '')}Z`;
}
