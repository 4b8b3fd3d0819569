import { useCallback, useState } from 'react';
import type { Roadmap } from '../../domain';
import { useActionChannel } from '../../storage';
import type { PendingImport } from './backup-file';

export type { PendingImport } from './backup-file';

/** A backup that could not be saved or restored: shown in its own dialog, never over the buttons. */
export type BackupProblem = { title: string; message: string };

export type BackupActions = {
  exportBackup: () => void;
  chooseImport: () => void;
  pending: PendingImport | null;
  confirmImport: () => void;
  cancelImport: () => void;
  problem: BackupProblem | null;
  dismissProblem: () => void;
};

// Writing, reading and restoring backups load with the first backup, not at start-up.
const commands = () => import('./backup-commands');

/**
 * Backup to a JSON file and restore from one. A file is checked whole before anything is
 * touched; a refused file only produces a message, the stored data stays as is. A restore
 * is one undoable step.
 *
 * @param builtin the roadmap built into the app: a backup's rows of its topics that it no
 *   longer has are kept aside (imported roadmaps come with the backup, their files read again).
 */
export function useBackup(builtin: Roadmap): BackupActions {
  const channel = useActionChannel();
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [problem, setProblem] = useState<BackupProblem | null>(null);

  const exportBackup = useCallback(() => {
    void (async () => {
      const { saveBackup } = await commands();
      const message = await saveBackup(channel.db);
      if (message !== null) setProblem({ title: 'Backup not saved', message });
    })();
  }, [channel]);

  const chooseImport = useCallback(() => {
    void (async () => {
      const known = (roadmapId: string) =>
        roadmapId === builtin.id ? new Set(builtin.topicsById.keys()) : null;
      const { chooseBackupFile } = await commands();
      const chosen = await chooseBackupFile(known);
      if (chosen === null) return;
      if (chosen.ok) setPending(chosen.pending);
      else setProblem({ title: 'Backup not restored', message: chosen.message });
    })();
  }, [builtin]);

  const confirmImport = useCallback(() => {
    const chosen = pending;
    setPending(null);
    if (chosen) void commands().then(({ restoreAction }) => channel.run(restoreAction(chosen)));
  }, [channel, pending]);

  return {
    exportBackup,
    chooseImport,
    pending,
    confirmImport,
    cancelImport: () => setPending(null),
    problem,
    dismissProblem: () => setProblem(null),
  };
}
