import { StructNode } from '../layout.js';
import { name, type PdfDict, type PdfRef, type PdfValue, type PdfWriter } from './writer.js';

/** A link annotation and the `Link` structure element it belongs to. */
export interface LinkAnnotation {
  node: StructNode;
  annot: PdfRef;
  /** Page index. */
  page: number;
  /** The annotation's `/StructParent` key in the parent tree. */
  key: number;
}

/**
 * Writes the logical structure: every element (marked-content ids on their page, object
 * references for link annotations), the parent tree (per page: the element of each MCID; per
 * annotation: its `Link` element) and the root.
 *
 * @param writer - the file being written
 * @param root - the `Document` element
 * @param pageRefs - the pages, in order
 * @param parentTree - per page, the element owning each MCID
 * @param links - the link annotations
 * @returns the `StructTreeRoot`'s reference
 */
export function writeStructTree(
  writer: PdfWriter,
  root: StructNode,
  pageRefs: readonly PdfRef[],
  parentTree: readonly StructNode[][],
  links: readonly LinkAnnotation[],
): PdfRef {
  const rootRef = writer.ref();
  const refs = new Map<StructNode, PdfRef>();
  const allocate = (node: StructNode) => {
    refs.set(node, writer.ref());
    for (const kid of node.kids) if (kid instanceof StructNode) allocate(kid);
  };
  allocate(root);
  const objects = new Map<StructNode, LinkAnnotation[]>();
  for (const link of links) objects.set(link.node, [...(objects.get(link.node) ?? []), link]);
  const write = (node: StructNode) => {
    let pageOf: number | undefined;
    const kids: PdfValue[] = [];
    for (const kid of node.kids) {
      if (kid instanceof StructNode) {
        kids.push(refs.get(kid)!);
        continue;
      }
      pageOf ??= kid.page;
      kids.push(
        kid.page === pageOf
          ? kid.mcid
          : { Type: name('MCR'), Pg: pageRefs[kid.page]!, MCID: kid.mcid },
      );
    }
    for (const link of objects.get(node) ?? []) {
      kids.push({ Type: name('OBJR'), Pg: pageRefs[link.page]!, Obj: link.annot });
    }
    let attributes: PdfDict | undefined;
    if (node.attributes) {
      attributes = Object.fromEntries(
        Object.entries(node.attributes).map(([key, value]) => [
          key,
          typeof value === 'number' ? value : name(value),
        ]),
      );
    }
    writer.set(refs.get(node)!, {
      Type: name('StructElem'),
      S: name(node.type),
      P: node.parent ? refs.get(node.parent)! : rootRef,
      Pg: pageOf === undefined ? undefined : pageRefs[pageOf]!,
      A: attributes,
      K: kids.length === 0 ? undefined : kids.length === 1 ? kids[0] : kids,
    });
    for (const kid of node.kids) if (kid instanceof StructNode) write(kid);
  };
  write(root);
  const nums: PdfValue[] = [];
  parentTree.forEach((owners, page) => {
    nums.push(
      page,
      owners.map((node) => refs.get(node)!),
    );
  });
  for (const link of links) nums.push(link.key, refs.get(link.node)!);
  return writer.set(rootRef, {
    Type: name('StructTreeRoot'),
    K: refs.get(root)!,
    ParentTree: writer.add({ Nums: nums }),
    ParentTreeNextKey: pageRefs.length + links.length,
  });
}
