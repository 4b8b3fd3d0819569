import snapshot from 'virtual:builtin-roadmap';
import { useEffect, useState } from 'react';
import { reviveRoadmap } from '../domain';
import type { RoadmapDocument } from './roadmap-document';
import type { RoadmapRequest } from './roadmap-request';

export type RoadmapDocumentState = RoadmapDocument | { status: 'loading' };

const builtin: RoadmapDocument = {
  status: 'ready',
  roadmap: reviveRoadmap(snapshot.roadmap),
  layout: snapshot.layout,
};

/**
 * The roadmap a window shows. The built-in one was parsed and laid out at build time and is
 * ready at once; any other is built and laid out in a worker. Keep `request` stable.
 */
export function useRoadmapDocument(request: RoadmapRequest): RoadmapDocumentState {
  const [state, setState] = useState<RoadmapDocumentState>(
    request.kind === 'builtin' ? builtin : { status: 'loading' },
  );
  useEffect(() => {
    if (request.kind === 'builtin') return;
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
