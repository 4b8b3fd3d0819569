import { useCallback, useState } from 'react';
import type { Backup, BackupSummary, Roadmap } from '../../domain';
import { platform } from '../../platform';
import {
  describeStorageError,
  exportBackupData,
  readBackupFile,
  restoreBackup,
  useActionChannel,
} from '../../storage';
import { showAlert, showNotice } from '../../ui';

/** A checked backup waiting for the user to confirm it replaces their data. */
export type PendingImport = { fileName: string; backup: Backup; summary: BackupSummary };

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
      try {
        const { checkBackupSize, MAX_BACKUP_BYTES } = await import('../../domain/backup-format');
        const file = await platform.openFile({ extensions: ['json'], maxBytes: MAX_BACKUP_BYTES });
        if (!file) return;
        const refusal = file.text === null ? checkBackupSize(file.size) : null;
        if (refusal || file.text === null) {
          showAlert(`“${file.name}” was not restored. ${refusal ?? 'It could not be read.'}`);
          return;
        }
        const result = await readBackupFile(file.text, {
          byteLength: file.size,
          knownTopics: (roadmapId) => (roadmapId === roadmap.id ? new Set(roadmap.topicsById.keys()) : null),
        });
        if (!result.ok) {
          showAlert(`“${file.name}” was not restored. ${result.message}`);
          return;
        }
        setPending({ fileName: file.name, backup: result.backup, summary: result.summary });
      } catch (error) {
        showAlert(describeStorageError(error));
      }
    })();
  }, [roadmap]);

  const confirmImport = useCallback(() => {
    const chosen = pending;
    setPending(null);
    if (chosen) void channel.run(restoreBackup(chosen.backup, chosen.fileName));
  }, [channel, pending]);

  return { exportBackup, chooseImport, pending, confirmImport, cancelImport: () => setPending(null) };
}
