import { useState } from 'react';
import { formatHours } from '../../domain';
import type { Progress, Roadmap, Rollup } from '../../domain';
import { resetRoadmapProgress, useActionChannel } from '../../storage';
import { ConfirmDialog, phaseSlot } from '../../ui';
import { ProgressBar } from './ProgressBar';
import { StudyTime } from './StudyTime';
import { useStudyStats } from './useStudyStats';
import './progress-view.css';

type Props = {
  roadmap: Roadmap;
  progress: Progress;
  /** Today on the plan zone's clock. */
  today: string;
  onExport: () => void;
  onImport: () => void;
};

/**
 * How far the user is: overall, per study phase and per section, in hours and in topics; and
 * the time spent: study days over the year, hours per week, reviews coming due.
 */
export function ProgressView({ roadmap, progress, today, onExport, onImport }: Props) {
  const channel = useActionChannel();
  const stats = useStudyStats(roadmap.id, today);
  const [confirmReset, setConfirmReset] = useState(false);
  const { overall } = progress;
  const nothingYet = overall.doneTopics === 0 && overall.doneHours === 0;
  return (
    <div className="progress-view">
      <header className="progress-view__header">
        <div>
          <h2>Progress</h2>
          <p className="progress-view__summary">
            {Math.round(overall.percentHours)} % of {formatHours(overall.hours)} done · {overall.doneTopics}{' '}
            of {overall.topics} topics
          </p>
        </div>
        <div className="progress-view__actions">
          <button type="button" className="button" onClick={onExport}>
            Export backup…
          </button>
          <button type="button" className="button" onClick={onImport}>
            Import backup…
          </button>
          <button
            type="button"
            className="button"
            onClick={() => setConfirmReset(true)}
            disabled={nothingYet}
          >
            Reset progress…
          </button>
        </div>
      </header>
      {nothingYet && (
        <p className="progress-view__empty">
          Nothing is marked yet. Open a topic on the graph and set its status, or tick what you already know.
        </p>
      )}
      <ProgressBar label="Overall" percent={overall.percentHours} detail={detail(overall)} />
      {stats && <StudyTime stats={stats} today={today} />}

      <section aria-labelledby="progress-phases">
        <h3 id="progress-phases">Study phases</h3>
        {roadmap.phases.map((phase) => {
          const rollup = progress.phases.get(phase.number);
          return rollup ? (
            <div key={phase.number} data-phase={phaseSlot(phase.number)}>
              <ProgressBar
                label={`Phase ${phase.number}: ${phase.title}`}
                percent={rollup.percentHours}
                detail={detail(rollup)}
              />
            </div>
          ) : null;
        })}
      </section>

      <section aria-labelledby="progress-sections">
        <h3 id="progress-sections">Sections</h3>
        {roadmap.sections.map((section) => {
          const rollup = progress.sections.get(section.number);
          return rollup ? (
            <div key={section.number} data-phase={phaseSlot(section.phaseNumber)}>
              <ProgressBar
                label={`${section.number}. ${section.title}`}
                percent={rollup.percentHours}
                detail={detail(rollup)}
              />
            </div>
          ) : null;
        })}
      </section>
      {confirmReset && (
        <ConfirmDialog
          title="Reset all progress?"
          confirm="Reset progress"
          onCancel={() => setConfirmReset(false)}
          onConfirm={() => {
            setConfirmReset(false);
            void channel.run(resetRoadmapProgress(roadmap.id));
          }}
        >
          <p>
            Every status, ticked sub-point and logged study session of “{roadmap.title}” goes back to not
            started. Your notes and your plan stay. You can undo this right after.
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}

function detail(rollup: Rollup): string {
  return `${rollup.doneTopics} of ${rollup.topics} topics · ${formatHours(rollup.doneHours)} of ${formatHours(rollup.hours)}`;
}
