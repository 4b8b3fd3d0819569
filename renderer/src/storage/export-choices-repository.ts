import type { IcsExportChoices } from '../domain';
import type { PlannerDatabase } from './database';
import type { ExportChoicesRecord } from './records';

/** The choices a plan's last calendar export was made with; null before its first export. */
export async function readExportChoices(
  db: PlannerDatabase,
  planId: string,
): Promise<IcsExportChoices | null> {
  const row = await db.exportChoices.get(planId);
  return row ? choicesOf(row) : null;
}

/** The dialog's choices of a stored row (without its keys and time). */
export function choicesOf(row: ExportChoicesRecord): IcsExportChoices {
  const { planId: _plan, roadmapId: _roadmap, updatedAt: _at, ...choices } = row;
  return choices;
}
