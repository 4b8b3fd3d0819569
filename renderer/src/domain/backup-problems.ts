import './zod-setup';
import type { z } from 'zod';
import { BACKUP_FORMAT, BACKUP_VERSION } from './backup-format';
import type { BackupTableName } from './backup-format';
import type { BackupRefusalResult } from './backup-parse';
import type { BackupData } from './backup-schema';
import { describeValue, formatPath, valueAt } from './json-diagnostics';
import type { Located } from './json-diagnostics';

/** What is wrong with a backup file, in words that name the field and what it should hold. */

/** The format and version checks, made before the shape so a newer file is not called malformed. */
export function checkHeader(value: unknown): BackupRefusalResult | null {
  const notABackup = (what: string): BackupRefusalResult => ({
    ok: false,
    reason: 'not-a-backup',
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

const EXPECTED: Partial<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'an array',
  object: 'an object',
  nonoptional: 'a value',
};

/** One schema issue as a sentence naming the path, what it expected and what it got. */
export function describeIssue(issue: z.core.$ZodIssue, root: unknown): Located {
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

/** Rows that share a key: IndexedDB would refuse the second, so the file is refused whole. */
export function duplicateRows(data: BackupData): Located[] {
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
  check('busyCalendars', data.busyCalendars, (r) => [r.id], 'id');
  check('roadmaps', data.roadmaps, (r) => [r.id], 'id');
  check('roadmapEdits', data.roadmapEdits, (r) => [r.roadmapId], 'roadmapId');
  check('reviewLog', data.reviewLog, (r) => [r.id], 'id');
  check('reviewCards', data.reviewCards, (r) => [r.roadmapId, r.topicId], 'roadmapId and topicId');
  check('exportChoices', data.exportChoices, (r) => [r.planId], 'planId');
  check('meta', data.meta, (r) => [r.key], 'key');
  return found;
}
