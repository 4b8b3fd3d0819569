import type { LoggedSession, TopicId, TopicStatus } from '../domain';
import type { PlannerDatabase } from './database';
import { nowAfter } from './log-clock';
import type { SessionLogRecord, TopicStateRecord } from './records';
import type * as ReviewRepository from './review-repository';
import type { WrittenRating } from './review-repository';

// Logging a study session; only `logStudySession` uses it, loading it on first use, so it
// stays off the start-up path.

/** The review repository (ts-fsrs), loaded by the action before its transaction opens. */
type Reviews = Pick<typeof ReviewRepository, 'rateFinished' | 'removeRatings'>;

/** What `logSession` replaced, for `undoLogSession`. */
export type LogUndo = {
  roadmapId: string;
  sessionId: string;
  previous: SessionLogRecord | null;
  topicId: TopicId;
  previousStatus: TopicStateRecord | null;
  /** The first rating written when the session marked its topic done. */
  ratings: WrittenRating[];
};

/**
 * Logs a session done or missed (replacing what was logged for it before) and, in the same
 * transaction, sets its topic's status when `status` is given; a topic it marks done gets
 * its first rating there too (`reviews` must be given then). Returns what to put back to
 * undo it.
 */
export async function logSession(
  db: PlannerDatabase,
  roadmapId: string,
  session: LoggedSession,
  status: TopicStatus | null,
  reviews: Reviews | null = null,
): Promise<LogUndo> {
  const tables = [db.sessionLog, db.topicStates, db.plans, db.reviewLog, db.reviewCards];
  return db.transaction('rw', tables, async () => {
    const previous = (await db.sessionLog.where({ roadmapId, sessionId: session.sessionId }).first()) ?? null;
    const previousStatus = (await db.topicStates.get([roadmapId, session.topicId])) ?? null;
    const plan = await db.plans.where('roadmapId').equals(roadmapId).first();
    if (previous) await db.sessionLog.delete(previous.id);
    // The part count is the topic's at logging: the session's label never changes.
    const { awaitingReplan: _awaiting, ...row } = session;
    await db.sessionLog.add({ ...row, roadmapId, loggedAt: nowAfter(plan?.replannedAt) });
    const was = previousStatus?.status ?? 'todo';
    let ratings: WrittenRating[] = [];
    if (status !== null && status !== was) {
      const { topicId } = session;
      await db.topicStates.put({ roadmapId, topicId, status, updatedAt: new Date().toISOString() });
      if (reviews)
        ratings = await reviews.rateFinished(
          db,
          roadmapId,
          [{ topicId, status: was }],
          [{ topicId, status }],
        );
    }
    return {
      roadmapId,
      sessionId: session.sessionId,
      previous,
      topicId: session.topicId,
      previousStatus,
      ratings,
    };
  });
}

/**
 * Puts back what `logSession` replaced: the earlier log row (if any) and the topic's status,
 * and takes back the rating it wrote (`reviews`, as `logSession` had it).
 */
export async function undoLogSession(
  db: PlannerDatabase,
  undo: LogUndo,
  reviews: Reviews | null = null,
): Promise<void> {
  const { roadmapId, sessionId, topicId } = undo;
  await db.transaction('rw', db.sessionLog, db.topicStates, db.reviewLog, db.reviewCards, async () => {
    await db.sessionLog.where({ roadmapId, sessionId }).delete();
    if (undo.previous) await db.sessionLog.put(undo.previous);
    if (undo.previousStatus) await db.topicStates.put(undo.previousStatus);
    else await db.topicStates.delete([roadmapId, topicId]);
    await reviews?.removeRatings(db, undo.ratings);
  });
}
