import { useCallback, useMemo, useRef, useState } from 'react';
import { openPrerequisites, progressOf } from '../domain';
import { describeStorageError, resetProgress, restoreProgress } from '../storage';
import type { ProgressSnapshot } from '../storage';
import type { TopicId, TopicStatus } from '../domain';
import { BackupSummaryList, CascadeDialog, ConfirmDialog, ProgressView } from '../features/progress';
import { focusTopicNode, RoadmapGraph, useCentreTopic } from '../features/roadmap-graph';
import { SearchBox } from '../features/search';
import { TOPIC_PANEL_INSET, TopicPanel } from '../features/topic-panel';
import { ProblemList } from './ProblemList';
import { openRoadmap } from './open-roadmap';
import { roadmapRequestFrom } from './roadmap-request';
import { Rail } from './Rail';
import { Toast } from './Toast';
import { TopBar } from './TopBar';
import { useGlobalShortcuts } from './useGlobalShortcuts';
import { useRoadmapDocument } from './useRoadmapDocument';
import { useStorage, useStorageBlocked } from './useStorage';
import { useTopicProgress } from './useTopicProgress';
import { useView } from './useView';
import { useBackup } from './useBackup';

// Started as the module loads, before the first render, so workers begin at once.
const opening = openRoadmap(roadmapRequestFrom(window.location.search));

const NOTHING_CHECKED: ReadonlySet<string> = new Set();

/** The main window's content once inside the graph's provider. */
export function Workspace() {
  const opened = useRoadmapDocument(opening);
  const ready = opened.status === 'ready' ? opened : null;
  const roadmap = ready?.roadmap ?? null;
  const storage = useStorage();
  const blocked = useStorageBlocked();
  const [storageError, setStorageError] = useState<string | null>(null);
  const progress = useTopicProgress(storage.db, roadmap, setStorageError);
  const reportStorageError = useCallback(
    (error: unknown) => setStorageError(describeStorageError(error)),
    [],
  );
  const [notice, setNotice] = useState<string | null>(null);
  const backup = useBackup(storage.db, roadmap, setStorageError, setNotice);
  const [selectedId, setSelectedId] = useState<TopicId | null>(null);
  const [cascade, setCascade] = useState<{ topicId: TopicId; open: TopicId[] } | null>(null);
  const [offerDoneFor, setOfferDoneFor] = useState<TopicId | null>(null);
  const [readyOnly, setReadyOnly] = useState(false);
  const view = useView();
  const [confirmReset, setConfirmReset] = useState(false);
  const [undoReset, setUndoReset] = useState<ProgressSnapshot | null>(null);
  const rollups = useMemo(
    () =>
      roadmap
        ? progressOf(roadmap, { statuses: progress.statuses, checkedItems: progress.checkedItems })
        : null,
    [roadmap, progress.statuses, progress.checkedItems],
  );
  const sectionPercent = useMemo(
    () => new Map([...(rollups?.sections ?? [])].map(([number, rollup]) => [number, rollup.percentHours])),
    [rollups],
  );
  const search = useRef<HTMLInputElement>(null);
  const centre = useCentreTopic(ready?.layout ?? null, TOPIC_PANEL_INSET);

  // From search or a link in the panel: bring the topic into view beside the panel.
  const openTopic = useCallback(
    (id: TopicId) => {
      // A topic is shown on the graph: search from another view goes there.
      if (view !== 'graph') window.location.hash = 'graph';
      setSelectedId(id);
      centre(id);
    },
    [centre, view],
  );
  // Closing on purpose (Escape, the close button) puts focus back on the topic's node, so
  // keyboard users carry on from where they were.
  const close = useCallback(() => {
    if (selectedId !== null) focusTopicNode(selectedId);
    setSelectedId(null);
  }, [selectedId]);

  // Done with open prerequisites asks first; un-marking never cascades.
  const changeStatus = useCallback(
    (topicId: TopicId, status: TopicStatus) => {
      setOfferDoneFor(null);
      const open = roadmap && status === 'done' ? openPrerequisites(roadmap, topicId, progress.statuses) : [];
      if (open.length > 0) setCascade({ topicId, open });
      else progress.setStatuses([{ topicId, status }]);
    },
    [roadmap, progress],
  );
  const toggleItem = useCallback(
    (topicId: TopicId, itemId: string, checked: boolean) => {
      setOfferDoneFor(progress.toggleItem(topicId, itemId, checked) ? topicId : null);
    },
    [progress],
  );

  useGlobalShortcuts({
    focusSearch: () => search.current?.focus(),
    escape: () => {
      if (cascade !== null || selectedId === null) return false;
      close();
      return true;
    },
    status: (status) => {
      if (selectedId === null || cascade !== null || view !== 'graph') return false;
      changeStatus(selectedId, status);
      return true;
    },
    undo: progress.undo,
    redo: progress.redo,
  });

  const topic = roadmap && selectedId !== null ? roadmap.topicsById.get(selectedId) : undefined;
  const cascadeTopic = roadmap && cascade ? roadmap.topicsById.get(cascade.topicId) : undefined;

  return (
    <div className="app">
      <Rail
        roadmap={roadmap}
        view={view}
        percentDone={progress.loaded && rollups ? rollups.overall.percentHours : null}
      />
      <TopBar
        title={roadmap?.title ?? 'Opening roadmap…'}
        history={progress}
        readyOnly={readyOnly}
        readyCount={
          roadmap ? [...progress.states.values()].filter((state) => state === 'ready').length : null
        }
        onToggleReady={() => setReadyOnly((on) => !on)}
      >
        <SearchBox ref={search} roadmap={roadmap} onPick={openTopic} />
      </TopBar>
      <main className="main" id="main" aria-busy={opened.status === 'loading'}>
        {opened.status === 'loading' && <p className="main__status">Opening the roadmap…</p>}
        {opened.status === 'invalid' && <ProblemList problems={opened.problems} />}
        {(storageError ?? blocked ?? (storage.status === 'failed' ? storage.message : null)) && (
          <div className="storage-alert" role="alert">
            <p>{storageError ?? blocked ?? (storage.status === 'failed' ? storage.message : '')}</p>
            {storageError && (
              <button type="button" className="button" onClick={() => setStorageError(null)}>
                Dismiss
              </button>
            )}
          </div>
        )}
        {ready && view === 'progress' && rollups && (
          <ProgressView
            roadmap={ready.roadmap}
            progress={rollups}
            onReset={() => setConfirmReset(true)}
            onExport={backup.exportBackup}
            onImport={backup.chooseImport}
          />
        )}
        {notice && !undoReset && <Toast onDismiss={() => setNotice(null)}>{notice}</Toast>}
        {backup.pending && (
          <ConfirmDialog
            title="Restore this backup?"
            confirm="Replace my data"
            onCancel={backup.cancelImport}
            onConfirm={() => {
              progress.clearHistory();
              backup.confirmImport();
            }}
          >
            <BackupSummaryList fileName={backup.pending.fileName} summary={backup.pending.summary} />
          </ConfirmDialog>
        )}
        {undoReset && (
          <Toast
            action={{
              label: 'Undo',
              onClick: () => {
                const snapshot = undoReset;
                setUndoReset(null);
                if (storage.db) restoreProgress(storage.db, snapshot).catch(reportStorageError);
              },
            }}
            onDismiss={() => setUndoReset(null)}
          >
            Progress reset.
          </Toast>
        )}
        {confirmReset && roadmap && (
          <ConfirmDialog
            title="Reset all progress?"
            confirm="Reset progress"
            onCancel={() => setConfirmReset(false)}
            onConfirm={() => {
              setConfirmReset(false);
              if (!storage.db) return;
              progress.clearHistory();
              resetProgress(storage.db, roadmap.id).then(setUndoReset, reportStorageError);
            }}
          >
            <p>
              Every status and ticked sub-point of “{roadmap.title}” goes back to not started. Your notes
              stay. You can undo this right after.
            </p>
          </ConfirmDialog>
        )}
        {ready && view === 'graph' && (
          <RoadmapGraph
            roadmap={ready.roadmap}
            layout={ready.layout}
            selectedId={selectedId}
            onSelect={setSelectedId}
            states={progress.states}
            notes={progress.withNotes}
            readyOnly={readyOnly}
            sectionPercent={sectionPercent}
            statuses={progress.statuses}
            onStatus={changeStatus}
          />
        )}
        {roadmap && topic && view === 'graph' && (
          <TopicPanel
            key={topic.id}
            roadmap={roadmap}
            topic={topic}
            onSelect={openTopic}
            onClose={close}
            status={progress.statuses.get(topic.id) ?? 'todo'}
            onStatus={(status) => changeStatus(topic.id, status)}
            checked={progress.checkedItems.get(topic.id) ?? NOTHING_CHECKED}
            onToggleItem={(itemId, checked) => toggleItem(topic.id, itemId, checked)}
            offerDone={offerDoneFor === topic.id}
            note={progress.notes.get(topic.id) ?? ''}
            onNote={(text) => progress.setNote(topic.id, text)}
          />
        )}
        {cascade && cascadeTopic && roadmap && (
          <CascadeDialog
            topic={cascadeTopic}
            open={cascade.open.flatMap((id) => roadmap.topicsById.get(id) ?? [])}
            onAll={() => {
              progress.setStatuses([
                ...cascade.open.map((id) => ({ topicId: id, status: 'done' as const })),
                { topicId: cascade.topicId, status: 'done' },
              ]);
              setCascade(null);
            }}
            onOnlyThis={() => {
              progress.setStatuses([{ topicId: cascade.topicId, status: 'done' }]);
              setCascade(null);
            }}
            onCancel={() => setCascade(null)}
          />
        )}
      </main>
    </div>
  );
}
