import type { Roadmap } from '../../domain';
import { lazy, Suspense } from 'react';
import type { TopicProgress } from './useTopicProgress';

// Asked only when Done meets open prerequisites.
const CascadeDialog = lazy(() => import('./CascadeDialog').then((m) => ({ default: m.CascadeDialog })));

/** The "mark its prerequisites done too?" question, when `progress` has one open. */
export function ProgressCascade({ roadmap, progress }: { roadmap: Roadmap; progress: TopicProgress }) {
  const { cascade } = progress;
  const topic = cascade ? roadmap.topicsById.get(cascade.topicId) : undefined;
  if (!cascade || !topic) return null;
  return (
    <Suspense fallback={null}>
      <CascadeDialog
        topic={topic}
        open={cascade.open.flatMap((id) => roadmap.topicsById.get(id) ?? [])}
        onAll={() => {
          progress.setStatuses(
            [...cascade.open, cascade.topicId].map((topicId) => ({ topicId, status: 'done' })),
          );
          progress.closeCascade();
        }}
        onOnlyThis={() => {
          progress.setStatuses([{ topicId: cascade.topicId, status: 'done' }]);
          progress.closeCascade();
        }}
        onCancel={progress.closeCascade}
      />
    </Suspense>
  );
}
