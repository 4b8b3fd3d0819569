import { useCallback, useState } from 'react';
import type { Roadmap } from '../../domain';
import { platform } from '../../platform';
import { describeStorageError, exportBackupData, restoreBackup, useActionChannel } from '../../storage';
import { showAlert, showNotice } from '../../ui';
import { chooseBackupFile } from './backup-file';
import type { PendingImport } from './backup-file';

export type { PendingImport } from './backup-file';

export type BackupActions = {
  exportBackup: () => void;
  chooseImport: () => void;
  pending: PendingImport | null;
  confirmImport: () => void;
  cancelImport: () => void;
};

/**
 * Backup to a JSON file and restore from one. A file is checked whole before anything is
 * touched; a refused file only produces a message, the stored data stays as is. A restore
 * is one undoable step.
 */
export function useBackup(roadmap: Roadmap): BackupActions {
  const channel = useActionChannel();
  const [pending, setPending] = useState<PendingImport | null>(null);

  const exportBackup = useCallback(() => {
    void (async () => {
      try {
        const data = await exportBackupData(channel.db);
        // Writing and checking backups loads with the first backup, not at start-up.
        const { backupFileName, serializeBackup } = await import('../../domain/backup-format');
        const contents = serializeBackup(data, {
          exportedAt: new Date().toISOString(),
          appVersion: await platform.getVersion(),
        });
        const result = await platform.saveFile({
          suggestedName: backupFileName(new Date()),
          contents,
          extensions: ['json'],
        });
        if (result.saved) showNotice('Backup saved.');
      } catch (error) {
        showAlert(describeStorageError(error));
      }
    })();
  }, [channel]);

  const chooseImport = useCallback(() => {
    void (async () => {
      const known = (roadmapId: string) =>
        roadmapId === roadmap.id ? new Set(roadmap.topicsById.keys()) : null;
      const chosen = await chooseBackupFile(known);
      if (chosen === null) return;
      if (chosen.ok) setPending(chosen.pending);
      else showAlert(chosen.message);
    })();
  }, [roadmap]);

  const confirmImport = useCallback(() => {
    const chosen = pending;
    setPending(null);
    if (chosen) void channel.run(restoreBackup(chosen.backup, chosen.roadmaps, chosen.fileName));
  }, [channel, pending]);

  return { exportBackup, chooseImport, pending, confirmImport, cancelImport: () => setPending(null) };
}
