import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { NO_PREREQUISITE_EDITS } from '../domain';
import type { RoadmapDocument } from '../domain';
import { ProblemList } from './ProblemList';
import type { ShownRoadmap } from './useShownRoadmap';
import { Workspace } from './Workspace';

type Props = { topics: number; loading: ReactNode };

/**
 * A generated roadmap of `topics` topics (`?synthetic=N`: benchmarks and scale checks), built
 * and laid out in workers. Loaded only for such a window.
 */
export function SyntheticRoadmap({ topics, loading }: Props) {
  const [document, setDocument] = useState<RoadmapDocument | null>(null);
  useEffect(() => {
    let live = true;
    void openSynthetic(topics).then((opened) => {
      if (live) setDocument(opened);
    });
    return () => {
      live = false;
    };
  }, [topics]);
  if (document === null) return loading;
  if (document.status === 'invalid') return <ProblemList problems={document.problems} />;
  const { roadmap, layout } = document;
  const shown: ShownRoadmap = { roadmap, layout, source: roadmap, edits: NO_PREREQUISITE_EDITS, file: null };
  return <Workspace shown={shown} />;
}

async function openSynthetic(topics: number): Promise<RoadmapDocument> {
  try {
    const [{ syntheticRoadmap }, { openInWorkers }] = await Promise.all([
      import('../domain/synthetic-roadmap'),
      import('./open-in-workers'),
    ]);
    const { markdown, sidecar } = syntheticRoadmap(topics);
    return await openInWorkers({
      markdown: { file: `synthetic-${topics}.md`, text: markdown },
      sidecar: { file: `synthetic-${topics}.json`, text: sidecar },
    });
  } catch (error) {
    return {
      status: 'invalid',
      problems: [{ file: 'roadmap', line: 1, message: `could not open the roadmap: ${String(error)}` }],
    };
  }
}
