import type { Roadmap, RoadmapLayout, TopicBox, TopicId } from '../../domain';
import type { ArrowKey } from './arrow-key';

/** The topic an arrow key moves the focus to from `from`, or null when there is none. */
export function topicInDirection(
  roadmap: Roadmap,
  layout: RoadmapLayout,
  from: TopicId,
  key: ArrowKey,
): TopicId | null {
  const topic = roadmap.topicsById.get(from);
  const boxes = new Map(layout.topics.map((box) => [box.id, box]));
  const start = boxes.get(from);
  if (!topic || !start) return null;
  const order = new Map(roadmap.topics.map((t, index) => [t.id, index]));
  switch (key) {
    case 'ArrowLeft':
      return nearest(start, topic.prerequisites, boxes, order);
    case 'ArrowRight':
      return nearest(
        start,
        roadmap.edges.filter((edge) => edge.from === from).map((edge) => edge.to),
        boxes,
        order,
      );
    case 'ArrowUp':
    case 'ArrowDown': {
      const inSection = readingOrder(
        layout.topics.filter((box) => box.sectionNumber === start.sectionNumber),
        order,
      );
      const at = inSection.findIndex((box) => box.id === from);
      return inSection[at + (key === 'ArrowDown' ? 1 : -1)]?.id ?? null;
    }
  }
}

const centreY = (box: TopicBox) => box.y + box.height / 2;

/** Of `candidates`, the one whose vertical centre is closest to `start`'s; ties by roadmap order. */
function nearest(
  start: TopicBox,
  candidates: readonly TopicId[],
  boxes: ReadonlyMap<TopicId, TopicBox>,
  order: ReadonlyMap<TopicId, number>,
): TopicId | null {
  let best: { id: TopicId; distance: number; rank: number } | null = null;
  for (const id of new Set(candidates)) {
    const box = boxes.get(id);
    if (!box) continue;
    const distance = Math.abs(centreY(box) - centreY(start));
    const rank = order.get(id) ?? Number.POSITIVE_INFINITY;
    if (!best || distance < best.distance || (distance === best.distance && rank < best.rank))
      best = { id, distance, rank };
  }
  return best?.id ?? null;
}

/**
 * A section's topics as Up and Down walk them: down each column of the section's box, then
 * the next column to the right, as one reads text set in columns. So Down alone reaches every
 * topic of the section and Up retraces Down exactly. Moving only within a column would leave
 * a topic alone in its column unreachable by Up/Down, and Left/Right already mean
 * prerequisites and dependants, not neighbouring columns. The walk stops at either end rather
 * than wrapping, so a key that does nothing tells the user they are at the section's first or
 * last topic.
 */
function readingOrder(boxes: readonly TopicBox[], order: ReadonlyMap<TopicId, number>): TopicBox[] {
  const byX = [...boxes].sort((a, b) => a.x - b.x || a.y - b.y);
  // Topics whose left edges lie within half a topic's width share a column, so a layout that
  // nudges a topic sideways does not split its column in two.
  const columns: TopicBox[][] = [];
  for (const box of byX) {
    const column = columns.at(-1);
    if (column && box.x - column[0]!.x < column[0]!.width / 2) column.push(box);
    else columns.push([box]);
  }
  return columns.flatMap((column) =>
    column.sort((a, b) => a.y - b.y || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0)),
  );
}
