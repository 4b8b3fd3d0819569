import { useRef } from 'react';
import { ConfirmDialog, ModalDialog } from '../../ui';
import type { BackupProblem } from './useBackup';
import { BackupSummaryList } from './BackupSummaryList';
import type { BackupActions } from './useBackup';

/**
 * Asks before a checked backup replaces the stored data, or says why a backup was not saved or
 * restored. The problem is the dialog's first focus, so a screen reader reads it at once;
 * closing gives the focus back to the button that started it.
 */
export function RestoreDialog({ backup }: { backup: BackupActions }) {
  const { pending, problem } = backup;
  if (problem) return <ProblemDialog problem={problem} onClose={backup.dismissProblem} />;
  if (!pending) return null;
  return (
    <ConfirmDialog
      title="Restore this backup?"
      confirm="Replace my data"
      onCancel={backup.cancelImport}
      onConfirm={backup.confirmImport}
    >
      <BackupSummaryList fileName={pending.fileName} summary={pending.summary} />
    </ConfirmDialog>
  );
}

function ProblemDialog({ problem, onClose }: { problem: BackupProblem; onClose: () => void }) {
  const message = useRef<HTMLParagraphElement>(null);
  return (
    <ModalDialog title={problem.title} onCancel={onClose} initialFocus={message}>
      <p ref={message} className="dialog__problem" role="alert" tabIndex={-1}>
        {problem.message}
      </p>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" onClick={onClose}>
          OK
        </button>
      </div>
    </ModalDialog>
  );
}
