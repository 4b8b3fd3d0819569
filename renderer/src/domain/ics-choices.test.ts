import { describe, expect, it } from 'vitest';
import {
  describeExportChoices,
  exportChoicesFor,
  exportChoicesRange,
  sameExportChoices,
} from './ics-choices';
import type { IcsExportChoices } from './ics-choices';

const phases = { phases: [{ number: 1 }, { number: 2 }, { number: 3 }] };

describe('calendar export choices', () => {
  it('start as the whole plan with milestones and no reminder, on the first phase', () => {
    expect(exportChoicesFor(undefined, { phases: [{ number: 2 }] })).toEqual({
      range: 'all',
      weeks: 4,
      phase: 2,
      milestones: true,
      reminder: false,
      reminderMinutes: 15,
    });
  });

  it('come back as remembered; a phase the roadmap no longer has becomes its first', () => {
    const stored: IcsExportChoices = {
      range: 'phase',
      weeks: 2,
      phase: 3,
      milestones: false,
      reminder: true,
      reminderMinutes: 30,
    };
    expect(exportChoicesFor(stored, phases)).toBe(stored);
    expect(exportChoicesFor({ ...stored, phase: 7 }, phases)).toEqual({ ...stored, phase: 1, range: 'all' });
    expect(exportChoicesFor({ ...stored, range: 'weeks', phase: 7 }, phases)).toEqual({
      ...stored,
      range: 'weeks',
      phase: 1,
    });
  });

  it('give the range to export, compare field by field and read as words', () => {
    const choices = exportChoicesFor(undefined, phases);
    expect(exportChoicesRange(choices)).toEqual({ kind: 'all' });
    expect(exportChoicesRange({ ...choices, range: 'weeks' })).toEqual({ kind: 'weeks', weeks: 4 });
    expect(exportChoicesRange({ ...choices, range: 'phase', phase: 2 })).toEqual({ kind: 'phase', phase: 2 });
    expect(sameExportChoices(choices, { ...choices })).toBe(true);
    expect(sameExportChoices(choices, { ...choices, reminder: true })).toBe(false);
    expect(describeExportChoices(choices)).toBe('the whole plan, milestones, no reminder');
    expect(
      describeExportChoices({
        ...choices,
        range: 'weeks',
        milestones: false,
        reminder: true,
        reminderMinutes: 1,
      }),
    ).toBe('the next 4 weeks, no milestones, a reminder 1 minute before');
    expect(describeExportChoices({ ...choices, range: 'weeks', weeks: 1 })).toContain('the next week,');
    expect(describeExportChoices({ ...choices, range: 'phase', phase: 2 })).toContain('phase 2,');
  });
});
