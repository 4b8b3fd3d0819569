import type { LoggedSession, PlanSettings, TopicId, TopicStatus } from '../../domain';
import type { SessionsInForce } from '../plan-repository';
import { planChanges, reviewRepository, sessionLogRepository } from '../warm-up-writes';
import type { Action } from './done';

// The plan's writing loads on first use (plan-changes.ts), keeping it off the start-up path.
const writes = async () => planChanges.now() ?? (await planChanges.load());

/** Saves the plan's settings with the sessions planned from them from now on. */
export function savePlan(
  roadmapId: string,
  settings: PlanSettings,
  today: string,
  inForce: SessionsInForce,
): Action {
  return async (db) => (await writes()).savePlan(roadmapId, settings, today, inForce)(db);
}

/** Puts a replanned schedule in force (`text` says what moved). */
export function replan(roadmapId: string, today: string, inForce: SessionsInForce, text: string): Action {
  return async (db) => (await writes()).replan(roadmapId, today, inForce, text)(db);
}

/** Sets or clears (null) the user's own estimate of a topic. */
export function setEstimate(
  roadmapId: string,
  topicId: TopicId,
  hours: number | null,
  fallback: { settings: PlanSettings; today: string },
  title: string,
): Action {
  return async (db) => (await writes()).setEstimate(roadmapId, topicId, hours, fallback, title)(db);
}

/**
 * Logs a session done or missed, with its topic's new status when it has one; a topic it
 * finishes is rated, as Done does.
 */
export function logStudySession(
  roadmapId: string,
  session: LoggedSession,
  status: TopicStatus | null,
  text: string,
): Action {
  return async (db) => {
    // The log's writing loads on first use, off the start-up path; a session that finishes its
    // topic rates it, so ts-fsrs loads too, before the transaction opens.
    const [log, reviews] = await Promise.all([
      sessionLogRepository.now() ?? sessionLogRepository.load(),
      status === 'done' ? (reviewRepository.now() ?? reviewRepository.load()) : null,
    ]);
    const undo = await log.logSession(db, roadmapId, session, status, reviews);
    return {
      text,
      announce: true,
      undo: async () => {
        await log.undoLogSession(db, undo, reviews);
        return { text, undo: () => logStudySession(roadmapId, session, status, text)(db) };
      },
    };
  };
}
