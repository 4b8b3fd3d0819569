import { Suspense, useCallback, useRef, useState } from 'react';
import type { TopicId } from '../domain';
import { RestoreDialog, useBackup } from '../features/backup';
import { CalendarSyncRunner } from '../features/calendar-sync';
import { ExportDialog } from '../features/export';
import { usePlan } from '../features/plan';
import { ProgressCascade, ProgressView, useTopicProgress } from '../features/progress';
import { focusTopicNode, RoadmapGraph, useCentreTopic } from '../features/roadmap-graph';
import { SessionReminder } from '../features/schedule';
import { RoadmapSwitcher } from '../features/roadmap-switcher';
import { SearchBox } from '../features/search';
import { platform } from '../platform';
import { TOPIC_PANEL_INSET } from '../features/topic-panel';
import { Announcements } from './Announcements';
import { IS_MAC } from './is-mac';
import * as Lazy from './lazy-parts';
import { Rail } from './Rail';
import { SelectedTopicPanel } from './SelectedTopicPanel';
import { TopBar } from './TopBar';
import { useAppCommands } from './useAppCommands';
import { useAppVersion } from './useAppVersion';
import { usePrerequisiteEditing } from './usePrerequisiteEditing';
import { builtinRoadmap } from './useShownRoadmap';
import type { ShownRoadmap } from './useShownRoadmap';
import { useView } from './useView';
import './shell.css';

type Props = { shown: ShownRoadmap };

/** The window once the database and the roadmap are open: it lays out the features and wires them. */
export function Workspace({ shown }: Props) {
  const { roadmap, layout } = shown;
  const view = useView();
  const progress = useTopicProgress(roadmap);
  const plan = usePlan(roadmap, progress.statuses);
  const backup = useBackup(builtinRoadmap);
  const prerequisites = usePrerequisiteEditing(shown);
  const version = useAppVersion();
  const [selectedId, setSelectedId] = useState<TopicId | null>(null);
  const [readyOnly, setReadyOnly] = useState(false);
  const [due, setDue] = useState<ReadonlySet<TopicId>>();
  const [dialog, setDialog] = useState<'help' | 'export' | 'picture' | 'import' | 'remove' | null>(null);
  const [markdownProblem, setMarkdownProblem] = useState<string | null>(null);
  const search = useRef<HTMLInputElement>(null);
  const centre = useCentreTopic(layout, TOPIC_PANEL_INSET);

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
  // Without a plan there is nothing to export: the Schedule view says how to make one.
  const exportCalendar = () => (plan.schedule ? setDialog('export') : (window.location.hash = 'schedule'));
  // The picture is of the graph: from another view the graph is shown first. A selected topic
  // would dim the others in the picture, so the selection (and its panel) closes.
  const exportPicture = () => {
    if (view !== 'graph') window.location.hash = 'graph';
    setSelectedId(null);
    setDialog('picture');
  };

  useAppCommands({
    focusSearch: () => search.current?.focus(),
    exportBackup: backup.exportBackup,
    importBackup: backup.chooseImport,
    exportCalendar,
    exportPicture,
    importRoadmap: () => setDialog('import'),
    showHelp: () => setDialog('help'),
    escape: () => {
      if (progress.cascade !== null || selectedId === null) return false;
      close();
      return true;
    },
    status: (status) => {
      if (selectedId === null || progress.cascade !== null || view !== 'graph') return false;
      progress.requestStatus(selectedId, status);
      return true;
    },
  });

  const topic = selectedId !== null ? roadmap.topicsById.get(selectedId) : undefined;
  const readyCount = [...progress.states.values()].filter((state) => state === 'ready').length;
  return (
    <div className="app">
      <Rail
        roadmap={roadmap}
        view={view}
        percentDone={progress.loaded ? progress.rollups.overall.percentHours : null}
        dueCount={due?.size}
        nextSession={plan.nextSession}
        version={version}
      />
      <TopBar
        switcher={
          <RoadmapSwitcher
            current={roadmap}
            builtin={builtinRoadmap}
            onImport={() => setDialog('import')}
            onExportMarkdown={() =>
              void Lazy.roadmapFiles()
                .then((m) => m.exportRoadmapMarkdown(roadmap, plan.settings.estimates ?? {}))
                .then(setMarkdownProblem)
            }
            onRemove={shown.file ? () => setDialog('remove') : undefined}
          />
        }
        readyOnly={readyOnly}
        readyCount={readyCount}
        onToggleReady={() => setReadyOnly((on) => !on)}
        onExport={exportCalendar}
        onExportPicture={view === 'graph' ? exportPicture : undefined}
      >
        <SearchBox ref={search} roadmap={roadmap} onPick={openTopic} />
      </TopBar>
      <main className="main" id="main">
        <Announcements />
        <Suspense fallback={<p className="main__status">Loading…</p>}>
          {view === 'progress' && (
            <ProgressView
              roadmap={roadmap}
              progress={progress.rollups}
              today={plan.today}
              onExport={backup.exportBackup}
              onImport={backup.chooseImport}
            />
          )}
          {view === 'plan' && plan.loaded && <Lazy.PlanPage roadmap={roadmap} plan={plan} />}
          {view === 'schedule' && plan.loaded && plan.planning && !plan.schedule && (
            <p className="main__status" role="status">
              Planning…
            </p>
          )}
          {view === 'schedule' && plan.loaded && !(plan.planning && !plan.schedule) && (
            <Lazy.SchedulePage
              roadmap={roadmap}
              plan={plan}
              onOpenTopic={openTopic}
              onExport={() => setDialog('export')}
            />
          )}
        </Suspense>
        {view === 'graph' && (
          <RoadmapGraph
            roadmap={roadmap}
            layout={layout}
            selectedId={selectedId}
            onSelect={setSelectedId}
            states={progress.states}
            notes={progress.withNotes}
            due={due}
            readyOnly={readyOnly}
            sectionPercent={progress.sectionPercent}
            statuses={progress.statuses}
            onStatus={progress.requestStatus}
            firstPlanned={plan.firstPlanned}
            goal={plan.settings.goal ?? null}
            onGoal={plan.saved ? plan.setGoal : undefined}
            panelInset={TOPIC_PANEL_INSET}
            onAddPrerequisite={prerequisites.add}
            onRemovePrerequisite={prerequisites.remove}
          />
        )}
        {/* Panels and dialogs load when first opened; nothing shows while they do. */}
        <Suspense fallback={null}>
          {topic && view === 'graph' && (
            <SelectedTopicPanel
              key={topic.id}
              roadmap={roadmap}
              topic={topic}
              progress={progress}
              plan={plan}
              prerequisites={prerequisites}
              onSelect={openTopic}
              onClose={close}
            />
          )}
          {(backup.pending || backup.problem) && <RestoreDialog backup={backup} />}
          <ProgressCascade roadmap={roadmap} progress={progress} />
          {dialog === 'export' && plan.schedule && plan.planId && (
            <ExportDialog
              roadmap={roadmap}
              schedule={plan.schedule}
              planId={plan.planId}
              today={plan.today}
              onClose={() => setDialog(null)}
            />
          )}
          {dialog === 'picture' && progress.loaded && (
            <Lazy.PictureExportDialog
              roadmap={roadmap}
              today={plan.today}
              percentDone={progress.rollups.overall.percentHours}
              onClose={() => setDialog(null)}
            />
          )}
          {dialog === 'import' && (
            <Lazy.ImportRoadmapDialog
              openFile={(file) => import('./open-roadmap-file').then((m) => m.openRoadmapFile(file))}
              warmUp={() => void import('./open-roadmap-file').then((m) => m.warmUpRoadmapFiles())}
              builtinId={builtinRoadmap.id}
              onClose={() => setDialog(null)}
            />
          )}
          {dialog === 'remove' && (
            <Lazy.RemoveRoadmapDialog roadmap={roadmap} onClose={() => setDialog(null)} />
          )}
          {markdownProblem && (
            <Lazy.ProblemDialog
              title="Markdown not saved"
              message={markdownProblem}
              onClose={() => setMarkdownProblem(null)}
            />
          )}
          {dialog === 'help' && (
            <Lazy.HelpDialog version={version} isMac={IS_MAC} onClose={() => setDialog(null)} />
          )}
          <SessionReminder roadmap={roadmap} schedule={plan.schedule} today={plan.today} />
          <Lazy.ReviewPage
            view={view}
            roadmap={roadmap}
            progress={progress}
            today={plan.today}
            onDue={setDue}
          />
          {platform.calendarSync && (
            <CalendarSyncRunner
              roadmap={roadmap}
              schedule={plan.schedule}
              planId={plan.planId}
              timeZone={plan.settings.timeZone}
            />
          )}
        </Suspense>
      </main>
    </div>
  );
}
