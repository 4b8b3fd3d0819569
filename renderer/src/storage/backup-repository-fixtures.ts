import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { expect } from 'vitest';
import type { Backup, ParseBackupOptions, ParseBackupResult } from '../domain';
import { defaultPlanSettings, serializeBackup } from '../domain';
import { sampleData } from '../domain/backup-fixtures';
import type {
  BusyCalendarRecord,
  PlanRecord,
  ReviewCardRecord,
  ReviewLogRecord,
  SessionLogRecord,
} from './records';
import { dumpDatabase, exportBackupData, importBackup, readBackupFile } from './backup-repository';
import type { DatabaseDump } from './backup-repository';
import { openPlannerDatabase } from './database';
import type { PlannerDatabase } from './database';
import { setItemChecked, setNote, setTopicStatuses } from './progress-repository';
import { UNREADABLE_PREVIEW_ROWS_KEY } from './schema';

// The backup repository tests' databases, rows and steps. Databases opened here are closed
// by the tests' afterEach (`open`).

export const AT = '2026-11-24T09:30:00.000Z';
export const META = { exportedAt: AT, appVersion: '0.3.0' };
export const open: PlannerDatabase[] = [];

// A fresh in-memory IndexedDB per test: nothing leaks between tests.
export async function freshDatabase(name = 'backup-test'): Promise<PlannerDatabase> {
  const db = await openPlannerDatabase(name, { indexedDB: new IDBFactory(), IDBKeyRange });
  open.push(db);
  return db;
}

export const FASTAPI_TOPICS: ReadonlySet<string> = new Set([
  'python-basics',
  'routing',
  'websockets',
  'testing',
]);
export const knownTopics: ParseBackupOptions['knownTopics'] = (roadmapId) =>
  roadmapId === 'fastapi' ? FASTAPI_TOPICS : null;

export function planRow(id: string): PlanRecord {
  return {
    id,
    roadmapId: 'fastapi',
    settings: defaultPlanSettings('fastapi', '2026-12-01', 'Europe/Berlin'),
    replannedOn: '2026-12-01',
    replannedAt: AT,
    createdAt: AT,
    updatedAt: AT,
  };
}

export const BUSY_TEXT = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//test//EN',
  'BEGIN:VEVENT',
  'UID:standup@example.com',
  'DTSTAMP:20261124T093000Z',
  'DTSTART:20261201T180000Z',
  'DTEND:20261201T190000Z',
  'RRULE:FREQ=WEEKLY',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

export function busyRow(id: string, path?: string): BusyCalendarRecord {
  return {
    id,
    roadmapId: 'fastapi',
    name: `${id}.ics`,
    text: BUSY_TEXT,
    ...(path === undefined ? {} : { path }),
    addedAt: AT,
    refreshedAt: '2026-11-25T08:00:00.000Z',
  };
}

export function logRow(sessionId: string, loggedAt: string): Omit<SessionLogRecord, 'id'> {
  return {
    roadmapId: 'fastapi',
    sessionId,
    topicId: 'routing',
    outcome: 'done',
    date: '2026-12-01',
    start: '2026-12-01T19:00:00+01:00',
    end: '2026-12-01T20:00:00+01:00',
    minutes: 60,
    loggedAt,
  };
}

export function reviewRow(topicId: string, at: string): Omit<ReviewLogRecord, 'id'> {
  return { roadmapId: 'fastapi', topicId, at, rating: 'good' };
}

/** A card as a Good rating on 24 November gives (retention 0.9). */
export function cardRow(topicId: string): ReviewCardRecord {
  return { ...sampleData().reviewCards[0]!, topicId };
}

/** Something in every table, in two roadmaps. */
export async function seed(db: PlannerDatabase): Promise<void> {
  await setTopicStatuses(db, 'fastapi', [
    { topicId: 'python-basics', status: 'done' },
    { topicId: 'routing', status: 'doing' },
    { topicId: 'websockets', status: 'skipped' },
  ]);
  await setItemChecked(db, 'fastapi', 'routing', 'path-parameters', true);
  await setItemChecked(db, 'fastapi', 'routing', 'query-parameters', false);
  await setNote(db, 'fastapi', 'routing', 'Reread the part on path order.\n– twice');
  await setTopicStatuses(db, 'imported', [{ topicId: 'anything', status: 'done' }]);
  await setNote(db, 'imported', 'anything', 'Another roadmap.');
  await db.plans.add({
    ...planRow('plan-1'),
    inForce: [
      {
        id: 'routing#3',
        topicId: 'routing',
        start: '2026-12-03T19:00:00+01:00',
        end: '2026-12-03T20:00:00+01:00',
        minutes: 60,
      },
    ],
  });
  await db.busyCalendars.bulkAdd([busyRow('work', '/home/me/work.ics'), busyRow('club')]);
  await db.sessionLog.bulkAdd([logRow('routing#1', AT), logRow('routing#2', '2026-11-25T10:00:00.000Z')]);
  await db.reviewLog.bulkAdd([reviewRow('python-basics', AT), reviewRow('routing', AT)]);
  await db.reviewCards.bulkAdd([cardRow('python-basics'), cardRow('routing')]);
  await db.exportChoices.add(sampleData().exportChoices[0]!);
  await db.meta.add({ key: UNREADABLE_PREVIEW_ROWS_KEY, value: [{ topicId: 7 }, 'odd', null] });
}

/** Something else, to be replaced by a restore. */
export async function seedOther(db: PlannerDatabase): Promise<void> {
  await setTopicStatuses(db, 'fastapi', [{ topicId: 'testing', status: 'done' }]);
  await setNote(db, 'fastapi', 'testing', 'Will be replaced.');
  await db.plans.add(planRow('plan-other'));
  await db.busyCalendars.add(busyRow('other'));
  await db.exportChoices.add({ ...sampleData().exportChoices[0]!, planId: 'plan-other', range: 'all' });
  await db.meta.add({ key: 'some-flag', value: true });
}

export async function backupText(db: PlannerDatabase): Promise<string> {
  return serializeBackup(await exportBackupData(db), META);
}

export function parse(
  text: string,
  byteLength = new TextEncoder().encode(text).length,
): Promise<ParseBackupResult> {
  return readBackupFile(text, { byteLength, knownTopics });
}

/** What the app does with a chosen file: parse it, and import only when it is fine. */
export async function restoreAsTheAppDoes(
  db: PlannerDatabase,
  text: string,
  byteLength?: number,
): Promise<ParseBackupResult> {
  const result = await parse(text, byteLength);
  if (result.ok) await importBackup(db, result.backup, result.roadmaps);
  return result;
}

/** The whole database equals the dump, down to the order of fields in each row. */
export async function expectUnchanged(db: PlannerDatabase, before: DatabaseDump): Promise<void> {
  const after = await dumpDatabase(db);
  expect(after).toStrictEqual(before);
  expect(JSON.stringify(after)).toBe(JSON.stringify(before));
}

export async function parsed(text: string): Promise<Backup> {
  const result = await parse(text);
  if (!result.ok) throw new Error(result.message);
  return result.backup;
}
