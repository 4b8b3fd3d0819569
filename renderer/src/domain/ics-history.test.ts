import { describe, expect, it } from 'vitest';
import { basePlan, exportOf, NOW, tiny } from './ics-fixtures';
import { icsExportHistorySchema, parseIcsExportHistory } from './ics-history';
import type { IcsExportHistory } from './ics-history';
import { schedulePlan } from './schedule';

describe('the export history', () => {
  const schedule = schedulePlan(tiny, basePlan(), { today: '2026-11-30' });

  it('stores a history its schema accepts, through JSON', () => {
    const { history } = exportOf(tiny, schedule, { milestones: schedule.milestones });
    const parsed = parseIcsExportHistory(JSON.parse(JSON.stringify(history)));
    expect(parsed).toEqual({ ok: true, history });
    expect(
      icsExportHistorySchema.parse({ planId: 'p', exportedAt: NOW.toISOString(), events: {} }).retired,
    ).toEqual({});
    const bad: unknown = {
      ...history,
      events: { x: { sequence: -1, fingerprint: 'f', start: 'a', end: 'b', summary: '' } },
    };
    expect(parseIcsExportHistory(bad)).toEqual({
      ok: false,
      message: expect.stringMatching(/^events\.x\.sequence: /),
    });
    const wrongKind: IcsExportHistory['events'][string] = {
      sequence: 0,
      fingerprint: 'f',
      start: '2026-12-01',
      end: '2026-12-02',
      summary: '',
    };
    expect(parseIcsExportHistory({ ...history, events: { x: wrongKind } }).ok).toBe(false);
    expect(parseIcsExportHistory({ ...history, events: { x: { ...wrongKind, allDay: true } } }).ok).toBe(
      true,
    );
  });
});
