import { describe, expect, it } from 'vitest';
import { READABLE_VERSIONS, serializeBackup } from './backup-format';
import { META, parse, refused, sampleData, sampleWith } from './backup-fixtures';
import type { Edit } from './backup-fixtures';

// The messages for files of the wrong shape (backup-problems.ts), through parseBackup, which
// adds the lines.

/** 1-based line of the first line containing `needle` at or after line `from`. */
function lineOf(text: string, needle: string, from = 1): number {
  const lines = text.split('\n');
  const index = lines.findIndex((line, i) => i + 1 >= from && line.includes(needle));
  if (index === -1) throw new Error(`"${needle}" not in text`);
  return index + 1;
}

describe('parseBackup: files of the wrong shape', () => {
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
      `version: expected one of ${READABLE_VERSIONS.join(', ')} — got 0`,
      '"version"',
    ],
    [
      'a version as text',
      (file) => (file.version = '1'),
      `version: expected one of ${READABLE_VERSIONS.join(', ')} — got "1"`,
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

  it('refuses review rows whose key repeats, and a rating that is not one of the four', () => {
    const text = sampleWith((file) => {
      file.data.reviewLog!.push({ ...file.data.reviewLog![0], rating: 'easy' });
      file.data.reviewCards!.push({ ...file.data.reviewCards![0], reps: 2 });
    });
    const message = refused(parse(text)).message;
    expect(message).toContain('data.reviewLog[1]: same id as data.reviewLog[0] (1)');
    expect(message).toContain(
      'data.reviewCards[1]: same roadmapId and topicId as data.reviewCards[0] ("fastapi", "python-basics")',
    );
    const bad = sampleWith((file) => {
      file.data.reviewLog![0]!.rating = 'perfect';
    });
    expect(refused(parse(bad)).message).toContain(
      'data.reviewLog[0].rating: expected one of again, hard, good, easy',
    );
  });

  it('reads a format-4 backup: no review log or cards', () => {
    const text = sampleWith((file) => {
      file.version = 4;
      delete file.data.reviewLog;
      delete file.data.reviewCards;
    });
    const result = parse(text);
    if (!result.ok) throw new Error(result.message);
    expect(result.summary.formatVersion).toBe(4);
    expect(result.backup.data.reviewLog).toEqual([]);
    expect(result.backup.data.reviewCards).toEqual([]);
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

  it('reads a format-2 backup: no busy calendars, plans without sessions in force', () => {
    const text = sampleWith((file) => {
      file.version = 2;
      delete file.data.busyCalendars;
      delete (file.data.plans![0] as Record<string, unknown>).inForce;
    });
    const result = parse(text);
    if (!result.ok) throw new Error(result.message);
    expect(result.summary.formatVersion).toBe(2);
    expect(result.backup.data.busyCalendars).toEqual([]);
    expect(result.backup.data.plans[0]).not.toHaveProperty('inForce');
  });

  it('refuses a busy calendar without its text, naming the row', () => {
    const text = sampleWith((file) => {
      delete file.data.busyCalendars![0]!.text;
    });
    expect(refused(parse(text)).message).toContain('data.busyCalendars[0].text: expected a string, missing');
  });

  it('refuses a busy calendar whose id repeats', () => {
    const text = sampleWith((file) => {
      file.data.busyCalendars!.push({ ...file.data.busyCalendars![0], name: 'other.ics' });
    });
    expect(refused(parse(text)).message).toContain(
      'data.busyCalendars[1]: same id as data.busyCalendars[0] ("busy-1")',
    );
  });

  it('refuses a session in force with a time without its offset', () => {
    const text = sampleWith((file) => {
      const plan = file.data.plans![0] as { inForce: { start: string }[] };
      plan.inForce[0]!.start = '2026-12-02T19:00:00';
    });
    expect(refused(parse(text)).message).toContain('data.plans[0].inForce[0].start');
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
