import { useLiveQuery } from 'dexie-react-hooks';
import type { PlannerDatabase } from './database';
import type { Progress } from './progress-repository';
import { readProgress } from './progress-repository';

/**
 * A roadmap's progress, kept current as anything writes to it (in this window or another).
 *
 * Returns `undefined` while loading: `useLiveQuery` returns its default (`undefined`) before
 * the first result arrives, so tests should wait for the expected text, not for any value.
 * A storage error is thrown during render, for an error boundary to show with
 * `describeStorageError`.
 */
export function useProgress(db: PlannerDatabase | null, roadmapId: string): Progress | undefined {
  // `db` is null while the database is still opening (or failed to): nothing to read yet.
  const result = useLiveQuery(
    async () => (db ? { db, roadmapId, progress: await readProgress(db, roadmapId) } : undefined),
    [db, roadmapId],
  );
  // After its deps change, useLiveQuery keeps returning the previous result until the new
  // query answers: without this check a switch of roadmap would briefly show the old one's marks.
  return result?.db === db && result.roadmapId === roadmapId ? result.progress : undefined;
}
