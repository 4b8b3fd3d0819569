import { lazy, Suspense, useRef, useState } from 'react';
import './roadmap-switcher.css';

// The menu (and the query listing the roadmaps) loads when first opened.
const RoadmapMenu = lazy(() => import('./RoadmapMenu').then((m) => ({ default: m.RoadmapMenu })));

/** What the menu offers besides switching; the workspace opens the dialogs. */
export type RoadmapMenuActions = {
  onImport: () => void;
  onExportMarkdown: () => void;
  /** Absent for the built-in roadmap, which cannot be removed. */
  onRemove?: (() => void) | undefined;
};

type Props = RoadmapMenuActions & {
  /** The roadmap shown. */
  current: { id: string; title: string };
  /** The built-in roadmap, always listed first. */
  builtin: { id: string; title: string };
};

/**
 * The top bar's title: a button named after the roadmap shown, opening a menu of the other
 * roadmaps and of importing, exporting and removing one.
 */
export function RoadmapSwitcher({ current, builtin, ...actions }: Props) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = (focusButton: boolean) => {
    setOpen(false);
    if (focusButton) button.current?.focus();
  };
  return (
    <div className="roadmap-switcher">
      <h1 className="topbar__title">
        <button
          ref={button}
          type="button"
          className="roadmap-switcher__button"
          aria-haspopup="menu"
          aria-expanded={open}
          title="Switch roadmap, or import one (Ctrl+Shift+O)"
          onClick={() => setOpen((was) => !was)}
        >
          <span className="roadmap-switcher__title">{current.title}</span>
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <path d="m4 6 4 4 4-4" />
          </svg>
        </button>
      </h1>
      {open && (
        <Suspense fallback={null}>
          <RoadmapMenu
            current={current}
            builtin={builtin}
            actions={actions}
            onClose={close}
            anchor={button}
          />
        </Suspense>
      )}
    </div>
  );
}
