import { useEffect, useState } from 'react';
import type { RoadmapDocument } from '../domain';

export type RoadmapDocumentState = RoadmapDocument | { status: 'loading' };

/** The roadmap a window shows, once `opening` (from `openRoadmap`) has finished. */
export function useRoadmapDocument(
  opening: RoadmapDocument | Promise<RoadmapDocument>,
): RoadmapDocumentState {
  const [state, setState] = useState<RoadmapDocumentState>(
    opening instanceof Promise ? { status: 'loading' } : opening,
  );
  useEffect(() => {
    if (!(opening instanceof Promise)) return;
    let live = true;
    void opening.then((document) => {
      if (live) setState(document);
    });
    return () => {
      live = false;
    };
  }, [opening]);
  return state;
}
