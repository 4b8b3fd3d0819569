import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { formatShortDay, openPrerequisites, progressOf } from '../domain';
import {
  describeStorageError,
  readIcsHistory,
  resetProgress,
  restoreProgress,
  setFlag,
  SETTING_KEYS,
  useFlag,
  writeIcsHistory,
} from '../storage';
import { platform } from '../platform';
import type { AppCommand } from '../platform';
import type { LogUndo, ProgressSnapshot } from '../storage';
import type { ScheduledSession, TopicId, TopicStatus } from '../domain';
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
import { usePlan } from './usePlan';
import { useSessionReminder } from './useSessionReminder';
import { HelpDialog } from './HelpDialog';

// Started as the module loads, before the first render, so workers begin at once.
const opening = openRoadmap(roadmapRequestFrom(window.location.search));

// The graph opens first; the plan and schedule views load when first shown, so the code
// the first paint waits for stays small.
const PlanView = lazy(() => import('../features/plan').then((m) => ({ default: m.PlanView })));
const ScheduleView = lazy(() => import('../features/schedule').then((m) => ({ default: m.ScheduleView })));
const ExportDialog = lazy(() => import('../features/export').then((m) => ({ default: m.ExportDialog })));

const NOTHING_CHECKED: ReadonlySet<string> = new Set();
const NO_SESSIONS: readonly ScheduledSession[] = [];

/** The user's own estimate for a topic; own keys only, as ids such as `constructor` exist. */
function estimateOf(
  estimates: Readonly<Record<string, number>> | undefined,
  topicId: TopicId,
): number | null {
  return estimates && Object.hasOwn(estimates, topicId) ? estimates[topicId]! : null;
}

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
  const plan = usePlan(storage.db, roadmap, progress.statuses, setStorageError);
  const [logUndo, setLogUndo] = useState<{ undo: LogUndo; text: string } | null>(null);
  const sessionsByTopic = useMemo(() => {
    const byTopic = new Map<TopicId, ScheduledSession[]>();
    for (const session of plan.schedule?.sessions ?? []) {
      const list = byTopic.get(session.topicId);
      if (list) list.push(session);
      else byTopic.set(session.topicId, [session]);
    }
    return byTopic;
  }, [plan.schedule]);
  const plannedStart = useMemo(() => {
    const starts = new Map<TopicId, string>();
    for (const [topicId, sessions] of sessionsByTopic) {
      const first = sessions.find((s) => !s.logged);
      if (first) starts.set(topicId, formatShortDay(first.date));
    }
    return starts;
  }, [sessionsByTopic]);
  const nextSession = useMemo(() => {
    const next = plan.schedule?.sessions.find((s) => !s.logged && s.date >= plan.today);
    if (!next || !roadmap) return null;
    const title = roadmap.topicsById.get(next.topicId)?.title ?? next.topicId;
    return `${formatShortDay(next.date)} ${next.start.slice(11, 16)} · ${title}`;
  }, [plan.schedule, plan.today, roadmap]);
  const logSession = useCallback(
    (session: ScheduledSession, outcome: 'done' | 'missed') => {
      const title = roadmap?.topicsById.get(session.topicId)?.title ?? session.topicId;
      void plan.log(session, outcome).then((undo) => {
        if (!undo) return;
        const text =
          outcome === 'done'
            ? `Logged ${session.minutes} min on ${title}${session.part >= session.parts ? ' — topic done' : ''}.`
            : `${title} (part ${session.part}) marked missed. Replan to fit it in.`;
        setLogUndo({ undo, text });
      });
    },
    [plan, roadmap],
  );
  const [helpOpen, setHelpOpen] = useState(false);
  const [exportOpen, setExportOpen] = useState(false);
  const remind = useFlag(storage.db, SETTING_KEYS.remindFirstSession);
  useSessionReminder(remind, roadmap, plan.schedule, plan.today);
  const setRemind = useCallback(
    (on: boolean) => {
      void (async () => {
        if (on && !(await platform.allowNotifications())) {
          setStorageError(
            'Notifications are blocked for Roadmap Planner. Allow them in your system or browser settings.',
          );
          return;
        }
        if (storage.db) await setFlag(storage.db, SETTING_KEYS.remindFirstSession, on);
      })().catch(reportStorageError);
    },
    [storage.db, reportStorageError],
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

  // One handler for the app's commands, whether they come from a shortcut or the desktop menu.
  const runCommand = useCallback(
    (command: AppCommand) => {
      switch (command) {
        case 'view-graph':
        case 'view-plan':
        case 'view-schedule':
        case 'view-progress':
          window.location.hash = command.slice('view-'.length);
          return;
        case 'find-topic':
          search.current?.focus();
          return;
        case 'export-backup':
          backup.exportBackup();
          return;
        case 'import-backup':
          backup.chooseImport();
          return;
        case 'export-calendar':
          // Without a plan there is nothing to export: the Schedule view says how to make one.
          if (plan.schedule) setExportOpen(true);
          else window.location.hash = 'schedule';
          return;
        case 'show-help':
          setHelpOpen(true);
          return;
      }
    },
    [backup, plan.schedule],
  );
  const latestCommand = useRef(runCommand);
  useEffect(() => {
    latestCommand.current = runCommand;
  });
  useEffect(() => platform.onCommand((command) => latestCommand.current(command)), []);
  const [version, setVersion] = useState<string | null>(null);
  useEffect(() => {
    platform.getVersion().then(setVersion, () => setVersion(null));
  }, []);

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
    command: runCommand,
  });

  const topic = roadmap && selectedId !== null ? roadmap.topicsById.get(selectedId) : undefined;
  const cascadeTopic = roadmap && cascade ? roadmap.topicsById.get(cascade.topicId) : undefined;

  return (
    <div className="app">
      <Rail
        roadmap={roadmap}
        view={view}
        percentDone={progress.loaded && rollups ? rollups.overall.percentHours : null}
        nextSession={nextSession}
        version={version}
      />
      <TopBar
        title={roadmap?.title ?? 'Opening roadmap…'}
        history={progress}
        readyOnly={readyOnly}
        readyCount={
          roadmap ? [...progress.states.values()].filter((state) => state === 'ready').length : null
        }
        onToggleReady={() => setReadyOnly((on) => !on)}
        onExport={() => runCommand('export-calendar')}
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
        <Suspense fallback={<p className="main__status">Loading…</p>}>
          {ready && view === 'plan' && plan.loaded && (
            <PlanView
              roadmap={ready.roadmap}
              settings={plan.settings}
              saved={plan.saved}
              project={plan.project}
              onSave={(settings) => {
                plan.save(settings);
                setNotice('Plan saved. The schedule starts from today.');
              }}
            />
          )}
          {ready && view === 'schedule' && plan.loaded && (
            <ScheduleView
              roadmap={ready.roadmap}
              schedule={plan.schedule}
              today={plan.today}
              daysOff={plan.settings.blackoutDates}
              plannedFrom={plan.replannedOn}
              onOpenTopic={openTopic}
              onLog={logSession}
              previewReplan={plan.previewReplan}
              remind={remind}
              onRemind={setRemind}
              onExport={() => setExportOpen(true)}
              onReplan={() => {
                plan.replan();
                setNotice('Replanned from today.');
              }}
            />
          )}
        </Suspense>
        {logUndo && !undoReset && (
          <Toast
            key={logUndo.text}
            autoDismissMs={10_000}
            action={{
              label: 'Undo',
              onClick: () => {
                plan.undoLog(logUndo.undo);
                setLogUndo(null);
              },
            }}
            onDismiss={() => setLogUndo(null)}
          >
            {logUndo.text}
          </Toast>
        )}
        {notice && !undoReset && !logUndo && (
          <Toast key={notice} onDismiss={() => setNotice(null)} autoDismissMs={8000}>
            {notice}
          </Toast>
        )}
        {backup.pending && (
          <ConfirmDialog
            title="Restore this backup?"
            confirm="Replace my data"
            onCancel={backup.cancelImport}
            onConfirm={() => {
              progress.clearHistory();
              // An undo of an earlier reset would write over what the backup brings.
              setUndoReset(null);
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
              Every status, ticked sub-point and logged study session of “{roadmap.title}” goes back to not
              started. Your notes and your plan stay. You can undo this right after.
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
            plannedStart={plannedStart}
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
            sessions={plan.saved ? (sessionsByTopic.get(topic.id) ?? NO_SESSIONS) : null}
            estimateOverride={estimateOf(plan.settings.estimates, topic.id)}
            onEstimate={(hours) => plan.setEstimate(topic.id, hours)}
          />
        )}
        {exportOpen && ready && plan.schedule && plan.planId && storage.db && (
          <Suspense fallback={null}>
            <ExportDialog
              roadmap={ready.roadmap}
              schedule={plan.schedule}
              planId={plan.planId}
              today={plan.today}
              desktop={platform.kind === 'desktop'}
              loadHistory={() => readIcsHistory(storage.db!, plan.planId!)}
              keepHistory={(history) => writeIcsHistory(storage.db!, history)}
              save={({ name, text }) =>
                platform.saveFile({
                  suggestedName: name,
                  contents: text,
                  extensions: ['ics'],
                  mimeType: 'text/calendar',
                })
              }
              openSaved={(token) => platform.openSaved(token).catch(() => false)}
              revealSaved={(token) => platform.revealSaved(token).catch(() => false)}
              onClose={() => setExportOpen(false)}
            />
          </Suspense>
        )}
        {helpOpen && (
          <HelpDialog
            version={version}
            isMac={/Mac|iPhone|iPad/.test(navigator.platform)}
            onClose={() => setHelpOpen(false)}
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
