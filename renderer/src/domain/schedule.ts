import { tzOffset } from '@date-fns/tz';
import { dateOfDay, dayNumber, formatDayNumber } from './day-number';
import { topologicalOrder } from './graph';
import { formatHours, formatMinutes } from './hours';
import type { Plan, Weekday } from './plan';
import type { Roadmap, Topic, TopicId } from './roadmap';

/** One planned study session: part `part` of `parts` for a topic. */
export type ScheduledSession = {
  /** `<topicId>#<part>`: stable across replans of the same work, so calendars keep their UIDs. */
  id: string;
  topicId: TopicId;
  part: number;
  parts: number;
  /** The plan day the session belongs to (`YYYY-MM-DD`). */
  date: string;
  /** ISO 8601 with the plan zone's offset, e.g. `2026-12-01T19:00:00+01:00`. */
  start: string;
  end: string;
  minutes: number;
  /** Present when the session comes from the session log: done or missed, fixed in time. */
  logged?: SessionOutcome;
  /** A missed session whose work waits for the next replan (it still holds its place). */
  awaitingReplan?: true;
};

/** What happened to a planned session. */
export type SessionOutcome = 'done' | 'missed';

/**
 * A session the user logged, as it was planned when they logged it. Done work counts
 * towards its topic and never moves; a missed session's time is gone but its work is
 * planned again.
 */
export type LoggedSession = {
  /** The planned session's id (`<topicId>#<part>`). */
  sessionId: string;
  topicId: TopicId;
  outcome: SessionOutcome;
  date: string;
  start: string;
  end: string;
  minutes: number;
  /**
   * Missed since the last replan: the plan does not move yet, so its work counts as placed
   * here until the user replans (and sees what moves first).
   */
  awaitingReplan?: boolean;
};

/** A phase's projected end against its target. */
export type Milestone = {
  phase: number;
  target: string | null;
  /** Date of the phase's last session; null when nothing is left or the rest could not be placed. */
  projectedEnd: string | null;
  onTrack: boolean;
};

export type ScheduleWarningCode = 'no-availability' | 'too-long' | 'target-missed' | 'cycle';

export type ScheduleWarning = { code: ScheduleWarningCode; message: string };

export type Schedule = {
  /** In time order. */
  sessions: ScheduledSession[];
  /** One per roadmap phase, in phase order. */
  milestones: Milestone[];
  warnings: ScheduleWarning[];
};

export type ScheduleOptions = {
  /** The user's today in the plan's zone (`YYYY-MM-DD`); nothing is planned before it. */
  today: string;
  /** Logged sessions, in any order. */
  log?: readonly LoggedSession[];
};

/** How far ahead the scheduler looks before giving up: five years of days. */
export const SCHEDULE_HORIZON_YEARS = 5;

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** Weekday keys indexed by `Date.getUTCDay()` (Sunday first). */
const BY_UTC_DAY: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

type Chunk = { day: number; offset: number; minutes: number };

/**
 * Plans the open topics of `roadmap` into dated sessions following DESIGN §5: topics in
 * topological order (phases first, then roadmap order for ties), one after another, so no
 * topic starts before its prerequisites' last sessions end; each day filled from its
 * weekday's start time up to its minutes, never on blackout days, never before
 * max(startDate, today); sessions at most `maxSessionMinutes` and at least
 * `minSessionMinutes` unless they finish a topic. Pure and deterministic; stops with a
 * warning when there is no time at all or the work would run past five years.
 */
export function schedulePlan(
  roadmap: Pick<Roadmap, 'topics' | 'phases'>,
  plan: Plan,
  options: ScheduleOptions,
): Schedule {
  const warnings: ScheduleWarning[] = [];
  const known = new Set(roadmap.topics.map((topic) => topic.id));
  const offsetAt = offsetsIn(plan.timeZone);
  const log = (options.log ?? [])
    .filter((entry) => known.has(entry.topicId))
    .map((entry) => inPlanZone(entry, offsetAt));
  const remaining = remainingMinutes(roadmap.topics, plan, log);
  const order = studyOrder(roadmap.topics, remaining);
  if (order.length < remaining.size) {
    const placed = new Set(order);
    const left = [...remaining.keys()].filter((id) => !placed.has(id));
    warnings.push({
      code: 'cycle',
      message: `${left.length} topic(s) wait on each other in a cycle and were not planned: ${left.join(', ')}`,
    });
  }

  const startDay = Math.max(dayNumber(plan.startDate), dayNumber(options.today));
  const limitDay = addYears(startDay, SCHEDULE_HORIZON_YEARS);
  const blackout = new Set(plan.blackoutDates.map(dayNumber));
  // Logged sessions keep their time: it is used up, whether the work was done or missed.
  const loggedMinutes = new Map<number, number>();
  for (const entry of log) {
    const day = dayNumber(entry.date);
    if (day >= startDay) loggedMinutes.set(day, (loggedMinutes.get(day) ?? 0) + entry.minutes);
  }
  const capacity = (day: number) =>
    blackout.has(day) ? 0 : Math.max(0, plan.availability[weekdayOf(day)] - (loggedMinutes.get(day) ?? 0));
  const totalMinutes = order.reduce((sum, id) => sum + remaining.get(id)!, 0);

  const chunksByTopic = new Map<TopicId, Chunk[]>();
  if (totalMinutes > 0 && Object.values(plan.availability).every((m) => m === 0)) {
    warnings.push({
      code: 'no-availability',
      message: `No minutes are available on any weekday: ${formatHours(hours(totalMinutes))} of work cannot be planned. Add study time to at least one weekday.`,
    });
  } else {
    const { min, max } = { min: plan.minSessionMinutes, max: plan.maxSessionMinutes };
    let day = startDay;
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
    if (unplaced > 0) {
      warnings.push({
        code: 'too-long',
        message: `The plan runs past ${SCHEDULE_HORIZON_YEARS} years (${formatDayNumber(limitDay)}): ${formatHours(hours(unplaced))} of work are left unplanned. Add study time or skip topics.`,
      });
    }
  }

  const sessions = toSessions(order, chunksByTopic, plan, log, startDay, offsetAt);
  const milestones = phaseMilestones(
    roadmap,
    plan,
    order,
    remaining,
    chunksByTopic,
    startDay,
    capacity,
    warnings,
  );
  return { sessions, milestones, warnings };
}

/**
 * Minutes still to study per open topic (not done or skipped): its estimate (an override
 * first) less the minutes logged done on it (and missed ones awaiting a replan).
 */
function remainingMinutes(
  topics: readonly Topic[],
  plan: Plan,
  log: readonly LoggedSession[],
): Map<TopicId, number> {
  const done = new Map<TopicId, number>();
  for (const entry of log) {
    // Missed work waiting for a replan counts as placed, so nothing moves before the replan.
    if (entry.outcome === 'done' || entry.awaitingReplan) {
      done.set(entry.topicId, (done.get(entry.topicId) ?? 0) + entry.minutes);
    }
  }
  const remaining = new Map<TopicId, number>();
  for (const topic of topics) {
    const status = own(plan.statuses, topic.id) ?? 'todo';
    if (status === 'done' || status === 'skipped') continue;
    const estimate = own(plan.estimates ?? {}, topic.id) ?? topic.estimateHours;
    remaining.set(topic.id, Math.max(0, Math.round(estimate * 60) - (done.get(topic.id) ?? 0)));
  }
  return remaining;
}

/**
 * Open topics in study order: topological over open prerequisites (done ones need no
 * waiting), with the lowest phase and then the roadmap position winning every tie.
 */
function studyOrder(topics: readonly Topic[], remaining: ReadonlyMap<TopicId, number>): TopicId[] {
  // Sections outside any phase (phase 0) come after the phases.
  const rank = (topic: Topic) => (topic.phaseNumber > 0 ? topic.phaseNumber : Number.MAX_SAFE_INTEGER);
  const open = topics
    .map((topic, index) => ({ topic, index }))
    .filter(({ topic }) => remaining.has(topic.id))
    .sort((a, b) => rank(a.topic) - rank(b.topic) || a.index - b.index)
    .map(({ topic }) => topic);
  const needs = new Map(open.map((topic) => [topic.id, topic.prerequisites.filter((p) => remaining.has(p))]));
  return topologicalOrder(
    open.map((topic) => topic.id),
    needs,
  );
}

function toSessions(
  order: readonly TopicId[],
  chunksByTopic: ReadonlyMap<TopicId, Chunk[]>,
  plan: Plan,
  log: readonly LoggedSession[],
  startDay: number,
  offsetAt: OffsetAt,
) {
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
          wallClockInstant(chunk.day, clockMinutes(plan.sessionStart[weekdayOf(chunk.day)]), offsetAt),
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

/**
 * A logged session as the plan's clock reads it: its instants stay, but its day and
 * wall-clock times follow the plan's zone, which may have changed since it was logged.
 */
function inPlanZone(entry: LoggedSession, offsetAt: OffsetAt): LoggedSession {
  const start = isoInZone(Date.parse(entry.start), offsetAt);
  if (start === entry.start) return entry;
  return { ...entry, date: start.slice(0, 10), start, end: isoInZone(Date.parse(entry.end), offsetAt) };
}

/** The part number in a session id (`topic#3` → 3); 0 when the id carries none. */
function partOf(sessionId: string): number {
  const part = Number(sessionId.slice(sessionId.lastIndexOf('#') + 1));
  return Number.isInteger(part) && part > 0 ? part : 0;
}

function phaseMilestones(
  roadmap: Pick<Roadmap, 'topics' | 'phases'>,
  plan: Plan,
  order: readonly TopicId[],
  remaining: ReadonlyMap<TopicId, number>,
  chunksByTopic: ReadonlyMap<TopicId, Chunk[]>,
  startDay: number,
  capacity: (day: number) => number,
  warnings: ScheduleWarning[],
): Milestone[] {
  const phaseOf = new Map(roadmap.topics.map((t) => [t.id, t.phaseNumber]));
  const position = new Map(order.map((id, i) => [id, i]));
  const phases = [...roadmap.phases].sort((a, b) => a.number - b.number);
  return phases.map(({ number }) => {
    const target = own(plan.phaseTargets, String(number)) ?? null;
    const ids = order.filter((id) => phaseOf.get(id) === number && remaining.get(id)! > 0);
    const lastDays = ids.map((id) => chunksByTopic.get(id)?.at(-1)?.day);
    const complete = lastDays.every((d) => d !== undefined);
    const endDay = complete && lastDays.length > 0 ? Math.max(...(lastDays as number[])) : null;
    const projectedEnd = endDay === null ? null : dateOfDay(endDay);
    const onTrack = complete && (target === null || projectedEnd === null || projectedEnd <= target);
    if (target !== null && !onTrack) {
      // Phases run in order, so making this phase's date means finishing everything before it too.
      const lastIndex = Math.max(...ids.map((id) => position.get(id)!));
      const needed = order.slice(0, lastIndex + 1).reduce((sum, id) => sum + remaining.get(id)!, 0);
      warnings.push({
        code: 'target-missed',
        message: targetMessage(number, target, projectedEnd, needed, startDay, capacity),
      });
    }
    return { phase: number, target, projectedEnd, onTrack };
  });
}

/** "Phase 2 needs 64 h, 41 h are available by 15 Mar 2027: 23 h short — add 2 h a week or move the date to 12 Apr 2027". */
function targetMessage(
  phase: number,
  target: string,
  projectedEnd: string | null,
  neededMinutes: number,
  startDay: number,
  capacity: (day: number) => number,
): string {
  const targetDay = dayNumber(target);
  const moveTo = projectedEnd === null ? '' : `move the date to ${formatDayNumber(dayNumber(projectedEnd))}`;
  if (targetDay < startDay) {
    return `Phase ${phase}'s target ${formatDayNumber(targetDay)} is before planning starts (${formatDayNumber(startDay)})${moveTo ? ` — ${moveTo}` : ''}`;
  }
  let available = 0;
  for (let day = startDay; day <= targetDay; day++) available += capacity(day);
  const short = neededMinutes - available;
  const head = `Phase ${phase} needs ${formatHours(hours(neededMinutes))}, ${formatHours(hours(available))} are available by ${formatDayNumber(targetDay)}`;
  if (short <= 0) {
    // Enough minutes in total, but session lengths leave some day ends unusable.
    return `${head}, but session lengths leave some of that time unused — ${moveTo || 'lower the shortest session'}`;
  }
  const weeks = (targetDay - startDay + 1) / 7;
  const perWeek = Math.ceil(short / weeks / 5) * 5;
  const add = `add ${formatMinutes(perWeek)} a week`;
  return `${head}: ${formatHours(hours(short))} short — ${add}${moveTo ? ` or ${moveTo}` : ''}`;
}

type OffsetAt = (instant: number) => number;

/**
 * The zone's UTC offset (minutes) at an instant, asking Intl (slow, tens of µs) about once
 * per UTC day touched: when both midnights around the instant share an offset, so does the
 * whole day, as no zone changes twice in a day.
 */
function offsetsIn(timeZone: string): OffsetAt {
  const atMidnight = new Map<number, number>();
  const midnight = (day: number) => {
    let offset = atMidnight.get(day);
    if (offset === undefined) {
      offset = tzOffset(timeZone, new Date(day * DAY_MS));
      atMidnight.set(day, offset);
    }
    return offset;
  };
  return (instant) => {
    const day = Math.floor(instant / DAY_MS);
    const offset = midnight(day);
    return offset === midnight(day + 1) ? offset : tzOffset(timeZone, new Date(instant));
  };
}

/**
 * The instant a wall-clock time on a plan day means in the zone. In the hour skipped in
 * spring it is the instant the offset before the gap gives (02:30 → 03:30 new time); in
 * the hour repeated in autumn it is the first occurrence.
 */
function wallClockInstant(day: number, minutesOfDay: number, offsetAt: OffsetAt): number {
  const wall = day * DAY_MS + minutesOfDay * MINUTE_MS;
  // Offsets a day either side bracket any change near this time (zones change at most once a day).
  const before = offsetAt(wall - DAY_MS);
  const after = offsetAt(wall + DAY_MS);
  if (before === after) return wall - before * MINUTE_MS;
  const fits = [wall - before * MINUTE_MS, wall - after * MINUTE_MS].filter(
    (instant) => instant + offsetAt(instant) * MINUTE_MS === wall,
  );
  return fits.length > 0 ? Math.min(...fits) : wall - before * MINUTE_MS;
}

/** An instant as ISO 8601 with the zone's offset at that instant (`2026-12-01T19:00:00+01:00`). */
function isoInZone(instant: number, offsetAt: OffsetAt): string {
  const offset = offsetAt(instant);
  const local = new Date(instant + offset * MINUTE_MS).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function weekdayOf(day: number): Weekday {
  return BY_UTC_DAY[new Date(day * DAY_MS).getUTCDay()]!;
}

function addYears(day: number, years: number): number {
  const date = new Date(day * DAY_MS);
  return Date.UTC(date.getUTCFullYear() + years, date.getUTCMonth(), date.getUTCDate()) / DAY_MS;
}

function clockMinutes(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

function hours(minutes: number): number {
  return Math.round(minutes / 6) / 10;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A record's own value: topic ids such as `constructor` must not reach `Object.prototype`. */
function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
