import { addDays, dateOfDay, dayNumber, startOfWeek } from './calendar-day';
import type { ReviewCard } from './review-cards';
import type { ReviewLogEntry } from './review-types';
import type { LoggedSession, SessionInForce } from './schedule-types';
import { inPlanZone, offsetsIn, planDayOf } from './schedule-zone';

/*
 * What the Progress view draws of the time spent (issue 16 §3): minutes per plan day, a year
 * of them as a heatmap, planned against done per week, and the reviews coming due. Days are
 * plan days (`YYYY-MM-DD` on the plan zone's clock), the same days the schedule speaks of.
 */

/** Minutes per plan day (`YYYY-MM-DD`); days without any are absent. */
export type MinutesByDay = ReadonlyMap<string, number>;

/** A planned session of the plan in force with its length, as the plan record keeps it. */
export type PlannedInForce = Pick<SessionInForce, 'id' | 'start'> & { minutes: number };

function add(map: Map<string, number>, day: string, minutes: number): void {
  if (minutes > 0) map.set(day, (map.get(day) ?? 0) + minutes);
}

/** A logged session's plan day on the plan zone's clock (the zone may have changed since). */
function loggedDay(entry: LoggedSession, offsetAt: ReturnType<typeof offsetsIn>): string {
  return Number.isFinite(Date.parse(entry.start)) ? inPlanZone(entry, offsetAt).date : entry.date;
}

/**
 * Minutes studied per plan day: the done sessions of the session log, plus `minutesPerTopic`
 * for each review (every review-log entry but a topic's first, which is its finish rating).
 */
export function studyMinutesByDay(
  sessionLog: readonly LoggedSession[],
  reviewLog: readonly ReviewLogEntry[],
  minutesPerTopic: number,
  timeZone: string,
): Map<string, number> {
  const offsetAt = offsetsIn(timeZone);
  const minutes = new Map<string, number>();
  for (const entry of sessionLog) {
    if (entry.outcome === 'done') add(minutes, loggedDay(entry, offsetAt), entry.minutes);
  }
  // A topic's first entry is the earliest one, whatever order the log is kept in (as reviewCards reads it).
  const dated = reviewLog
    .map((entry, index) => ({ entry, index, instant: Date.parse(entry.at) }))
    .filter((e) => Number.isFinite(e.instant))
    .sort((a, b) => a.instant - b.instant || a.index - b.index);
  const rated = new Set<string>();
  for (const { entry, instant } of dated) {
    if (rated.has(entry.topicId)) add(minutes, dateOfDay(planDayOf(instant, offsetAt)), minutesPerTopic);
    else rated.add(entry.topicId);
  }
  return minutes;
}

/**
 * Minutes planned per plan day: every logged session (done or missed) on its day, and every
 * session of the plan in force that is not logged.
 */
export function plannedMinutesByDay(
  sessionLog: readonly LoggedSession[],
  inForce: readonly PlannedInForce[],
  timeZone: string,
): Map<string, number> {
  const offsetAt = offsetsIn(timeZone);
  const minutes = new Map<string, number>();
  const logged = new Set<string>();
  for (const entry of sessionLog) {
    logged.add(entry.sessionId);
    add(minutes, loggedDay(entry, offsetAt), entry.minutes);
  }
  for (const session of inForce) {
    const instant = Date.parse(session.start);
    if (logged.has(session.id) || !Number.isFinite(instant)) continue;
    add(minutes, dateOfDay(planDayOf(instant, offsetAt)), session.minutes);
  }
  return minutes;
}

/** How dark a day is drawn: 0 (nothing) to 4. */
export type HeatLevel = 0 | 1 | 2 | 3 | 4;

/**
 * The fewest minutes of each level from 1 to 4: under 30 min, 30 min to 1 h, 1 to 2 h, 2 h or
 * more. Fixed rather than relative to the busiest day, so a colour means the same all year.
 */
export const HEAT_LEVEL_MINUTES = [1, 30, 60, 120] as const;

/** The level a day with `minutes` of study is drawn at. */
export function heatLevel(minutes: number): HeatLevel {
  const [one, two, three, four] = HEAT_LEVEL_MINUTES;
  if (minutes >= four) return 4;
  if (minutes >= three) return 3;
  if (minutes >= two) return 2;
  return minutes >= one ? 1 : 0;
}

/** One day of the heatmap. */
export type HeatmapDay = { date: string; minutes: number; level: HeatLevel };

/** A year of study days, a column per week. */
export type YearHeatmap = {
  /** 53 weeks, oldest first; each Monday to Sunday, the last one ending today. */
  weeks: HeatmapDay[][];
  totalMinutes: number;
  /** Days with any study. */
  studyDays: number;
};

/** How many weeks the heatmap shows: a year and the week under way. */
export const HEATMAP_WEEKS = 53;

/** The 53 weeks up to `today` (Monday-first columns), each day with its minutes and level. */
export function yearHeatmap(minutesByDay: MinutesByDay, today: string): YearHeatmap {
  const first = dayNumber(addDays(startOfWeek(today), -7 * (HEATMAP_WEEKS - 1)));
  const last = dayNumber(today);
  const weeks: HeatmapDay[][] = [];
  let totalMinutes = 0;
  let studyDays = 0;
  for (let day = first; day <= last; day++) {
    const date = dateOfDay(day);
    const minutes = minutesByDay.get(date) ?? 0;
    if ((day - first) % 7 === 0) weeks.push([]);
    weeks[weeks.length - 1]!.push({ date, minutes, level: heatLevel(minutes) });
    totalMinutes += minutes;
    if (minutes > 0) studyDays++;
  }
  return { weeks, totalMinutes, studyDays };
}

/** One week's planned and done minutes. */
export type WeekHours = {
  /** The week's Monday (`YYYY-MM-DD`). */
  start: string;
  plannedMinutes: number;
  doneMinutes: number;
};

/**
 * Planned against done, per week (Monday start), for the `weeks` weeks up to and including
 * today's; oldest first. The whole of today's week counts, its days to come included.
 */
export function weeklyHours(
  planned: MinutesByDay,
  done: MinutesByDay,
  today: string,
  weeks = 12,
): WeekHours[] {
  const firstMonday = addDays(startOfWeek(today), -7 * (weeks - 1));
  const first = dayNumber(firstMonday);
  const result: WeekHours[] = Array.from({ length: weeks }, (_, i) => ({
    start: addDays(firstMonday, 7 * i),
    plannedMinutes: 0,
    doneMinutes: 0,
  }));
  const tally = (map: MinutesByDay, field: 'plannedMinutes' | 'doneMinutes') => {
    for (const [date, minutes] of map) {
      const week = Math.floor((dayNumber(date) - first) / 7);
      if (week >= 0 && week < weeks) result[week]![field] += minutes;
    }
  };
  tally(planned, 'plannedMinutes');
  tally(done, 'doneMinutes');
  return result;
}

/** How many topics come due soon. */
export type DueCounts = {
  /** Due within the next 7 days (today and the 6 after it), overdue ones included. */
  within7: number;
  /** Due within the next 30 days, overdue ones and the first 7 days' included. */
  within30: number;
};

/** How many cards are due within the next 7 and 30 days of `today`; overdue counts as due now. */
export function dueCounts(cards: Iterable<Pick<ReviewCard, 'due'>>, today: string): DueCounts {
  const [end7, end30] = [addDays(today, 7), addDays(today, 30)];
  let within7 = 0;
  let within30 = 0;
  // `YYYY-MM-DD` texts compare as the days they name.
  for (const { due } of cards) {
    if (due < end7) within7++;
    if (due < end30) within30++;
  }
  return { within7, within30 };
}
