import { useMemo } from 'react';
import { DEFAULT_REVIEW_SETTINGS } from '../../domain';
import type { LogEntry, ReviewLogEntry } from '../../domain';
import {
  dueCounts,
  plannedMinutesByDay,
  studyMinutesByDay,
  weeklyHours,
  yearHeatmap,
} from '../../domain/study-stats';
import type { DueCounts, WeekHours, YearHeatmap } from '../../domain/study-stats';
import { useDatabase, usePlanState, useReviewCards, useReviewLog } from '../../storage';
import { systemTimeZone } from '../../ui';

/** What the Progress view draws of the time spent. */
export type StudyStats = {
  heatmap: YearHeatmap;
  weeks: WeekHours[];
  /** Reviews coming due, and how many topics have a review card (none before one is finished). */
  due: DueCounts & { rated: number };
};

const NO_LOG: readonly LogEntry[] = [];
const NO_REVIEWS: readonly ReviewLogEntry[] = [];

/**
 * A roadmap's study days, weekly hours and reviews coming due, on the plan zone's clock
 * (`today` is its today); null while the plan, the session log or the review log load.
 */
export function useStudyStats(roadmapId: string, today: string): StudyStats | null {
  const state = usePlanState(useDatabase(), roadmapId);
  const reviewLog = useReviewLog(roadmapId);
  const cards = useReviewCards(roadmapId);
  const plan = state?.plan ?? null;
  const log = state?.log ?? NO_LOG;
  const reviews = reviewLog ?? NO_REVIEWS;
  // As the plan reads it: the plan's zone, or this machine's until a plan is saved.
  const timeZone = plan?.settings.timeZone ?? systemTimeZone();
  const minutesPerTopic = plan?.settings.review?.minutesPerTopic ?? DEFAULT_REVIEW_SETTINGS.minutesPerTopic;
  const done = useMemo(
    () => studyMinutesByDay(log, reviews, minutesPerTopic, timeZone),
    [log, reviews, minutesPerTopic, timeZone],
  );
  const inForce = plan?.inForce;
  // The plan in force keeps study sessions only: a review done was planned too (a day's
  // review session), so it counts on both sides rather than making done outrun planned.
  const planned = useMemo(() => {
    const minutes = plannedMinutesByDay(log, inForce ?? [], timeZone);
    for (const [day, reviewed] of studyMinutesByDay(NO_LOG, reviews, minutesPerTopic, timeZone))
      minutes.set(day, (minutes.get(day) ?? 0) + reviewed);
    return minutes;
  }, [log, inForce, reviews, minutesPerTopic, timeZone]);
  const heatmap = useMemo(() => yearHeatmap(done, today), [done, today]);
  const weeks = useMemo(() => weeklyHours(planned, done, today), [planned, done, today]);
  const due = useMemo(
    () => (cards ? { ...dueCounts(cards, today), rated: cards.length } : null),
    [cards, today],
  );
  return state === undefined || reviewLog === undefined || due === null ? null : { heatmap, weeks, due };
}
