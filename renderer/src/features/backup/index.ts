export { RestoreDialog } from './RestoreDialog';
export { useBackup } from './useBackup';
export type { BackupActions, PendingImport } from './useBackup';
