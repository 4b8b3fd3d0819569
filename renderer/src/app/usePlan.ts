import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  defaultPlanSettings,
  previewReplan,
  scheduledLog,
  schedulePlan,
  statusAfterLog,
  todayIn,
} from '../domain';
import type {
  LogEntry,
  PlanSettings,
  ReplanPreview,
  Roadmap,
  Schedule,
  ScheduledSession,
  TopicId,
  TopicStatus,
} from '../domain';
import {
  describeStorageError,
  logSession,
  replanFrom,
  savePlanSettings,
  setEstimateOverride,
  undoLogSession,
  usePlanState,
} from '../storage';
import type { LogUndo, PlannerDatabase } from '../storage';

const NO_LOG: readonly LogEntry[] = [];

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
  /** The schedule in force (planned from the last replan); null until a plan is saved. */
  schedule: Schedule | null;
  /** Schedules settings from today with everything logged, for what-if projections. */
  project: (settings: PlanSettings) => Schedule;
  /** What "Replan from today" would change. */
  previewReplan: () => ReplanPreview | null;
  save: (settings: PlanSettings) => void;
  replan: () => void;
  /** Logs a session; resolves to what undoes it (null when it could not be stored). */
  log: (session: ScheduledSession, outcome: 'done' | 'missed') => Promise<LogUndo | null>;
  undoLog: (undo: LogUndo) => void;
  setEstimate: (topicId: TopicId, hours: number | null) => void;
};

/** The system's zone, which a new plan starts in. */
function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Today in `timeZone`, moving on by itself at midnight (checked every minute and on focus). */
function useToday(timeZone: string): string {
  const [today, setToday] = useState(() => todayIn(timeZone, new Date()));
  useEffect(() => {
    const check = () => setToday(todayIn(timeZone, new Date()));
    check();
    const timer = setInterval(check, 60_000);
    window.addEventListener('focus', check);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', check);
    };
  }, [timeZone]);
  return today;
}

/** The study plan of a roadmap: settings, the schedule in force, following it and replanning. */
export function usePlan(
  db: PlannerDatabase | null,
  roadmap: Roadmap | null,
  statuses: ReadonlyMap<TopicId, TopicStatus>,
  onError: (message: string) => void,
): StudyPlan {
  const roadmapId = roadmap?.id ?? '';
  const state = usePlanState(db, roadmapId);
  const plan = state?.plan ?? null;
  const logEntries = state?.log ?? NO_LOG;
  const zone = plan?.settings.timeZone ?? systemTimeZone();
  const today = useToday(zone);
  const settings = useMemo(
    () => plan?.settings ?? defaultPlanSettings(roadmapId, today, systemTimeZone()),
    [plan, roadmapId, today],
  );
  const statusRecord = useMemo(() => Object.fromEntries(statuses), [statuses]);
  const fail = useCallback((error: unknown) => onError(describeStorageError(error)), [onError]);

  const schedule = useMemo(() => {
    if (!roadmap || !plan) return null;
    return schedulePlan(
      roadmap,
      { ...plan.settings, statuses: statusRecord },
      { today: plan.replannedOn, log: scheduledLog(logEntries, plan.replannedAt) },
    );
  }, [roadmap, plan, statusRecord, logEntries]);

  const project = useCallback(
    (draft: PlanSettings): Schedule =>
      roadmap
        ? schedulePlan(
            roadmap,
            { ...draft, statuses: statusRecord },
            { today, log: logEntries.map(({ loggedAt: _loggedAt, ...entry }) => entry) },
          )
        : { sessions: [], milestones: [], warnings: [] },
    [roadmap, statusRecord, today, logEntries],
  );

  return {
    loaded: state !== undefined,
    settings,
    saved: plan !== null,
    planId: plan?.id ?? null,
    replannedOn: plan?.replannedOn ?? null,
    today,
    schedule,
    project,
    previewReplan: () => (schedule && plan ? previewReplan(schedule, project(plan.settings)) : null),
    save: (next) => {
      if (db && roadmap)
        savePlanSettings(db, roadmap.id, next, todayIn(next.timeZone, new Date())).catch(fail);
    },
    replan: () => {
      if (db && roadmap) replanFrom(db, roadmap.id, today).catch(fail);
    },
    log: async (session, outcome) => {
      if (!db || !roadmap) return null;
      const current = statuses.get(session.topicId) ?? 'todo';
      const status = schedule ? statusAfterLog(session, outcome, current, schedule) : null;
      const { id: sessionId, topicId, date, start, end, minutes } = session;
      try {
        return await logSession(
          db,
          roadmap.id,
          { sessionId, topicId, outcome, date, start, end, minutes },
          status,
        );
      } catch (error) {
        fail(error);
        return null;
      }
    },
    undoLog: (undo) => {
      if (db) undoLogSession(db, undo).catch(fail);
    },
    setEstimate: (topicId, hours) => {
      if (db && roadmap) {
        setEstimateOverride(db, roadmap.id, topicId, hours, { settings, today }).catch(fail);
      }
    },
  };
}
