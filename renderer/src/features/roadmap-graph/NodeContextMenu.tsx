import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { isFinished, TOPIC_STATUS_CHOICES } from '../../domain';
import type { Roadmap, TopicId, TopicStatus } from '../../domain';
import '../../ui/menu.css';

const CHOICES = TOPIC_STATUS_CHOICES;

type Props = {
  roadmap: Roadmap;
  topicId: TopicId;
  statuses: ReadonlyMap<TopicId, TopicStatus>;
  /** Where to show it, relative to the graph's box. */
  at: { x: number; y: number };
  onStatus: (topicId: TopicId, status: TopicStatus) => void;
  onClose: () => void;
  /** The plan's goal, if any. */
  goal: TopicId | null;
  /** Plans toward a topic, or clears the goal (null); absent without a plan. */
  onGoal?: ((topicId: TopicId | null) => void) | undefined;
};

/**
 * A topic's status, right where the user clicked it (right click, or Shift+F10 on a node),
 * and planning toward it.
 */
export function NodeContextMenu({ roadmap, topicId, statuses, at, onStatus, onClose, goal, onGoal }: Props) {
  const menu = useRef<HTMLDivElement>(null);
  const title = roadmap.topicsById.get(topicId)?.title ?? topicId;
  const status = statuses.get(topicId) ?? 'todo';
  const isGoal = topicId === goal;
  // A finished topic is no goal to aim at; the current goal can always be cleared.
  const goalItem =
    onGoal && (isGoal || !isFinished(status))
      ? () => {
          onGoal(isGoal ? null : topicId);
          onClose();
        }
      : undefined;
  const count = CHOICES.length + (goalItem ? 1 : 0);
  const [active, setActive] = useState(() =>
    Math.max(
      0,
      CHOICES.findIndex((c) => c.status === status),
    ),
  );
  useEffect(() => {
    menu.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]')[active]?.focus();
  }, [active]);
  useEffect(() => {
    const close = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node)) onClose();
    };
    window.addEventListener('pointerdown', close, true);
    return () => window.removeEventListener('pointerdown', close, true);
  }, [onClose]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step !== 0) {
      event.preventDefault();
      setActive((i) => (i + step + count) % count);
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    }
  };

  return (
    <div
      ref={menu}
      className="menu"
      role="menu"
      aria-label={`Status of ${title}`}
      style={{ left: at.x, top: at.y }}
      onKeyDown={onKeyDown}
    >
      {CHOICES.map((choice, index) => (
        <button
          key={choice.status}
          type="button"
          role="menuitemradio"
          aria-checked={choice.status === status}
          tabIndex={index === active ? 0 : -1}
          className="menu__item"
          onClick={() => {
            onStatus(topicId, choice.status);
            onClose();
          }}
        >
          <span aria-hidden="true">{choice.status === status ? '✓' : ''}</span>
          <span>{choice.label}</span>
          <kbd aria-hidden="true">{choice.key}</kbd>
        </button>
      ))}
      {goalItem && (
        <>
          <div role="separator" className="menu__separator" />
          <button
            type="button"
            role="menuitem"
            tabIndex={active === CHOICES.length ? 0 : -1}
            className="menu__item"
            onClick={goalItem}
          >
            <span aria-hidden="true">{isGoal ? '×' : '⚑'}</span>
            <span>{isGoal ? 'Clear goal' : 'Plan toward this topic'}</span>
          </button>
        </>
      )}
    </div>
  );
}
