import { useEffect, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import '../../ui/menu.css';

type Props = {
  /** The arrow's name, as its accessible name says it (“A” before “B”). */
  name: string;
  /** Where to show it, relative to the graph's box. */
  at: { x: number; y: number };
  onRemove: () => void;
  onClose: () => void;
};

/** A prerequisite arrow's context menu (right click, or Shift+F10 on a focused arrow). */
export function ArrowMenu({ name, at, onRemove, onClose }: Props) {
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, []);
  useEffect(() => {
    const close = (event: PointerEvent) => {
      if (!(event.target instanceof Node && menu.current?.contains(event.target))) onClose();
    };
    window.addEventListener('pointerdown', close, true);
    return () => window.removeEventListener('pointerdown', close, true);
  }, [onClose]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      // One item: it keeps the focus.
      event.preventDefault();
    }
  };

  return (
    <div
      ref={menu}
      className="menu"
      role="menu"
      aria-label={`Arrow ${name}`}
      style={{ left: at.x, top: at.y }}
      onKeyDown={onKeyDown}
    >
      <button type="button" role="menuitem" className="menu__item" onClick={onRemove}>
        <span aria-hidden="true">×</span>
        <span>Remove prerequisite</span>
        <kbd aria-hidden="true">Del</kbd>
      </button>
    </div>
  );
}
