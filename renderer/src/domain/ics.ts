import { MAX_REMINDER_MINUTES } from './ics-choices';
import { liveEvents } from './ics-events';
import type { IcsEvent } from './ics-events';
import type { IcsExportHistory, IcsHistoryEvent } from './ics-history';
import { icsExportFileName, roadmapShortName } from './ics-names';
import {
  icsHistoryInRange,
  icsPlanEventIds,
  milestonesInRange,
  reviewsInRange,
  sessionsInRange,
} from './ics-range';
import type { IcsRange } from './ics-range';
import { sequenceEvents } from './ics-sequence';
import { clean } from './ics-text';
import { writeIcsCalendar } from './ics-write';
import { PLAN_ID_PATTERN } from './plan-id';
import type { ReviewSession } from './review-types';
import type { Roadmap } from './roadmap';
import type { Milestone, Schedule, ScheduledSession } from './schedule-types';

export type BuildIcsOptions = {
  roadmap: Pick<Roadmap, 'id' | 'title' | 'phases' | 'sections' | 'topicsById'>;
  /** Goes into every UID: letters, digits, `.`, `_`, `-`. */
  planId: string;
  /** X-WR-CALNAME, e.g. `FastAPI study plan`. */
  calendarName: string;
  /** Event title prefix; defaults to `roadmapShortName(roadmap)`. */
  calendarPrefix?: string;
  /** The sessions to export (see `sessionsInRange`). */
  sessions: readonly ScheduledSession[];
  /** The review days to export (see `reviewsInRange`); none when absent. */
  reviews?: readonly ReviewSession[];
  /**
   * Ids of the sessions and review days of the whole current plan (`icsPlanEventIds`): an
   * event exported before and missing from this export is cancelled only when its id is not
   * here, so an export of a few weeks leaves the rest of the plan alone.
   */
  planSessionIds: ReadonlySet<string>;
  /**
   * The part of the plan this export holds, as `sessions`, `reviews` and `milestones` were
   * chosen for (`today` for weeks ranges); absent, the whole plan. An event exported before
   * and gone now is cancelled only inside it (`icsHistoryInRange`).
   */
  range?: { range: IcsRange; today: string };
  /** Milestones to export (see `milestonesInRange`); null leaves milestones out. */
  milestones: readonly Milestone[] | null;
  /** Minutes before each planned session for a reminder; null for none. */
  reminderMinutes: number | null;
  /** This plan's history from the last export; null for a first export. */
  history: IcsExportHistory | null;
  /** DTSTAMP of every event, and the history's `exportedAt`. */
  now: Date;
};

export type BuildIcsResult = {
  /** The iCalendar file: CRLF line ends (the last line too), folded at 75 octets. */
  text: string;
  /** To store for the next export of this plan. */
  history: IcsExportHistory;
  /** Events written as live (sessions, review days and milestones). */
  events: number;
  /** Events written as cancelled. */
  cancelled: number;
};

/**
 * Builds the `.ics` file of a plan's sessions and milestones (RFC 5545, METHOD:PUBLISH) with
 * ical-generator, and the history the next export needs. Times are written in UTC. Against
 * `history`: unchanged events keep their SEQUENCE, changed ones get a higher one, and events
 * gone from the plan (or logged missed) are written once more as STATUS:CANCELLED, then
 * dropped. Milestones are all-day events: "Phase n ends" on the projected end and
 * "Phase n target" on the target, each only when the date is known.
 */
export function buildIcs(options: BuildIcsOptions): BuildIcsResult {
  const { roadmap, planId, history, now, reminderMinutes, range } = options;
  checkOptions(options);
  const { live, missed, exportedPhases } = liveEvents({
    roadmap,
    planId,
    prefix: clean(options.calendarPrefix ?? roadmapShortName(roadmap)),
    sessions: options.sessions,
    reviews: options.reviews ?? [],
    milestones: options.milestones,
    reminderMinutes,
  });
  const { sequences, gone, events, retired } = sequenceEvents(live, history, {
    planId,
    missed,
    phases: new Set(roadmap.phases.map((p) => p.number)),
    exportedPhases,
    planSessionIds: options.planSessionIds,
    now: now.getTime(),
    ...(range && {
      inRange: (key: string, before: IcsHistoryEvent) =>
        icsHistoryInRange(roadmap, range.range, range.today, key, before),
    }),
  });
  return {
    text: writeIcsCalendar(clean(options.calendarName), live, sequences, gone, now),
    history: { planId, exportedAt: now.toISOString(), events, retired },
    events: live.length,
    cancelled: gone.length,
  };
}

/** What to export of a plan, as the export dialog and the command line ask for it. */
export type PlanIcsRequest = {
  roadmap: BuildIcsOptions['roadmap'];
  schedule: Pick<Schedule, 'sessions' | 'milestones' | 'reviews'>;
  planId: string;
  range: IcsRange;
  /** The plan zone's date, for `weeks` ranges. */
  today: string;
  withMilestones: boolean;
  reminderMinutes: number | null;
  history: IcsExportHistory | null;
  now: Date;
};

/**
 * The calendar file of a plan, as the app exports it: the range's sessions and review days (and milestones),
 * named `<Roadmap> study plan`, with its file name (`icsExportFileName`). Gone events are
 * cancelled only inside the range. The app and `planner export-ics` both come here, so they
 * write the same file.
 */
export function planIcs(request: PlanIcsRequest): BuildIcsResult & { fileName: string } {
  const { roadmap, schedule, range, today, now } = request;
  const calendarName = `${roadmapShortName(roadmap)} study plan`;
  const result = buildIcs({
    roadmap,
    planId: request.planId,
    calendarName,
    sessions: sessionsInRange(roadmap, schedule, range, today),
    reviews: reviewsInRange(schedule, range, today),
    planSessionIds: icsPlanEventIds(schedule),
    range: { range, today },
    milestones: request.withMilestones ? milestonesInRange(schedule, range, today) : null,
    reminderMinutes: request.reminderMinutes,
    history: request.history,
    now,
  });
  return { ...result, fileName: icsExportFileName(roadmap, range, now) };
}

/**
 * The events a calendar sync keeps for a plan, one by one: the same as an export of the whole
 * plan with its review days and milestones (UIDs, titles, descriptions, reminders).
 */
export function planCalendarEvents(
  request: Pick<PlanIcsRequest, 'roadmap' | 'schedule' | 'planId' | 'reminderMinutes'>,
): IcsEvent[] {
  const { roadmap, schedule } = request;
  const all = { kind: 'all' } as const;
  return liveEvents({
    roadmap,
    planId: request.planId,
    prefix: clean(roadmapShortName(roadmap)),
    sessions: sessionsInRange(roadmap, schedule, all, ''),
    reviews: reviewsInRange(schedule, all, ''),
    milestones: milestonesInRange(schedule, all, ''),
    reminderMinutes: request.reminderMinutes,
  }).live;
}

// Refused before anything is built: a bad id or reminder would be written into every event.
function checkOptions({ planId, history, reminderMinutes }: BuildIcsOptions): void {
  if (!PLAN_ID_PATTERN.test(planId)) {
    throw new RangeError(`buildIcs: plan id "${planId}" is not usable in a UID`);
  }
  if (history !== null && history.planId !== planId) {
    throw new RangeError(`buildIcs: the history is plan "${history.planId}"'s, not "${planId}"'s`);
  }
  if (
    reminderMinutes !== null &&
    !(Number.isInteger(reminderMinutes) && reminderMinutes >= 0 && reminderMinutes <= MAX_REMINDER_MINUTES)
  ) {
    throw new RangeError(`buildIcs: a reminder is 0 to ${MAX_REMINDER_MINUTES} whole minutes before`);
  }
}
