import { ReactFlowProvider } from '@xyflow/react';
import { lazy, Suspense, useMemo } from 'react';
import type { ReactNode } from 'react';
import { ActionChannel, ActionChannelContext, describeStorageError } from '../storage';
import type { PlannerDatabase } from '../storage';
import { showAlert } from '../ui';
import { roadmapRequestFrom } from './roadmap-request';
import { useShownRoadmap } from './useShownRoadmap';
import { useStorage } from './useStorage';
import { Workspace } from './Workspace';

const request = roadmapRequestFrom(window.location.search);
// A generated roadmap (`?synthetic=N`, for benchmarks): its code loads only for such a window.
const SyntheticRoadmap = lazy(() =>
  import('./SyntheticRoadmap').then((m) => ({ default: m.SyntheticRoadmap })),
);

/**
 * Opens the database and the roadmap used last, then the workspace, so nothing past here
 * handles either missing: a short loading state, then the workspace, or a screen that says
 * why it cannot open.
 */
export function Opening() {
  const storage = useStorage();
  if (storage.status === 'failed') return <Failure message={storage.message} />;
  return (
    <Open db={storage.db}>
      {request.kind === 'synthetic' ? (
        <Suspense fallback={<Loading />}>
          <SyntheticRoadmap topics={request.topics} loading={<Loading />} />
        </Suspense>
      ) : (
        <StoredRoadmap db={storage.db} />
      )}
    </Open>
  );
}

function StoredRoadmap({ db }: { db: PlannerDatabase }) {
  const shown = useShownRoadmap(db);
  if (!shown) return <Loading />;
  // A new roadmap is a new workspace: no selection, panel or dialog carries over.
  return <Workspace key={shown.roadmap.id} shown={shown} />;
}

function Loading() {
  return (
    <div className="opening" role="status" aria-live="polite">
      Opening the roadmap…
    </div>
  );
}

/** Provides the one action channel over the open database. */
function Open({ db, children }: { db: PlannerDatabase; children: ReactNode }) {
  const channel = useMemo(
    () => new ActionChannel(db, (error) => showAlert(describeStorageError(error))),
    [db],
  );
  return (
    <ActionChannelContext value={channel}>
      <ReactFlowProvider>{children}</ReactFlowProvider>
    </ActionChannelContext>
  );
}

function Failure({ message }: { message: string }) {
  return (
    <section className="problems" role="alert" aria-labelledby="storage-failed-title">
      <h2 id="storage-failed-title">Your data could not be opened</h2>
      <p>{message}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        Try again
      </button>
    </section>
  );
}
