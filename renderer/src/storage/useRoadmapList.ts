import { useLiveQuery } from 'dexie-react-hooks';
import type { PlannerDatabase } from './database';
import { listRoadmaps } from './roadmap-repository';
import type { RoadmapListEntry } from './roadmap-repository';

/** The imported roadmaps by title, kept current; `undefined` while loading. */
export function useRoadmapList(db: PlannerDatabase): readonly RoadmapListEntry[] | undefined {
  return useLiveQuery(() => listRoadmaps(db), [db]);
}
