import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  checkBackupSize,
  MAX_BACKUP_BYTES,
  serializeBackup,
} from './backup-format';
import { AT, FASTAPI_TOPICS, META, options, parse, refused, sampleData, sampleWith } from './backup-fixtures';
import { parseBackup } from './backup-parse';
import { MAX_JSON_DEPTH } from './json-depth';
import type { BackupData } from './backup-schema';

describe('parseBackup: a valid file', () => {
  it('reads back what serializeBackup wrote, with a summary', () => {
    const result = parse(serializeBackup(sampleData(), META));
    if (!result.ok) throw new Error(result.message);
    expect(result.backup).toEqual({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: AT,
      appVersion: '0.3.0',
      data: { ...sampleData(), keptAside: [] },
    });
    expect(result.summary).toEqual({
      exportedAt: AT,
      appVersion: '0.3.0',
      formatVersion: BACKUP_VERSION,
      counts: {
        topicStates: 4,
        itemStates: 2,
        notes: 1,
        plans: 1,
        sessionLog: 1,
        busyCalendars: 1,
        roadmaps: 1,
        roadmapEdits: 1,
        reviewLog: 1,
        reviewCards: 1,
        exportChoices: 1,
        meta: 1,
        keptAside: 0,
      },
      unknownTopicIds: [],
    });
    // The imported roadmap is read again from its file.
    expect(
      result.roadmaps.map((r) => [r.id, r.title, r.sections[0]?.topics.map((t) => t.prerequisites)]),
    ).toEqual([['tiny', 'Tiny Roadmap', [[], ['first-steps']]]]);
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

describe('parseBackup: export choices', () => {
  it('restores a format-5 file, which had no export choices, with none', () => {
    const { exportChoices: _c, ...older } = sampleData();
    const text = serializeBackup(sampleData(), META)
      .replace(`"version": ${BACKUP_VERSION}`, '"version": 5')
      .replace(/,\n {4}"exportChoices": \[[\s\S]*?\n {4}\]/, '');
    expect(text).not.toContain('exportChoices');
    const result = parse(text);
    if (!result.ok) throw new Error(result.message);
    expect(result.summary.formatVersion).toBe(5);
    expect(result.summary.counts.exportChoices).toBe(0);
    expect(result.backup.data).toEqual({ ...older, exportChoices: [], keptAside: [] });
  });

  it('refuses choices out of bounds and two rows of one plan, saying where', () => {
    const data = sampleData();
    data.exportChoices.push({ ...data.exportChoices[0]!, reminderMinutes: 15 });
    expect(refused(parse(serializeBackup(data, META))).message).toContain(
      'data.exportChoices[1]: same planId as data.exportChoices[0] ("plan-1"); each may appear once',
    );
    const text = sampleWith((file) => {
      file.data.exportChoices![0]!.weeks = 0;
    });
    expect(refused(parse(text)).message).toMatch(/data\.exportChoices\[0\]\.weeks: .*\(line \d+\)/);
  });
});

describe('parseBackup: imported roadmaps', () => {
  it('restores a format-3 file, which had no roadmaps, with none', () => {
    const { roadmaps: _r, roadmapEdits: _e, ...older } = sampleData();
    const text = serializeBackup(sampleData(), META)
      .replace(`"version": ${BACKUP_VERSION}`, '"version": 3')
      .replace(/,\n {4}"roadmaps": \[[\s\S]*?\n {4}\],\n {4}"roadmapEdits": \[[\s\S]*?\n {4}\]/, '');
    const result = parse(text);
    if (!result.ok) throw new Error(result.message);
    expect(result.backup.data).toEqual({ ...older, roadmaps: [], roadmapEdits: [], keptAside: [] });
    expect(result.roadmaps).toEqual([]);
  });

  it('keeps rows of topics an imported roadmap no longer has aside', () => {
    const data = sampleData();
    data.topicStates.push({ roadmapId: 'tiny', topicId: 'gone', status: 'done', updatedAt: AT });
    const result = parse(serializeBackup(data, META));
    if (!result.ok) throw new Error(result.message);
    expect(result.summary.unknownTopicIds).toEqual([{ roadmapId: 'tiny', topicId: 'gone' }]);
  });

  it('refuses a roadmap whose file does not read, saying which and where', () => {
    const data = sampleData();
    data.roadmaps[0]!.source = data.roadmaps[0]!.source.replace('after: First Steps', 'after: Nowhere');
    const result = refused(parse(serializeBackup(data, META)));
    expect(result.reason).toBe('invalid-shape');
    expect(result.message).toMatch(
      /data\.roadmaps\[0\] \(“tiny\.md”\): its roadmap does not read \(line 8: topic "next-steps" is after "Nowhere", which is no topic's title or id\) \(line \d+\)/,
    );
  });

  it('refuses an imported roadmap with the id of a built-in one', () => {
    const data = sampleData();
    data.roadmaps[0]!.id = 'fastapi';
    const result = refused(parse(serializeBackup(data, META)));
    expect(result.message).toContain(
      'data.roadmaps[0].id: “fastapi” is the id of a roadmap built into the app',
    );
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

  it('refuses 16 KB of nested arrays (a stack overflow once) naming the line, before any parser', () => {
    const deep = `{"format": "roadmap-planner-backup",\n "version": 3, "data": ${'['.repeat(8000)}${']'.repeat(8000)}}`;
    const result = refused(parse(deep));
    expect(result.reason).toBe('too-deep');
    expect(result.message).toBe(
      `This file cannot be a Roadmap Planner backup: it is nested too deeply at line 2, column ${24 + MAX_JSON_DEPTH - 1} (more than ${MAX_JSON_DEPTH} levels of arrays and objects). Nothing was changed.`,
    );
  });

  it('refuses 150,000 bad rows (a stack overflow inside zod once) naming the first five', () => {
    const text = sampleWith((file) => {
      file.data['topicStates'] = Array.from({ length: 150_000 }, () => ({ roadmapId: 5 }));
    });
    const result = refused(parse(text));
    expect(result.reason).toBe('invalid-shape');
    expect(result.message).toMatch(
      /^This backup cannot be restored; nothing was changed\. data\.topicStates\[0\]\./,
    );
    expect(result.message).toMatch(/; and more problems\.$/);
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
    const newer = BACKUP_VERSION + 1;
    const text = JSON.stringify({
      format: BACKUP_FORMAT,
      version: newer,
      somethingNew: true,
      data: 'elsewhere',
    });
    const result = refused(parse(text));
    expect(result.reason).toBe('newer-version');
    expect(result.message).toContain(
      `made by a newer version of Roadmap Planner (format ${newer}); this app reads up to ${BACKUP_VERSION} — update the app`,
    );
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
        return roadmapId === 'fastapi' ? FASTAPI_TOPICS : null;
      },
    });
    // `tiny` is the backup's own imported roadmap: asked only to make sure it is not built in.
    expect(asked.sort()).toEqual(['fastapi', 'imported-roadmap', 'tiny']);
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
