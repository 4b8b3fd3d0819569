import { useRef } from 'react';
import { ModalDialog } from './ModalDialog';

type Props = { title: string; message: string; onClose: () => void };

/**
 * Why a file was not saved or read, in a dialog of its own rather than a banner over the
 * buttons that started it. The message is the first focus, so a screen reader reads it at
 * once; OK gives the focus back to what opened the dialog.
 */
export function ProblemDialog({ title, message, onClose }: Props) {
  const text = useRef<HTMLParagraphElement>(null);
  return (
    <ModalDialog title={title} onCancel={onClose} initialFocus={text}>
      <p ref={text} className="dialog__problem" role="alert" tabIndex={-1}>
        {message}
      </p>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" onClick={onClose}>
          OK
        </button>
      </div>
    </ModalDialog>
  );
}
