import { describe, expect, it } from 'vitest';
import { icsFileName, icsUid, icsUidKey, roadmapShortName } from './ics-names';

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

  it('names the file after the calendar and the day', () => {
    expect(icsFileName('FastAPI study plan', new Date(2026, 11, 1, 12))).toBe(
      'fastapi-study-plan-2026-12-01.ics',
    );
    expect(icsFileName('¿¡', new Date(2026, 0, 9, 12))).toBe('study-plan-2026-01-09.ics');
  });

  it('reads the session id or milestone key back out of a UID', () => {
    expect(icsUid('first-steps#2', 'plan-1')).toBe('first-steps#2@plan-1.roadmap-planner');
    expect(icsUidKey(icsUid('first-steps#2', 'plan-1'), 'plan-1')).toBe('first-steps#2');
    expect(icsUidKey(icsUid('phase-1-end', 'a.b'), 'a.b')).toBe('phase-1-end');
  });
});
