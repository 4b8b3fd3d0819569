import { lowestFreeY, MAX_SHIFT } from './layout-fit';
import type { Prepared } from './layout-prepare';
import { sectionLayers } from './layout-prepare';
import type { Box, LayoutInput, LayoutOptions, RoadmapLayout, SectionBox, TopicBox } from './layout-types';
import type { TopicId } from './roadmap';

/**
 * Greedy packing. `shiftCost` is the height a one-layer move right must save; `maxLayers`
 * caps how wide moves may make the drawing.
 */
export function place(
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
