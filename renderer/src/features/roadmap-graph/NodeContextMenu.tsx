import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { TOPIC_STATUS_CHOICES } from '../../domain';
import type { TopicStatus } from '../../domain';
import './node-menu.css';

const CHOICES = TOPIC_STATUS_CHOICES;

type Props = {
  title: string;
  status: TopicStatus;
  /** Where to show it, relative to the graph's box. */
  at: { x: number; y: number };
  onChoose: (status: TopicStatus) => void;
  onClose: () => void;
};

/** A topic's status, right where the user clicked it (right click, or Shift+F10 on a node). */
export function NodeContextMenu({ title, status, at, onChoose, onClose }: Props) {
  const menu = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(() =>
    Math.max(
      0,
      CHOICES.findIndex((c) => c.status === status),
    ),
  );
  useEffect(() => {
    menu.current?.querySelectorAll<HTMLElement>('[role="menuitemradio"]')[active]?.focus();
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
      setActive((i) => (i + step + CHOICES.length) % CHOICES.length);
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    }
  };

  return (
    <div
      ref={menu}
      className="node-menu"
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
          className="node-menu__item"
          onClick={() => onChoose(choice.status)}
        >
          <span aria-hidden="true">{choice.status === status ? '✓' : ''}</span>
          <span>{choice.label}</span>
          <kbd aria-hidden="true">{choice.key}</kbd>
        </button>
      ))}
    </div>
  );
}
