/**
 * The elements of custom-elements.json as the type writers need them: props (writable public
 * properties, and attributes whose name is not a property) and events, for each tag.
 */

/** What the generator reads of a manifest element (a subset of the schema). */
interface ManifestElement {
  name: string;
  tagName: string;
  summary?: string;
  members?: {
    kind: string;
    name: string;
    static?: boolean;
    readonly?: boolean;
    privacy?: string;
    description?: string;
    attribute?: string;
  }[];
  attributes?: {
    name: string;
    fieldName?: string;
    description?: string;
    type?: { text: string };
  }[];
  events?: { name: string; description?: string; type?: { text: string } }[];
}

/** The part of custom-elements.json the writers read. */
export interface ManifestJson {
  /** The manifest's modules. */
  modules: { declarations?: (ManifestElement & { customElement?: boolean; kind: string })[] }[];
}

/** One prop of an element as every framework sees it. */
export interface Prop {
  /** The name as written in markup or JSX (a property name or an attribute name). */
  name: string;
  /** Whether `name` is an HTML attribute (dashes), rather than the property's name. */
  isAttribute: boolean;
  /** The TypeScript type. */
  type: string;
  /** The doc comment's text. */
  description: string;
}

/** One event an element fires (itself or from an element inside it). */
export interface ElementEvent {
  /** The event's name, `temadag-change`. */
  name: string;
  /** The event class, exported by the package, or `Event`. */
  type: string;
  /** The doc comment's text. */
  description: string;
}

/** An element as the framework writers need it. */
export interface ElementTypes {
  /** The class, `TemadagOffer`. */
  className: string;
  /** The tag, `temadag-offer`. */
  tagName: string;
  /** The one-line summary. */
  summary: string;
  /** Its props: writable public properties and the attributes without a property of their name. */
  props: Prop[];
  /** Its events. */
  events: ElementEvent[];
}

/** The attribute's value type in markup: numbers may come as text, like in HTML. */
function attributeType(text: string | undefined): string {
  const bare = (text ?? 'string')
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined' && part !== 'null');
  if (bare.length === 1 && bare[0] === 'boolean') return 'boolean';
  if (bare.length === 1 && bare[0] === 'number') return 'number | string';
  return 'string';
}

/**
 * Reads the elements of a manifest.
 *
 * @param manifest The parsed custom-elements.json.
 * @returns Each element's props and events, with the names of the event classes it uses.
 */
export function readElements(manifest: ManifestJson): {
  elements: ElementTypes[];
  exported: Set<string>;
} {
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
  const exported = new Set(declarations.map((d) => d.name));
  const elements = declarations
    .filter((d) => d.customElement)
    .map((d): ElementTypes => {
      const fields = (d.members ?? []).filter(
        (m) => m.kind === 'field' && !m.static && !m.readonly && m.privacy !== 'private',
      );
      const props: Prop[] = fields.map((f) => ({
        name: f.name,
        isAttribute: false,
        type: `${d.name}['${f.name}']`,
        description: f.description ?? '',
      }));
      const taken = new Set(props.map((p) => p.name));
      for (const a of d.attributes ?? []) {
        if (taken.has(a.name)) continue;
        const field = a.fieldName ? `property \`${a.fieldName}\`` : undefined;
        props.push({
          name: a.name,
          isAttribute: true,
          type: attributeType(a.type?.text),
          description: field
            ? `Attribute of the ${field}: ${a.description ?? ''}`
            : (a.description ?? ''),
        });
      }
      const events = (d.events ?? []).map((e) => {
        const type = e.type?.text ?? 'Event';
        return {
          name: e.name,
          type: exported.has(type) ? type : 'Event',
          description: e.description ?? '',
        };
      });
      return { className: d.name, tagName: d.tagName, summary: d.summary ?? '', props, events };
    });
  return { elements, exported };
}

/**
 * A doc comment for generated code, indented.
 *
 * @param text The comment's text (Markdown).
 * @param indent The indentation of the commented line.
 * @returns The comment, ending in a newline.
 */
export function docComment(text: string, indent: string): string {
  const lines = text.trim().split('\n');
  if (lines.length === 1) return `${indent}/** ${lines[0]?.replaceAll('*/', '*\\/')} */\n`;
  return `${indent}/**\n${lines.map((l) => `${indent} * ${l.replaceAll('*/', '*\\/')}`.trimEnd()).join('\n')}\n${indent} */\n`;
}
