import type { Topic } from '../../domain';
import { ModalDialog } from '../../ui';

type Props = {
  topic: Topic;
  /** Its open prerequisites, transitively, in roadmap order. */
  open: readonly Topic[];
  onAll: () => void;
  onOnlyThis: () => void;
  onCancel: () => void;
};

/**
 * Asked when a topic is marked Done while prerequisites are open: people who already know
 * the basics should not have to click through twenty topics.
 */
export function CascadeDialog({ topic, open, onAll, onOnlyThis, onCancel }: Props) {
  return (
    <ModalDialog title="Mark its prerequisites done too?" onCancel={onCancel}>
      <p>
        “{topic.title}” builds on {open.length} {open.length === 1 ? 'topic' : 'topics'} not yet done:
      </p>
      <ul className="dialog__list">
        {open.map((prerequisite) => (
          <li key={prerequisite.id}>
            {prerequisite.title} <span className="dialog__where">Section {prerequisite.sectionNumber}</span>
          </li>
        ))}
      </ul>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="button" onClick={onOnlyThis}>
          Only this topic
        </button>
        <button type="button" className="button button--primary" onClick={onAll} autoFocus>
          Mark all {open.length + 1} done
        </button>
      </div>
    </ModalDialog>
  );
}
