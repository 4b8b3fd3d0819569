import type { Roadmap, Topic, TopicId } from '../../domain';
import { AddPrerequisiteForm } from './AddPrerequisiteForm';
import { TopicLinks } from './TopicLinks';

type Props = {
  roadmap: Roadmap;
  topic: Topic;
  onSelect: (id: TopicId) => void;
  /** `to` needs `from` from now on; without it, no Add. */
  onAdd?: ((from: TopicId, to: TopicId) => void) | undefined;
  /** `to` no longer needs `from`; without it, no Remove buttons. */
  onRemove?: ((from: TopicId, to: TopicId) => void) | undefined;
};

/**
 * The topic's prerequisites, with a Remove button each and "Add prerequisite…" under them:
 * the graph's arrow editing, for the keyboard and for anyone who would rather not drag.
 */
export function PrerequisiteEditor({ roadmap, topic, onSelect, onAdd, onRemove }: Props) {
  return (
    <TopicLinks
      label="Prerequisites"
      empty="None: a good place to start."
      ids={topic.prerequisites}
      roadmap={roadmap}
      onSelect={onSelect}
      onRemove={onRemove && ((from) => onRemove(from, topic.id))}
      removeName="Remove prerequisite"
    >
      {onAdd && <AddPrerequisiteForm roadmap={roadmap} topic={topic} onAdd={onAdd} />}
    </TopicLinks>
  );
}
