import { longestPathLayers, topologicalOrder } from './graph';
import type { TopicId } from './roadmap';

/** What the layout needs of a roadmap; plain data, so it can cross to a worker. */
export type LayoutInput = {
  sections: { number: number; topics: { id: TopicId; prerequisites: readonly TopicId[] }[] }[];
};

export type Box = { x: number; y: number; width: number; height: number };
export type TopicBox = Box & { id: TopicId; sectionNumber: number; layer: number };
export type SectionBox = Box & { number: number };

export type RoadmapLayout = {
  topics: TopicBox[];
  sections: SectionBox[];
  width: number;
  height: number;
};

export type LayoutOptions = {
  topicWidth: number;
  topicHeight: number;
  /** Room above a section's topics for its title. */
  sectionHeader: number;
  sectionPadding: number;
  /** Vertical room between two section boxes. */
  sectionGap: number;
  /** Horizontal gap between layers (section padding included). */
  layerGap: number;
  /** Vertical gap between topics of one section and layer. */
  topicGap: number;
};

export const defaultLayoutOptions: LayoutOptions = {
  topicWidth: 176,
  topicHeight: 52,
  sectionHeader: 24,
  sectionPadding: 8,
  sectionGap: 10,
  layerGap: 34,
  topicGap: 8,
};

/**
 * Layered layout of a roadmap: prerequisites flow left to right (a topic sits in a layer
 * right of all its prerequisites) and each section's topics stay together in one box.
 *
 * Sections are placed one at a time, prerequisites' sections first, each at the lowest free
 * height for its layers. A section may move a few layers right of the earliest it could
 * start when that frees height; of a few such trade-offs (and caps on the width), the one
 * that best fills the graph's part of a 1440 × 900 window wins, and a local search then
 * moves single sections while that helps. Written for this shape rather than taken from
 * dagre: dagre's compound layout took 75 s for 1,000 topics here and spread the 56 FastAPI
 * topics over 3,200 × 2,400 px. Coordinates are top-left corners from (0, 0).
 */
export function layoutRoadmap(
  input: LayoutInput,
  options: LayoutOptions = defaultLayoutOptions,
): RoadmapLayout {
  const graph = prepare(input);
  let best: RoadmapLayout | null = null;
  // A handful of trade-offs between width and height; small roadmaps also try capping width.
  const caps = graph.tail.size <= 300 ? [0, 1, 2, 3].map((extra) => graph.depth + extra) : [];
  for (const maxLayers of [Number.POSITIVE_INFINITY, ...caps]) {
    for (const shiftCost of SHIFT_COSTS) {
      const layout = place(input, graph, options, shiftCost, maxLayers);
      if (!best || fitZoom(layout) > fitZoom(best) + 1e-12) best = layout;
    }
  }
  const chosen = best ?? place(input, graph, options, Number.POSITIVE_INFINITY);
  if (!graph.globalLayers) improvePacking(chosen, graph.needs, options);
  return chosen;
}

/** How large a window-shaped viewport can show the whole drawing (bigger is better). */
function fitZoom(layout: Pick<RoadmapLayout, 'width' | 'height'>): number {
  return Math.min(TARGET_ASPECT / Math.max(layout.width, 1), 1 / Math.max(layout.height, 1));
}

/** Pixels of height one layer of shifting right must save to be worth it; ∞ never shifts. */
const SHIFT_COSTS = [Number.POSITIVE_INFINITY, 800, 400, 200, 100, 60, 40, 20];
const MAX_SHIFT = 6;
/** Width over height of the graph's part of a 1440 × 900 window, the shape to fill. */
const TARGET_ASPECT = 1.47;

type Prepared = {
  needs: Map<TopicId, readonly TopicId[]>;
  sectionOf: Map<TopicId, number>;
  /** Sections so that a topic's prerequisites sit in earlier sections or its own. */
  sectionOrder: LayoutInput['sections'];
  /** Set when sections need each other both ways; then topics keep global layers. */
  globalLayers: Map<TopicId, number> | null;
  /** For each topic, the longest chain of topics that need it (0 for none). */
  tail: Map<TopicId, number>;
  /** Layers the deepest prerequisite chain needs. */
  depth: number;
};

function prepare(input: LayoutInput): Prepared {
  const sectionOf = new Map<TopicId, number>();
  for (const section of input.sections)
    for (const topic of section.topics) sectionOf.set(topic.id, section.number);
  const needs = new Map<TopicId, readonly TopicId[]>();
  for (const section of input.sections) {
    for (const topic of section.topics)
      needs.set(
        topic.id,
        topic.prerequisites.filter((p) => sectionOf.has(p)),
      );
  }
  const keys = input.sections.map((s) => `${s.number}`);
  const sectionNeeds = new Map<string, string[]>(keys.map((k) => [k, []]));
  for (const [id, pres] of needs) {
    const own = `${sectionOf.get(id)}`;
    for (const pre of pres) {
      const other = `${sectionOf.get(pre)}`;
      if (other !== own && !sectionNeeds.get(own)!.includes(other)) sectionNeeds.get(own)!.push(other);
    }
  }
  const ordered = topologicalOrder(keys, sectionNeeds);
  if (ordered.length < keys.length) {
    const order = input.sections.flatMap((s) => s.topics.map((t) => t.id));
    return {
      needs,
      sectionOf,
      sectionOrder: input.sections,
      globalLayers: longestPathLayers(order, needs),
      ...tails(order, needs),
    };
  }
  const byKey = new Map(input.sections.map((s) => [`${s.number}`, s]));
  const order = input.sections.flatMap((s) => s.topics.map((t) => t.id));
  return {
    needs,
    sectionOf,
    sectionOrder: ordered.map((k) => byKey.get(k)!),
    globalLayers: null,
    ...tails(order, needs),
  };
}

function tails(order: readonly TopicId[], needs: ReadonlyMap<TopicId, readonly TopicId[]>) {
  const reversed = new Map<TopicId, TopicId[]>(order.map((id) => [id, []]));
  for (const [id, pres] of needs) for (const pre of pres) reversed.get(pre)?.push(id);
  const tail = longestPathLayers(order, reversed);
  const heads = longestPathLayers(order, needs);
  const depth = Math.max(0, ...order.map((id) => (heads.get(id) ?? 0) + 1));
  return { tail, depth };
}

/**
 * Greedy packing. `shiftCost` is the height a one-layer move right must save; `maxLayers`
 * caps how wide moves may make the drawing.
 */
function place(
  input: LayoutInput,
  graph: Prepared,
  o: LayoutOptions,
  shiftCost: number,
  maxLayers = Number.POSITIVE_INFINITY,
): RoadmapLayout {
  const { needs } = graph;
  const columnX = (l: number) => l * (o.topicWidth + o.layerGap);
  const layer = new Map<TopicId, number>();
  const centreY = new Map<TopicId, number>();
  const topics: TopicBox[] = [];
  const boxes = new Map<number, SectionBox>();
  const placed: SectionBox[] = [];
  for (const section of graph.sectionOrder) {
    if (section.topics.length === 0) continue;
    const base = graph.globalLayers ?? sectionLayers(section.topics, needs, layer);
    const baseLayers = section.topics.map((t) => base.get(t.id) ?? 0);
    const first = Math.min(...baseLayers);
    const last = Math.max(...baseLayers);
    const columns = new Map<number, TopicId[]>();
    for (const topic of section.topics) {
      const l = (base.get(topic.id) ?? 0) - first;
      columns.set(l, [...(columns.get(l) ?? []), topic.id]);
    }
    const rows = Math.max(...[...columns.values()].map((c) => c.length));
    const width = columnX(last - first) + o.topicWidth + 2 * o.sectionPadding;
    const height = o.sectionHeader + rows * o.topicHeight + (rows - 1) * o.topicGap + 2 * o.sectionPadding;
    let choice = { shift: 0, y: 0, score: Number.POSITIVE_INFINITY };
    const maxShift = graph.globalLayers || !Number.isFinite(shiftCost) ? 0 : MAX_SHIFT;
    const reach = Math.max(...section.topics.map((t) => (base.get(t.id) ?? 0) + (graph.tail.get(t.id) ?? 0)));
    for (let shift = 0; shift <= maxShift && (shift === 0 || reach + shift < maxLayers); shift++) {
      const y = lowestFreeY(placed, columnX(first + shift) - o.sectionPadding, width, height, o.sectionGap);
      const score = shift === 0 ? y : y + shift * shiftCost;
      if (score < choice.score) choice = { shift, y, score };
      if (y === 0) break;
    }
    const start = first + choice.shift;
    const box: SectionBox = {
      number: section.number,
      x: columnX(start) - o.sectionPadding,
      y: choice.y,
      width,
      height,
    };
    placed.push(box);
    boxes.set(section.number, box);
    for (const [offset, column] of [...columns.entries()].sort((a, b) => a[0] - b[0])) {
      // Order a column by where its prerequisites sit (barycentre) so arrows cross less.
      const weight = (id: TopicId) => {
        const ys = (needs.get(id) ?? []).map((p) => centreY.get(p)).filter((v) => v !== undefined);
        return ys.length > 0 ? ys.reduce((a, b) => a + b, 0) / ys.length : Number.POSITIVE_INFINITY;
      };
      const sorted = column
        .map((id, index) => ({ id, index, w: weight(id) }))
        .sort((a, b) => (a.w === b.w ? a.index - b.index : a.w - b.w));
      // Centre a short column against the section's tallest one.
      const centring = ((rows - column.length) * (o.topicHeight + o.topicGap)) / 2;
      sorted.forEach(({ id }, row) => {
        const l = start + offset;
        const topicY =
          box.y + o.sectionPadding + o.sectionHeader + centring + row * (o.topicHeight + o.topicGap);
        layer.set(id, l);
        topics.push({
          id,
          sectionNumber: section.number,
          layer: l,
          x: columnX(l),
          y: topicY,
          width: o.topicWidth,
          height: o.topicHeight,
        });
        centreY.set(id, topicY + o.topicHeight / 2);
      });
    }
  }
  // Report sections in roadmap order, whatever order they were placed in.
  const sections = input.sections.flatMap((s) => boxes.get(s.number) ?? []);
  const order = new Map(input.sections.flatMap((s) => s.topics.map((t, i) => [t.id, i] as const)));
  topics.sort((a, b) => a.sectionNumber - b.sectionNumber || order.get(a.id)! - order.get(b.id)!);
  const all: Box[] = [...topics, ...sections];
  const minX = Math.min(0, ...sections.map((s) => s.x));
  for (const box of all) box.x -= minX;
  return {
    topics,
    sections,
    width: all.length === 0 ? 0 : Math.max(...all.map((b) => b.x + b.width)),
    height: all.length === 0 ? 0 : Math.max(...all.map((b) => b.y + b.height)),
  };
}

/**
 * Layers of one section's topics: one right of their deepest prerequisite, whether that is
 * in an earlier section (already placed) or in this one.
 */
function sectionLayers(
  topics: LayoutInput['sections'][number]['topics'],
  needs: ReadonlyMap<TopicId, readonly TopicId[]>,
  placed: ReadonlyMap<TopicId, number>,
): Map<TopicId, number> {
  const own = new Set(topics.map((t) => t.id));
  const ids = topics.map((t) => t.id);
  const inner = new Map(ids.map((id) => [id, (needs.get(id) ?? []).filter((p) => own.has(p))]));
  const result = new Map<TopicId, number>();
  const order = topologicalOrder(ids, inner);
  for (const id of order) {
    let value = 0;
    for (const pre of needs.get(id) ?? [])
      value = Math.max(value, (result.get(pre) ?? placed.get(pre) ?? -1) + 1);
    result.set(id, value);
  }
  // Pull early topics right, towards the section's last layer, as far as the section's own
  // topics that need them allow: a narrow box wastes less room than a long sparse one.
  const last = Math.max(...result.values());
  for (let i = order.length - 1; i >= 0; i--) {
    const id = order[i]!;
    let limit = last;
    for (const [other, pres] of inner) if (pres.includes(id)) limit = Math.min(limit, result.get(other)! - 1);
    if (limit > result.get(id)!) result.set(id, limit);
  }
  return result;
}

/**
 * Local search after the greedy packing, which cannot see the sections still to come: moves
 * one section at a time, a few layers left or right as its prerequisites and dependants
 * allow and down to the lowest free height there, while that makes the drawing fit the
 * window better (or as well, packed further up and left). Each move strictly improves, so
 * it ends.
 */
function improvePacking(
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

/** The lowest y at which a box of this x-range fits without touching any placed box. */
function lowestFreeY(
  placed: readonly SectionBox[],
  x: number,
  width: number,
  height: number,
  gap: number,
): number {
  const overlapping = placed.filter((p) => p.x < x + width + gap && x < p.x + p.width + gap);
  const candidates = [0, ...overlapping.map((p) => p.y + p.height + gap)].sort((a, b) => a - b);
  for (const y of candidates) {
    if (overlapping.every((p) => y + height + gap <= p.y || p.y + p.height + gap <= y)) return y;
  }
  return candidates.at(-1) ?? 0;
}
