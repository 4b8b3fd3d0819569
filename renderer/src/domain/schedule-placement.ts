import type { TopicId } from './roadmap';

/** Minutes of one topic on a plan day, `offset` minutes after the day's first session starts. */
export type Chunk = { day: number; offset: number; minutes: number };

/** The days and session lengths work may be placed in. */
export type PlacementLimits = {
  /** The first plan day (a day number). */
  startDay: number;
  /** The last day anything may go on. */
  limitDay: number;
  /** Minutes a day offers (see `dayCapacity`). */
  capacity: (day: number) => number;
  minSessionMinutes: number;
  maxSessionMinutes: number;
};

/** Where `placeWork` put each topic, and how much did not fit. */
export type Placement = {
  /** Every topic placed whole, its chunks in time order. */
  chunksByTopic: Map<TopicId, Chunk[]>;
  /** Minutes of the topics that did not fit before `limitDay`. */
  unplaced: number;
};

/**
 * Places topics in `order` one after another, filling each day up to its capacity: chunks
 * at most the longest session, and at least the shortest unless they finish a topic. Once a
 * topic does not fit before the limit, it and everything after it stay unplaced.
 */
export function placeWork(
  order: readonly TopicId[],
  remaining: ReadonlyMap<TopicId, number>,
  limits: PlacementLimits,
): Placement {
  const { limitDay, capacity, minSessionMinutes: min, maxSessionMinutes: max } = limits;
  const chunksByTopic = new Map<TopicId, Chunk[]>();
  let day = limits.startDay;
  let used = 0;
  let unplaced = 0;
  for (const id of order) {
    let left = remaining.get(id)!;
    if (unplaced > 0) {
      unplaced += left;
      continue;
    }
    const chunks: Chunk[] = [];
    while (left > 0) {
      if (day > limitDay) break;
      const chunk = Math.min(left, max, capacity(day) - used);
      // A fragment shorter than the shortest session is only worth making when it ends the topic.
      if (chunk <= 0 || (chunk < left && chunk < min)) {
        day++;
        used = 0;
        continue;
      }
      chunks.push({ day, offset: used, minutes: chunk });
      used += chunk;
      left -= chunk;
    }
    // A topic is planned whole or not at all, so its part count is always true.
    if (left > 0) unplaced += remaining.get(id)!;
    else chunksByTopic.set(id, chunks);
  }
  return { chunksByTopic, unplaced };
}
