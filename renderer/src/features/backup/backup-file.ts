import type { Backup, BackupSummary, ParseBackupOptions, RoadmapData } from '../../domain';
import { platform } from '../../platform';
import { readBackupFile } from '../../storage';

/** A checked backup waiting for the user to confirm it replaces their data. */
export type PendingImport = {
  fileName: string;
  backup: Backup;
  summary: BackupSummary;
  /** The parsed forms of the backup's imported roadmaps, in its row order. */
  roadmaps: RoadmapData[];
};

/** What choosing a backup to restore came to: nothing chosen, a refusal to show, or a checked backup. */
export type ChosenBackup = null | { ok: false; message: string } | { ok: true; pending: PendingImport };

/**
 * Asks for a backup file and checks it whole. Nothing stored is read or written here, so
 * every failure is the file's (or reading it): the message says it was not restored and
 * that nothing changed, never that saved progress could not be read.
 */
export async function chooseBackupFile(
  knownTopics: ParseBackupOptions['knownTopics'],
): Promise<ChosenBackup> {
  let fileName: string | null = null;
  const notRestored = (why: string) => ({
    ok: false as const,
    message: `${fileName === null ? 'The file' : `“${fileName}”`} was not restored. ${why}`,
  });
  try {
    const { checkBackupSize, MAX_BACKUP_BYTES } = await import('../../domain/backup-format');
    const file = await platform.openFile({ extensions: ['json'], maxBytes: MAX_BACKUP_BYTES });
    if (!file) return null;
    fileName = file.name;
    if (file.text === null) return notRestored(checkBackupSize(file.size) ?? 'It could not be read.');
    const result = await readBackupFile(file.text, { byteLength: file.size, knownTopics });
    if (!result.ok) return notRestored(result.message);
    return {
      ok: true,
      pending: {
        fileName: file.name,
        backup: result.backup,
        summary: result.summary,
        roadmaps: result.roadmaps,
      },
    };
  } catch {
    // The checks answer every file they know of; anything else is still only this file.
    return notRestored('Roadmap Planner could not read it as a backup. Nothing was changed.');
  }
}
