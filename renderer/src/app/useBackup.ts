import { useCallback, useState } from 'react';
import { backupFileName, checkBackupSize, MAX_BACKUP_BYTES, parseBackup, serializeBackup } from '../domain';
import type { Backup, BackupSummary, Roadmap } from '../domain';
import { platform } from '../platform';
import { describeStorageError, exportBackupData, importBackup } from '../storage';
import type { PlannerDatabase } from '../storage';

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
 * touched; a refused file only produces a message (`onMessage`), the stored data stays as is.
 */
export function useBackup(
  db: PlannerDatabase | null,
  roadmap: Roadmap | null,
  onMessage: (message: string) => void,
  onDone: (message: string) => void,
): BackupActions {
  const [pending, setPending] = useState<PendingImport | null>(null);

  const exportBackup = useCallback(() => {
    if (!db) return;
    void (async () => {
      try {
        const data = await exportBackupData(db);
        const contents = serializeBackup(data, {
          exportedAt: new Date().toISOString(),
          appVersion: await platform.getVersion(),
        });
        const result = await platform.saveFile({
          suggestedName: backupFileName(new Date()),
          contents,
          extensions: ['json'],
        });
        if (result.saved) onDone('Backup saved.');
      } catch (error) {
        onMessage(describeStorageError(error));
      }
    })();
  }, [db, onMessage, onDone]);

  const chooseImport = useCallback(() => {
    void (async () => {
      try {
        const file = await platform.openFile({ extensions: ['json'], maxBytes: MAX_BACKUP_BYTES });
        if (!file) return;
        const refusal = file.text === null ? checkBackupSize(file.size) : null;
        if (refusal || file.text === null) {
          onMessage(`“${file.name}” was not restored. ${refusal ?? 'It could not be read.'}`);
          return;
        }
        const result = parseBackup(file.text, {
          byteLength: file.size,
          knownTopics: (roadmapId) =>
            roadmap && roadmapId === roadmap.id ? new Set(roadmap.topicsById.keys()) : null,
        });
        if (!result.ok) {
          onMessage(`“${file.name}” was not restored. ${result.message}`);
          return;
        }
        setPending({ fileName: file.name, backup: result.backup, summary: result.summary });
      } catch (error) {
        onMessage(describeStorageError(error));
      }
    })();
  }, [roadmap, onMessage]);

  const confirmImport = useCallback(() => {
    const chosen = pending;
    setPending(null);
    if (!db || !chosen) return;
    importBackup(db, chosen.backup).then(
      () => onDone(`Restored “${chosen.fileName}”.`),
      (error: unknown) => onMessage(`Nothing was changed: ${describeStorageError(error)}`),
    );
  }, [db, pending, onMessage, onDone]);

  return { exportBackup, chooseImport, pending, confirmImport, cancelImport: () => setPending(null) };
}
