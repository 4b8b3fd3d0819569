import { dateOfDay, dayNumber } from './calendar-day';
import { clockToMinutes } from './clock';
import type { Plan } from './plan';
import type { TopicId } from './roadmap';
import { weekdayOf } from './schedule-days';
import type { Chunk } from './schedule-placement';
import type { LoggedSession, ScheduledSession } from './schedule-types';
import { isoInZone, MINUTE_MS, wallClockInstant } from './schedule-zone';
import type { OffsetAt } from './schedule-zone';

/**
 * The dated sessions of the placed chunks, merged in time order with the logged ones. Each
 * day's first session starts at its weekday's time on the plan zone's clock.
 */
export function toSessions(
  order: readonly TopicId[],
  chunksByTopic: ReadonlyMap<TopicId, Chunk[]>,
  plan: Plan,
  log: readonly LoggedSession[],
  startDay: number,
  offsetAt: OffsetAt,
): ScheduledSession[] {
  const planned: { session: ScheduledSession; at: number }[] = [];
  // Planned parts take the lowest numbers the log leaves free, in time order: the same work
  // keeps its id when other parts are logged, early or late, and calendars keep their UIDs.
  const usedParts = new Map<TopicId, Set<number>>();
  const loggedEnd = new Map<number, number>();
  for (const entry of log) {
    const used = usedParts.get(entry.topicId) ?? new Set<number>();
    used.add(partOf(entry.sessionId));
    usedParts.set(entry.topicId, used);
    const day = dayNumber(entry.date);
    if (day >= startDay) loggedEnd.set(day, Math.max(loggedEnd.get(day) ?? 0, Date.parse(entry.end)));
  }
  const partsOf = (id: TopicId) => {
    const used = usedParts.get(id) ?? new Set<number>();
    return Math.max(used.size + (chunksByTopic.get(id)?.length ?? 0), ...used);
  };
  // Each day's first session starts at its weekday's time, unless the day before ran past
  // it (a late start with many minutes) or logged sessions hold it: sessions never overlap.
  const dayStart = new Map<number, number>();
  let lastEnd = Number.NEGATIVE_INFINITY;
  for (const id of order) {
    const chunks = chunksByTopic.get(id);
    if (!chunks) continue;
    const used = usedParts.get(id);
    const parts = partsOf(id);
    let part = 0;
    for (const chunk of chunks) {
      do part++;
      while (used?.has(part));
      let base = dayStart.get(chunk.day);
      if (base === undefined) {
        base = Math.max(
          wallClockInstant(chunk.day, clockToMinutes(plan.sessionStart[weekdayOf(chunk.day)]), offsetAt),
          lastEnd,
          loggedEnd.get(chunk.day) ?? Number.NEGATIVE_INFINITY,
        );
        dayStart.set(chunk.day, base);
      }
      const start = base + chunk.offset * MINUTE_MS;
      const end = start + chunk.minutes * MINUTE_MS;
      lastEnd = end;
      planned.push({
        at: start,
        session: {
          id: `${id}#${part}`,
          topicId: id,
          part,
          parts,
          date: dateOfDay(chunk.day),
          start: isoInZone(start, offsetAt),
          end: isoInZone(end, offsetAt),
          minutes: chunk.minutes,
        },
      });
    }
  }
  if (log.length === 0) return planned.map(({ session }) => session);
  const logged = log.map((entry) => ({
    at: Date.parse(entry.start),
    session: {
      id: entry.sessionId,
      topicId: entry.topicId,
      part: partOf(entry.sessionId),
      parts: partsOf(entry.topicId),
      date: entry.date,
      start: entry.start,
      end: entry.end,
      minutes: entry.minutes,
      logged: entry.outcome,
      ...(entry.awaitingReplan && entry.outcome === 'missed' ? { awaitingReplan: true as const } : {}),
    } satisfies ScheduledSession,
  }));
  // Stable: planned sessions never share an instant, logged ones keep the log's order.
  return [...logged, ...planned].sort((a, b) => a.at - b.at).map(({ session }) => session);
}

/** The part number in a session id (`topic#3` → 3); 0 when the id carries none. */
function partOf(sessionId: string): number {
  const part = Number(sessionId.slice(sessionId.lastIndexOf('#') + 1));
  return Number.isInteger(part) && part > 0 ? part : 0;
}
