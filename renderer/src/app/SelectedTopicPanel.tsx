import type { Roadmap, Topic, TopicId } from '../domain';
import type { StudyPlan } from '../features/plan';
import type { TopicProgress } from '../features/progress';
import { TopicPanel } from '../features/topic-panel';
import type { usePrerequisiteEditing } from './usePrerequisiteEditing';

const NOTHING_CHECKED: ReadonlySet<string> = new Set();

type Props = {
  roadmap: Roadmap;
  topic: Topic;
  progress: TopicProgress;
  plan: StudyPlan;
  prerequisites: ReturnType<typeof usePrerequisiteEditing>;
  onSelect: (id: TopicId) => void;
  onClose: () => void;
};

/**
 * The selected topic's panel, wired to progress and the plan. Planning actions are offered
 * only once a plan is saved: before that there are no sessions to log or goal to plan toward.
 */
export function SelectedTopicPanel({
  roadmap,
  topic,
  progress,
  plan,
  prerequisites,
  onSelect,
  onClose,
}: Props) {
  return (
    <TopicPanel
      roadmap={roadmap}
      topic={topic}
      onSelect={onSelect}
      onClose={onClose}
      status={progress.statuses.get(topic.id) ?? 'todo'}
      onStatus={(status) => progress.requestStatus(topic.id, status)}
      checked={progress.checkedItems.get(topic.id) ?? NOTHING_CHECKED}
      onToggleItem={(itemId, checked) => progress.toggleItem(topic.id, itemId, checked)}
      offerDone={progress.offerDoneFor === topic.id}
      note={progress.notes.get(topic.id) ?? ''}
      onNote={(text) => progress.setNote(topic.id, text)}
      sessions={plan.saved ? plan.sessionsOf(topic.id) : null}
      estimateOverride={plan.estimateOf(topic.id)}
      onEstimate={(hours) => plan.setEstimate(topic.id, hours)}
      statuses={progress.statuses}
      planned={plan.schedule?.sessions ?? null}
      now={plan.now}
      goal={plan.settings.goal ?? null}
      onGoal={plan.saved ? plan.setGoal : undefined}
      onLog={plan.saved ? plan.log : undefined}
      onLogTime={plan.saved ? (minutes) => plan.logTime(topic.id, minutes) : undefined}
      onAddPrerequisite={prerequisites.add}
      onRemovePrerequisite={prerequisites.remove}
    />
  );
}
