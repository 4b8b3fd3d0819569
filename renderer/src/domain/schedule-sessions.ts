import { dateOfDay } from './calendar-day';
import type { TopicId } from './roadmap';
import type { PlacedSession } from './schedule-placement';
import type { LoggedSession, ScheduledSession } from './schedule-types';
import { isoInZone, MINUTE_MS } from './schedule-zone';
import type { OffsetAt } from './schedule-zone';

/**
 * A session kept as it is, with its plan day: one of the plan in force's in the past
 * (planned, not logged), or one the user pinned.
 */
export type PastSession = PlacedSession & { id: string; pinned?: true };

/**
 * The dated sessions of the placed work, merged in time order with the logged ones. Kept
 * sessions keep their ids; new ones take the ids the plan in force no longer uses, then
 * the lowest part numbers nothing else holds, in time order, so calendars keep their UIDs.
 */
export function toSessions(
  order: readonly TopicId[],
  placedByTopic: ReadonlyMap<TopicId, readonly PlacedSession[]>,
  past: ReadonlyMap<TopicId, readonly PastSession[]>,
  freed: ReadonlyMap<TopicId, readonly string[]>,
  log: readonly LoggedSession[],
  offsetAt: OffsetAt,
): ScheduledSession[] {
  const loggedParts = new Map<TopicId, Set<number>>();
  const loggedStarts = new Map<TopicId, number[]>();
  for (const entry of log) {
    const used = loggedParts.get(entry.topicId) ?? new Set<number>();
    used.add(partOf(entry.sessionId));
    loggedParts.set(entry.topicId, used);
    loggedStarts.set(entry.topicId, [...(loggedStarts.get(entry.topicId) ?? []), Date.parse(entry.start)]);
  }
  const out: { at: number; session: ScheduledSession }[] = [];
  const partsOf = new Map<TopicId, number>();
  const logged: { at: number; session: ScheduledSession }[] = [];
  for (const topicId of order) {
    // In time order: a pinned session may come after placed ones.
    const sessions: (PlacedSession & { pinned?: true })[] = [
      ...(past.get(topicId) ?? []),
      ...(placedByTopic.get(topicId) ?? []),
    ].sort((a, b) => a.start - b.start);
    if (sessions.length === 0) continue;
    const used = new Set(loggedParts.get(topicId));
    for (const s of sessions) if (s.id !== undefined) used.add(partOf(s.id));
    const reuse = [...(freed.get(topicId) ?? [])].filter((id) => !used.has(partOf(id)));
    reuse.sort((a, b) => partOf(a) - partOf(b));
    let next = 0;
    const ids = sessions.map((s) => {
      if (s.id !== undefined) return s.id;
      const again = reuse.shift();
      if (again !== undefined) {
        used.add(partOf(again));
        return again;
      }
      do next++;
      while (used.has(next));
      used.add(next);
      return `${topicId}#${next}`;
    });
    // Labels count in time order (logged sessions keep the label they were logged with), so
    // parts added by a replan never read "part 17" before "part 2"; ids stay for calendars.
    const before = [...(loggedStarts.get(topicId) ?? [])].sort((a, b) => a - b);
    const parts = Math.max(before.length + sessions.length, ...(loggedParts.get(topicId) ?? []));
    partsOf.set(topicId, parts);
    let logAt = 0;
    sessions.forEach((s, i) => {
      const id = ids[i]!;
      while (logAt < before.length && before[logAt]! <= s.start) logAt++;
      out.push({
        at: s.start,
        session: {
          id,
          topicId,
          part: i + 1 + logAt,
          parts,
          date: dateOfDay(s.day),
          start: isoInZone(s.start, offsetAt),
          end: isoInZone(s.end, offsetAt),
          minutes: Math.round((s.end - s.start) / MINUTE_MS),
          ...(s.pinned ? { pinned: true as const } : {}),
        },
      });
    });
  }
  for (const entry of log) {
    logged.push({
      at: Date.parse(entry.start),
      session: {
        id: entry.sessionId,
        topicId: entry.topicId,
        part: partOf(entry.sessionId),
        parts:
          entry.parts ?? partsOf.get(entry.topicId) ?? Math.max(...(loggedParts.get(entry.topicId) ?? [0])),
        date: entry.date,
        start: entry.start,
        end: entry.end,
        minutes: entry.minutes,
        logged: entry.outcome,
        ...(entry.awaitingReplan && entry.outcome === 'missed' ? { awaitingReplan: true as const } : {}),
      },
    });
  }
  // Stable: logged sessions come first and keep the log's order among equal instants.
  return [...logged, ...out].sort((a, b) => a.at - b.at).map(({ session }) => session);
}

/** The part number in a session id (`topic#3` → 3); 0 when the id carries none. */
export function partOf(sessionId: string): number {
  const part = Number(sessionId.slice(sessionId.lastIndexOf('#') + 1));
  return Number.isInteger(part) && part > 0 ? part : 0;
}
