import { plannedSessions, scheduledLog, schedulePlan } from '../../domain';
import type { BusySpan, LogEntry, Plan, Roadmap, Schedule } from '../../domain';
import type { PlanRecord, SessionsInForce } from '../../storage';

/*
 * The living plan as the app follows it: the plan record keeps the sessions in force; the
 * schedule on screen is that plan as it stands (kept where the rules still allow, with what
 * was logged), and a replan plans the rest from now with the least change.
 */

type Inputs = {
  roadmap: Pick<Roadmap, 'topics' | 'phases'>;
  plan: Plan;
  log: readonly LogEntry[];
  busy: readonly BusySpan[];
  now: number;
};

/**
 * The schedule on screen: the sessions in force where they still fit (those in the past
 * stay until logged or replanned), a missed session holding its place until the next
 * replan, and work nothing covers yet (a raised estimate, a reopened topic) placed from now.
 */
export function scheduleInForce(record: PlanRecord, inputs: Inputs): Schedule {
  const { roadmap, plan, log, busy, now } = inputs;
  const logged = scheduledLog(log, record.replannedAt);
  // Plans saved before the living plan kept no sessions: theirs are planned from their day.
  const previous =
    record.inForce ??
    plannedSessions(schedulePlan(roadmap, plan, { today: record.replannedOn, log: logged }));
  return schedulePlan(roadmap, plan, { now, log: logged, previous, keepPast: true, busy });
}

/** The plan replanned from now: sessions in force keep their times wherever the rules allow. */
export function replanned(current: Schedule | null, inputs: Inputs): Schedule {
  const { roadmap, plan, log, busy, now } = inputs;
  return schedulePlan(roadmap, plan, {
    now,
    log: log.map(({ loggedAt: _loggedAt, ...entry }) => entry),
    ...(current ? { previous: plannedSessions(current) } : {}),
    busy,
  });
}

/** A schedule's planned sessions as the plan record keeps them. */
export function toInForce(schedule: Schedule): SessionsInForce {
  return plannedSessions(schedule).map(({ id, topicId, start, end, minutes }) => ({
    id,
    topicId,
    start,
    end,
    minutes,
  }));
}
