import { parseIcsExportHistory } from '../domain';
import type { IcsExportHistory } from '../domain';
import type { PlannerDatabase } from './database';
import { icsHistoryKey } from './meta-keys';

export { icsHistoryKey };

/**
 * What the last calendar export of a plan wrote, or null before the first one. A history
 * that no longer reads (edited by hand, say) counts as none: the next export starts afresh,
 * with the same UIDs, so calendars still update rather than duplicate.
 */
export async function readIcsHistory(db: PlannerDatabase, planId: string): Promise<IcsExportHistory | null> {
  const row = await db.meta.get(icsHistoryKey(planId));
  if (!row) return null;
  const parsed = parseIcsExportHistory(row.value);
  return parsed.ok && parsed.history.planId === planId ? parsed.history : null;
}

/** Keeps what an export wrote, once the file is saved. */
export async function writeIcsHistory(db: PlannerDatabase, history: IcsExportHistory): Promise<void> {
  await db.meta.put({ key: icsHistoryKey(history.planId), value: history });
}
