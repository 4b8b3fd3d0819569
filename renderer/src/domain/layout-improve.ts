import { fitZoom, lowestFreeY, MAX_SHIFT, TARGET_ASPECT } from './layout-fit';
import type { Box, LayoutOptions, RoadmapLayout, SectionBox, TopicBox } from './layout-types';
import type { TopicId } from './roadmap';

/**
 * Local search after the greedy packing, which cannot see the sections still to come: moves
 * one section at a time, a few layers left or right as its prerequisites and dependants
 * allow and down to the lowest free height there, while that makes the drawing fit the
 * window better (or as well, packed further up and left). Each move strictly improves, so
 * it ends.
 */
export function improvePacking(
  layout: RoadmapLayout,
  needs: ReadonlyMap<TopicId, readonly TopicId[]>,
  o: LayoutOptions,
): void {
  const columnWidth = o.topicWidth + o.layerGap;
  const topicsOf = new Map<number, TopicBox[]>();
  const byId = new Map<TopicId, TopicBox>();
  for (const topic of layout.topics) {
    topicsOf.set(topic.sectionNumber, [...(topicsOf.get(topic.sectionNumber) ?? []), topic]);
    byId.set(topic.id, topic);
  }
  const dependants = new Map<TopicId, TopicId[]>();
  for (const [id, pres] of needs)
    for (const pre of pres) dependants.set(pre, [...(dependants.get(pre) ?? []), id]);

  /** Whether a section's topics may all move `shift` layers without breaking an arrow. */
  const feasible = (section: number, shift: number) =>
    (topicsOf.get(section) ?? []).every((topic) => {
      const next = topic.layer + shift;
      if (next < 0) return false;
      const outside = (id: TopicId) => byId.get(id)?.sectionNumber !== section;
      const pres = (needs.get(topic.id) ?? []).filter(outside);
      const deps = (dependants.get(topic.id) ?? []).filter(outside);
      return pres.every((p) => byId.get(p)!.layer < next) && deps.every((d) => byId.get(d)!.layer > next);
    });
  const measure = (boxes: readonly Box[]) => {
    const left = Math.min(...boxes.map((b) => b.x));
    const width = Math.max(...boxes.map((b) => b.x + b.width)) - left;
    const height = Math.max(...boxes.map((b) => b.y + b.height));
    // Second aim, for moves that keep the zoom: pull boxes up and left, which frees the
    // right and bottom edges so later moves can shrink the drawing.
    const spread = boxes.reduce((sum, b) => sum + (b.x + b.width - left) / TARGET_ASPECT + b.y + b.height, 0);
    return { zoom: fitZoom({ width, height }), spread };
  };

  const boxes = layout.sections;
  // Each round makes the one best move; the bound only guards against pathological input.
  for (let round = 0; round < 4 * boxes.length; round++) {
    const current = measure(boxes);
    let move: { box: SectionBox; shift: number; y: number; zoom: number; spread: number } | null = null;
    for (const box of boxes) {
      const others = boxes.filter((b) => b !== box);
      for (let shift = -MAX_SHIFT; shift <= MAX_SHIFT; shift++) {
        if (shift !== 0 && !feasible(box.number, shift)) continue;
        const x = box.x + shift * columnWidth;
        const y = lowestFreeY(others, x, box.width, box.height, o.sectionGap);
        if (shift === 0 && y === box.y) continue;
        const after = measure([...others, { ...box, x, y }]);
        const bar = move ?? current;
        if (
          after.zoom > bar.zoom + 1e-12 ||
          (after.zoom > bar.zoom - 1e-12 && after.spread < bar.spread - 1e-6)
        ) {
          move = { box, shift, y, ...after };
        }
      }
    }
    if (!move) break;
    const dy = move.y - move.box.y;
    move.box.x += move.shift * columnWidth;
    move.box.y = move.y;
    for (const topic of topicsOf.get(move.box.number) ?? []) {
      topic.layer += move.shift;
      topic.x += move.shift * columnWidth;
      topic.y += dy;
    }
  }

  const all: Box[] = [...layout.topics, ...boxes];
  if (all.length === 0) return;
  const minX = Math.min(...boxes.map((b) => b.x));
  for (const box of all) box.x -= minX;
  layout.width = Math.max(...all.map((b) => b.x + b.width));
  layout.height = Math.max(...all.map((b) => b.y + b.height));
}
