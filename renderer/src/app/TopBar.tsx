import type { ReactNode } from 'react';
import { useActionChannel, useChannelState } from '../storage';

type Props = {
  /** The roadmap's title: the roadmap switcher. */
  switcher: ReactNode;
  readyOnly: boolean;
  /** How many topics are ready now. */
  readyCount: number;
  onToggleReady: () => void;
  /** Opens the calendar export (or, without a plan, the way to make one). */
  onExport: () => void;
  /** Opens "Export picture…"; absent (no button) while the graph is not shown. */
  onExportPicture?: () => void;
  /** The search box. */
  children: ReactNode;
};

/**
 * The top bar: the roadmap's title (the switcher), undo and redo, the "Ready now" filter, export (and, on the
 * graph, a picture of it) and search.
 */
export function TopBar({
  switcher,
  readyOnly,
  readyCount,
  onToggleReady,
  onExport,
  onExportPicture,
  children,
}: Props) {
  const channel = useActionChannel();
  const history = useChannelState();
  return (
    <header className="topbar">
      {switcher}
      <div className="history-buttons">
        <button
          type="button"
          className="icon-button"
          aria-label="Undo"
          title={history.undoText ? `Undo: ${history.undoText} (Ctrl+Z)` : 'Undo (Ctrl+Z)'}
          aria-keyshortcuts="Control+Z"
          disabled={!history.canUndo}
          onClick={() => void channel.undo()}
        >
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <path d="M6 4 3 7l3 3M3.5 7H10a3 3 0 0 1 0 6H8" />
          </svg>
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label="Redo"
          title={history.redoText ? `Redo: ${history.redoText} (Ctrl+Shift+Z)` : 'Redo (Ctrl+Shift+Z)'}
          aria-keyshortcuts="Control+Shift+Z"
          disabled={!history.canRedo}
          onClick={() => void channel.redo()}
        >
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <path d="m10 4 3 3-3 3m2.5-3H6a3 3 0 0 0 0 6h2" />
          </svg>
        </button>
      </div>
      <button type="button" className="toggle-button" aria-pressed={readyOnly} onClick={onToggleReady}>
        <svg viewBox="0 0 16 16" aria-hidden="true">
          <circle cx="8" cy="8" r="6" />
        </svg>
        Ready now
        {readyOnly && <span className="toggle-button__count">{readyCount}</span>}
      </button>
      <button
        type="button"
        className="toggle-button"
        title="Export the plan to your calendar (Ctrl+E)"
        aria-keyshortcuts="Control+E"
        onClick={onExport}
      >
        <svg viewBox="0 0 16 16" aria-hidden="true">
          <rect x="2.5" y="3.5" width="11" height="10" rx="1.5" />
          <path d="M2.5 6.5h11M8 8.5v3.5M6.3 10.4 8 12.1l1.7-1.7" />
        </svg>
        Export
      </button>
      {onExportPicture && (
        <button
          type="button"
          className="toggle-button"
          title="Save a picture of the whole graph, PNG or SVG (Ctrl+Shift+S)"
          // Named here too: a narrow window may show only the icon (the label's class).
          aria-label="Export picture…"
          aria-keyshortcuts="Control+Shift+S"
          onClick={onExportPicture}
        >
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <rect x="2.5" y="3.5" width="11" height="9" rx="1.5" />
            <path d="m2.5 11 3.2-3.2 2.6 2.6 1.7-1.7 3.5 3.5" />
            <circle cx="10.5" cy="6.3" r="1" />
          </svg>
          <span className="topbar__button-label">Export picture…</span>
        </button>
      )}
      {children}
    </header>
  );
}
