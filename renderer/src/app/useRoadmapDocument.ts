import { useEffect, useState } from 'react';
import type { RoadmapDocument } from './roadmap-document';
import type { RoadmapRequest } from './roadmap-request';

export type RoadmapDocumentState = RoadmapDocument | { status: 'loading' };

/** Opens a roadmap in a worker and returns it once built and laid out; keep `request` stable. */
export function useRoadmapDocument(request: RoadmapRequest): RoadmapDocumentState {
  const [state, setState] = useState<RoadmapDocumentState>({ status: 'loading' });
  useEffect(() => {
    const worker = new Worker(new URL('./roadmap.worker.ts', import.meta.url), {
      type: 'module',
      name: 'roadmap',
    });
    worker.onmessage = (event: MessageEvent<RoadmapDocument>) => {
      setState(event.data);
      worker.terminate();
    };
    worker.onerror = (event) => {
      setState({
        status: 'invalid',
        problems: [{ file: 'roadmap', line: 1, message: `could not open the roadmap: ${event.message}` }],
      });
      worker.terminate();
    };
    worker.postMessage(request);
    return () => worker.terminate();
  }, [request]);
  return state;
}
