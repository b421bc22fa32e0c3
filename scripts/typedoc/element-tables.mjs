// @ts-check
// TypeDoc plugin: an element's page shows what a page author writes in HTML and CSS, as tables
// read from the widget's custom-elements.json (the same manifest IDEs and the framework types
// use): attributes by their HTML names with the property each sets, events with their class,
// slots, CSS parts and CSS custom properties. The class comment's @attribute, @fires, @slot,
// @csspart and @cssproperty tags, which the manifest was made from, are not rendered again.
import { readFileSync } from 'node:fs';
import { Comment, CommentTag, Converter, ReflectionKind } from 'typedoc';

const MANIFEST = new URL('../../packages/widget/custom-elements.json', import.meta.url);

/** The source tags that the tables replace. */
const SOURCE_TAGS = new Set(['@attribute', '@fires', '@slot', '@csspart', '@cssproperty']);

/** The tables' headings, by the tag that carries each table. */
const HEADINGS = {
  tag_htmlAttributes: 'Attributes',
  tag_elementEvents: 'Events',
  tag_slots: 'Slots',
  tag_cssParts: 'CSS parts',
  tag_cssCustomProperties: 'CSS custom properties',
};

/**
 * @typedef {import('typedoc').CommentDisplayPart} Part
 * @typedef {{ name: string, description?: string, default?: string, fieldName?: string,
 *   type?: { text: string } }} Entry
 * @typedef {{ name: string, customElement?: boolean, tagName?: string, attributes?: Entry[],
 *   events?: Entry[], slots?: Entry[], cssParts?: Entry[], cssProperties?: Entry[] }} Element
 */

/** Text safe in a Markdown table cell: one line, pipes escaped. */
function cell(/** @type {string | undefined} */ text) {
  return (text ?? '').replace(/\s*\n\s*/g, ' ').replaceAll('|', '\\|');
}

/** A code cell (`--temadag-space`), or nothing for an empty value. */
function code(/** @type {string | undefined} */ text) {
  return text ? `\`${cell(text)}\`` : '';
}

/**
 * A table as display parts: Markdown text, with links where a cell names a documented class.
 *
 * @param {string[]} header The column titles.
 * @param {(string | Part)[][]} rows Each row's cells: Markdown text or a link part.
 * @returns {Part[]} The parts.
 */
function table(header, rows) {
  /** @type {Part[]} */
  const parts = [
    { kind: 'text', text: `| ${header.join(' | ')} |\n|${header.map(() => ' --- |').join('')}\n` },
  ];
  for (const row of rows) {
    parts.push({ kind: 'text', text: '|' });
    for (const value of row) {
      parts.push({ kind: 'text', text: ' ' });
      parts.push(typeof value === 'string' ? { kind: 'text', text: value } : value);
      parts.push({ kind: 'text', text: ' |' });
    }
    parts.push({ kind: 'text', text: '\n' });
  }
  return parts;
}

/**
 * The tables of one element, as block tags in the order a reader looks for them.
 *
 * @param {Element} element The element in the manifest.
 * @param {(name: string) => Part} typeLink A link to a documented class, or its name as code.
 * @returns {CommentTag[]} The tags, one per non-empty table.
 */
function elementTables(element, typeLink) {
  /** @type {[keyof typeof HEADINGS, string[], (string | Part)[][]][]} */
  const tables = [
    [
      'tag_htmlAttributes',
      ['Attribute', 'Property', 'Type', 'Description'],
      (element.attributes ?? []).map((a) => [
        code(a.name),
        code(a.fieldName),
        code(a.type?.text),
        cell(a.description),
      ]),
    ],
    [
      'tag_elementEvents',
      ['Event', 'Type', 'Description'],
      (element.events ?? []).map((e) => [
        code(e.name),
        typeLink(e.type?.text ?? 'Event'),
        cell(e.description),
      ]),
    ],
    [
      'tag_slots',
      ['Slot', 'Description'],
      (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]),
    ],
    [
      'tag_cssParts',
      ['Part', 'Description'],
      (element.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
    ],
    [
      'tag_cssCustomProperties',
      ['Property', 'Default', 'Description'],
      (element.cssProperties ?? []).map((p) => [
        code(p.name),
        code(p.default),
        cell(p.description),
      ]),
    ],
  ];
  return tables
    .filter(([, , rows]) => rows.length > 0)
    .map(([key, header, rows]) => {
      const tag = /** @type {`@${string}`} */ (`@${key.slice('tag_'.length)}`);
      return new CommentTag(tag, table(header, rows));
    });
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.internationalization.addTranslations('en', HEADINGS);
  /** @type {Element[]} */
  const elements = JSON.parse(readFileSync(MANIFEST, 'utf8'))
    .modules.flatMap((/** @type {{ declarations?: Element[] }} */ m) => m.declarations ?? [])
    .filter((/** @type {Element} */ d) => d.customElement);

  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project;
    const classes = project.getReflectionsByKind(ReflectionKind.Class);
    /** @type {(name: string) => Part} */
    const typeLink = (name) => {
      const target = classes.find((c) => c.name === name);
      if (!target) return { kind: 'code', text: `\`${name}\`` };
      return { kind: 'inline-tag', tag: '@link', text: name, target };
    };
    for (const element of elements) {
      const cls = classes.find((c) => c.name === element.name);
      if (!cls) continue;
      cls.comment ??= new Comment();
      cls.comment.blockTags = [
        ...cls.comment.blockTags.filter((t) => !SOURCE_TAGS.has(t.tag)),
        ...elementTables(element, typeLink),
      ];
    }
  });
}
