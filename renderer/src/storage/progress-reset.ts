import type { Table } from 'dexie';
import type { PlannerDatabase } from './database';
import type {
  ItemStateRecord,
  NoteRecord,
  ReviewCardRecord,
  ReviewLogRecord,
  SessionLogRecord,
  TopicStateRecord,
} from './records';

// Resetting a roadmap's progress and its undo; only the (lazily loaded) data actions use
// them, so they are kept off the start-up path.

/** The rows `resetProgress` removed, exactly as stored, for `restoreProgress` (undo). */
export type ProgressSnapshot = {
  roadmapId: string;
  topicStates: TopicStateRecord[];
  itemStates: ItemStateRecord[];
  notes: NoteRecord[];
  /** Logged study sessions: work logged done counts towards a topic, so it is progress too. */
  sessionLog: SessionLogRecord[];
  /** Ratings and review cards: a reset topic is no longer finished, so nothing of it is reviewed. */
  reviewLog: ReviewLogRecord[];
  reviewCards: ReviewCardRecord[];
};

/** What `resetProgress` clears besides statuses and ticked items. */
export type ResetOptions = {
  /** Also delete the user's notes. Off by default: notes are the user's writing, not progress marks. */
  includeNotes?: boolean;
};

/** The tables a reset clears and its undo refills. */
function progressTables(db: PlannerDatabase) {
  return [db.topicStates, db.itemStates, db.notes, db.sessionLog, db.reviewLog, db.reviewCards];
}

/**
 * Clears a roadmap's statuses and ticked items, its logged sessions and its review log and
 * cards (and notes if asked) in one transaction. Other roadmaps are untouched.
 *
 * @returns what was removed, for `restoreProgress`.
 */
export async function resetProgress(
  db: PlannerDatabase,
  roadmapId: string,
  options: ResetOptions = {},
): Promise<ProgressSnapshot> {
  return db.transaction('rw', progressTables(db), async () => {
    const take = async <T, K, I>(table: Table<T, K, I>, skip = false): Promise<T[]> => {
      if (skip) return [];
      const rows = table.where('roadmapId').equals(roadmapId);
      const taken = await rows.toArray();
      await rows.delete();
      return taken;
    };
    return {
      roadmapId,
      topicStates: await take(db.topicStates),
      itemStates: await take(db.itemStates),
      notes: await take(db.notes, !options.includeNotes),
      sessionLog: await take(db.sessionLog),
      reviewLog: await take(db.reviewLog),
      reviewCards: await take(db.reviewCards),
    };
  });
}

/**
 * Puts back the rows a reset removed (undo), as they were, in one transaction. Rows written
 * since the reset for other topics or items stay; the snapshot wins where both exist (a
 * topic rated again since keeps its new rating in the log, and its card is the snapshot's).
 */
export async function restoreProgress(db: PlannerDatabase, snapshot: ProgressSnapshot): Promise<void> {
  await db.transaction('rw', progressTables(db), async () => {
    await db.topicStates.bulkPut(snapshot.topicStates);
    await db.itemStates.bulkPut(snapshot.itemStates);
    await db.notes.bulkPut(snapshot.notes);
    await db.reviewCards.bulkPut(snapshot.reviewCards);
    // A session logged again since the reset keeps its newer row. Rows come back under new
    // keys: their old ones may belong to other rows by now (an import refills the table).
    const again = new Set(
      (await db.sessionLog.where('roadmapId').equals(snapshot.roadmapId).toArray()).map(
        (row) => row.sessionId,
      ),
    );
    await db.sessionLog.bulkAdd(
      snapshot.sessionLog.filter((row) => !again.has(row.sessionId)).map(({ id: _id, ...row }) => row),
    );
    await db.reviewLog.bulkAdd(snapshot.reviewLog.map(({ id: _id, ...row }) => row));
  });
}
