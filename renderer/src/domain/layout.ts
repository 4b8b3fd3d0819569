import { topologicalOrder } from './graph';
import { packColumns } from './layout-columns';
import { defaultLayoutOptions } from './layout-types';
import type { LayoutInput, LayoutOptions, RoadmapLayout, SectionBox, TopicBox } from './layout-types';
import type { TopicId } from './roadmap';
import { wrappedLines } from './title-lines';

export { defaultLayoutOptions } from './layout-types';
export type { Box, LayoutInput, LayoutOptions, RoadmapLayout, SectionBox, TopicBox } from './layout-types';

type Section = LayoutInput['sections'][number];
/** A section measured before it is placed: its topics in columns, top to bottom. */
type Measured = {
  number: number;
  width: number;
  height: number;
  header: number;
  columns: { id: TopicId; height: number }[][];
};

/**
 * The roadmap as titled section boxes in columns, in section-number order down each column
 * and then rightwards, so the drawing reads like the roadmap; each section lists its topics
 * in study order (prerequisites first, else roadmap order). Boxes are as tall as their
 * wrapped titles need, so every title shows whole. Arrows run in the gaps between columns
 * and sections (see `routeEdges`). Written for this shape rather than taken from dagre:
 * dagre's compound layout took 75 s for 1,000 topics here, and a layered layout spread the
 * 56 FastAPI topics so wide that their titles could not be read at fit view.
 * Coordinates are top-left corners; the drawing starts at (0, 0) with a margin for arrows.
 */
export function layoutRoadmap(input: LayoutInput, o: LayoutOptions = defaultLayoutOptions): RoadmapLayout {
  const measured = input.sections.filter((s) => s.topics.length > 0).map((s) => measure(s, o));
  const counts = packColumns(measured, { x: o.columnGap, y: o.sectionGap }, o.aspect);
  const topics: TopicBox[] = [];
  const sections: SectionBox[] = [];
  const margin = { x: o.columnGap / 2, y: o.sectionGap };
  let x = margin.x;
  let column = 0;
  let next = 0;
  let height = 0;
  for (const count of counts) {
    const group = measured.slice(next, next + count);
    next += count;
    let y = margin.y;
    for (const section of group) {
      sections.push({
        number: section.number,
        x,
        y,
        width: section.width,
        height: section.height,
        header: section.header,
      });
      section.columns.forEach((inner, i) => {
        let topicY = y + section.header;
        for (const topic of inner) {
          topics.push({
            id: topic.id,
            sectionNumber: section.number,
            column: column + i,
            x: x + o.sectionPadding + i * (o.topicWidth + o.columnGap),
            y: topicY,
            width: o.topicWidth,
            height: topic.height,
          });
          topicY += topic.height + o.topicGap;
        }
      });
      y += section.height + o.sectionGap;
    }
    height = Math.max(height, y - o.sectionGap + margin.y);
    const innerColumns = Math.max(...group.map((s) => s.columns.length));
    x += Math.max(...group.map((s) => s.width)) + o.columnGap;
    column += innerColumns;
  }
  // Report topics in roadmap order, whatever order they were placed in.
  const order = new Map(input.sections.flatMap((s) => s.topics.map((t, i) => [t.id, i] as const)));
  const sectionOrder = new Map(input.sections.map((s, i) => [s.number, i] as const));
  topics.sort(
    (a, b) =>
      sectionOrder.get(a.sectionNumber)! - sectionOrder.get(b.sectionNumber)! ||
      order.get(a.id)! - order.get(b.id)!,
  );
  return {
    topics,
    sections,
    width: sections.length === 0 ? 0 : x - o.columnGap + margin.x,
    height: sections.length === 0 ? 0 : height,
    columnGap: o.columnGap,
    titleFont: Math.min(o.titleFont, o.sectionFont),
    sectionGap: o.sectionGap,
  };
}

function measure(section: Section, o: LayoutOptions): Measured {
  const ids = section.topics.map((t) => t.id);
  const own = new Set(ids);
  const inner = new Map(section.topics.map((t) => [t.id, t.prerequisites.filter((p) => own.has(p))]));
  const ordered = topologicalOrder(ids, inner);
  // Topics in a cycle have no study order: they follow in roadmap order.
  const placed = new Set(ordered);
  const studyOrder = [...ordered, ...ids.filter((id) => !placed.has(id))];
  const titleOf = new Map(section.topics.map((t) => [t.id, t.title ?? '']));
  const titleWidth = o.topicWidth - o.topicInsetX;
  const sized = studyOrder.map((id) => {
    const lines = wrappedLines(titleOf.get(id)!, titleWidth, o.titleFont);
    const shown = Math.min(o.maxTitleLines, Math.max(o.minTitleLines, lines));
    return { id, height: o.topicInsetY + shown * o.titleLineHeight };
  });
  const columns: Measured['columns'] = [];
  const perColumn = Math.ceil(sized.length / Math.ceil(sized.length / o.maxColumnTopics));
  for (let i = 0; i < sized.length; i += perColumn) columns.push(sized.slice(i, i + perColumn));
  const width = columns.length * o.topicWidth + (columns.length - 1) * o.columnGap + 2 * o.sectionPadding;
  const headerLines = wrappedLines(section.title ?? '', width - o.sectionInsetX, o.sectionFont);
  const header = o.sectionInsetY + headerLines * o.sectionLineHeight;
  const tallest = Math.max(
    ...columns.map((c) => c.reduce((sum, t) => sum + t.height, 0) + (c.length - 1) * o.topicGap),
  );
  return { number: section.number, width, height: header + tallest + o.sectionPadding, header, columns };
}
