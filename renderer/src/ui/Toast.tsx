import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import './toast.css';

type Props = {
  children: ReactNode;
  /** An optional action beside the message, such as Undo. */
  action?: { label: string; onClick: () => void };
  onDismiss: () => void;
  /** Dismisses itself after this long; stays until dismissed when not given. */
  autoDismissMs?: number;
};

/** A short message at the bottom of the main area, read out politely, with a way to dismiss it. */
export function Toast({ children, action, onDismiss, autoDismissMs }: Props) {
  // The latest handler, so a parent's re-render does not restart the countdown; a new
  // message gets a fresh countdown through its key.
  const dismiss = useRef(onDismiss);
  useEffect(() => {
    dismiss.current = onDismiss;
  });
  useEffect(() => {
    if (autoDismissMs === undefined) return;
    const timer = setTimeout(() => dismiss.current(), autoDismissMs);
    return () => clearTimeout(timer);
  }, [autoDismissMs]);
  return (
    <div className="toast" role="status">
      <span>{children}</span>
      {action && (
        <button type="button" className="button" onClick={action.onClick}>
          {action.label}
        </button>
      )}
      <button type="button" className="icon-button" aria-label="Dismiss" onClick={onDismiss}>
        <svg viewBox="0 0 16 16" aria-hidden="true">
          <path d="M4 4l8 8M12 4l-8 8" />
        </svg>
      </button>
    </div>
  );
}
