import { describe, expect, it } from 'vitest';
import { defaultPlanSettings } from './plan';
import type { BackupData, ParseBackupOptions, ParseBackupResult } from './backup';
import {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  BACKUP_VERSION,
  backupFileName,
  checkBackupSize,
  MAX_BACKUP_BYTES,
  parseBackup,
  serializeBackup,
} from './backup';

const AT = '2026-11-24T09:30:00.000Z';
const META = { exportedAt: AT, appVersion: '0.3.0' };

function sampleData(): BackupData {
  return {
    topicStates: [
      { roadmapId: 'fastapi', topicId: 'python-basics', status: 'done', updatedAt: AT },
      { roadmapId: 'fastapi', topicId: 'routing', status: 'doing', updatedAt: AT },
      { roadmapId: 'fastapi', topicId: 'websockets', status: 'skipped', updatedAt: AT },
      { roadmapId: 'fastapi', topicId: 'testing', status: 'todo', updatedAt: AT },
    ],
    itemStates: [
      { roadmapId: 'fastapi', topicId: 'routing', itemId: 'path-parameters', checked: true, updatedAt: AT },
      { roadmapId: 'fastapi', topicId: 'routing', itemId: 'query-parameters', checked: false, updatedAt: AT },
    ],
    notes: [{ roadmapId: 'fastapi', topicId: 'routing', text: 'Reread path order.\nTwice.', updatedAt: AT }],
    plans: [
      {
        id: 'plan-1',
        roadmapId: 'fastapi',
        settings: defaultPlanSettings('fastapi', '2026-12-01', 'Europe/Berlin'),
        replannedOn: '2026-12-01',
        replannedAt: AT,
        createdAt: AT,
        updatedAt: AT,
      },
    ],
    sessionLog: [
      {
        id: 1,
        roadmapId: 'fastapi',
        sessionId: 'routing#1',
        topicId: 'routing',
        outcome: 'done',
        date: '2026-12-01',
        start: '2026-12-01T19:00:00+01:00',
        end: '2026-12-01T20:00:00+01:00',
        minutes: 60,
        loggedAt: AT,
      },
    ],
    meta: [{ key: 'preview-progress-unreadable', value: [{ odd: true }, 42, null] }],
  };
}

const FASTAPI_TOPICS: ReadonlySet<string> = new Set(['python-basics', 'routing', 'websockets', 'testing']);

function options(overrides: Partial<ParseBackupOptions> = {}): ParseBackupOptions {
  return {
    byteLength: 1000,
    knownTopics: (roadmapId) => (roadmapId === 'fastapi' ? FASTAPI_TOPICS : null),
    ...overrides,
  };
}

function parse(text: string, overrides: Partial<ParseBackupOptions> = {}): ParseBackupResult {
  return parseBackup(text, options({ byteLength: new TextEncoder().encode(text).length, ...overrides }));
}

function refused(result: ParseBackupResult): { reason: string; message: string } {
  if (result.ok) throw new Error('expected the backup to be refused');
  return result;
}

/** A backup file as plain JSON, to break on purpose. */
type FileJson = { [field: string]: unknown; data: Record<string, Record<string, unknown>[]> };
type Edit = (file: FileJson) => void;

/** The sample file with one value replaced, as text (so line numbers are real). */
function sampleWith(edit: Edit): string {
  const file = JSON.parse(serializeBackup(sampleData(), META)) as FileJson;
  edit(file);
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** 1-based line of the first line containing `needle` at or after line `from`. */
function lineOf(text: string, needle: string, from = 1): number {
  const lines = text.split('\n');
  const index = lines.findIndex((line, i) => i + 1 >= from && line.includes(needle));
  if (index === -1) throw new Error(`"${needle}" not in text`);
  return index + 1;
}

describe('serializeBackup', () => {
  it('writes pretty, versioned JSON ending in a newline', () => {
    const text = serializeBackup(sampleData(), META);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith('{\n  "format": "roadmap-planner-backup",\n  "version": 2,\n')).toBe(true);
    const file = JSON.parse(text);
    expect(Object.keys(file)).toEqual(['format', 'version', 'exportedAt', 'appVersion', 'data']);
    expect(Object.keys(file.data)).toEqual([...BACKUP_TABLES]);
    expect(file).toMatchObject({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: AT,
      appVersion: '0.3.0',
    });
    expect(file.data).toEqual(sampleData());
  });

  it('writes keptAside only when it holds rows', () => {
    expect(serializeBackup({ ...sampleData(), keptAside: [] }, META)).not.toContain('keptAside');
    const row = { roadmapId: 'fastapi', topicId: 'gone', status: 'done' as const, updatedAt: AT };
    const text = serializeBackup({ ...sampleData(), keptAside: [{ table: 'topicStates', row }] }, META);
    expect(JSON.parse(text).data.keptAside).toEqual([{ table: 'topicStates', row }]);
  });
});

describe('backupFileName', () => {
  it('names the file by the local date', () => {
    expect(backupFileName(new Date(2026, 10, 24, 23, 59))).toBe('roadmap-planner-backup-2026-11-24.json');
    expect(backupFileName(new Date(2027, 0, 5, 0, 0))).toBe('roadmap-planner-backup-2027-01-05.json');
  });
});

describe('parseBackup: a valid file', () => {
  it('reads back what serializeBackup wrote, with a summary', () => {
    const result = parse(serializeBackup(sampleData(), META));
    if (!result.ok) throw new Error(result.message);
    expect(result.backup).toEqual({
      format: BACKUP_FORMAT,
      version: 2,
      exportedAt: AT,
      appVersion: '0.3.0',
      data: { ...sampleData(), keptAside: [] },
    });
    expect(result.summary).toEqual({
      exportedAt: AT,
      appVersion: '0.3.0',
      formatVersion: 2,
      counts: { topicStates: 4, itemStates: 2, notes: 1, plans: 1, sessionLog: 1, meta: 1, keptAside: 0 },
      unknownTopicIds: [],
    });
  });

  it('accepts a file without plans, session log or meta (they are empty)', () => {
    const text = sampleWith((file) => {
      delete file.data.plans;
      delete file.data.sessionLog;
      delete file.data.meta;
    });
    const result = parse(text);
    if (!result.ok) throw new Error(result.message);
    expect(result.backup.data).toMatchObject({ plans: [], sessionLog: [], meta: [] });
  });

  it('accepts a byte-order mark and a file of exactly 20 MB', () => {
    const text = `\uFEFF${serializeBackup(sampleData(), META)}`;
    expect(parse(text).ok).toBe(true);
    expect(parseBackup(text, options({ byteLength: MAX_BACKUP_BYTES })).ok).toBe(true);
  });
});

describe('parseBackup: refused files', () => {
  it('refuses a file over 20 MB before reading it, giving its size and the limit', () => {
    const result = refused(parseBackup('not even JSON', options({ byteLength: 21 * 1024 * 1024 })));
    expect(result.reason).toBe('too-large');
    expect(result.message).toContain('21.0 MB');
    expect(result.message).toContain('at most 20 MB');
    // Just over the limit never reads as "20.0 MB".
    expect(refused(parseBackup('{}', options({ byteLength: MAX_BACKUP_BYTES + 1 }))).message).toContain(
      '20.1 MB',
    );
    expect(checkBackupSize(MAX_BACKUP_BYTES)).toBeNull();
    expect(checkBackupSize(MAX_BACKUP_BYTES + 1)).toContain('20.1 MB');
  });

  it('refuses a text longer than the limit whatever byteLength says', () => {
    const text = ' '.repeat(MAX_BACKUP_BYTES + 1);
    expect(refused(parseBackup(text, options({ byteLength: 10 }))).reason).toBe('too-large');
  });

  it.each([
    ['a missing comma', '{\n  "format": "roadmap-planner-backup"\n  "version": 1\n}', 3, 3, '"," expected'],
    ['a trailing comma', '{\n  "format": "x",\n}', 3, 1, 'a field name in double quotes expected'],
    ['a comment', '{\n  // mine\n  "format": "x"\n}', 2, 3, 'comments are not allowed in JSON'],
    ['single quotes', "{\n  'format': 1\n}", 2, 3, 'unexpected character'],
    ['a cut-off file', '{\n  "format": "roadmap-planner-backup",\n  "data": {', 3, 12, '"}" expected'],
    ['an empty file', '', 1, 1, 'a value expected'],
    ['text after the value', '{}\n{}', 2, 1, 'unexpected text after the end of the JSON value'],
    ['an unterminated string', '{\n  "format": "roadmap', 2, 13, 'unterminated string'],
  ])('refuses invalid JSON (%s) naming the line and column', (_what, text, line, column, what) => {
    const result = refused(parse(text));
    expect(result.reason).toBe('invalid-json');
    expect(result.message).toContain(`line ${line}, column ${column}: ${what}`);
  });

  it('counts columns after a byte-order mark as the editor shows them', () => {
    const result = refused(parse('\uFEFF{\n  "a": 1\n  "b": 2\n}'));
    expect(result.message).toContain('line 3, column 3: "," expected');
  });

  it.each([
    ['an array', '[]', 'the file holds an array'],
    ['a number', '42', 'the file holds 42'],
    ['an object without format', '{ "version": 1 }', 'it has no "format" field'],
    ['another format', '{ "format": "something-else", "version": 1 }', 'its "format" is "something-else"'],
  ])('refuses JSON that is not a backup (%s)', (_what, text, what) => {
    const result = refused(parse(text));
    expect(result.reason).toBe('not-a-backup');
    expect(result.message).toContain(`This is not a Roadmap Planner backup: ${what}`);
  });

  it('refuses a newer format version before looking at the shape', () => {
    const text = JSON.stringify({ format: BACKUP_FORMAT, version: 3, somethingNew: true, data: 'elsewhere' });
    const result = refused(parse(text));
    expect(result.reason).toBe('newer-version');
    expect(result.message).toContain(
      'made by a newer version of Roadmap Planner (format 3); this app reads up to 2 — update the app',
    );
  });

  it('refuses a bad status naming its path, the allowed values and the line', () => {
    const text = sampleWith((file) => {
      file.data.topicStates![3]!.status = 'finished';
    });
    const result = refused(parse(text));
    expect(result.reason).toBe('invalid-shape');
    const line = lineOf(text, '"finished"');
    expect(result.message).toContain(
      `data.topicStates[3].status: expected one of todo, doing, done, skipped — got "finished" (line ${line})`,
    );
    expect(result.message).toContain('nothing was changed');
  });

  it.each<[string, Edit, string, string, number?]>([
    [
      'a missing field',
      (file) => delete file.data.itemStates![1]!.checked,
      'data.itemStates[1].checked: expected true or false, missing',
      '"query-parameters"',
      // A missing field is reported on its object: the line of its opening brace.
      -3,
    ],
    [
      'a wrong type',
      (file) => (file.data.itemStates![0]!.checked = 'yes'),
      'data.itemStates[0].checked: expected true or false, got "yes"',
      '"checked": "yes"',
    ],
    [
      'an unknown field',
      (file) => (file.data.notes![0]!.colour = 'red'),
      'data.notes[0].colour: unknown field; a backup of this version has no such field',
      '"colour"',
    ],
    [
      'a date that is not ISO UTC',
      (file) => (file.data.plans![0]!.createdAt = '24/11/2026'),
      'data.plans[0].createdAt: expected a UTC date and time like 2026-11-24T09:30:00.000Z — got "24/11/2026"',
      '"24/11/2026"',
    ],
    [
      'an empty id',
      (file) => (file.data.topicStates![0]!.topicId = ''),
      'data.topicStates[0].topicId: must not be empty',
      '"topicId": ""',
    ],
    [
      'a fractional session id',
      (file) => (file.data.sessionLog![0]!.id = 1.5),
      'data.sessionLog[0].id: expected a whole number, got 1.5',
      '1.5',
    ],
    ['a missing table', (file) => delete file.data.notes, 'data.notes: expected an array, missing', '"data"'],
    [
      'a table that is not an array',
      (file) => ((file.data as Record<string, unknown>).topicStates = {}),
      'data.topicStates: expected an array, got an object',
      '"topicStates"',
    ],
    [
      'an old version number',
      (file) => (file.version = 0),
      'version: expected one of 1, 2 — got 0',
      '"version"',
    ],
    [
      'a version as text',
      (file) => (file.version = '1'),
      'version: expected one of 1, 2 — got "1"',
      '"version"',
    ],
    ['no app version', (file) => delete file.appVersion, 'appVersion: expected a string, missing', '{'],
  ])('refuses %s naming the path and line', (_what, edit, expected, near, shift = 0) => {
    const text = sampleWith(edit);
    const result = refused(parse(text));
    expect(result.reason).toBe('invalid-shape');
    expect(result.message).toContain(`${expected} (line ${lineOf(text, near) + shift})`);
  });

  it('reports the first five problems in file order and counts the rest', () => {
    const text = sampleWith((file) => {
      for (const row of file.data.topicStates!) row.status = 'nope';
      for (const row of file.data.itemStates!) row.checked = 1;
    });
    const message = refused(parse(text)).message;
    const reported = [...message.matchAll(/data\.(\w+)\[(\d)\]/g)].map((m) => `${m[1]}[${m[2]}]`);
    expect(reported).toEqual([
      'topicStates[0]',
      'topicStates[1]',
      'topicStates[2]',
      'topicStates[3]',
      'itemStates[0]',
    ]);
    expect(message).toMatch(/; and 1 more problem\.$/);
  });

  it('refuses a field named twice in one object, naming both lines', () => {
    const text = serializeBackup(sampleData(), META).replace(
      '"status": "doing",',
      '"status": "doing",\n      "status": "done",',
    );
    const result = refused(parse(text));
    const first = lineOf(text, '"status": "doing"');
    expect(result.message).toContain(
      `data.topicStates[1].status: the field appears twice (lines ${first} and ${first + 1})`,
    );
  });

  it('refuses two rows with the same key, naming both', () => {
    const text = sampleWith((file) => {
      file.data.itemStates!.push({ ...file.data.itemStates![0] });
      file.data.sessionLog!.push({ ...file.data.sessionLog![0], sessionId: 'routing#2' });
      file.data.sessionLog!.push({ ...file.data.sessionLog![0], id: 3 });
      file.data.plans!.push({ ...file.data.plans![0], id: 'plan-2' });
    });
    const message = refused(parse(text)).message;
    expect(message).toContain(
      'data.itemStates[2]: same roadmapId, topicId and itemId as data.itemStates[0] ("fastapi", "routing", "path-parameters")',
    );
    expect(message).toContain('data.sessionLog[1]: same id as data.sessionLog[0] (1)');
    expect(message).toContain(
      'data.sessionLog[2]: same roadmapId and sessionId as data.sessionLog[0] ("fastapi", "routing#1")',
    );
    expect(message).toContain(
      'data.plans[1]: same roadmapId (one plan per roadmap) as data.plans[0] ("fastapi")',
    );
  });

  it('reads a format-1 backup, whose plan and log tables are empty', () => {
    const text = sampleWith((file) => {
      file.version = 1;
      file.data.plans = [];
      file.data.sessionLog = [];
    });
    const result = parse(text);
    expect(result.ok && result.summary.formatVersion).toBe(1);
  });

  it('refuses a plan whose settings are wrong, naming the field', () => {
    const text = sampleWith((file) => {
      const settings = file.data.plans![0]!.settings as Record<string, unknown>;
      settings.minSessionMinutes = 120;
    });
    expect(refused(parse(text)).message).toContain(
      'data.plans[0].settings.minSessionMinutes: shortest session is longer than the longest',
    );
  });

  it('refuses a kept-aside row from an unknown table', () => {
    const text = sampleWith((file) => {
      file.data.keptAside = [{ table: 'sessions', row: {} }];
    });
    expect(refused(parse(text)).message).toContain(
      'data.keptAside[0].table: expected one of topicStates, itemStates, notes — got "sessions"',
    );
  });

  it('never reports a value with more than 40 characters of it', () => {
    const text = sampleWith((file) => {
      file.data.topicStates![0]!.status = 'x'.repeat(10_000);
    });
    const message = refused(parse(text)).message;
    expect(message).toContain(`got "${'x'.repeat(40)}…"`);
    expect(message.length).toBeLessThan(300);
  });
});

describe('parseBackup: topics the roadmap does not have', () => {
  const data = (): BackupData => ({
    ...sampleData(),
    topicStates: [
      ...sampleData().topicStates,
      { roadmapId: 'fastapi', topicId: 'renamed-topic', status: 'done', updatedAt: AT },
      { roadmapId: 'imported-roadmap', topicId: 'anything', status: 'doing', updatedAt: AT },
    ],
    itemStates: [
      ...sampleData().itemStates,
      { roadmapId: 'fastapi', topicId: 'renamed-topic', itemId: 'a', checked: true, updatedAt: AT },
    ],
    notes: [
      ...sampleData().notes,
      { roadmapId: 'fastapi', topicId: 'old-topic', text: 'mine', updatedAt: AT },
    ],
  });

  it('keeps their rows aside and lists them; rows of roadmaps the app does not know stay', () => {
    const result = parse(serializeBackup(data(), META));
    if (!result.ok) throw new Error(result.message);
    expect(result.backup.data.topicStates).toEqual([
      ...sampleData().topicStates,
      { roadmapId: 'imported-roadmap', topicId: 'anything', status: 'doing', updatedAt: AT },
    ]);
    expect(result.backup.data.itemStates).toEqual(sampleData().itemStates);
    expect(result.backup.data.notes).toEqual(sampleData().notes);
    expect(result.backup.data.keptAside).toEqual([
      { table: 'topicStates', row: data().topicStates[4] },
      { table: 'itemStates', row: data().itemStates[2] },
      { table: 'notes', row: data().notes[1] },
    ]);
    expect(result.summary.unknownTopicIds).toEqual([
      { roadmapId: 'fastapi', topicId: 'renamed-topic' },
      { roadmapId: 'fastapi', topicId: 'old-topic' },
    ]);
    expect(result.summary.counts).toMatchObject({ topicStates: 5, itemStates: 2, notes: 1, keptAside: 3 });
  });

  it('asks once per roadmap', () => {
    const asked: string[] = [];
    parse(serializeBackup(data(), META), {
      knownTopics: (roadmapId) => {
        asked.push(roadmapId);
        return FASTAPI_TOPICS;
      },
    });
    expect(asked.sort()).toEqual(['fastapi', 'imported-roadmap']);
  });

  it('keeps rows the file already kept aside, adding the new ones after them', () => {
    const earlier = {
      table: 'notes' as const,
      row: { roadmapId: 'fastapi', topicId: 'x', text: 't', updatedAt: AT },
    };
    const result = parse(serializeBackup({ ...data(), keptAside: [earlier] }, META));
    if (!result.ok) throw new Error(result.message);
    expect(result.backup.data.keptAside?.[0]).toEqual(earlier);
    expect(result.backup.data.keptAside).toHaveLength(4);
    expect(result.summary.unknownTopicIds[0]).toEqual({ roadmapId: 'fastapi', topicId: 'x' });
  });
});
