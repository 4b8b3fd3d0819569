import { useEffect, useRef } from 'react';
import './dialog.css';

/** A `<dialog>` shown as a modal for as long as its component is mounted. */
export function useModalDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  return dialog;
}
