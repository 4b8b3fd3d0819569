import { describe, expect, it } from 'vitest';
import type { IcsExportChoices } from '../../domain';
import { draftOf, readDraft } from './choices-draft';

const last: IcsExportChoices = {
  range: 'weeks',
  weeks: 4,
  phase: 2,
  milestones: false,
  reminder: true,
  reminderMinutes: 30,
};

describe('the export dialog’s fields', () => {
  it('read back as the choices they started from', () => {
    expect(readDraft(draftOf(last), last)).toEqual({
      choices: last,
      weeksProblem: null,
      reminderProblem: null,
    });
  });

  it('name a bad number beside its field, only while it is in use, and remember the last good one', () => {
    const badWeeks = readDraft({ ...draftOf(last), weeks: '0' }, last);
    expect(badWeeks.weeksProblem).toBe('The number of weeks is a whole number from 1 to 260.');
    expect(badWeeks.choices.weeks).toBe(4);
    expect(readDraft({ ...draftOf(last), weeks: '', range: 'all' }, last).weeksProblem).toBeNull();
    expect(readDraft({ ...draftOf(last), weeks: '2.5' }, last).weeksProblem).not.toBeNull();
    expect(readDraft({ ...draftOf(last), weeks: '12' }, last).choices.weeks).toBe(12);

    const badMinutes = readDraft({ ...draftOf(last), reminderMinutes: '' }, last);
    expect(badMinutes.reminderProblem).toBe('A reminder is 0 to 10080 whole minutes before (7 days).');
    expect(badMinutes.choices.reminderMinutes).toBe(30);
    expect(readDraft({ ...draftOf(last), reminderMinutes: '99999', reminder: false }, last)).toMatchObject({
      reminderProblem: null,
      choices: { reminder: false, reminderMinutes: 30 },
    });
    expect(readDraft({ ...draftOf(last), reminderMinutes: '0' }, last).choices.reminderMinutes).toBe(0);
  });
});
