import type { Backup, BackupData } from './backup-schema';
import { localDay } from './calendar-day';

/**
 * Backup files: one versioned JSON document holding everything the user stored.
 *
 * The flow the app follows: `checkBackupSize(file.size)` before reading the file, then
 * storage's `readBackupFile(text, …)` (the domain's `parseBackup`, loaded on first use); show
 * its `summary`; on the user's yes, storage's `importBackup` replaces everything in one
 * transaction. Nothing stored is touched before that last step, so a refused file (every
 * `ok: false`) changes nothing.
 *
 * This module holds what export and the size check need, without zod or the JSON scanner,
 * so it can sit on the start-up path.
 */

/** The `format` every backup file carries, so another JSON file is not mistaken for one. */
export const BACKUP_FORMAT = 'roadmap-planner-backup';

/**
 * The newest backup format this app writes and reads. Bump it when the file's shape changes.
 * 2: plans hold their settings and the session log its sessions (1 only had empty tables).
 * 3: busy calendars (the user's .ics files), and plans may hold the sessions in force.
 * 4: imported roadmaps (their source files) and the user's prerequisite edits.
 * 5: spaced review: the review log (every rating of a topic) and each topic's card.
 * 6: the calendar export dialog's choices per plan (range, milestones, reminder).
 */
export const BACKUP_VERSION = 6;

/**
 * Every format this app reads. A format-1 file's plan and log tables are always empty; files
 * before 3 have no busy calendars, before 4 no imported roadmaps, before 5 no review log or
 * cards, before 6 no export choices (the dialog starts from its defaults).
 */
export const READABLE_VERSIONS = [1, 2, 3, 4, 5, 6] as const;

/** The largest backup file the app reads: 20 MB. */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;

/**
 * The longest busy-calendar text stored or restored, in characters: busy-time's
 * `MAX_BUSY_ICS_CHARS` (kept here too, so the backup schema does not load ical.js).
 */
export const MAX_BUSY_CALENDAR_CHARS = 5_000_000;

/** Every table a backup holds, in file order. */
export const BACKUP_TABLES = [
  'topicStates',
  'itemStates',
  'notes',
  'plans',
  'sessionLog',
  'busyCalendars',
  'roadmaps',
  'roadmapEdits',
  'reviewLog',
  'reviewCards',
  'exportChoices',
  'meta',
] as const;

/** The tables a backup restores, in the order the file lists them. */
export type BackupTableName = (typeof BACKUP_TABLES)[number];

const MB = 1024 * 1024;

/**
 * Refuses a file too large to be a backup, before the app reads it.
 *
 * @returns the message to show, or `null` when the size is fine.
 */
export function checkBackupSize(byteLength: number): string | null {
  if (byteLength <= MAX_BACKUP_BYTES) return null;
  // Rounded up, so a file just over the limit never reads as "20.0 MB".
  const size = Math.ceil((byteLength / MB) * 10) / 10;
  return `This file is ${size.toFixed(1)} MB; a Roadmap Planner backup is at most ${MAX_BACKUP_BYTES / MB} MB. Choose a backup file made by the app.`;
}

/**
 * Writes a backup file: pretty JSON (two-space indent) ending in a newline. `keptAside` is
 * written only when it holds rows.
 */
export function serializeBackup(data: BackupData, meta: { exportedAt: string; appVersion: string }): string {
  const { keptAside, ...tables } = data;
  const body: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: meta.exportedAt,
    appVersion: meta.appVersion,
    data: {
      topicStates: tables.topicStates,
      itemStates: tables.itemStates,
      notes: tables.notes,
      plans: tables.plans,
      sessionLog: tables.sessionLog,
      busyCalendars: tables.busyCalendars,
      roadmaps: tables.roadmaps,
      roadmapEdits: tables.roadmapEdits,
      reviewLog: tables.reviewLog,
      reviewCards: tables.reviewCards,
      exportChoices: tables.exportChoices,
      meta: tables.meta,
      ...(keptAside && keptAside.length > 0 ? { keptAside } : {}),
    },
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** The file name to offer when saving a backup, dated in local time: `roadmap-planner-backup-2026-11-24.json`. */
export function backupFileName(date: Date): string {
  return `${BACKUP_FORMAT}-${localDay(date)}.json`;
}
