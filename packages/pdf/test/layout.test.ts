import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Flow, StructNode, paginate, wrapText, type Measure, type Row } from '../src/layout.js';
import { STYLES } from '../src/theme.js';
import { toDrawable } from '../src/winansi.js';

/** Every character 5 pt wide at size 10: easy to reason about. */
const measure: Measure = {
  width: (text, _font, size) => [...text].length * size * 0.5,
  drawable: (text) => toDrawable(text, (cp) => cp < 0x100 || cp === 0x2013),
};

const TOP = 800;
const BOTTOM = 100;

/** A row of `lines` lines of 10 pt each, one text item per line. */
function row(lines: number, options: Partial<Row> = {}, label = 'r'): Row {
  return {
    height: lines * 10,
    spaceBefore: 0,
    keepWithNext: false,
    items: Array.from({ length: lines }, (_, i) => ({
      kind: 'text' as const,
      x: 0,
      y: i * 10 + 8,
      text: `${label}${i}`,
      style: STYLES.body,
      node: null,
      top: i * 10,
      bottom: i * 10 + 10,
    })),
    ...options,
  };
}

describe('wrapText', () => {
  it('breaks at spaces, never inside a no-break space, and cuts words longer than a line', () => {
    const style = { ...STYLES.body, size: 10 };
    // A line broken at a space keeps the space, so tagged text has its word breaks.
    expect(wrapText('aaa bbb ccc', style, 40, measure)).toEqual(['aaa bbb ', 'ccc']);
    expect(wrapText('12.500,00\u00A0kr. x', style, 70, measure)).toEqual([
      '12.500,00\u00A0kr. ',
      'x',
    ]);
    expect(wrapText('abcdefghijkl', style, 25, measure)).toEqual(['abcde', 'fghij', 'kl']);
    expect(wrapText('one\ntwo', style, 500, measure)).toEqual(['one ', 'two']);
    expect(wrapText('', style, 500, measure)).toEqual([]);
  });
});

describe('paginate', () => {
  it('moves a row that does not fit to the next page whole', () => {
    const pages = paginate([row(60), row(5)], TOP, BOTTOM);
    expect(pages).toHaveLength(1);
    const two = paginate([row(60), row(15)], TOP, BOTTOM);
    expect(two.map((p) => p.length)).toEqual([1, 1]);
    expect(two[1]![0]!.top).toBe(TOP);
  });

  it('keeps a heading with the row after it', () => {
    const pages = paginate([row(68), row(1, { keepWithNext: true }), row(3)], TOP, BOTTOM);
    expect(pages.map((p) => p.length)).toEqual([1, 2]);
  });

  it('draws the table head again on a continuation page', () => {
    const head = row(1, {}, 'head');
    const pages = paginate(
      [row(65), row(4, { repeatHead: head }), row(4, { repeatHead: head })],
      TOP,
      BOTTOM,
    );
    expect(pages).toHaveLength(2);
    expect(pages[1]![0]!.row).toBe(head);
    expect(pages[1]![1]!.top).toBe(TOP - 10);
  });

  it('cuts a row taller than a page at a line boundary, starting where it is', () => {
    const pages = paginate([row(10), row(100)], TOP, BOTTOM);
    expect(pages).toHaveLength(2);
    expect(pages[0]![1]!.row.height).toBe(600);
    expect(pages[1]![0]!.row.height).toBe(400);
  });

  it('never places a row across the bottom, keeps order and loses no line (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            lines: fc.integer({ min: 1, max: 90 }),
            space: fc.integer({ min: 0, max: 30 }),
            keep: fc.boolean(),
          }),
          { minLength: 1, maxLength: 40 },
        ),
        (specs) => {
          const rows = specs.map((s, i) =>
            row(s.lines, { spaceBefore: s.space, keepWithNext: s.keep }, `r${i}-`),
          );
          const pages = paginate(rows, TOP, BOTTOM);
          const seen: string[] = [];
          for (const page of pages) {
            expect(page.length).toBeGreaterThan(0);
            let previousBottom = TOP;
            for (const placed of page) {
              expect(placed.top).toBeLessThanOrEqual(previousBottom);
              expect(placed.top - placed.row.height).toBeGreaterThanOrEqual(BOTTOM);
              previousBottom = placed.top - placed.row.height;
              for (const item of placed.row.items) if (item.kind === 'text') seen.push(item.text);
            }
          }
          const all = rows.flatMap((r) =>
            r.items.map((item) => (item.kind === 'text' ? item.text : '')),
          );
          expect(seen).toEqual(all);
          // A row that fits on a page is never cut.
          for (const r of rows) {
            if (r.height <= TOP - BOTTOM) {
              const holder = pages.flat().filter((p) => p.row.items.includes(r.items[0]!));
              expect(holder).toHaveLength(1);
              expect(holder[0]!.row.items).toHaveLength(r.items.length);
            }
          }
        },
      ),
    );
  });
});

describe('Flow', () => {
  it('tags a table as Table > TR > TH/TD, with scope and column span', () => {
    const root = new StructNode('Document', null);
    const flow = new Flow(measure, 0, 400);
    flow.table(
      [
        { width: 300, align: 'left' },
        { width: 100, align: 'right' },
      ],
      [{ cells: [{ parts: [{ text: 'A', style: STYLES.head }], header: 'Column' }] }],
      [
        {
          cells: [
            { parts: [{ text: 'x', style: STYLES.body }], header: 'Row', colSpan: 1 },
            { parts: [{ text: '1,00 kr.', style: STYLES.body }] },
          ],
        },
      ],
      root,
    );
    const table = root.kids[0] as StructNode;
    expect(table.type).toBe('Table');
    const [head, body] = table.kids as StructNode[];
    expect(head!.type).toBe('TR');
    expect((head!.kids[0] as StructNode).type).toBe('TH');
    expect((head!.kids[0] as StructNode).attributes).toEqual({ O: 'Table', Scope: 'Column' });
    expect((body!.kids as StructNode[]).map((k) => k.type)).toEqual(['TH', 'TD']);
    // The amount is right-aligned in its column.
    const amount = flow.rows[1]!.items.find((i) => i.kind === 'text' && i.text === '1,00 kr.');
    expect(
      amount && amount.kind === 'text' ? amount.x + measure.width('1,00 kr.', 'regular', 9.5) : 0,
    ).toBe(400);
  });

  it('lines up the first baselines of the cells in a row', () => {
    const root = new StructNode('Document', null);
    const flow = new Flow(measure, 0, 400);
    flow.table(
      [
        { width: 200, align: 'left' },
        { width: 200, align: 'left' },
      ],
      [],
      [
        {
          cells: [
            { parts: [{ text: 'label', style: STYLES.label }] },
            { parts: [{ text: 'value', style: STYLES.body }] },
          ],
        },
      ],
      root,
    );
    const [a, b] = flow.rows[0]!.items;
    expect(a!.y).toBeCloseTo(b!.y, 6);
  });
});
