import type { z } from 'zod';
import { checkBackupSize } from './backup-format';
import type { BackupTableName } from './backup-format';
import { checkHeader, describeIssue, duplicateRows } from './backup-problems';
import { backupRowSchemas, backupSchema } from './backup-schema';
import type { Backup, BackupData, KeptAsideRow } from './backup-schema';
import { describeSyntaxError, formatPath, locateProblems, scanJson } from './json-diagnostics';
import type { Located } from './json-diagnostics';
import { checkJsonDepth } from './json-depth';
import { buildImportedRoadmap } from './imported-roadmap';
import { inMessage } from './message-text';
import { toRoadmapData } from './roadmap-data';
import type { RoadmapData } from './roadmap-data';

/**
 * Reading a backup file back: every check, with messages that name the line. It pulls in zod
 * and the JSON scanner, so the app loads it on first use (storage's `readBackupFile`).
 */

/** A topic a backup has state for that its roadmap does not have. */
export type UnknownTopic = { roadmapId: string; topicId: string };

/** What a valid backup holds, to show before the user confirms the restore. */
export type BackupSummary = {
  /** When the backup was made (ISO 8601, UTC). */
  exportedAt: string;
  /** The app version that made it. */
  appVersion: string;
  /** The backup's format version. */
  formatVersion: number;
  /** Rows per table that will be restored, and rows kept aside (not restored into their table). */
  counts: Record<BackupTableName | 'keptAside', number>;
  /** Distinct topics whose rows are kept aside, in the order first met. */
  unknownTopicIds: UnknownTopic[];
};

/** Why a backup was refused. */
export type BackupRefusal =
  'too-large' | 'too-deep' | 'invalid-json' | 'not-a-backup' | 'newer-version' | 'invalid-shape';

/** A refused backup: why, and the message to show. */
export type BackupRefusalResult = { ok: false; reason: BackupRefusal; message: string };

export type ParseBackupResult =
  | {
      ok: true;
      backup: Backup;
      summary: BackupSummary;
      /** The parsed form of each imported roadmap in the backup, read again from its file, in row order. */
      roadmaps: RoadmapData[];
    }
  | BackupRefusalResult;

export type ParseBackupOptions = {
  /** The file's size in bytes (`File.size`). */
  byteLength: number;
  /**
   * The topic ids a built-in roadmap has, or `null` for one the app does not know (its rows
   * are kept as they are). Rows of a known roadmap whose topic is not in the set are kept
   * aside. The backup's own imported roadmaps are known by what their files hold.
   */
  knownTopics: (roadmapId: string) => ReadonlySet<string> | null;
};

const MAX_REPORTED = 5;

/**
 * Reads and checks a backup file completely, without touching anything stored.
 *
 * Checks in order, stopping at the first that fails: the size; nesting depth; JSON syntax (the message
 * names the line and column); that it is a Roadmap Planner backup (`format`); that its
 * format version is not newer than this app's; then the whole shape with the schema (the
 * message names the path and line of up to five bad fields) and that no row's key repeats.
 *
 * Rows of a known roadmap (see `knownTopics`) whose topic it does not have are moved to
 * `backup.data.keptAside` and listed in `summary.unknownTopicIds`, never dropped.
 */
export function parseBackup(text: string, options: ParseBackupOptions): ParseBackupResult {
  // UTF-8 never takes fewer bytes than UTF-16 code units, so a long text is a big file too.
  const tooLarge = checkBackupSize(Math.max(options.byteLength, text.length));
  if (tooLarge) return { ok: false, reason: 'too-large', message: tooLarge };

  // A byte-order mark (editors on Windows add one) is not JSON; a space keeps the offsets.
  const json = text.startsWith('\uFEFF') ? ` ${text.slice(1)}` : text;
  // Before any parser: they recurse per level, and 16 KB of `[[[[…` would overflow the stack.
  const deep = checkJsonDepth(json);
  if (deep !== null) {
    return {
      ok: false,
      reason: 'too-deep',
      message: `This file cannot be a Roadmap Planner backup: it is ${deep}. Nothing was changed.`,
    };
  }
  const scan = scanJson(json);
  if (scan.syntaxError) {
    const { line, column, code } = scan.syntaxError;
    return {
      ok: false,
      reason: 'invalid-json',
      message: `This file is not valid JSON, so it cannot be a backup: line ${line}, column ${column}: ${describeSyntaxError(code)}.`,
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    // The scanner and the engine disagree only on oddities; the engine's word is final.
    const what = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: 'invalid-json', message: `This file is not valid JSON: ${what}.` };
  }

  const header = checkHeader(value);
  if (header) return header;

  const problems: Located[] = scan.duplicateKeys.map((duplicate) => ({
    path: duplicate.path,
    offset: duplicate.offset,
    text: `${formatPath(duplicate.path)}: the field appears twice (lines ${duplicate.firstLine} and ${duplicate.line}); a backup names each field once`,
  }));
  // Long tables are checked row by row first, stopping at the first bad rows: zod collects
  // every issue, and 150,000 bad rows overflow the stack inside it.
  const badRows = firstBadRows(value, MAX_REPORTED + 1);
  const result = badRows.length > 0 ? null : backupSchema.safeParse(value);
  for (const issue of result?.success === false ? result.error.issues : badRows) {
    problems.push(describeIssue(issue, value));
  }
  if (result?.success) for (const row of duplicateRows(result.data.data)) problems.push(row);
  if (!result?.success || problems.length > 0) {
    const { shown, more } = locateProblems(json, problems, MAX_REPORTED);
    const tail =
      badRows.length > MAX_REPORTED
        ? '; and more problems'
        : more > 0
          ? `; and ${more} more problem${more === 1 ? '' : 's'}`
          : '';
    return {
      ok: false,
      reason: 'invalid-shape',
      message: `This backup cannot be restored; nothing was changed. ${shown.join('; ')}${tail}.`,
    };
  }

  const backup = result.data;
  const imported = readImportedRoadmaps(backup.data, options.knownTopics);
  if ('problem' in imported) {
    const { shown } = locateProblems(json, [imported.problem], 1);
    return {
      ok: false,
      reason: 'invalid-shape',
      message: `This backup cannot be restored; nothing was changed. ${shown.join('; ')}.`,
    };
  }
  const topicsOf = new Map(
    imported.map((r) => [r.id, new Set(r.sections.flatMap((s) => s.topics.map((t) => t.id)))]),
  );
  const { data, unknownTopicIds } = keepUnknownTopicsAside(
    backup.data,
    (roadmapId) => topicsOf.get(roadmapId) ?? options.knownTopics(roadmapId),
  );
  const kept = data.keptAside ?? [];
  return {
    ok: true,
    backup: { ...backup, data },
    summary: {
      exportedAt: backup.exportedAt,
      appVersion: backup.appVersion,
      formatVersion: backup.version,
      counts: {
        topicStates: data.topicStates.length,
        itemStates: data.itemStates.length,
        notes: data.notes.length,
        plans: data.plans.length,
        sessionLog: data.sessionLog.length,
        busyCalendars: data.busyCalendars.length,
        roadmaps: data.roadmaps.length,
        roadmapEdits: data.roadmapEdits.length,
        reviewLog: data.reviewLog.length,
        reviewCards: data.reviewCards.length,
        exportChoices: data.exportChoices.length,
        meta: data.meta.length,
        keptAside: kept.length,
      },
      unknownTopicIds,
    },
    roadmaps: imported,
  };
}

/**
 * Reads each imported roadmap's file again, as importing it did: a backup restores only a
 * roadmap its file gives. A file that no longer reads, or an id the app's own roadmap has,
 * refuses the backup with where.
 */
function readImportedRoadmaps(
  data: BackupData,
  knownTopics: ParseBackupOptions['knownTopics'],
): RoadmapData[] | { problem: Located } {
  const read: RoadmapData[] = [];
  for (const [index, row] of data.roadmaps.entries()) {
    const path = ['data', 'roadmaps', index];
    const name = `${formatPath(path)} (“${inMessage(row.fileName)}”)`;
    if (knownTopics(row.id) !== null)
      return {
        problem: {
          path: [...path, 'id'],
          text: `${formatPath([...path, 'id'])}: “${inMessage(row.id)}” is the id of a roadmap built into the app`,
        },
      };
    const built = buildImportedRoadmap(row);
    if (!built.roadmap) {
      const [first] = built.problems;
      return {
        problem: {
          path,
          text: `${name}: its roadmap does not read (line ${first?.line ?? 1}: ${first?.message ?? 'unknown problem'})`,
        },
      };
    }
    read.push(toRoadmapData(built.roadmap));
  }
  return read;
}

function keepUnknownTopicsAside(
  data: BackupData,
  knownTopics: ParseBackupOptions['knownTopics'],
): { data: BackupData; unknownTopicIds: UnknownTopic[] } {
  const cache = new Map<string, ReadonlySet<string> | null>();
  const known = (roadmapId: string, topicId: string) => {
    if (!cache.has(roadmapId)) cache.set(roadmapId, knownTopics(roadmapId));
    const topics = cache.get(roadmapId);
    return topics === null || topics === undefined || topics.has(topicId);
  };
  const unknown = new Map<string, UnknownTopic>();
  const note = (row: { roadmapId: string; topicId: string }) => {
    const key = JSON.stringify([row.roadmapId, row.topicId]);
    if (!unknown.has(key)) unknown.set(key, { roadmapId: row.roadmapId, topicId: row.topicId });
  };
  // Rows the file already kept aside stay aside.
  const keptAside: KeptAsideRow[] = [...(data.keptAside ?? [])];
  for (const kept of keptAside) note(kept.row);
  const topicStates = data.topicStates.filter((row) => {
    if (known(row.roadmapId, row.topicId)) return true;
    keptAside.push({ table: 'topicStates', row });
    note(row);
    return false;
  });
  const itemStates = data.itemStates.filter((row) => {
    if (known(row.roadmapId, row.topicId)) return true;
    keptAside.push({ table: 'itemStates', row });
    note(row);
    return false;
  });
  const notes = data.notes.filter((row) => {
    if (known(row.roadmapId, row.topicId)) return true;
    keptAside.push({ table: 'notes', row });
    note(row);
    return false;
  });
  return {
    data: { ...data, topicStates, itemStates, notes, keptAside },
    unknownTopicIds: [...unknown.values()],
  };
}

/** Rows past which a table is checked row by row before the whole file is. */
const LONG_TABLE = 1000;

/** The first `limit` issues in the rows of long tables, with their paths from the file's root. */
function firstBadRows(value: unknown, limit: number): z.core.$ZodIssue[] {
  const data = isRecord(value) ? value['data'] : undefined;
  if (!isRecord(data)) return [];
  const issues: z.core.$ZodIssue[] = [];
  for (const [table, schema] of Object.entries(backupRowSchemas)) {
    const rows = Object.hasOwn(data, table) ? data[table] : undefined;
    if (!Array.isArray(rows) || rows.length <= LONG_TABLE) continue;
    for (const [index, row] of rows.entries()) {
      const checked = schema.safeParse(row);
      if (checked.success) continue;
      for (const issue of checked.error.issues) {
        issues.push({ ...issue, path: ['data', table, index, ...issue.path] });
        if (issues.length >= limit) return issues;
      }
    }
  }
  return issues;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
