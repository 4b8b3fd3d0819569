import { backupFileName, serializeBackup } from '../../domain/backup-format';
import { platform } from '../../platform';
import { describeStorageError, exportBackupData, restoreBackup } from '../../storage';
import type { Action, PlannerDatabase } from '../../storage';
import { showNotice } from '../../ui';
import type { PendingImport } from './backup-file';

export { chooseBackupFile } from './backup-file';

/**
 * Export backup…: everything stored, as one JSON file where the user saves it. Resolves to
 * what went wrong, for the caller to show, or null.
 */
export async function saveBackup(db: PlannerDatabase): Promise<string | null> {
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
    if (result.saved) showNotice('Backup saved.');
    return null;
  } catch (error) {
    return describeStorageError(error);
  }
}

/** The restore of a checked backup the user confirmed. */
export function restoreAction(chosen: PendingImport): Action {
  return restoreBackup(chosen.backup, chosen.roadmaps, chosen.fileName);
}
