import type { CanvasNode } from './canvas-schema';

/** A node with the lines it starts on in the file (the node, and its `"text"` value). */
export type PlacedNode = CanvasNode & { line: number; textLine: number };

/** Which group holds each text node, and the text nodes left half in, half out of one. */
export type Membership = {
  /** By text node id: the innermost group whose box holds the node's whole box. */
  groupOf: Map<string, PlacedNode>;
  /** Text nodes only partly inside the smallest group they touch, with that group. */
  straddling: { node: PlacedNode; group: PlacedNode }[];
};

/**
 * Group membership by geometry, as canvas apps show it: a node belongs to a group when its
 * box lies inside the group's box, edges touching allowed; with nested groups, to the
 * smallest. A node only partly inside is most likely one the user meant to put in.
 */
export function innermostGroups(groups: readonly PlacedNode[], texts: readonly PlacedNode[]): Membership {
  // Smallest first, so the first group found is the innermost; the id breaks ties between
  // equal areas, so the file's order never matters.
  const bySize = [...groups].sort((a, b) => area(a) - area(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const groupOf = new Map<string, PlacedNode>();
  const straddling: Membership['straddling'] = [];
  for (const node of texts) {
    // The smallest group the node touches must hold it whole: one half in a group nested in
    // another is as much a slip as one half out of every group.
    const touched = bySize.find((group) => holds(group, node) || overlaps(group, node));
    if (!touched) continue;
    if (holds(touched, node)) groupOf.set(node.id, touched);
    else straddling.push({ node, group: touched });
  }
  return { groupOf, straddling };
}

function area(box: CanvasNode): number {
  return box.width * box.height;
}

function holds(outer: CanvasNode, inner: CanvasNode): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

/** Boxes that share some area (touching edges do not count). */
function overlaps(a: CanvasNode, b: CanvasNode): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
