import { useLiveQuery } from 'dexie-react-hooks';
import type { ReviewLogRecord } from './records';
import { inTimeOrder } from './review-log-order';
import { useDatabase } from './useActionChannel';

/**
 * A roadmap's review log (every rating of its topics) in time order, kept current as anything
 * writes to it; `undefined` while loading (see `useProgress`).
 */
export function useReviewLog(roadmapId: string): ReviewLogRecord[] | undefined {
  const db = useDatabase();
  const result = useLiveQuery(
    async () => ({
      db,
      roadmapId,
      rows: inTimeOrder(await db.reviewLog.where('roadmapId').equals(roadmapId).toArray()),
    }),
    [db, roadmapId],
  );
  return result?.db === db && result.roadmapId === roadmapId ? result.rows : undefined;
}
