import { afterEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_TABLES, MAX_BACKUP_BYTES } from '../domain';
import { sampleData } from '../domain/backup-fixtures';
import { dumpDatabase, exportBackupData, importBackup, KEPT_ASIDE_KEY_PREFIX } from './backup-repository';
import type { KeptAsideRecordValue } from './backup-repository';
import { setItemChecked, setNote, setTopicStatuses } from './progress-repository';
import { UNREADABLE_PREVIEW_ROWS_KEY } from './schema';
import type { Backup } from '../domain';
import type { PlannerDatabase } from './database';
import {
  AT,
  backupText,
  busyRow,
  expectUnchanged,
  freshDatabase,
  logRow,
  open,
  parse,
  parsed,
  planRow,
  restoreAsTheAppDoes,
  reviewRow,
  seed,
  seedOther,
} from './backup-repository-fixtures';

afterEach(() => {
  for (const db of open.splice(0)) db.close();
  vi.restoreAllMocks();
});

describe('backup tables', () => {
  it('covers every table of the database', async () => {
    const db = await freshDatabase();
    expect(db.tables.map((table) => table.name).sort()).toEqual([...BACKUP_TABLES].sort());
  });
});

describe('exportBackupData', () => {
  it('reads every table in one read transaction', async () => {
    const db = await freshDatabase();
    await seed(db);
    const transaction = vi.spyOn(db, 'transaction');
    const data = await exportBackupData(db);
    expect(transaction).toHaveBeenCalledTimes(1);
    expect(transaction.mock.calls[0]?.[0]).toBe('r');
    expect(data.topicStates).toHaveLength(4);
    expect(data.itemStates).toHaveLength(2);
    expect(data.notes).toHaveLength(2);
    expect(data.plans.map((row) => [row.id, row.inForce?.length])).toEqual([['plan-1', 1]]);
    expect(data.busyCalendars).toEqual([busyRow('club'), busyRow('work', '/home/me/work.ics')]);
    expect(data.sessionLog.map((row) => row.id)).toEqual([1, 2]);
    expect(data.meta).toEqual([{ key: UNREADABLE_PREVIEW_ROWS_KEY, value: [{ topicId: 7 }, 'odd', null] }]);
  });

  it('exports an empty database as a valid backup', async () => {
    const db = await freshDatabase();
    const result = await parse(await backupText(db));
    expect(result.ok && result.summary.counts).toEqual({
      topicStates: 0,
      itemStates: 0,
      notes: 0,
      plans: 0,
      sessionLog: 0,
      busyCalendars: 0,
      meta: 0,
      roadmaps: 0,
      roadmapEdits: 0,
      reviewLog: 0,
      reviewCards: 0,
      exportChoices: 0,
      keptAside: 0,
    });
  });
});

describe('importBackup', () => {
  it('round trip: export, serialize, parse and import into a fresh database give the same data', async () => {
    const source = await freshDatabase('source');
    await seed(source);
    const text = await backupText(source);

    const target = await freshDatabase('target');
    const result = await restoreAsTheAppDoes(target, text);
    expect(result.ok).toBe(true);
    expect(await dumpDatabase(target)).toStrictEqual(await dumpDatabase(source));
    // And the restored database exports the same backup again (auto-incremented rows store
    // their id last, restored ones where the file has it: same data, other field order).
    expect(JSON.parse(await backupText(target))).toStrictEqual(JSON.parse(text));
  });

  it('replaces everything stored, in one transaction', async () => {
    const source = await freshDatabase('source');
    await seed(source);
    const backup = await parsed(await backupText(source));

    const target = await freshDatabase('target');
    await seedOther(target);
    const transaction = vi.spyOn(target, 'transaction');
    expect(await importBackup(target, backup, [])).toEqual({ keptAsideKey: null });
    expect(transaction).toHaveBeenCalledTimes(1);
    expect(transaction.mock.calls[0]?.[0]).toBe('rw');
    expect(await dumpDatabase(target)).toStrictEqual(await dumpDatabase(source));
    expect(await target.notes.get(['fastapi', 'testing'])).toBeUndefined();
    expect((await target.busyCalendars.toArray()).map((row) => row.id)).toEqual(['club', 'work']);
  });

  it('restores a format-2 backup (no busy calendars): busy calendars stored before are gone', async () => {
    const source = await freshDatabase('source');
    await seed(source);
    const file = JSON.parse(await backupText(source)) as {
      version: number;
      data: { busyCalendars?: unknown; plans: Record<string, unknown>[] };
    };
    file.version = 2;
    delete file.data.busyCalendars;
    for (const plan of file.data.plans) delete plan.inForce;
    const result = await parse(`${JSON.stringify(file, null, 2)}\n`);
    if (!result.ok) throw new Error(result.message);
    expect(result.summary.counts.busyCalendars).toBe(0);

    const target = await freshDatabase('target');
    await seedOther(target);
    await importBackup(target, result.backup, result.roadmaps);
    expect(await target.busyCalendars.count()).toBe(0);
    expect(await target.plans.toArray()).toEqual([planRow('plan-1')]);
    expect(await target.topicStates.count()).toBe(4);
    expect(await target.sessionLog.count()).toBe(2);
  });

  it('round trip keeps the review log and cards, and the log goes on after restored ids', async () => {
    const source = await freshDatabase('source');
    await seed(source);
    const target = await freshDatabase('target');
    await seedOther(target);
    await importBackup(target, await parsed(await backupText(source)), []);
    expect(await target.reviewLog.toArray()).toEqual(await source.reviewLog.toArray());
    expect(await target.reviewCards.toArray()).toEqual(await source.reviewCards.toArray());
    expect(await target.reviewLog.count()).toBe(2);
    const id = await target.reviewLog.add({ ...reviewRow('routing', AT), rating: 'easy' });
    expect(id).toBe(3);
  });

  it('restores a format-4 backup (no review log or cards): review rows stored before are gone', async () => {
    const source = await freshDatabase('source');
    await seed(source);
    const file = JSON.parse(await backupText(source)) as {
      version: number;
      data: { reviewLog?: unknown; reviewCards?: unknown };
    };
    file.version = 4;
    delete file.data.reviewLog;
    delete file.data.reviewCards;
    const result = await parse(`${JSON.stringify(file, null, 2)}\n`);
    if (!result.ok) throw new Error(result.message);
    expect(result.summary.formatVersion).toBe(4);
    expect(result.summary.counts).toMatchObject({ reviewLog: 0, reviewCards: 0, topicStates: 4 });

    const target = await freshDatabase('target');
    await seed(target);
    expect(await target.reviewLog.count()).toBe(2);
    await importBackup(target, result.backup, result.roadmaps);
    expect(await target.reviewLog.count()).toBe(0);
    expect(await target.reviewCards.count()).toBe(0);
    expect(await target.topicStates.count()).toBe(4);
    expect(await target.sessionLog.count()).toBe(2);
  });

  it('restores a format-5 backup (no export choices): choices stored before are gone', async () => {
    const source = await freshDatabase('source');
    await seed(source);
    const file = JSON.parse(await backupText(source)) as {
      version: number;
      data: { exportChoices?: unknown };
    };
    expect(file.version).toBe(6);
    expect(file.data.exportChoices).toEqual([sampleData().exportChoices[0]]);
    file.version = 5;
    delete file.data.exportChoices;
    const result = await parse(`${JSON.stringify(file, null, 2)}\n`);
    if (!result.ok) throw new Error(result.message);
    expect(result.summary.formatVersion).toBe(5);
    expect(result.summary.counts).toMatchObject({ exportChoices: 0, plans: 1 });

    const target = await freshDatabase('target');
    await seedOther(target);
    expect(await target.exportChoices.count()).toBe(1);
    await importBackup(target, result.backup, result.roadmaps);
    expect(await target.exportChoices.count()).toBe(0);
    expect(await target.plans.toArray()).toHaveLength(1);
  });

  it('lets the session log go on after restored ids', async () => {
    const source = await freshDatabase('source');
    await seed(source);
    const target = await freshDatabase('target');
    await importBackup(target, await parsed(await backupText(source)), []);
    const id = await target.sessionLog.add(logRow('routing#3', AT));
    expect(id).toBe(3);
  });

  it('keeps rows of topics the roadmap does not have aside in meta, and reports them', async () => {
    const source = await freshDatabase('source');
    await seed(source);
    await setTopicStatuses(source, 'fastapi', [{ topicId: 'renamed-topic', status: 'done' }]);
    await setItemChecked(source, 'fastapi', 'renamed-topic', 'an-item', true);
    await setNote(source, 'fastapi', 'old-topic', 'my words');
    const text = await backupText(source);
    const renamed = await source.topicStates.get(['fastapi', 'renamed-topic']);
    const item = await source.itemStates.get(['fastapi', 'renamed-topic', 'an-item']);
    const note = await source.notes.get(['fastapi', 'old-topic']);

    const result = await parse(text);
    if (!result.ok) throw new Error(result.message);
    expect(result.summary.unknownTopicIds).toEqual([
      { roadmapId: 'fastapi', topicId: 'renamed-topic' },
      { roadmapId: 'fastapi', topicId: 'old-topic' },
    ]);
    expect(result.summary.counts.keptAside).toBe(3);

    const target = await freshDatabase('target');
    const { keptAsideKey } = await importBackup(target, result.backup, result.roadmaps);
    expect(keptAsideKey).toBe(`${KEPT_ASIDE_KEY_PREFIX}${AT}`);
    expect(await target.topicStates.get(['fastapi', 'renamed-topic'])).toBeUndefined();
    expect(await target.itemStates.get(['fastapi', 'renamed-topic', 'an-item'])).toBeUndefined();
    expect(await target.notes.get(['fastapi', 'old-topic'])).toBeUndefined();
    // Everything else is as in the source; the imported roadmap's rows stay where they were.
    expect(await target.topicStates.count()).toBe(4);
    expect(await target.notes.get(['imported', 'anything'])).toMatchObject({ text: 'Another roadmap.' });
    const kept = await target.meta.get(keptAsideKey!);
    expect(kept?.value).toEqual({
      exportedAt: AT,
      appVersion: '0.3.0',
      rows: [
        { table: 'topicStates', row: renamed! },
        { table: 'itemStates', row: item! },
        { table: 'notes', row: note! },
      ],
    } satisfies KeptAsideRecordValue);
  });

  it('does not overwrite a kept-aside record the backup itself holds', async () => {
    const source = await freshDatabase('source');
    await setTopicStatuses(source, 'fastapi', [{ topicId: 'gone', status: 'done' }]);
    await source.meta.add({ key: `${KEPT_ASIDE_KEY_PREFIX}${AT}`, value: 'earlier' });
    const target = await freshDatabase('target');
    const { keptAsideKey } = await importBackup(target, await parsed(await backupText(source)), []);
    expect(keptAsideKey).toBe(`${KEPT_ASIDE_KEY_PREFIX}${AT}-2`);
    expect((await target.meta.get(`${KEPT_ASIDE_KEY_PREFIX}${AT}`))?.value).toBe('earlier');
    expect(await target.meta.get(keptAsideKey!)).toBeDefined();
  });
});

describe('a refused backup leaves the database as it was', () => {
  async function populated(): Promise<{ db: PlannerDatabase; validText: string }> {
    const db = await freshDatabase();
    await seed(db);
    const validText = await backupText(db);
    await seedOther(db);
    return { db, validText };
  }

  it.each<[string, (valid: string) => { text: string; byteLength?: number }, string, RegExp]>([
    [
      'invalid JSON',
      (valid) => ({ text: valid.replace('"version": 6,', '"version": 6') }),
      'invalid-json',
      // The missing comma is noticed at the next field.
      /line 4, column 3: "," expected/,
    ],
    [
      'a wrong shape',
      (valid) => ({ text: valid.replace('"status": "doing"', '"status": "finished"') }),
      'invalid-shape',
      /data\.topicStates\[\d\]\.status: expected one of todo, doing, done, skipped — got "finished" \(line \d+\)/,
    ],
    [
      'a newer format version',
      (valid) => ({ text: valid.replace('"version": 6,', '"version": 7,') }),
      'newer-version',
      /newer version of Roadmap Planner \(format 7\); this app reads up to 6 — update the app/,
    ],
    [
      'a file over 20 MB',
      (valid) => ({ text: valid, byteLength: MAX_BACKUP_BYTES + 5 * 1024 * 1024 }),
      'too-large',
      /25\.0 MB; a Roadmap Planner backup is at most 20 MB/,
    ],
    [
      'another format',
      (valid) => ({ text: valid.replace('"roadmap-planner-backup"', '"some-other-app"') }),
      'not-a-backup',
      /"format" is "some-other-app", expected "roadmap-planner-backup"/,
    ],
    [
      'a row whose key repeats',
      (valid) => ({ text: valid.replace('"id": 2', '"id": 1') }),
      'invalid-shape',
      /data\.sessionLog\[1\]: same id as data\.sessionLog\[0\] \(1\)/,
    ],
  ])('%s', async (_what, make, reason, message) => {
    const { db, validText } = await populated();
    const { text, byteLength } = make(validText);
    expect(text === validText && byteLength === undefined).toBe(false);
    const before = await dumpDatabase(db);

    const result = await restoreAsTheAppDoes(db, text, byteLength);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe(reason);
    expect(result.message).toMatch(message);
    await expectUnchanged(db, before);
  });
});

describe('an import that fails midway changes nothing', () => {
  async function populatedWithBackup(): Promise<{ db: PlannerDatabase; backup: Backup }> {
    const source = await freshDatabase('source');
    await seed(source);
    await setNote(source, 'fastapi', 'gone', 'kept aside');
    const backup = await parsed(await backupText(source));
    const db = await freshDatabase('target');
    await seedOther(db);
    return { db, backup };
  }

  it('when a row breaks a key (two rows, one key)', async () => {
    const { db, backup } = await populatedWithBackup();
    const broken: Backup = {
      ...backup,
      data: { ...backup.data, itemStates: [...backup.data.itemStates, backup.data.itemStates[0]!] },
    };
    const before = await dumpDatabase(db);
    await expect(importBackup(db, broken, [])).rejects.toMatchObject({ name: 'BulkError' });
    await expectUnchanged(db, before);
  });

  it.each(['topicStates', 'notes', 'sessionLog', 'busyCalendars', 'meta'] as const)(
    'when writing %s throws',
    async (table) => {
      const { db, backup } = await populatedWithBackup();
      const before = await dumpDatabase(db);
      db.table(table).hook('creating', () => {
        throw new Error(`injected failure in ${table}`);
      });
      await expect(importBackup(db, backup, [])).rejects.toThrow(`injected failure in ${table}`);
      await expectUnchanged(db, before);
    },
  );

  it('when the kept-aside record, written last, fails', async () => {
    const { db, backup } = await populatedWithBackup();
    expect(backup.data.keptAside).toHaveLength(1);
    const before = await dumpDatabase(db);
    db.meta.hook('creating', (key) => {
      if (String(key).startsWith(KEPT_ASIDE_KEY_PREFIX)) throw new Error('injected failure');
    });
    await expect(importBackup(db, backup, [])).rejects.toThrow('injected failure');
    await expectUnchanged(db, before);
  });
});

describe('dumpDatabase', () => {
  it('lists every table, rows in key order with their keys', async () => {
    const db = await freshDatabase();
    await setTopicStatuses(db, 'fastapi', [
      { topicId: 'websockets', status: 'done' },
      { topicId: 'routing', status: 'doing' },
    ]);
    const dump = await dumpDatabase(db);
    expect(dump.version).toBe(6);
    expect(Object.keys(dump.tables)).toEqual([...BACKUP_TABLES].sort());
    expect(dump.tables.topicStates?.map((entry) => entry.key)).toEqual([
      ['fastapi', 'routing'],
      ['fastapi', 'websockets'],
    ]);
    expect(dump.tables.notes).toEqual([]);
  });
});
