import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent, RefObject } from 'react';
import { formatCount } from '../../domain';
import { openRoadmapById, useActionChannel, useRoadmapList } from '../../storage';
import type { RoadmapMenuActions } from './RoadmapSwitcher';
import '../../ui/menu.css';

type Entry = { id: string; title: string; detail: string };

type Props = {
  current: { id: string; title: string };
  builtin: { id: string; title: string };
  actions: RoadmapMenuActions;
  /** `true` when the focus should go back to the switcher (Escape, a choice). */
  onClose: (focusButton: boolean) => void;
  anchor: RefObject<HTMLButtonElement | null>;
};

/** The roadmaps to switch to, then Import, Export as Markdown and Remove. */
export function RoadmapMenu({ current, builtin, actions, onClose, anchor }: Props) {
  const channel = useActionChannel();
  const imported = useRoadmapList(channel.db);
  const menu = useRef<HTMLDivElement>(null);
  const roadmaps: Entry[] = [
    { id: builtin.id, title: builtin.title, detail: 'Built in' },
    ...(imported ?? []).map((r) => ({
      id: r.id,
      title: r.title,
      detail: `${formatCount(r.topics)} ${r.topics === 1 ? 'topic' : 'topics'} · ${r.fileName}`,
    })),
  ];
  const commands = [
    { label: 'Import roadmap…', keys: 'Ctrl+Shift+O', run: actions.onImport },
    { label: 'Export roadmap as Markdown…', keys: '', run: actions.onExportMarkdown },
    ...(actions.onRemove ? [{ label: `Remove “${current.title}”…`, keys: '', run: actions.onRemove }] : []),
  ];
  const count = roadmaps.length + commands.length;
  const [active, setActive] = useState(() =>
    Math.max(
      0,
      roadmaps.findIndex((r) => r.id === current.id),
    ),
  );

  useEffect(() => {
    menu.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]')[active]?.focus();
  }, [active, count]);
  useEffect(() => {
    const close = (event: PointerEvent) => {
      const target = event.target instanceof Node ? event.target : null;
      if (menu.current?.contains(target) || anchor.current?.contains(target)) return;
      onClose(false);
    };
    window.addEventListener('pointerdown', close, true);
    return () => window.removeEventListener('pointerdown', close, true);
  }, [onClose, anchor]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, (i: number) => number> = {
      ArrowDown: (i) => (i + 1) % count,
      ArrowUp: (i) => (i - 1 + count) % count,
      Home: () => 0,
      End: () => count - 1,
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      setActive(move);
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      event.stopPropagation();
      onClose(event.key === 'Escape');
    }
  };
  const choose = (run: () => void) => {
    onClose(true);
    run();
  };

  return (
    <div ref={menu} className="menu roadmap-menu" role="menu" aria-label="Roadmaps" onKeyDown={onKeyDown}>
      {roadmaps.map((roadmap, index) => (
        <button
          key={roadmap.id}
          type="button"
          role="menuitemradio"
          aria-checked={roadmap.id === current.id}
          tabIndex={index === active ? 0 : -1}
          className="menu__item"
          onClick={() =>
            choose(() => {
              if (roadmap.id !== current.id) void channel.run(openRoadmapById(roadmap.id, roadmap.title));
            })
          }
        >
          <span aria-hidden="true">{roadmap.id === current.id ? '✓' : ''}</span>
          <span className="roadmap-menu__name">
            {roadmap.title}
            <small>{roadmap.detail}</small>
          </span>
        </button>
      ))}
      <div role="separator" className="menu__separator" />
      {commands.map((command, index) => (
        <button
          key={command.label}
          type="button"
          role="menuitem"
          tabIndex={roadmaps.length + index === active ? 0 : -1}
          className="menu__item"
          onClick={() => choose(command.run)}
        >
          <span aria-hidden="true" />
          <span className="roadmap-menu__name">{command.label}</span>
          {command.keys && <kbd aria-hidden="true">{command.keys}</kbd>}
        </button>
      ))}
    </div>
  );
}
