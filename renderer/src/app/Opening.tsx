import { ReactFlowProvider } from '@xyflow/react';
import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { ActionChannel, ActionChannelContext, describeStorageError } from '../storage';
import type { PlannerDatabase } from '../storage';
import { showAlert } from '../ui';
import { openRoadmap } from './open-roadmap';
import { ProblemList } from './ProblemList';
import { roadmapRequestFrom } from './roadmap-request';
import { useRoadmapDocument } from './useRoadmapDocument';
import { useStorage } from './useStorage';
import { Workspace } from './Workspace';

// Started as the module loads, before the first render, so workers begin at once.
const opening = openRoadmap(roadmapRequestFrom(window.location.search));

/**
 * Waits for the roadmap and hands the workspace the database, so nothing past here handles
 * either missing: a short loading state, then the workspace, or a screen that says why it
 * cannot open. The database is not waited for: its queries wait for its open by themselves,
 * so the graph draws while it opens.
 */
export function Opening() {
  const document = useRoadmapDocument(opening);
  const storage = useStorage();
  if (storage.status === 'failed') return <Failure message={storage.message} />;
  if (document.status === 'invalid') return <ProblemList problems={document.problems} />;
  if (document.status === 'loading') {
    return (
      <div className="opening" role="status" aria-live="polite">
        Opening the roadmap…
      </div>
    );
  }
  return (
    <Open db={storage.db}>
      <Workspace roadmap={document.roadmap} layout={document.layout} />
    </Open>
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
