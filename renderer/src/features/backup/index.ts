import { lazy } from 'react';

// Asked only when a backup is being restored.
export const RestoreDialog = lazy(() =>
  import('./RestoreDialog').then((m) => ({ default: m.RestoreDialog })),
);
export { useBackup } from './useBackup';
export type { BackupActions, PendingImport } from './useBackup';
