import { serializeBackup } from './backup-format';
import { parseBackup } from './backup-parse';
import type { ParseBackupOptions, ParseBackupResult } from './backup-parse';
import type { BackupData } from './backup-schema';
import { defaultPlanSettings } from './plan';

/** Sample backup rows for the backup tests: one of each kind, in every table. */

export const AT = '2026-11-24T09:30:00.000Z';
export const META = { exportedAt: AT, appVersion: '0.3.0' };

export function sampleData(): BackupData {
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
        inForce: [
          {
            id: 'routing#2',
            topicId: 'routing',
            start: '2026-12-02T19:00:00+01:00',
            end: '2026-12-02T20:00:00+01:00',
            minutes: 60,
          },
        ],
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
    busyCalendars: [
      {
        id: 'busy-1',
        roadmapId: 'fastapi',
        name: 'work.ics',
        text: 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nEND:VCALENDAR\r\n',
        path: '/home/me/work.ics',
        addedAt: AT,
        refreshedAt: AT,
      },
    ],
    roadmaps: [
      {
        id: 'tiny',
        format: 'markdown',
        fileName: 'tiny.md',
        source: TINY_ROADMAP,
        importedAt: AT,
        updatedAt: AT,
      },
    ],
    roadmapEdits: [
      { roadmapId: 'fastapi', added: [{ from: 'python-basics', to: 'testing' }], removed: [], updatedAt: AT },
    ],
    reviewLog: [{ id: 1, roadmapId: 'fastapi', topicId: 'python-basics', at: AT, rating: 'good' }],
    reviewCards: [
      {
        roadmapId: 'fastapi',
        topicId: 'python-basics',
        due: '2026-11-27',
        lastReview: '2026-11-24',
        scheduledDays: 3,
        stability: 2.3065,
        difficulty: 2.11810397,
        reps: 1,
        lapses: 0,
      },
    ],
    exportChoices: [
      {
        planId: 'plan-1',
        roadmapId: 'fastapi',
        range: 'weeks',
        weeks: 4,
        phase: 1,
        milestones: false,
        reminder: true,
        reminderMinutes: 15,
        updatedAt: AT,
      },
    ],
    meta: [{ key: 'preview-progress-unreadable', value: [{ odd: true }, 42, null] }],
  };
}

/** A one-file roadmap the sample backup holds as imported: two topics, one phase. */
export const TINY_ROADMAP = [
  '# Tiny Roadmap',
  '',
  '## 0. Start',
  '',
  '- **First Steps**',
  '  - One',
  '- **Next Steps**',
  '  - after: First Steps',
  '',
  '## Phases for Study',
  '',
  '- **Phase 1 (All)**: Sections 0',
  '',
].join('\n');

/** The topics the tests' FastAPI roadmap has. */
export const FASTAPI_TOPICS: ReadonlySet<string> = new Set([
  'python-basics',
  'routing',
  'websockets',
  'testing',
]);

/** parseBackup's options, with the FastAPI topics known. */
export function options(overrides: Partial<ParseBackupOptions> = {}): ParseBackupOptions {
  return {
    byteLength: 1000,
    knownTopics: (roadmapId) => (roadmapId === 'fastapi' ? FASTAPI_TOPICS : null),
    ...overrides,
  };
}

/** parseBackup with the text's real byte length. */
export function parse(text: string, overrides: Partial<ParseBackupOptions> = {}): ParseBackupResult {
  return parseBackup(text, options({ byteLength: new TextEncoder().encode(text).length, ...overrides }));
}

/** The refusal, failing the test when the file was accepted. */
export function refused(result: ParseBackupResult): { reason: string; message: string } {
  if (result.ok) throw new Error('expected the backup to be refused');
  return result;
}

/** A backup file as plain JSON, to break on purpose. */
export type FileJson = { [field: string]: unknown; data: Record<string, Record<string, unknown>[]> };
export type Edit = (file: FileJson) => void;

/** The sample file with one value replaced, as text (so line numbers are real). */
export function sampleWith(edit: Edit): string {
  const file = JSON.parse(serializeBackup(sampleData(), META)) as FileJson;
  edit(file);
  return `${JSON.stringify(file, null, 2)}\n`;
}
