import { ConfirmDialog, ProblemDialog } from '../../ui';
import { BackupSummaryList } from './BackupSummaryList';
import type { BackupActions } from './useBackup';

/** Asks before a checked backup replaces the stored data, or says why a backup was not saved or restored. */
export function RestoreDialog({ backup }: { backup: BackupActions }) {
  const { pending, problem } = backup;
  if (problem) return <ProblemDialog {...problem} onClose={backup.dismissProblem} />;
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
