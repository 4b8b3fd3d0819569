import type { TopicId } from './roadmap';
import { MINUTE_MS, planDayOf } from './schedule-zone';
import type { OffsetAt } from './schedule-zone';
import type { Span, TimeKind, Timeline } from './schedule-timeline';

/** A planned session of a previous schedule (the plan in force), in ms since the epoch. */
export type PreviousSession = { id: string; topicId: TopicId; start: number; end: number };

/** A session placed on a plan day; `id` when it keeps a session of the plan in force. */
export type PlacedSession = Span & { topicId: TopicId; day: number; id?: string };

/** What `placeWork` needs besides the timeline. */
export type PlacementInput = {
  /** Open topics in study order. */
  order: readonly TopicId[];
  /** Minutes to place per topic. */
  remaining: ReadonlyMap<TopicId, number>;
  /** Each topic's open prerequisites. */
  prerequisites: ReadonlyMap<TopicId, readonly TopicId[]>;
  /** Each topic's precedence group: a topic starts after every topic of a lower group ends. */
  groupOf: ReadonlyMap<TopicId, number>;
  /** Ends of work already fixed per topic (sessions kept in the past): followers start after them. */
  fixedEnd: ReadonlyMap<TopicId, number>;
  /** Planned sessions of the plan in force starting at or after `now`; null for a first plan. */
  previous: readonly PreviousSession[] | null;
  /**
   * The plan in force as it stands: its sessions stay even closer than the break to each
   * other (made before the break changed), so nothing moves until a save or replan.
   */
  keepCloseSessions?: boolean;
  now: number;
  limitDay: number;
  minSessionMinutes: number;
  maxSessionMinutes: number;
  offsetAt: OffsetAt;
};

/** Where `placeWork` put each topic, and how much did not fit. */
export type Placement = {
  /** Each topic placed whole, its sessions in time order. */
  sessionsByTopic: Map<TopicId, PlacedSession[]>;
  /** Ids of the plan in force's sessions that are no longer used, per topic. */
  freed: Map<TopicId, string[]>;
  /** Minutes of the topics that did not fit before `limitDay` or within the session cap. */
  unplaced: number;
  /** True when placing stopped at `MAX_SESSIONS`. */
  capped: boolean;
};

/** The most sessions a schedule holds: no one follows more, and memory stays bounded. */
export const MAX_SESSIONS = 20_000;

type Held = PlacedSession & { id: string; alive: boolean };

/**
 * Places each topic's minutes in study order. Sessions of the plan in force stay where they
 * are whenever every rule still holds; the work they no longer cover goes into reserve time,
 * then free time, before the first session of any topic that must follow (with a break: then
 * both together, then that first session's place); only then does it take later time,
 * displacing sessions of the plan in force (which are then placed again).
 * A topic is planned whole or not at all; once one does not fit, the rest stay unplanned.
 */
export function placeWork(timeline: Timeline, input: PlacementInput): Placement {
  const { order, remaining, now, previous } = input;
  const held = holdPrevious(timeline, input);
  const heldByDay = new Map<number, Held[]>();
  for (const list of held.values()) {
    for (const h of list) heldByDay.set(h.day, [...(heldByDay.get(h.day) ?? []), h]);
  }
  const deadline = deadlines(input, held);
  const sessionsByTopic = new Map<TopicId, PlacedSession[]>();
  const freed = new Map<TopicId, string[]>();
  const ends = new Map<TopicId, number>(input.fixedEnd);
  const groupEnds = new Map<number, number>();
  const free = (h: Held) => {
    if (!h.alive) return;
    h.alive = false;
    timeline.release(h.day, h);
    freed.set(h.topicId, [...(freed.get(h.topicId) ?? []), h.id]);
  };
  let unplaced = 0;
  let capped = false;
  let total = 0;
  for (const id of order) {
    const own = held.get(id) ?? [];
    if (unplaced > 0) {
      own.forEach(free);
      unplaced += remaining.get(id)!;
      continue;
    }
    const group = input.groupOf.get(id)!;
    let earliest = now;
    for (const pre of input.prerequisites.get(id) ?? []) earliest = Math.max(earliest, ends.get(pre) ?? now);
    for (const [g, end] of groupEnds) if (g < group) earliest = Math.max(earliest, end);

    let need = remaining.get(id)!;
    const placed: PlacedSession[] = [];
    for (const h of own) {
      if (!h.alive) continue;
      if (h.start < earliest || need <= 0) {
        free(h);
        continue;
      }
      const minutes = (h.end - h.start) / MINUTE_MS;
      if (minutes > need) {
        // The topic needs less than before: the last kept session ends early.
        const end = h.start + need * MINUTE_MS;
        timeline.release(h.day, { start: end, end: h.end });
        h.end = end;
      }
      h.alive = false;
      placed.push({ start: h.start, end: h.end, day: h.day, topicId: id, id: h.id });
      need -= (h.end - h.start) / MINUTE_MS;
    }
    const until = deadline.get(id) ?? Number.POSITIVE_INFINITY;
    const fill = (kind: TimeKind, to: number, steal: boolean, from = earliest, first = false) => {
      if (need > 0)
        need = fillTime(
          timeline,
          input,
          { topicId: id, need, from, to, kind, maxPlaced: MAX_SESSIONS - total },
          placed,
          steal ? { heldByDay, free, first } : null,
        );
    };
    if (previous) fill('reserve', until, false);
    fill('free', until, false);
    if (previous && timeline.breakMs > 0) {
      // Free time and reserve side by side take a piece neither takes alone.
      fill('any', until, false);
      if (until !== Number.POSITIVE_INFINITY && need > 0) {
        // The work takes the place of the first session that must follow it, which moves
        // (often only along its own day, into the reserve): displacing an earlier session of
        // another topic instead hands that topic a deadline just as near, and so on down a
        // chain, the more so as a break leaves a displaced slot too short to share. Back to
        // back (no break), placement stays what it was before breaks (the golden cases).
        fill('any', until + Math.min(need, input.maxSessionMinutes) * MINUTE_MS, true, until, true);
      }
    }
    fill(previous ? 'any' : 'free', Number.POSITIVE_INFINITY, previous !== null);
    if (need > 0) {
      capped = total + placed.length >= MAX_SESSIONS;
      for (const session of placed) timeline.release(session.day, session);
      unplaced += remaining.get(id)!;
      continue;
    }
    total += placed.length;
    placed.sort((a, b) => a.start - b.start);
    sessionsByTopic.set(id, placed);
    const end = Math.max(ends.get(id) ?? Number.NEGATIVE_INFINITY, ...placed.map((s) => s.end));
    ends.set(id, end);
    groupEnds.set(group, Math.max(groupEnds.get(group) ?? Number.NEGATIVE_INFINITY, end));
  }
  return { sessionsByTopic, freed, unplaced, capped };
}

/** Claims the sessions of the plan in force that still fit where they are, per topic in time order. */
function holdPrevious(timeline: Timeline, input: PlacementInput): Map<TopicId, Held[]> {
  const held = new Map<TopicId, Held[]>();
  const sorted = [...(input.previous ?? [])].sort((a, b) => a.start - b.start);
  for (const p of sorted) {
    if (!input.remaining.has(p.topicId) || p.start < input.now) continue;
    if (p.end - p.start > input.maxSessionMinutes * MINUTE_MS || p.end <= p.start) continue;
    const near = planDayOf(p.start, input.offsetAt);
    if (near > input.limitDay) continue;
    const day = timeline.dayOf(p.start, near);
    const span = { start: p.start, end: p.end };
    if (day === null || !timeline.fits(day, span, input.keepCloseSessions)) continue;
    timeline.claim(day, span);
    const list = held.get(p.topicId) ?? [];
    list.push({ ...span, day, topicId: p.topicId, id: p.id, alive: true });
    held.set(p.topicId, list);
  }
  return held;
}

/**
 * For each topic, the first held start of any topic that must follow it (a dependant, or a
 * topic of a later group, directly or through others): its missing work goes before it.
 */
function deadlines(input: PlacementInput, held: ReadonlyMap<TopicId, Held[]>): Map<TopicId, number> {
  const { order, prerequisites, groupOf } = input;
  const dependants = new Map<TopicId, TopicId[]>();
  for (const id of order) {
    for (const pre of prerequisites.get(id) ?? []) dependants.set(pre, [...(dependants.get(pre) ?? []), id]);
  }
  const bound = new Map<TopicId, number>();
  const byGroup = new Map<number, number>();
  const result = new Map<TopicId, number>();
  for (let i = order.length - 1; i >= 0; i--) {
    const id = order[i]!;
    const group = groupOf.get(id)!;
    let limit = Number.POSITIVE_INFINITY;
    for (const next of dependants.get(id) ?? []) limit = Math.min(limit, bound.get(next) ?? limit);
    for (const [g, first] of byGroup) if (g > group) limit = Math.min(limit, first);
    result.set(id, limit);
    const own = Math.min(limit, held.get(id)?.[0]?.start ?? Number.POSITIVE_INFINITY);
    bound.set(id, own);
    byGroup.set(group, Math.min(byGroup.get(group) ?? Number.POSITIVE_INFINITY, own));
  }
  return result;
}

type Want = {
  topicId: TopicId;
  need: number;
  from: number;
  to: number;
  kind: TimeKind;
  /** The topic may hold at most this many sessions (what the session cap leaves). */
  maxPlaced: number;
};
type Stealing = {
  heldByDay: ReadonlyMap<number, Held[]>;
  free: (h: Held) => void;
  /** A held session before the first free piece gives way first: the work starts where it stood. */
  first?: boolean;
};

/**
 * Places up to `want.need` minutes in time order from `want.from`, before `want.to`, in
 * sessions no longer than the longest and no shorter than the shortest unless they end the
 * work. With `stealing`, a day with no room gives up its held sessions one by one.
 * Returns the minutes still to place.
 */
function fillTime(
  timeline: Timeline,
  input: PlacementInput,
  want: Want,
  placed: PlacedSession[],
  stealing: Stealing | null,
): number {
  const { minSessionMinutes: min, maxSessionMinutes: max, offsetAt } = input;
  let need = want.need;
  // `placed` holds this topic's sessions only: a piece after all of them ends the topic.
  let lastEnd = Number.NEGATIVE_INFINITY;
  for (const p of placed) lastEnd = Math.max(lastEnd, p.end);
  // The longest valid piece in a span: no longer than the longest session, and only the
  // topic's last session may be shorter than the shortest. A replan also leaves no
  // remainder shorter than the shortest session, which would need a slot of its own.
  const pieceIn = (span: Span, room: number): number => {
    let minutes = Math.min(need, max, (span.end - span.start) / MINUTE_MS, room);
    const last = lastEnd <= span.start;
    if ((!last || input.previous) && need - minutes > 0 && need - minutes < min) minutes = need - min;
    return minutes > 0 && (minutes >= min || (minutes === need && last)) ? minutes : 0;
  };
  const first = Math.max(timeline.startDay, planDayOf(want.from, offsetAt) - 1);
  for (let day = first; need > 0 && day <= input.limitDay; day++) {
    if (!stealing) day = timeline.nextOpenDay(day, input.limitDay);
    for (;;) {
      if (timeline.windowStart(day) >= want.to) return need;
      if (timeline.roomLeft(day) < Math.min(need, min) && !stealing) break;
      const { spans, budget } = timeline.spans(day, want.kind, want.from, want.to);
      let chunk: Span | null = null;
      for (const span of spans) {
        const minutes = pieceIn(span, budget);
        if (minutes === 0) continue;
        chunk = { start: span.start, end: span.start + minutes * MINUTE_MS };
        break;
      }
      // Displace a held session only where its time (with the free time right after it and
      // its break) takes a valid piece: displacing one that cannot help would only move it for nothing.
      // With `first`, one that stands before the free piece gives way even so.
      const victim =
        stealing && (!chunk || stealing.first)
          ? stealing.heldByDay.get(day)?.find((h) => {
              if (!h.alive || h.start < want.from || h.start >= want.to || h.topicId === want.topicId)
                return false;
              if (chunk && h.start > chunk.start) return false;
              const after = spans.find((span) => span.start === h.end + timeline.breakMs);
              const room = budget + (h.end - h.start) / MINUTE_MS;
              return pieceIn({ start: h.start, end: Math.min(after?.end ?? h.end, want.to) }, room) > 0;
            })
          : undefined;
      if (chunk && !victim) {
        if (placed.length >= want.maxPlaced) return need;
        timeline.claim(day, chunk);
        placed.push({ ...chunk, day, topicId: want.topicId });
        lastEnd = Math.max(lastEnd, chunk.end);
        need -= (chunk.end - chunk.start) / MINUTE_MS;
        if (need <= 0) return 0;
        continue;
      }
      if (!victim) break;
      stealing!.free(victim);
    }
  }
  return need;
}
