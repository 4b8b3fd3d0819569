import { findNodeAtLocation, parseTree, printParseErrorCode, visit } from 'jsonc-parser';
import { lineAt, lineStartOffsets } from './text-position';
import type { JSONPath, Node as JsonNode, ParseErrorCode } from 'jsonc-parser';
import { z } from 'zod';
import { isCalendarDate, planSettingsSchema } from './plan';
import type { TopicStatus } from './roadmap';

/**
 * Backup files: one versioned JSON document holding everything the user stored.
 *
 * The flow the app follows: `checkBackupSize(file.size)` before reading the file, then
 * `parseBackup(text, …)`; show its `summary`; on the user's yes, storage's `importBackup`
 * replaces everything in one transaction. Nothing stored is touched before that last step,
 * so a refused file (every `ok: false`) changes nothing.
 */

/** The `format` every backup file carries, so another JSON file is not mistaken for one. */
export const BACKUP_FORMAT = 'roadmap-planner-backup';

/**
 * The newest backup format this app writes and reads. Bump it when the file's shape changes.
 * 2: plans hold their settings and the session log its sessions (1 only had empty tables).
 */
export const BACKUP_VERSION = 2;

/** Every format this app reads. A format-1 file's plan and log tables are always empty. */
const READABLE_VERSIONS = [1, 2] as const;

/** The largest backup file the app reads: 20 MB. */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;

const TOPIC_STATUS_VALUES = ['todo', 'doing', 'done', 'skipped'] as const satisfies readonly TopicStatus[];

const id = z.string().min(1);
/** What storage writes: `Date.prototype.toISOString()`, UTC with a `Z`. */
const isoDateTime = z.iso.datetime();

/** A row of `topicStates`; the same shape as storage's `TopicStateRecord`. */
export const backupTopicStateSchema = z.strictObject({
  roadmapId: id,
  topicId: id,
  status: z.enum(TOPIC_STATUS_VALUES),
  updatedAt: isoDateTime,
});

/** A row of `itemStates`; the same shape as storage's `ItemStateRecord`. */
export const backupItemStateSchema = z.strictObject({
  roadmapId: id,
  topicId: id,
  itemId: id,
  checked: z.boolean(),
  updatedAt: isoDateTime,
});

/** A row of `notes`; the same shape as storage's `NoteRecord`. */
export const backupNoteSchema = z.strictObject({
  roadmapId: id,
  topicId: id,
  // Any string: storage never writes an empty note, but a backup must restore whatever it holds.
  text: z.string(),
  updatedAt: isoDateTime,
});

const calendarDate = z.string().refine(isCalendarDate, 'not a real date (YYYY-MM-DD)');
/** A session's wall-clock time with its zone's offset, as the scheduler writes it. */
const zonedDateTime = z.iso.datetime({ offset: true });

/** A row of `plans`; the same shape as storage's `PlanRecord`. */
export const backupPlanSchema = z.strictObject({
  id,
  roadmapId: id,
  settings: planSettingsSchema,
  replannedOn: calendarDate,
  replannedAt: isoDateTime,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

/** A row of `sessionLog`; the same shape as storage's `SessionLogRecord`. */
export const backupSessionLogSchema = z.strictObject({
  id: z.int().positive(),
  roadmapId: id,
  sessionId: id,
  topicId: id,
  outcome: z.enum(['done', 'missed']),
  date: calendarDate,
  start: zonedDateTime,
  end: zonedDateTime,
  minutes: z.int().min(0).max(1440),
  loggedAt: isoDateTime,
});

/** A row of `meta`; the same shape as storage's `MetaRecord`. Values are any JSON. */
export const backupMetaSchema = z.strictObject({
  key: id,
  value: z.unknown(),
});

/** A row moved out of its table because its roadmap has no such topic, with the table it came from. */
export const keptAsideRowSchema = z.discriminatedUnion('table', [
  z.strictObject({ table: z.literal('topicStates'), row: backupTopicStateSchema }),
  z.strictObject({ table: z.literal('itemStates'), row: backupItemStateSchema }),
  z.strictObject({ table: z.literal('notes'), row: backupNoteSchema }),
]);

/** The stored data in a backup: every table's rows. */
export const backupDataSchema = z.strictObject({
  topicStates: z.array(backupTopicStateSchema),
  itemStates: z.array(backupItemStateSchema),
  notes: z.array(backupNoteSchema),
  plans: z.array(backupPlanSchema).default([]),
  sessionLog: z.array(backupSessionLogSchema).default([]),
  meta: z.array(backupMetaSchema).default([]),
  keptAside: z.array(keptAsideRowSchema).optional(),
});

/** A whole backup file. */
export const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(READABLE_VERSIONS),
  exportedAt: isoDateTime,
  appVersion: z.string().min(1),
  data: backupDataSchema,
});

export type BackupTopicState = z.infer<typeof backupTopicStateSchema>;
export type BackupItemState = z.infer<typeof backupItemStateSchema>;
export type BackupNote = z.infer<typeof backupNoteSchema>;
export type BackupPlan = z.infer<typeof backupPlanSchema>;
export type BackupSessionLogEntry = z.infer<typeof backupSessionLogSchema>;
export type BackupMetaEntry = z.infer<typeof backupMetaSchema>;
export type KeptAsideRow = z.infer<typeof keptAsideRowSchema>;
export type BackupData = z.infer<typeof backupDataSchema>;
export type Backup = z.infer<typeof backupSchema>;

/** The tables a backup restores, in the order the file lists them. */
export type BackupTableName = 'topicStates' | 'itemStates' | 'notes' | 'plans' | 'sessionLog' | 'meta';

/** Every table a backup holds, in file order. */
export const BACKUP_TABLES: readonly BackupTableName[] = [
  'topicStates',
  'itemStates',
  'notes',
  'plans',
  'sessionLog',
  'meta',
];

// The enum above must list every status and nothing else.
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;
type _StatusesMatch = Expect<Equal<(typeof TOPIC_STATUS_VALUES)[number], TopicStatus>>;
type _TablesMatch = Expect<Equal<Exclude<keyof BackupData, 'keptAside'>, BackupTableName>>;

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
export type BackupRefusal = 'too-large' | 'invalid-json' | 'not-a-backup' | 'newer-version' | 'invalid-shape';

export type ParseBackupResult =
  | { ok: true; backup: Backup; summary: BackupSummary }
  | { ok: false; reason: BackupRefusal; message: string };

export type ParseBackupOptions = {
  /** The file's size in bytes (`File.size`). */
  byteLength: number;
  /**
   * The topic ids a roadmap has, or `null` for a roadmap the app does not know (its rows are
   * kept as they are). Rows of a known roadmap whose topic is not in the set are kept aside.
   */
  knownTopics: (roadmapId: string) => ReadonlySet<string> | null;
};

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
 * Reads and checks a backup file completely, without touching anything stored.
 *
 * Checks in order, stopping at the first that fails: the size; JSON syntax (the message
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
  const scan = scanJson(json);
  if (scan.syntaxError) {
    const { line, column, code } = scan.syntaxError;
    return {
      ok: false,
      reason: 'invalid-json',
      message: `This file is not valid JSON, so it cannot be a backup: line ${line}, column ${column}: ${describeJsonError(code)}.`,
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

  const issues: Located[] = scan.duplicateKeys.map((duplicate) => ({
    path: duplicate.path,
    offset: duplicate.offset,
    text: `${formatPath(duplicate.path)}: the field appears twice (lines ${duplicate.firstLine} and ${duplicate.line}); a backup names each field once`,
  }));
  const result = backupSchema.safeParse(value);
  if (!result.success) issues.push(...result.error.issues.map((issue) => describeIssue(issue, value)));
  else issues.push(...duplicateRows(result.data.data));
  if (!result.success || issues.length > 0) {
    return { ok: false, reason: 'invalid-shape', message: shapeMessage(json, issues) };
  }

  const backup = result.data;
  const { data, unknownTopicIds } = keepUnknownTopicsAside(backup.data, options.knownTopics);
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
        meta: data.meta.length,
        keptAside: kept.length,
      },
      unknownTopicIds,
    },
  };
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
      meta: tables.meta,
      ...(keptAside && keptAside.length > 0 ? { keptAside } : {}),
    },
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** The file name to offer when saving a backup, dated in local time: `roadmap-planner-backup-2026-11-24.json`. */
export function backupFileName(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${BACKUP_FORMAT}-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}

// ——— checks ———

type JsonSyntaxError = { line: number; column: number; code: ParseErrorCode };
type DuplicateKey = { path: JSONPath; offset: number; line: number; firstLine: number };

/**
 * One pass over the text: the first syntax error, and keys repeated within an object (JSON
 * keeps the last, so a repeated `status` would silently hide one value).
 */
function scanJson(text: string): { syntaxError: JsonSyntaxError | null; duplicateKeys: DuplicateKey[] } {
  let syntaxError: JsonSyntaxError | null = null;
  const duplicateKeys: DuplicateKey[] = [];
  const objects: Map<string, number>[] = [];
  visit(
    text,
    {
      onObjectBegin: () => {
        objects.push(new Map());
      },
      onObjectEnd: () => {
        objects.pop();
      },
      onObjectProperty: (property, offset, _length, startLine, _startCharacter, pathSupplier) => {
        const seen = objects.at(-1);
        if (!seen) return;
        const firstLine = seen.get(property);
        if (firstLine === undefined) seen.set(property, startLine + 1);
        else
          duplicateKeys.push({ path: [...pathSupplier(), property], offset, line: startLine + 1, firstLine });
      },
      onError: (code, _offset, _length, startLine, startCharacter) => {
        syntaxError ??= { line: startLine + 1, column: startCharacter + 1, code };
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  return { syntaxError, duplicateKeys };
}

const PARSE_ERRORS: Partial<Record<string, string>> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'a field name in double quotes expected',
  ValueExpected: 'a value expected',
  ColonExpected: '":" expected',
  CommaExpected: '"," expected',
  CloseBraceExpected: '"}" expected',
  CloseBracketExpected: '"]" expected',
  EndOfFileExpected: 'unexpected text after the end of the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'incomplete number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in a string (control characters must be escaped)',
};

function describeJsonError(code: ParseErrorCode): string {
  const name = printParseErrorCode(code);
  // "PropertyNameExpected" → "property name expected" for any code not listed.
  return PARSE_ERRORS[name] ?? name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** The format and version checks, made before the shape so a newer file is not called malformed. */
function checkHeader(value: unknown): Extract<ParseBackupResult, { ok: false }> | null {
  const notABackup = (what: string) => ({
    ok: false as const,
    reason: 'not-a-backup' as const,
    message: `This is not a Roadmap Planner backup: ${what}.`,
  });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return notABackup(
      `the file holds ${describeValue(value)}, not an object with "format": "${BACKUP_FORMAT}"`,
    );
  }
  const format: unknown = Reflect.get(value, 'format');
  if (format !== BACKUP_FORMAT) {
    return notABackup(
      format === undefined
        ? `it has no "format" field (a backup has "format": "${BACKUP_FORMAT}")`
        : `its "format" is ${describeValue(format)}, expected "${BACKUP_FORMAT}"`,
    );
  }
  const version: unknown = Reflect.get(value, 'version');
  if (typeof version === 'number' && Number.isFinite(version) && version > BACKUP_VERSION) {
    return {
      ok: false,
      reason: 'newer-version',
      message: `This backup was made by a newer version of Roadmap Planner (format ${version}); this app reads up to ${BACKUP_VERSION} — update the app to restore it.`,
    };
  }
  return null;
}

/** A problem with where it is: its path, and its offset once looked up (for ordering and the line). */
type Located = { path: JSONPath; offset?: number; text: string };

function describeIssue(issue: z.core.$ZodIssue, root: unknown): Located {
  const path = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
  const value = valueAt(root, path);
  const got = value === undefined ? 'missing' : `got ${describeValue(value)}`;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      return { path, text: `${formatPath(path)}: expected ${expected}, ${got}` };
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => (typeof v === 'string' ? v : String(v)));
      const expected = values.length === 1 ? JSON.stringify(issue.values[0]) : `one of ${values.join(', ')}`;
      return { path, text: `${formatPath(path)}: expected ${expected} — ${got}` };
    }
    case 'invalid_format':
      return {
        path,
        text:
          issue.format === 'datetime'
            ? `${formatPath(path)}: expected a UTC date and time like 2026-11-24T09:30:00.000Z — ${got}`
            : `${formatPath(path)}: expected ${issue.format} — ${got}`,
      };
    case 'too_small':
      return {
        path,
        text:
          issue.origin === 'string' && Number(issue.minimum) === 1
            ? `${formatPath(path)}: must not be empty`
            : `${formatPath(path)}: must be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)} — ${got}`,
      };
    case 'unrecognized_keys': {
      const [first, ...others] = issue.keys;
      const at = first === undefined ? path : [...path, first];
      const more = others.length > 0 ? ` (also ${others.map((key) => `"${key}"`).join(', ')})` : '';
      return {
        path: at,
        text: `${formatPath(at)}: unknown field${more}; a backup of this version has no such field`,
      };
    }
    case 'invalid_union': {
      // Only `keptAside` rows are a union; zod points at their `table` tag and lists its values.
      const options: unknown = Reflect.get(issue, 'options');
      if (!Array.isArray(options)) break;
      return {
        path,
        text: `${formatPath(path)}: expected one of ${options.map(String).join(', ')} — ${got}`,
      };
    }
  }
  return { path, text: `${formatPath(path)}: ${issue.message}` };
}

const EXPECTED: Partial<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'an array',
  object: 'an object',
  nonoptional: 'a value',
};

/** Rows that share a key: IndexedDB would refuse the second, so the file is refused whole. */
function duplicateRows(data: BackupData): Located[] {
  const found: Located[] = [];
  const check = <T>(
    table: BackupTableName,
    rows: readonly T[],
    key: (row: T) => unknown[],
    names: string,
  ) => {
    const seen = new Map<string, number>();
    rows.forEach((row, index) => {
      const k = JSON.stringify(key(row));
      const first = seen.get(k);
      if (first === undefined) {
        seen.set(k, index);
        return;
      }
      const path = ['data', table, index];
      found.push({
        path,
        text: `${formatPath(path)}: same ${names} as ${formatPath(['data', table, first])} (${key(row)
          .map((part) => JSON.stringify(part))
          .join(', ')}); each may appear once`,
      });
    });
  };
  check('topicStates', data.topicStates, (r) => [r.roadmapId, r.topicId], 'roadmapId and topicId');
  check(
    'itemStates',
    data.itemStates,
    (r) => [r.roadmapId, r.topicId, r.itemId],
    'roadmapId, topicId and itemId',
  );
  check('notes', data.notes, (r) => [r.roadmapId, r.topicId], 'roadmapId and topicId');
  check('plans', data.plans, (r) => [r.id], 'id');
  check('plans', data.plans, (r) => [r.roadmapId], 'roadmapId (one plan per roadmap)');
  check('sessionLog', data.sessionLog, (r) => [r.id], 'id');
  check('sessionLog', data.sessionLog, (r) => [r.roadmapId, r.sessionId], 'roadmapId and sessionId');
  check('meta', data.meta, (r) => [r.key], 'key');
  return found;
}

const MAX_REPORTED = 5;

/** Up to five problems, first in the file first, each with its line. */
function shapeMessage(text: string, issues: Located[]): string {
  const tree = parseTree(text, [], { disallowComments: true, allowTrailingComma: false });
  const lineStarts = lineStartOffsets(text);
  const located = issues.map((issue) => ({ ...issue, offset: issue.offset ?? offsetOf(tree, issue.path) }));
  located.sort((a, b) => a.offset - b.offset);
  const shown = located
    .slice(0, MAX_REPORTED)
    .map((issue) => `${issue.text} (line ${lineAt(lineStarts, issue.offset)})`);
  const more = located.length - shown.length;
  const tail = more > 0 ? `; and ${more} more problem${more === 1 ? '' : 's'}` : '';
  return `This backup cannot be restored; nothing was changed. ${shown.join('; ')}${tail}.`;
}

/** Offset of the value at a path, or of its nearest existing parent; a field points at its name. */
function offsetOf(tree: JsonNode | undefined, path: JSONPath): number {
  if (!tree) return 0;
  for (let depth = path.length; depth >= 0; depth--) {
    const node = findNodeAtLocation(tree, path.slice(0, depth));
    if (node) return node.parent?.type === 'property' ? node.parent.offset : node.offset;
  }
  return 0;
}

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let value = root;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, segment)) return undefined;
    value = Reflect.get(value, segment);
  }
  return value;
}

/** `data.topicStates[3].status`; odd keys in brackets. */
function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out === '' ? 'the file' : out;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    case 'number':
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

// ——— topics the roadmap does not have ———

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
