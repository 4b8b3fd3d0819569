import { describe, expect, it } from 'vitest';
import { icsExportFileName, icsUid, icsUidKey, roadmapShortName } from './ics-names';

describe('names', () => {
  it('spells the short name as the title does, or capitalises the id', () => {
    expect(
      roadmapShortName({
        id: 'fastapi',
        title: 'FastAPI Complete Learning Roadmap (Beginner → Production-Ready)',
      }),
    ).toBe('FastAPI');
    expect(roadmapShortName({ id: 'web-dev', title: 'Modern Web Dev from scratch' })).toBe('Web Dev');
    expect(roadmapShortName({ id: 'synthetic-1000', title: 'A generated roadmap' })).toBe('Synthetic 1000');
    // Not a word inside another word.
    expect(roadmapShortName({ id: 'go', title: 'Google Roadmap' })).toBe('Go');
  });

  it('names the file after the roadmap, what it holds and the day', () => {
    const day = new Date(2026, 11, 3, 12);
    const fastapi = { id: 'fastapi' };
    expect(icsExportFileName(fastapi, { kind: 'all' }, day)).toBe('fastapi-study-plan-2026-12-03.ics');
    expect(icsExportFileName(fastapi, { kind: 'weeks', weeks: 4 }, day)).toBe(
      'fastapi-next-4-weeks-2026-12-03.ics',
    );
    expect(icsExportFileName(fastapi, { kind: 'weeks', weeks: 1 }, day)).toBe(
      'fastapi-next-week-2026-12-03.ics',
    );
    expect(icsExportFileName(fastapi, { kind: 'phase', phase: 2 }, day)).toBe(
      'fastapi-phase-2-2026-12-03.ics',
    );
    // An imported roadmap's slug; the machine's day, not UTC's.
    expect(
      icsExportFileName({ id: 'Web_Dev' }, { kind: 'phase', phase: 1 }, new Date(2027, 0, 9, 0, 5)),
    ).toBe('web-dev-phase-1-2027-01-09.ics');
    expect(icsExportFileName({ id: '¿¡' }, { kind: 'all' }, new Date(2026, 0, 9, 12))).toBe(
      'roadmap-study-plan-2026-01-09.ics',
    );
  });

  it('reads the session id or milestone key back out of a UID', () => {
    expect(icsUid('first-steps#2', 'plan-1')).toBe('first-steps#2@plan-1.roadmap-planner');
    expect(icsUidKey(icsUid('first-steps#2', 'plan-1'), 'plan-1')).toBe('first-steps#2');
    expect(icsUidKey(icsUid('phase-1-end', 'a.b'), 'a.b')).toBe('phase-1-end');
  });
});
