import { describeExportChoices, sameExportChoices } from '../../domain';
import type { IcsExportChoices } from '../../domain';
import type { PlannerDatabase } from '../database';
import { choicesOf } from '../export-choices-repository';
import type { ExportChoicesRecord } from '../records';
import type { Action, Done } from './done';

/**
 * Remembers what a plan was just exported to a calendar with, so the next export starts from
 * it. One undoable step when the choices changed; the same choices again are bookkeeping (no
 * step, no notice), so exporting twice leaves Ctrl+Z to the user's last real change.
 */
export function rememberExportChoices(
  planId: string,
  roadmapId: string,
  choices: IcsExportChoices,
  clock: () => Date = () => new Date(),
): Action {
  return async (db) => {
    const row: ExportChoicesRecord = { planId, roadmapId, ...choices, updatedAt: clock().toISOString() };
    const text = `Export options kept: ${describeExportChoices(choices)}.`;
    const before = await swap(db, planId, row);
    const done: Done = { text, undo: () => putBack(planId, before, text)(db) };
    return before && sameExportChoices(choicesOf(before), choices) ? { ...done, bookkeeping: true } : done;
  };
}

/** Puts a plan's choices row back (none: deleted); its undo puts back what it replaced. */
function putBack(planId: string, row: ExportChoicesRecord | undefined, text: string): Action {
  return async (db) => {
    const before = await swap(db, planId, row);
    return { text, undo: () => putBack(planId, before, text)(db) };
  };
}

/** Sets a plan's choices row (or deletes it) in one transaction; returns the row it replaced. */
async function swap(
  db: PlannerDatabase,
  planId: string,
  row: ExportChoicesRecord | undefined,
): Promise<ExportChoicesRecord | undefined> {
  return db.transaction('rw', db.exportChoices, async () => {
    const previous = await db.exportChoices.get(planId);
    if (row) await db.exportChoices.put(row);
    else await db.exportChoices.delete(planId);
    return previous;
  });
}
