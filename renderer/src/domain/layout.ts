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
  topicHeight: 58,
  sectionHeader: 26,
  sectionPadding: 10,
  sectionGap: 14,
  layerGap: 44,
  topicGap: 10,
};

/**
 * Layered layout of a roadmap: prerequisites flow left to right (a topic sits in a layer
 * right of all its prerequisites) and each section's topics stay together in one box.
 *
 * Sections are placed one at a time, prerequisites' sections first, each at the lowest free
 * height for its layers. A section may move a few layers right of the earliest it could
 * start when that frees height; of a few such trade-offs the one that best fills a
 * 16:10 screen wins. Written for this shape rather than taken from dagre: dagre's compound
 * layout took 75 s for 1,000 topics here and spread the 56 FastAPI topics over
 * 3,200 × 2,400 px. Coordinates are top-left corners from (0, 0).
 */
export function layoutRoadmap(
  input: LayoutInput,
  options: LayoutOptions = defaultLayoutOptions,
): RoadmapLayout {
  const graph = prepare(input);
  let best: RoadmapLayout | null = null;
  let bestZoom = -1;
  for (const shiftCost of SHIFT_COSTS) {
    const layout = place(input, graph, options, shiftCost);
    const zoom = Math.min(1.6 / Math.max(layout.width, 1), 1 / Math.max(layout.height, 1));
    if (zoom > bestZoom + 1e-12) {
      best = layout;
      bestZoom = zoom;
    }
  }
  return best ?? place(input, graph, options, Number.POSITIVE_INFINITY);
}

/** Pixels of height one layer of shifting right must save to be worth it; ∞ never shifts. */
const SHIFT_COSTS = [Number.POSITIVE_INFINITY, 400, 200, 100, 40];
const MAX_SHIFT = 4;

type Prepared = {
  needs: Map<TopicId, readonly TopicId[]>;
  sectionOf: Map<TopicId, number>;
  /** Sections so that a topic's prerequisites sit in earlier sections or its own. */
  sectionOrder: LayoutInput['sections'];
  /** Set when sections need each other both ways; then topics keep global layers. */
  globalLayers: Map<TopicId, number> | null;
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
    return { needs, sectionOf, sectionOrder: input.sections, globalLayers: longestPathLayers(order, needs) };
  }
  const byKey = new Map(input.sections.map((s) => [`${s.number}`, s]));
  return { needs, sectionOf, sectionOrder: ordered.map((k) => byKey.get(k)!), globalLayers: null };
}

function place(input: LayoutInput, graph: Prepared, o: LayoutOptions, shiftCost: number): RoadmapLayout {
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
    for (let shift = 0; shift <= maxShift; shift++) {
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
