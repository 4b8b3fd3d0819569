import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  defaultPlanSettings,
  ownValue,
  plannedSessions,
  previewReplan,
  statusAfterLog,
  todayIn,
} from '../../domain';
import type {
  BusyInterval,
  BusySpan,
  LoggedSession,
  LogEntry,
  PlanSettings,
  ReplanPreview,
  ReviewSession,
  Roadmap,
  Schedule,
  ScheduledSession,
  TopicId,
  TopicStatus,
} from '../../domain';
import { breakMinutesOf } from '../../domain/plan';
import { systemTimeZone } from '../../ui';
import {
  logStudySession,
  replan,
  savePlan,
  setEstimate,
  useActionChannel,
  useCalendarSync,
  usePlanState,
  useReviewCards,
} from '../../storage';
import type { Inputs } from './living-plan';
import { isDoneEarly, loggedTime, loggedWork } from './log-entry';
import { offThreadScheduler, schedulingRoadmap } from './off-thread';
import type { ReplanAnswer } from './off-thread';
import { useLivingPlan } from './useLivingPlan';
import { useProject } from './useProject';
import { useScheduleInForce } from './useScheduleInForce';
import { useBusyCalendars } from './useBusyCalendars';
import { useNow, useToday } from './useToday';

const NO_LOG: readonly LogEntry[] = [];
const NO_SESSIONS: readonly ScheduledSession[] = [];
const NO_PINS: readonly never[] = [];
const NO_CARDS: readonly never[] = [];

export type StudyPlan = {
  loaded: boolean;
  /** The stored settings, or the default until the user saves a plan. */
  settings: PlanSettings;
  saved: boolean;
  planId: string | null;
  /** The day the schedule in force was planned from; null until a plan is saved. */
  replannedOn: string | null;
  /** Today on the plan zone's clock. */
  today: string;
  /** The current minute (ms since the epoch). */
  now: number;
  /** Busy time from the user's calendar files (merged) and synced calendars (UTC ISO). */
  busy: readonly BusySpan[];
  /** The same busy time event by event (files' with summaries), for the calendar views. */
  busyIntervals: readonly BusyInterval[];
  /**
   * The schedule in force (planned from the last replan); null until a plan is saved, and
   * while a large plan just saved or replanned is still being scheduled (`planning`).
   */
  schedule: Schedule | null;
  /** A large plan is being scheduled off the UI thread: a newer schedule is on its way. */
  planning: boolean;
  /** Each topic's sessions in the schedule in force, in time order. */
  sessionsOf: (topicId: TopicId) => readonly ScheduledSession[];
  /** Each topic's first session still to study. */
  firstPlanned: ReadonlyMap<TopicId, ScheduledSession>;
  /** The next session still to come (or under way), if any. */
  /** The next study or review session still to come (or under way), if any. */
  nextSession: ScheduledSession | ReviewSession | null;
  /** Schedules settings from now with everything logged, for what-if projections. */
  project: (settings: PlanSettings) => Schedule;
  /** What "Replan from now" would change. */
  previewReplan: () => ReplanPreview | null;
  save: (settings: PlanSettings) => void;
  replan: () => void;
  /**
   * Logs a planned session done or missed; `minutes` is the time really spent (the planned
   * length by default). Done on a session of a later day is done early: its slot is freed.
   */
  log: (session: ScheduledSession, outcome: 'done' | 'missed', minutes?: number) => void;
  /** Logs time studied on a topic outside any planned session, ending now. */
  logTime: (topicId: TopicId, minutes: number) => void;
  /** Plans toward a topic (its open prerequisites first), or back to the normal order (null). */
  setGoal: (topicId: TopicId | null) => void;
  setEstimate: (topicId: TopicId, hours: number | null) => void;
  /** The user's own estimate of a topic in hours, if any. */
  estimateOf: (topicId: TopicId) => number | null;
};

/** The study plan of a roadmap: settings, the schedule in force, following it and replanning. */
export function usePlan(roadmap: Roadmap, statuses: ReadonlyMap<TopicId, TopicStatus>): StudyPlan {
  const channel = useActionChannel();
  const state = usePlanState(channel.db, roadmap.id);
  const plan = state?.plan ?? null;
  const logEntries = state?.log ?? NO_LOG;
  const timeZone = plan?.settings.timeZone ?? systemTimeZone();
  const now = useNow();
  const today = useToday(timeZone, now);
  const { busy: fileBusy, intervals: fileIntervals } = useBusyCalendars(roadmap.id, timeZone);
  // A synced calendar's moves and busy time, as its last sync read them.
  const sync = useCalendarSync(channel.db, roadmap.id);
  const pins = sync?.pins ?? NO_PINS;
  const syncBusy = sync?.busy ?? NO_PINS;
  // Not merged here: the scheduler merges what it is given (and merging needs more code at start-up).
  const busy = useMemo(
    () => (syncBusy.length === 0 ? fileBusy : [...fileBusy, ...syncBusy]),
    [fileBusy, syncBusy],
  );
  const busyIntervals = useMemo(
    () =>
      syncBusy.length === 0
        ? fileIntervals
        : [...fileIntervals, ...syncBusy.map((span) => ({ ...span, uid: 'calendar-sync', allDay: false }))],
    [fileIntervals, syncBusy],
  );
  const cards = useReviewCards(roadmap.id) ?? NO_CARDS;
  const settings = useMemo(
    () => plan?.settings ?? defaultPlanSettings(roadmap.id, today, systemTimeZone()),
    [plan, roadmap.id, today],
  );
  const statusRecord = useMemo(() => Object.fromEntries(statuses), [statuses]);
  const breakInForce = plan ? breakMinutesOf(plan.settings) : null;
  const scheduling = useMemo(() => schedulingRoadmap(roadmap), [roadmap]);
  const inputsFor = useCallback(
    (draft: PlanSettings): Inputs => ({
      roadmap: scheduling,
      plan: { ...draft, statuses: statusRecord },
      log: logEntries,
      busy,
      pins,
      reviewCards: cards,
      // A new break lays the days out afresh, in the projection as in the save.
      reflow: breakInForce !== null && breakMinutesOf(draft) !== breakInForce,
      now,
    }),
    [scheduling, statusRecord, logEntries, busy, pins, cards, now, breakInForce],
  );

  // The scheduler loads after the first paint (it is not needed to draw the graph); large
  // plans are scheduled in a worker, started when first needed.
  const living = useLivingPlan();
  const [offThread] = useState(offThreadScheduler);
  useEffect(() => () => offThread.stop(), [offThread]);
  const inputsInForce = useMemo(() => (plan ? inputsFor(plan.settings) : null), [plan, inputsFor]);
  const { schedule, planning } = useScheduleInForce(living, plan, inputsInForce, offThread);
  // A save or replan of a large plan is worked out in the worker too, then written; a newer
  // one supersedes it, and should the worker fail it runs here.
  const replanThen = (current: Schedule | null, inputs: Inputs, then: (answer: ReplanAnswer) => void) => {
    if (!living) return;
    if (!living.isLargePlan(inputs)) {
      then(living.replanInForce(current, inputs));
      return;
    }
    offThread.replan(current ? plannedSessions(current) : null, inputs).then(
      (answer) => answer && then(answer),
      () => then(living.replanInForce(current, inputs)),
    );
  };

  const byTopic = useMemo(() => {
    const map = new Map<TopicId, ScheduledSession[]>();
    for (const session of schedule?.sessions ?? []) {
      const list = map.get(session.topicId);
      if (list) list.push(session);
      else map.set(session.topicId, [session]);
    }
    return map;
  }, [schedule]);
  const firstPlanned = useMemo(() => {
    const first = new Map<TopicId, ScheduledSession>();
    for (const [topicId, sessions] of byTopic) {
      const open = sessions.find((s) => !s.logged);
      if (open) first.set(topicId, open);
    }
    return first;
  }, [byTopic]);
  const nextSession = useMemo(() => {
    const study = schedule?.sessions.find((s) => !s.logged && Date.parse(s.end) > now);
    const review = schedule?.reviews.find((r) => Date.parse(r.end) > now);
    // A day's review comes first in its study time: the earlier of the two is next.
    if (review && (!study || Date.parse(review.start) <= Date.parse(study.start))) return review;
    return study ?? null;
  }, [schedule, now]);

  const project = useProject(living, offThread, schedule, inputsFor);

  const title = (topicId: TopicId) => roadmap.topicsById.get(topicId)?.title ?? topicId;
  const record = (entry: LoggedSession, text: string) => {
    const current = statuses.get(entry.topicId) ?? 'todo';
    const session = schedule?.sessions.find((s) => s.id === entry.sessionId) ?? {
      id: entry.sessionId,
      topicId: entry.topicId,
    };
    const status = schedule ? statusAfterLog(session, entry.outcome, current, schedule) : null;
    void channel.run(logStudySession(roadmap.id, entry, status, text));
  };
  // A new goal reorders the work: keeping the sessions in force would keep the old order.
  const save = (next: PlanSettings, reorder = false) => {
    const at = Date.now();
    replanThen(reorder ? null : schedule, { ...inputsFor(next), now: at }, ({ inForce }) => {
      void channel.run(savePlan(roadmap.id, next, todayIn(next.timeZone, new Date(at)), inForce));
    });
  };

  return {
    loaded: state !== undefined && living !== null,
    settings,
    saved: plan !== null,
    planId: plan?.id ?? null,
    replannedOn: plan?.replannedOn ?? null,
    today,
    now,
    busy,
    busyIntervals,
    schedule,
    planning,
    sessionsOf: (topicId) => byTopic.get(topicId) ?? NO_SESSIONS,
    firstPlanned,
    nextSession,
    project,
    // Worked out here, large or not: a stand-in projection would preview moves that are not real.
    previewReplan: () =>
      schedule && plan && living
        ? previewReplan(schedule, living.replanned(schedule, inputsFor(plan.settings)))
        : null,
    save,
    replan: () => {
      if (!plan || !schedule) return;
      replanThen(schedule, inputsFor(plan.settings), ({ inForce, moves }) => {
        const text =
          moves === 0
            ? 'Replanned: nothing moves.'
            : `Replanned: ${moves} session${moves === 1 ? '' : 's'} changed.`;
        void channel.run(replan(roadmap.id, today, inForce, text));
      });
    },
    log: (session, outcome, minutes = session.minutes) => {
      const entry = loggedWork(session, outcome, minutes, now, today, timeZone);
      const early = isDoneEarly(session, outcome, today);
      const text =
        outcome === 'missed'
          ? `${title(session.topicId)} (part ${session.part}) marked missed. Replan to fit it in.`
          : `Logged ${minutes} min on ${title(session.topicId)}${early ? ' (done early: its slot is free)' : ''}${session.part >= session.parts ? ' — topic done' : ''}.`;
      record(entry, text);
    },
    logTime: (topicId, minutes) =>
      record(
        loggedTime(topicId, minutes, schedule?.sessions ?? [], now, today, timeZone),
        `Logged ${minutes} min on ${title(topicId)}.`,
      ),
    setGoal: (topicId) => {
      const { goal: _goal, ...rest } = settings;
      save(topicId === null ? rest : { ...rest, goal: topicId }, true);
    },
    setEstimate: (topicId, hours) =>
      void channel.run(setEstimate(roadmap.id, topicId, hours, { settings, today }, title(topicId))),
    estimateOf: (topicId) => ownValue(settings.estimates ?? {}, topicId) ?? null,
  };
}
