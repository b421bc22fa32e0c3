import { ASCENT, DESCENT, type FontKey, type Rgb, type TextStyle } from './theme.js';

/** Measures text and maps it onto what the fonts can draw. */
export interface Measure {
  /** Width in points of a drawable text. */
  width(text: string, font: FontKey, size: number): number;
  /** The text as the fonts can draw it (see `toDrawable`). */
  drawable(text: string): string;
}

/** Where a piece of marked content sits: its page and its marked-content id there. */
export interface MarkedRef {
  page: number;
  mcid: number;
}

/** An attribute value of a structure element: a PDF name (string) or a number. */
export type StructAttribute = string | number;

/** A node of the logical structure tree (Document, H1, P, Table, TR, TH, TD, L, LI, ...). */
export class StructNode {
  readonly kids: (StructNode | MarkedRef)[] = [];
  constructor(
    readonly type: string,
    readonly parent: StructNode | null,
    readonly attributes?: Readonly<Record<string, StructAttribute>>,
  ) {
    parent?.kids.push(this);
  }

  /** Adds a child element and returns it. */
  child(type: string, attributes?: Readonly<Record<string, StructAttribute>>): StructNode {
    return new StructNode(type, this, attributes);
  }
}

/** A line of text placed in a row: `y` is the baseline, measured down from the row's top. */
export interface TextItem {
  kind: 'text';
  x: number;
  y: number;
  text: string;
  style: TextStyle;
  /** The structure element the text belongs to; null for artifacts (repeated table heads). */
  node: StructNode | null;
  /** Top and bottom of the line box, down from the row's top. */
  top: number;
  bottom: number;
}

/** A horizontal rule placed in a row: `y` down from the row's top. */
export interface RuleItem {
  kind: 'rule';
  x1: number;
  x2: number;
  y: number;
  thickness: number;
  color: Rgb;
}

/** Anything drawn. */
export type Item = TextItem | RuleItem;

/**
 * A band of the page that is never split across pages (a line of a paragraph, a table row),
 * unless it is taller than a whole page.
 */
export interface Row {
  height: number;
  /** Space above the row, dropped at the top of a page. */
  spaceBefore: number;
  /** Keep this row on the same page as the next one (headings, a paragraph's first line). */
  keepWithNext: boolean;
  items: Item[];
  /** A table's head, drawn again (as an artifact) when the table continues on a new page. */
  repeatHead?: Row;
}

/** A row placed on a page: `top` is in PDF coordinates (points from the page's bottom). */
export interface PlacedRow {
  row: Row;
  top: number;
}

/**
 * Offsets of a line box of a style: the baseline sits so that the glyph box (ascent 0.931,
 * descent 0.225 of the size) is centred in the line height.
 */
export function lineMetrics(style: TextStyle): { baseline: number; height: number } {
  const glyph = (ASCENT + DESCENT) * style.size;
  return { baseline: (style.leading - glyph) / 2 + ASCENT * style.size, height: style.leading };
}

/**
 * Breaks text into lines no wider than `maxWidth`. Lines break at ordinary spaces only (a
 * no-break space keeps `12.500,00 kr.` whole); `\n` starts a new line; a word wider than the
 * line is cut between characters. A line that ends at a space keeps it (drawn, invisible past
 * the measured width), so text read through the tags has its word breaks.
 */
export function wrapText(
  text: string,
  style: TextStyle,
  maxWidth: number,
  measure: Measure,
): string[] {
  const lines: string[] = [];
  const width = (s: string) => measure.width(s, style.font, style.size);
  for (const paragraph of text.split(/\r?\n/)) {
    const words = measure
      .drawable(paragraph)
      .split(' ')
      .filter((w) => w !== '');
    let line = '';
    // Widths add up (no kerning), so a line's width grows word by word instead of being
    // measured again for every word.
    let lineWidth = 0;
    const space = width(' ');
    for (const word of words) {
      const wordWidth = width(word);
      const candidateWidth = line === '' ? wordWidth : lineWidth + space + wordWidth;
      if (candidateWidth <= maxWidth) {
        line = line === '' ? word : `${line} ${word}`;
        lineWidth = candidateWidth;
        continue;
      }
      if (line !== '') lines.push(`${line} `);
      line = word;
      lineWidth = wordWidth;
      // A word wider than the whole line: cut it.
      while (lineWidth > maxWidth && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && width(line.slice(0, cut)) > maxWidth) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
        lineWidth = width(line);
      }
    }
    if (line !== '') lines.push(`${line} `);
  }
  // The text's last line ends without a space.
  const last = lines.length - 1;
  if (last >= 0) lines[last] = lines[last]!.trimEnd();
  return lines;
}

/** A text part of a table cell: a style and its text, wrapped to the cell. */
export interface CellPart {
  text: string;
  style: TextStyle;
  /** Space above this part, inside the cell. */
  spaceBefore?: number;
  /** When the text takes two lines, make them about as long as each other (table heads). */
  balance?: boolean;
}

/** A table cell. */
export interface CellSpec {
  parts: CellPart[];
  /** `TH` with a scope, or `TD` (default). */
  header?: 'Column' | 'Row';
  /** Columns the cell spans (default 1). */
  colSpan?: number;
  /** Alignment; the column's when left out. */
  align?: 'left' | 'right';
}

/** A table column. */
export interface ColumnSpec {
  width: number;
  align: 'left' | 'right';
}

/** A rule drawn across part of a table row. */
export interface RowRule {
  /** First and last column the rule spans (inclusive); the whole row when left out. */
  from?: number;
  to?: number;
  thickness: number;
  color: Rgb;
  /** Draw two rules 2 pt apart (the double underline of a total). */
  double?: boolean;
}

/** A table row. */
export interface RowSpec {
  cells: CellSpec[];
  above?: RowRule;
  below?: RowRule;
  padTop?: number;
  padBottom?: number;
  /** Space above the row (between the body and the totals). */
  spaceBefore?: number;
  /** Line cells up by their first baselines (default) or by their bottoms (table heads). */
  valign?: 'baseline' | 'bottom';
}

/** The gap between two table columns, split over both cells. */
export const GUTTER = 10;

/**
 * The width a table column needs so that none of its words is cut: the widest word (text
 * split at ordinary spaces; a no-break space keeps `12.500,00 kr.` one word) plus the
 * gutter, and never less than `min`.
 *
 * @param texts - every text of the column, each with its style
 * @param min - the width the design asks for
 * @param measure - the fonts' measure
 * @returns the column's width in points
 */
export function columnWidth(
  texts: readonly { text: string; style: TextStyle }[],
  min: number,
  measure: Measure,
): number {
  let widest = 0;
  for (const { text, style } of texts) {
    for (const word of measure.drawable(text).split(/[ \n]/)) {
      widest = Math.max(widest, measure.width(word, style.font, style.size));
    }
  }
  return Math.max(min, Math.ceil(widest + GUTTER));
}

/** Builds the rows of a document from top to bottom, tagging every text as it goes. */
export class Flow {
  readonly rows: Row[] = [];
  private pendingSpace = 0;

  constructor(
    readonly measure: Measure,
    readonly x0: number,
    readonly width: number,
  ) {}

  /** Adds vertical space before the next row (the larger of two spaces wins). */
  space(points: number): void {
    this.pendingSpace = Math.max(this.pendingSpace, points);
  }

  /** Adds a row. */
  push(row: Omit<Row, 'spaceBefore'> & { spaceBefore?: number }): Row {
    const placed: Row = {
      ...row,
      spaceBefore: Math.max(row.spaceBefore ?? 0, this.pendingSpace),
    };
    this.pendingSpace = 0;
    this.rows.push(placed);
    return placed;
  }

  /** Marks the last row as kept with the next (a heading with what follows it). */
  keepLastWithNext(): void {
    const last = this.rows[this.rows.length - 1];
    if (last) last.keepWithNext = true;
  }

  /**
   * A paragraph, one row per line, so it can break across pages; a first or last line is
   * never left alone on a page when the paragraph has more lines.
   */
  paragraph(
    text: string,
    style: TextStyle,
    node: StructNode,
    options: {
      indent?: number;
      keepWithNext?: boolean;
      /** A list item's bullet, tagged as its `Lbl`. */
      label?: { text: string; node: StructNode };
    } = {},
  ): void {
    const indent = options.indent ?? 0;
    const lines = wrapText(text, style, this.width - indent, this.measure);
    const { baseline, height } = lineMetrics(style);
    lines.forEach((line, i) => {
      const items: Item[] = [];
      if (i === 0 && options.label) {
        items.push({
          kind: 'text',
          x: this.x0 + indent - 10,
          y: baseline,
          text: options.label.text,
          style,
          node: options.label.node,
          top: 0,
          bottom: height,
        });
      }
      items.push({
        kind: 'text',
        x: this.x0 + indent,
        y: baseline,
        text: line,
        style,
        node,
        top: 0,
        bottom: height,
      });
      const isLast = i === lines.length - 1;
      const keep =
        (isLast && options.keepWithNext === true) ||
        (lines.length > 1 && (i === 0 || i === lines.length - 2));
      this.push({ height, keepWithNext: keep, items });
    });
  }

  /** A heading kept with what follows it. */
  heading(text: string, style: TextStyle, node: StructNode, spaceBefore: number): void {
    this.space(spaceBefore);
    this.paragraph(text, style, node, { keepWithNext: true });
  }

  /** A bulleted list: `L` > `LI` > (`Lbl`, `LBody`). */
  list(items: readonly string[], style: TextStyle, parent: StructNode): void {
    const list = parent.child('L', { O: 'List', ListNumbering: 'Disc' });
    for (const text of items) {
      const li = list.child('LI');
      const label = { text: '\u2022', node: li.child('Lbl') };
      this.paragraph(text, style, li.child('LBody'), { indent: 12, label });
    }
  }

  /** A table; each row is kept whole, and the head rows repeat when the table breaks. */
  table(
    columns: readonly ColumnSpec[],
    head: readonly RowSpec[],
    body: readonly RowSpec[],
    parent: StructNode,
    attributes?: Readonly<Record<string, StructAttribute>>,
  ): StructNode {
    const table = parent.child('Table', attributes);
    const starts: number[] = [];
    let x = this.x0;
    for (const column of columns) {
      starts.push(x);
      x += column.width;
    }
    const build = (spec: RowSpec, tr: StructNode | null): Row => {
      const items: Item[] = [];
      const padTop = spec.padTop ?? 5;
      const padBottom = spec.padBottom ?? 5;
      let col = 0;
      const cells: { items: TextItem[]; baseline: number; bottom: number }[] = [];
      for (const cell of spec.cells) {
        const span = cell.colSpan ?? 1;
        const first = col;
        const last = col + span - 1;
        const column = columns[first]!;
        const left = starts[first]! + (first === 0 ? 0 : GUTTER / 2);
        const right =
          starts[last]! + columns[last]!.width - (last === columns.length - 1 ? 0 : GUTTER / 2);
        const align = cell.align ?? column.align;
        const attrs: Record<string, StructAttribute> = {};
        if (cell.header) {
          attrs.O = 'Table';
          attrs.Scope = cell.header;
        }
        if (span > 1) {
          attrs.O = 'Table';
          attrs.ColSpan = span;
        }
        const node = tr
          ? tr.child(cell.header ? 'TH' : 'TD', Object.keys(attrs).length > 0 ? attrs : undefined)
          : null;
        const cellItems: TextItem[] = [];
        let y = padTop;
        for (const part of cell.parts) {
          if (part.text === '') continue;
          y += part.spaceBefore ?? 0;
          const { baseline, height } = lineMetrics(part.style);
          let lines = wrapText(part.text, part.style, right - left, this.measure);
          if (part.balance && lines.length === 2) lines = balance(lines, part.style, this.measure);
          for (const line of lines) {
            const w = this.measure.width(line.trimEnd(), part.style.font, part.style.size);
            cellItems.push({
              kind: 'text',
              x: align === 'right' ? right - w : left,
              y: y + baseline,
              text: line,
              style: part.style,
              node,
              top: y,
              bottom: y + height,
            });
            y += height;
          }
        }
        cells.push({ items: cellItems, baseline: cellItems[0]?.y ?? 0, bottom: y });
        col += span;
      }
      // Line the cells up: first baselines level, or (table heads) last lines level.
      const target =
        spec.valign === 'bottom'
          ? Math.max(...cells.map((c) => c.bottom))
          : Math.max(...cells.map((c) => c.baseline));
      let contentBottom = padTop;
      for (const cell of cells) {
        if (cell.items.length === 0) continue;
        const by = target - (spec.valign === 'bottom' ? cell.bottom : cell.baseline);
        for (const item of cell.items) items.push(shift(item, by));
        contentBottom = Math.max(contentBottom, cell.bottom + by);
      }
      const contentHeight = contentBottom - padTop;
      let height = padTop + contentHeight + padBottom;
      const rule = (r: RowRule, y: number) => {
        const from = r.from ?? 0;
        const to = r.to ?? columns.length - 1;
        const x1 = starts[from]! + (from === 0 ? 0 : GUTTER / 2);
        const x2 = starts[to]! + columns[to]!.width;
        items.push({ kind: 'rule', x1, x2, y, thickness: r.thickness, color: r.color });
      };
      if (spec.above) rule(spec.above, 0);
      if (spec.below) {
        rule(spec.below, height);
        if (spec.below.double) {
          rule(spec.below, height + 2);
          height += 2;
        }
        height += spec.below.thickness / 2;
      }
      return { height, spaceBefore: spec.spaceBefore ?? 0, keepWithNext: false, items };
    };
    // The head as an artifact, for repeating on later pages.
    const repeat = head.length > 0 ? head.map((spec) => build(spec, null)) : [];
    const repeatHead: Row | undefined =
      repeat.length === 0
        ? undefined
        : {
            height: repeat.reduce((sum, r) => sum + r.height, 0),
            spaceBefore: 0,
            keepWithNext: false,
            items: stack(repeat),
          };
    head.forEach((spec, i) => {
      const row = build(spec, table.child('TR'));
      // Never leave a head alone at the bottom of a page.
      this.push({ ...row, keepWithNext: true, spaceBefore: i === 0 ? 0 : row.spaceBefore });
    });
    for (const spec of body) {
      const row = build(spec, table.child('TR'));
      this.push(repeatHead ? { ...row, repeatHead } : row);
    }
    return table;
  }
}

/** Two lines re-broken so that the longer of them is as short as it can be. */
function balance(lines: string[], style: TextStyle, measure: Measure): string[] {
  const words = lines
    .map((line) => line.trimEnd())
    .join(' ')
    .split(' ');
  const width = (s: string) => measure.width(s.trimEnd(), style.font, style.size);
  let best = lines;
  let bestWidth = Math.max(...lines.map(width));
  for (let i = 1; i < words.length; i++) {
    const candidate = [`${words.slice(0, i).join(' ')} `, words.slice(i).join(' ')];
    const widest = Math.max(...candidate.map(width));
    if (widest < bestWidth) {
      best = candidate;
      bestWidth = widest;
    }
  }
  return best;
}

/** The items of rows stacked on top of each other, as one row's items. */
function stack(rows: readonly Row[]): Item[] {
  const items: Item[] = [];
  let offset = 0;
  for (const row of rows) {
    for (const item of row.items) items.push(shift(item, offset));
    offset += row.height;
  }
  return items;
}

function shift<T extends Item>(item: T, by: number): T {
  return item.kind === 'text'
    ? { ...item, y: item.y + by, top: item.top + by, bottom: item.bottom + by }
    : { ...item, y: item.y + by };
}

/**
 * Cuts a row taller than a page at the lowest line boundary that fits in `room`: the part
 * above goes on this page, the rest on the next. Only rows taller than a page are cut.
 */
function splitRow(row: Row, room: number): [Row, Row] | undefined {
  const edges = row.items
    .map((item) => (item.kind === 'text' ? item.bottom : item.y))
    .filter((y) => y > 0 && y <= room)
    .sort((a, b) => b - a);
  for (const cut of edges) {
    const straddles = row.items.some(
      (item) => item.kind === 'text' && item.top < cut && item.bottom > cut,
    );
    if (straddles) continue;
    const above = row.items.filter((item) =>
      item.kind === 'text' ? item.bottom <= cut : item.y <= cut,
    );
    const below = row.items
      .filter((item) => (item.kind === 'text' ? item.bottom > cut : item.y > cut))
      .map((item) => shift(item, -cut));
    return [
      { ...row, height: cut, keepWithNext: false, items: above },
      { ...row, height: row.height - cut, spaceBefore: 0, items: below },
    ];
  }
  return undefined;
}

/**
 * Places rows on pages from `top` down to `bottom` (PDF coordinates). A row never straddles
 * a page break; a row kept with the next moves to a new page together with it; a table that
 * continues on a new page gets its head drawn again first.
 *
 * @returns the rows of each page with their positions
 */
export function paginate(rows: readonly Row[], top: number, bottom: number): PlacedRow[][] {
  const pages: PlacedRow[][] = [[]];
  const pageHeight = top - bottom;
  let y = top;
  const queue = [...rows];
  // Whether the current page holds nothing yet but a repeated table head.
  let fresh = true;
  let i = 0;
  while (i < queue.length) {
    const row = queue[i]!;
    const page = pages[pages.length - 1]!;
    const gap = fresh ? 0 : row.spaceBefore;
    // The row and every row it is kept with.
    let needed = gap + row.height;
    for (let j = i; queue[j]?.keepWithNext && queue[j + 1]; j++) {
      needed += queue[j + 1]!.spaceBefore + queue[j + 1]!.height;
    }
    if (needed > pageHeight) needed = gap + row.height;
    const newPage = () => {
      pages.push([]);
      y = top;
      fresh = true;
      if (row.repeatHead) {
        pages[pages.length - 1]!.push({ row: row.repeatHead, top: y });
        y -= row.repeatHead.height;
      }
    };
    // A row taller than a whole page is cut anyway: start it where we are.
    const tooTall = row.height > pageHeight - (row.repeatHead?.height ?? 0);
    if (!fresh && !tooTall && y - needed < bottom) {
      newPage();
      continue;
    }
    if (row.height > y - gap - bottom) {
      // Cut at a line boundary; if nothing fits here, go on on a new page.
      const parts = splitRow(row, y - gap - bottom);
      if (parts) {
        queue.splice(i, 1, parts[0], parts[1]);
        continue;
      }
      if (!fresh) {
        newPage();
        continue;
      }
    }
    y -= gap;
    page.push({ row, top: y });
    y -= row.height;
    fresh = false;
    i++;
  }
  return pages;
}
