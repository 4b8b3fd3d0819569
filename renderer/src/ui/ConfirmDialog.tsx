import type { ReactNode } from 'react';
import { ModalDialog } from './ModalDialog';

type Props = {
  title: string;
  children: ReactNode;
  confirm: string;
  /** `danger` (the default) for actions that discard data; `primary` for ones that do not. */
  tone?: 'danger' | 'primary';
  onConfirm: () => void;
  onCancel: () => void;
};

/** A modal question with Cancel and one confirming action. */
export function ConfirmDialog({ title, children, confirm, tone = 'danger', onConfirm, onCancel }: Props) {
  return (
    <ModalDialog title={title} onCancel={onCancel}>
      {children}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onCancel} autoFocus>
          Cancel
        </button>
        <button type="button" className={`button button--${tone}`} onClick={onConfirm}>
          {confirm}
        </button>
      </div>
    </ModalDialog>
  );
}
