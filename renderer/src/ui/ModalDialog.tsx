import { useEffect, useId, useRef } from 'react';
import type { ReactNode, RefObject } from 'react';
import './dialog.css';

type Props = {
  title: string;
  /** Escape, or the dialog's own cancel: the caller decides what closing means. */
  onCancel: () => void;
  /** Added to `dialog` for a dialog's own layout. */
  className?: string;
  /** What has the focus once the dialog opens (a message to read first), instead of its first control. */
  initialFocus?: RefObject<HTMLElement | null>;
  children: ReactNode;
};

/**
 * A modal `<dialog>` titled by its heading, shown for as long as it is mounted; Escape calls
 * `onCancel` instead of closing it behind React's back. Closing gives the focus back to what
 * had it when the dialog opened.
 */
export function ModalDialog({ title, onCancel, className, initialFocus, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (element && !element.open) element.showModal();
    initialFocus?.current?.focus();
    return () => {
      element?.close();
      // The dialog is gone from the page by now, so the browser cannot hand the focus back:
      // it goes back to what opened it, unless the caller has already put it somewhere.
      const now = document.activeElement;
      const lost = now === null || now === document.body || Boolean(element?.contains(now));
      if (lost && opener?.isConnected) opener.focus();
    };
    // A ref object is stable: the dialog opens once, when mounted.
  }, [initialFocus]);
  return (
    <dialog
      ref={dialog}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
