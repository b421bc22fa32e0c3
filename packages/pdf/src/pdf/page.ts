import type { FontUse } from '../font/embedded.js';
import {
  lineMetrics,
  type Item,
  type PlacedRow,
  type StructNode,
  type TextItem,
} from '../layout.js';
import { COLORS, MARGIN, PAGE, STYLES, type FontKey, type Rgb } from '../theme.js';
import { findLinks } from './links.js';
import { num as n } from './writer.js';

/** A link drawn on a page: its `Link` element, its box (PDF coordinates) and its target. */
export interface PageLink {
  node: StructNode;
  rect: [number, number, number, number];
  uri: string;
  text: string;
}

/** A page's content stream and what the structure tree needs from it. */
export interface DrawnPage {
  content: string;
  /** The element owning each MCID, in MCID order. */
  owners: StructNode[];
  links: PageLink[];
}

/** What every page shares: the fonts, their resource names and the footer's left text. */
export interface PageContext {
  fonts: Record<FontKey, FontUse>;
  resource: Record<FontKey, string>;
  footerLeft: string;
  /** "Side N af M" for a page index. */
  pageLabel: (index: number) => string;
}

function color(c: Rgb): string {
  return `${n(c.r)} ${n(c.g)} ${n(c.b)}`;
}

/**
 * Draws one page: every row's text as marked content of its structure element (or as an
 * artifact), rules as layout artifacts, email and web addresses as `Link` elements of their
 * own, and the footer with the page number as a pagination artifact.
 *
 * @param placed - the page's rows with their positions
 * @param index - the page's index (its MCIDs start at 0)
 * @param context - fonts and footer
 * @returns the content stream, the MCID owners and the links
 */
export function drawPage(
  placed: readonly PlacedRow[],
  index: number,
  context: PageContext,
): DrawnPage {
  const { fonts, resource } = context;
  const owners: StructNode[] = [];
  const links: PageLink[] = [];
  const ops: string[] = [];
  const width = (text: string, item: TextItem) =>
    (fonts[item.style.font].width(text) * item.style.size) / 1000;
  // Colour and font are graphics state: set them only when they change.
  let fill = '';
  let font = '';
  const show = (item: TextItem, text: string, x: number, y: number) => {
    const wantFill = `${color(item.style.color)} rg `;
    const wantFont = `${resource[item.style.font]} ${n(item.style.size)} Tf `;
    const state = (wantFill === fill ? '' : wantFill) + 'BT ' + (wantFont === font ? '' : wantFont);
    fill = wantFill;
    font = wantFont;
    return `${state}${n(x)} ${n(y)} Td ${fonts[item.style.font].encode(text)} Tj ET`;
  };
  const rule = (item: Extract<Item, { kind: 'rule' }>, y: number) =>
    `${color(item.color)} RG ${n(item.thickness)} w ${n(item.x1)} ${n(y)} m ${n(item.x2)} ${n(y)} l S`;
  const mark = (node: StructNode) => {
    const mcid = owners.length;
    owners.push(node);
    node.kids.push({ page: index, mcid });
    return `/${node.type} <</MCID ${mcid}>> BDC`;
  };

  const draw = ({ row, top }: PlacedRow, artifact: boolean) => {
    let open: StructNode | null | undefined;
    const close = () => {
      if (open !== undefined) ops.push('EMC');
      open = undefined;
    };
    for (const item of row.items) {
      if (item.kind === 'rule') {
        close();
        ops.push(`/Artifact <</Type /Layout>> BDC ${rule(item, top - item.y)} EMC`);
        continue;
      }
      const node = artifact ? null : item.node;
      const y = top - item.y;
      const found = node ? findLinks(item.text) : [];
      if (found.length > 0 && node) {
        // The text around each address stays in the element; the address gets a Link child.
        close();
        let at = 0;
        const plain = (end: number) => {
          const text = item.text.slice(at, end);
          if (text === '') return;
          ops.push(
            mark(node),
            show(item, text, item.x + width(item.text.slice(0, at), item), y),
            'EMC',
          );
        };
        for (const link of found) {
          plain(link.start);
          const linkNode = node.child('Link');
          const text = item.text.slice(link.start, link.end);
          const x = item.x + width(item.text.slice(0, link.start), item);
          ops.push(mark(linkNode), show(item, text, x, y), 'EMC');
          const { size } = item.style;
          links.push({
            node: linkNode,
            rect: [x, y - 0.25 * size, x + width(text, item), y + 0.95 * size],
            uri: link.uri,
            text,
          });
          at = link.end;
        }
        plain(item.text.length);
        continue;
      }
      if (node !== open) {
        close();
        ops.push(node === null ? '/Artifact <</Type /Pagination>> BDC' : mark(node));
        open = node;
      }
      ops.push(show(item, item.text, item.x, y));
    }
    close();
  };
  for (const row of placed) {
    draw(
      row,
      row.row.items.every((i) => i.kind === 'rule' || i.node === null),
    );
  }

  // Footer: offer number and "Side N af M", a pagination artifact.
  const footer = STYLES.footer;
  const label = context.pageLabel(index);
  const baseline = MARGIN + footer.leading - lineMetrics(footer).baseline;
  const ruleY = MARGIN + footer.leading + 6;
  const footerItem = (x: number, text: string) => {
    const item: TextItem = {
      kind: 'text',
      x,
      y: 0,
      text,
      style: footer,
      node: null,
      top: 0,
      bottom: 0,
    };
    return show(item, text, x, baseline);
  };
  const rightX = PAGE.width - MARGIN - (fonts[footer.font].width(label) * footer.size) / 1000;
  ops.push(
    '/Artifact <</Type /Pagination /Subtype /Footer>> BDC',
    rule(
      {
        kind: 'rule',
        x1: MARGIN,
        x2: PAGE.width - MARGIN,
        y: 0,
        thickness: 0.5,
        color: COLORS.rule,
      },
      ruleY,
    ),
    footerItem(MARGIN, context.footerLeft),
    footerItem(rightX, label),
    'EMC',
  );
  return { content: ops.join('\n'), owners, links };
}
