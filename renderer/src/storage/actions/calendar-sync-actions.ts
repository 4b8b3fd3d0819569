import { putCalendarSync, readCalendarSync } from '../calendar-sync-repository';
import type { CalendarSyncState } from '../calendar-sync-repository';
import type { Action } from './done';

type Change = (state: CalendarSyncState) => CalendarSyncState;

/**
 * Changes a roadmap's calendar sync state in one transaction. The undo puts back only the
 * fields the change touched (a sync may have written the others since).
 */
export function changeCalendarSync(
  roadmapId: string,
  change: Change,
  text: string,
  announce = false,
): Action {
  return async (db) => {
    const { before, after } = await db.transaction('rw', db.meta, async () => {
      const current = await readCalendarSync(db, roadmapId);
      const next = change(current);
      await putCalendarSync(db, roadmapId, next);
      return { before: current, after: next };
    });
    const touched = (Object.keys(after) as (keyof CalendarSyncState)[]).filter((k) => after[k] !== before[k]);
    const fields = (from: CalendarSyncState) => Object.fromEntries(touched.map((k) => [k, from[k]]));
    const back = fields(before);
    // The undo is a change of the same fields: its own undo (redo) writes them again.
    return {
      text,
      announce,
      undo: () => changeCalendarSync(roadmapId, (state) => ({ ...state, ...back }), text)(db),
    };
  };
}

/** Records what a sync found or did (see `Done.bookkeeping`): not an undo step. */
export function recordCalendarSync(roadmapId: string, change: Change): Action {
  return async (db) => {
    const done = await changeCalendarSync(roadmapId, change, 'Calendar synced.')(db);
    return { ...done, bookkeeping: true };
  };
}

/** Gives a pinned session back to the planner: the next sync writes it where the plan puts it. */
export function unpinSession(roadmapId: string, sessionId: string, title: string): Action {
  return changeCalendarSync(
    roadmapId,
    (state) => ({
      ...state,
      pins: state.pins.filter((pin) => pin.id !== sessionId),
      unpinned: [...new Set([...state.unpinned, sessionId])],
    }),
    `Unpinned “${title}”: the plan places it again.`,
    true,
  );
}

/**
 * Answers for a session deleted in the calendar: either way it is no longer waiting, and the
 * next sync may write its work again where the plan puts it (after "drop", there is less of it).
 */
export function answerDeletedSession(roadmapId: string, uid: string, text: string): Action {
  return changeCalendarSync(
    roadmapId,
    (state) => ({
      ...state,
      deleted: state.deleted.filter((d) => d.uid !== uid),
      known: state.known.filter((known) => known !== uid),
    }),
    text,
    true,
  );
}
