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
