import { useLiveQuery } from 'dexie-react-hooks';
import type { ReviewCardRecord } from './records';
import { useDatabase } from './useActionChannel';

/**
 * A roadmap's review cards (one per rated topic: when it is due), kept current as anything
 * writes to them; `undefined` while loading (see `useProgress`).
 */
export function useReviewCards(roadmapId: string): ReviewCardRecord[] | undefined {
  const db = useDatabase();
  const result = useLiveQuery(
    async () => ({
      db,
      roadmapId,
      rows: await db.reviewCards.where('roadmapId').equals(roadmapId).toArray(),
    }),
    [db, roadmapId],
  );
  return result?.db === db && result.roadmapId === roadmapId ? result.rows : undefined;
}
