import { useCallback, useMemo } from 'react';
import {
  defaultPlanSettings,
  ownValue,
  previewReplan,
  scheduledLog,
  schedulePlan,
  statusAfterLog,
  todayIn,
} from '../../domain';
import type {
  LogEntry,
  PlanSettings,
  ReplanPreview,
  Roadmap,
  Schedule,
  ScheduledSession,
  TopicId,
  TopicStatus,
} from '../../domain';
import {
  logStudySession,
  replan,
  savePlan,
  setEstimate,
  useActionChannel,
  usePlanState,
} from '../../storage';
import { systemTimeZone, useToday } from './useToday';

const NO_LOG: readonly LogEntry[] = [];
const NO_SESSIONS: readonly ScheduledSession[] = [];

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
  /** Each topic's sessions in the schedule in force, in time order. */
  sessionsOf: (topicId: TopicId) => readonly ScheduledSession[];
  /** Each topic's first session still to study. */
  firstPlanned: ReadonlyMap<TopicId, ScheduledSession>;
  /** The next session to study from today, if any. */
  nextSession: ScheduledSession | null;
  /** Schedules settings from today with everything logged, for what-if projections. */
  project: (settings: PlanSettings) => Schedule;
  /** What "Replan from today" would change. */
  previewReplan: () => ReplanPreview | null;
  save: (settings: PlanSettings) => void;
  replan: () => void;
  log: (session: ScheduledSession, outcome: 'done' | 'missed') => void;
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
  const today = useToday(plan?.settings.timeZone ?? systemTimeZone());
  const settings = useMemo(
    () => plan?.settings ?? defaultPlanSettings(roadmap.id, today, systemTimeZone()),
    [plan, roadmap.id, today],
  );
  const statusRecord = useMemo(() => Object.fromEntries(statuses), [statuses]);

  const schedule = useMemo(() => {
    if (!plan) return null;
    return schedulePlan(
      roadmap,
      { ...plan.settings, statuses: statusRecord },
      { today: plan.replannedOn, log: scheduledLog(logEntries, plan.replannedAt) },
    );
  }, [roadmap, plan, statusRecord, logEntries]);

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
  const nextSession = useMemo(
    () => schedule?.sessions.find((s) => !s.logged && s.date >= today) ?? null,
    [schedule, today],
  );

  const project = useCallback(
    (draft: PlanSettings): Schedule =>
      schedulePlan(
        roadmap,
        { ...draft, statuses: statusRecord },
        { today, log: logEntries.map(({ loggedAt: _loggedAt, ...entry }) => entry) },
      ),
    [roadmap, statusRecord, today, logEntries],
  );

  const title = (topicId: TopicId) => roadmap.topicsById.get(topicId)?.title ?? topicId;

  return {
    loaded: state !== undefined,
    settings,
    saved: plan !== null,
    planId: plan?.id ?? null,
    replannedOn: plan?.replannedOn ?? null,
    today,
    schedule,
    sessionsOf: (topicId) => byTopic.get(topicId) ?? NO_SESSIONS,
    firstPlanned,
    nextSession,
    project,
    previewReplan: () => (schedule && plan ? previewReplan(schedule, project(plan.settings)) : null),
    save: (next) => void channel.run(savePlan(roadmap.id, next, todayIn(next.timeZone, new Date()))),
    replan: () => void channel.run(replan(roadmap.id, today)),
    log: (session, outcome) => {
      const current = statuses.get(session.topicId) ?? 'todo';
      const status = schedule ? statusAfterLog(session, outcome, current, schedule) : null;
      const { id: sessionId, topicId, date, start, end, minutes } = session;
      const text =
        outcome === 'done'
          ? `Logged ${minutes} min on ${title(topicId)}${session.part >= session.parts ? ' — topic done' : ''}.`
          : `${title(topicId)} (part ${session.part}) marked missed. Replan to fit it in.`;
      void channel.run(
        logStudySession(roadmap.id, { sessionId, topicId, outcome, date, start, end, minutes }, status, text),
      );
    },
    setEstimate: (topicId, hours) =>
      void channel.run(setEstimate(roadmap.id, topicId, hours, { settings, today }, title(topicId))),
    estimateOf: (topicId) => ownValue(settings.estimates ?? {}, topicId) ?? null,
  };
}
