import { useEffect, useId, useMemo, useRef } from 'react';
import { dependantsOf, formatHours, isFinished } from '../../domain';
import type { Roadmap, ScheduledSession, SessionOutcome, Topic, TopicId, TopicStatus } from '../../domain';
import { Checklist } from './Checklist';
import { EstimateField } from './EstimateField';
import { GoalControl } from './GoalControl';
import { goalSummary, waySentence, wayTo } from './goal-summary';
import { NoteEditor } from './NoteEditor';
import { PrerequisiteEditor } from './PrerequisiteEditor';
import { StatusControl } from './StatusControl';
import { InlineText } from '../../ui/InlineText';
import { TopicLinks } from './TopicLinks';
import { TopicReview } from './TopicReview';
import { TopicSessions } from './TopicSessions';
import { phaseSlot } from '../../ui';
import './topic-panel.css';

type Props = {
  roadmap: Roadmap;
  topic: Topic;
  onSelect: (id: TopicId) => void;
  onClose: () => void;
  status: TopicStatus;
  onStatus: (status: TopicStatus) => void;
  checked: ReadonlySet<string>;
  onToggleItem: (itemId: string, checked: boolean) => void;
  /** Every sub-point has just been ticked: offer to mark the topic Done. */
  offerDone: boolean;
  note: string;
  onNote: (text: string) => void;
  /** The topic's sessions in the plan; null when no plan is saved yet. */
  sessions: readonly ScheduledSession[] | null;
  /** The user's own estimate in hours, if any. */
  estimateOverride: number | null;
  onEstimate: (hours: number | null) => void;
  /** Every topic's status, for the goal's open prerequisite chain. */
  statuses: ReadonlyMap<TopicId, TopicStatus>;
  /** Every session of the plan in force, for what stands before a goal. */
  planned: readonly ScheduledSession[] | null;
  /** The current minute (ms since the epoch). */
  now: number;
  /** The plan's goal topic, if any. */
  goal: TopicId | null;
  /** Plans toward a topic or back to the normal order (null); absent without a saved plan. */
  onGoal?: ((topicId: TopicId | null) => void) | undefined;
  onLog?: ((session: ScheduledSession, outcome: SessionOutcome, minutes?: number) => void) | undefined;
  onLogTime?: ((minutes: number) => void) | undefined;
  /** `to` needs `from` from now on (checked by the app); without it, no "Add prerequisite…". */
  onAddPrerequisite?: ((from: TopicId, to: TopicId) => void) | undefined;
  /** `to` no longer needs `from`; without it, no Remove buttons on the prerequisites. */
  onRemovePrerequisite?: ((from: TopicId, to: TopicId) => void) | undefined;
};

/** Everything about one topic: what to learn, the tip, what it needs and unlocks, docs. */
export function TopicPanel({
  roadmap,
  topic,
  onSelect,
  onClose,
  status,
  onStatus,
  checked,
  onToggleItem,
  offerDone,
  note,
  onNote,
  sessions,
  estimateOverride,
  onEstimate,
  statuses,
  planned,
  now,
  goal,
  onGoal,
  onLog,
  onLogTime,
  onAddPrerequisite,
  onRemovePrerequisite,
}: Props) {
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const section = roadmap.sections.find((s) => s.number === topic.sectionNumber);
  const phase = roadmap.phases.find((p) => p.number === topic.phaseNumber);
  const dependants = dependantsOf(roadmap).get(topic.id) ?? [];
  const isGoal = goal === topic.id;
  const summary = useMemo(
    () => (isGoal && planned ? goalSummary(roadmap, statuses, topic.id, planned) : null),
    [isGoal, planned, roadmap, statuses, topic.id],
  );

  const way = useMemo(() => wayTo(roadmap, statuses, topic.id), [roadmap, statuses, topic.id]);

  // The panel takes focus when it opens (it is keyed by topic), so what was asked for is
  // what a screen reader reads next and Tab moves through.
  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <aside className="topic-panel" aria-labelledby={titleId} data-phase={phaseSlot(topic.phaseNumber)}>
      <header className="topic-panel__header">
        <p className="topic-panel__eyebrow">
          Section {topic.sectionNumber}
          {section ? ` · ${section.title}` : ''}
        </p>
        <h2
          className="topic-panel__title"
          id={titleId}
          ref={heading}
          tabIndex={-1}
          data-skip-target="topic-panel"
        >
          {topic.title}
        </h2>
        <button
          type="button"
          className="icon-button topic-panel__close"
          aria-label="Close topic details"
          onClick={onClose}
        >
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <path d="M4 4l8 8M12 4l-8 8" />
          </svg>
        </button>
      </header>

      <dl className="topic-panel__facts">
        <div>
          <dt>Estimate</dt>
          <dd>
            {formatHours(estimateOverride ?? topic.estimateHours)}
            {estimateOverride !== null && <span className="topic-panel__yours"> (yours)</span>}
          </dd>
        </div>
        <div>
          <dt>Phase</dt>
          <dd>
            {topic.phaseNumber}
            {phase ? ` · ${phase.title}` : ''}
          </dd>
        </div>
      </dl>

      <StatusControl status={status} onChange={onStatus} />
      {status === 'done' && <TopicReview roadmapId={roadmap.id} topicId={topic.id} now={now} />}

      {onGoal && (
        <GoalControl
          summary={summary}
          otherGoal={goal !== null && !isGoal ? (roadmap.topicsById.get(goal)?.title ?? null) : null}
          finished={isFinished(status)}
          onPlanToward={() => onGoal(topic.id)}
          onClear={() => onGoal(null)}
        />
      )}

      {way.ids.length > 0 && (
        <TopicLinks
          label="Before you can start this"
          intro={waySentence(way)}
          empty=""
          ids={way.ids}
          roadmap={roadmap}
          onSelect={onSelect}
          ordered
        />
      )}

      <section className="topic-panel__block" aria-label="What to learn">
        <h3>What to learn</h3>
        <Checklist items={topic.items} checked={checked} onToggle={onToggleItem} />
        {offerDone && status !== 'done' && (
          <div className="offer-done" role="status">
            <span>Every sub-point is ticked.</span>
            <button type="button" className="button button--primary" onClick={() => onStatus('done')}>
              Mark Done
            </button>
          </div>
        )}
      </section>

      {topic.tip !== null && (
        <aside className="topic-panel__tip" aria-label="Important">
          <strong>Important</strong>
          <p>
            <InlineText spans={topic.tipSpans} />
          </p>
        </aside>
      )}

      <NoteEditor initial={note} onSave={onNote} />

      <TopicSessions sessions={sessions} status={status} now={now} onLog={onLog} onLogTime={onLogTime} />
      <EstimateField roadmapHours={topic.estimateHours} override={estimateOverride} onChange={onEstimate} />

      <PrerequisiteEditor
        roadmap={roadmap}
        topic={topic}
        onSelect={onSelect}
        onAdd={onAddPrerequisite}
        onRemove={onRemovePrerequisite}
      />
      <TopicLinks
        label="Unlocks"
        empty="Nothing depends on this topic."
        ids={dependants}
        roadmap={roadmap}
        onSelect={onSelect}
      />

      <section className="topic-panel__block" aria-label="Documentation">
        <h3>Documentation</h3>
        {topic.links.length === 0 ? (
          <p className="topic-panel__empty">No documentation links for this topic.</p>
        ) : (
          <ul className="topic-panel__docs">
            {topic.links.map((link) => (
              <li key={link.url}>
                <a href={link.url} target="_blank" rel="noopener noreferrer">
                  {link.title}
                  <span className="visually-hidden"> (opens in your browser)</span>
                </a>
                <span className="topic-panel__host">{new URL(link.url).host}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </aside>
  );
}
