import { icsPlanSessionIds } from '../../domain';
import type { Milestone, Schedule, ScheduledSession } from '../../domain';

/**
 * What an export writes as live events: study sessions (planned and done; one logged missed
 * is cancelled in calendars, not counted) and the milestones' all-day events.
 */
export type ExportCount = { sessions: number; done: number; milestoneEvents: number };

/**
 * The count of an export of `sessions` (from `sessionsInRange`) and `milestones` (from
 * `milestonesInRange`, null when left out): the preview and the result message both say it,
 * and it adds up to `planIcs`'s `events` (a test holds them together).
 */
export function exportCount(
  schedule: Pick<Schedule, 'sessions'>,
  sessions: readonly ScheduledSession[],
  milestones: readonly Milestone[] | null,
): ExportCount {
  const live = liveSessions(schedule, sessions);
  const done = live.filter((s) => s.logged === 'done').length;
  // A milestone is written as "Phase n ends" and "Phase n target", each when its date is known.
  const milestoneEvents = (milestones ?? []).reduce(
    (sum, m) => sum + (m.projectedEnd === null ? 0 : 1) + (m.target === null ? 0 : 1),
    0,
  );
  return { sessions: live.length, done, milestoneEvents };
}

/** The sessions of `sessions` an export writes as live events (each id once), in their order. */
export function liveSessions(
  schedule: Pick<Schedule, 'sessions'>,
  sessions: readonly ScheduledSession[],
): ScheduledSession[] {
  // The calendar keeps what the plan keeps: the domain's one rule for it, not a copy.
  const kept = icsPlanSessionIds(schedule);
  const seen = new Set<string>();
  return sessions.filter((s) => {
    if (!kept.has(s.id) || seen.has(s.id)) return false;
    seen.add(s.id);
    return true;
  });
}

/** `207 study sessions (3 done) + 3 milestone events`: what an export holds, in words. */
export function formatExportCount({ sessions, done, milestoneEvents }: ExportCount): string {
  const studied = done > 0 ? ` (${done} done)` : '';
  const events =
    milestoneEvents > 0 ? ` + ${milestoneEvents} milestone event${milestoneEvents === 1 ? '' : 's'}` : '';
  return `${sessions} study session${sessions === 1 ? '' : 's'}${studied}${events}`;
}
