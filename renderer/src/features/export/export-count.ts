import { icsPlanSessionIds } from '../../domain';
import type { Milestone, ReviewSession, Schedule, ScheduledSession } from '../../domain';

/**
 * What an export writes as live events: study sessions (planned and done; one logged missed
 * is cancelled in calendars, not counted), review days and the milestones' all-day events.
 */
export type ExportCount = { sessions: number; done: number; reviews: number; milestoneEvents: number };

/**
 * The count of an export of `sessions` (from `sessionsInRange`), `reviews` (from
 * `reviewsInRange`) and `milestones` (from `milestonesInRange`, null when left out): the
 * preview and the result message both say it, and it adds up to `planIcs`'s `events` (a test
 * holds them together).
 */
export function exportCount(
  schedule: Pick<Schedule, 'sessions'>,
  sessions: readonly ScheduledSession[],
  milestones: readonly Milestone[] | null,
  reviews: readonly ReviewSession[] = [],
): ExportCount {
  const live = liveSessions(schedule, sessions);
  const done = live.filter((s) => s.logged === 'done').length;
  // A milestone is written as "Phase n ends" and "Phase n target", each when its date is known.
  const milestoneEvents = (milestones ?? []).reduce(
    (sum, m) => sum + (m.projectedEnd === null ? 0 : 1) + (m.target === null ? 0 : 1),
    0,
  );
  // One event per review day: its id is the day's.
  return { sessions: live.length, done, reviews: new Set(reviews.map((r) => r.id)).size, milestoneEvents };
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

/** `207 study sessions (3 done) + 12 review sessions + 3 milestone events`: what an export holds, in words. */
export function formatExportCount({ sessions, done, reviews, milestoneEvents }: ExportCount): string {
  const studied = done > 0 ? ` (${done} done)` : '';
  const reviewed = reviews > 0 ? ` + ${reviews} review session${reviews === 1 ? '' : 's'}` : '';
  const events =
    milestoneEvents > 0 ? ` + ${milestoneEvents} milestone event${milestoneEvents === 1 ? '' : 's'}` : '';
  return `${sessions} study session${sessions === 1 ? '' : 's'}${studied}${reviewed}${events}`;
}
