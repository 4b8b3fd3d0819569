import { useLiveQuery } from 'dexie-react-hooks';
import type { IcsExportChoices } from '../domain';
import type { PlannerDatabase } from './database';
import { readExportChoices } from './export-choices-repository';

/**
 * A plan's remembered calendar export choices, kept current; `null` before its first export,
 * `undefined` while loading (see `useProgress`).
 */
export function useExportChoices(db: PlannerDatabase, planId: string): IcsExportChoices | null | undefined {
  const result = useLiveQuery(
    async () => ({ db, planId, choices: await readExportChoices(db, planId) }),
    [db, planId],
  );
  return result?.db === db && result.planId === planId ? result.choices : undefined;
}
