import { describe, expect, it } from 'vitest';
import { defaultPlanSettings } from '../../domain';
import { FIRST_PLAN_YEAR, LAST_PLAN_YEAR, MIN_SESSION_MINUTES } from '../../domain/plan';
import {
  evaluateDraft,
  FIRST_PLAN_DAY,
  formatUtcOffset,
  LAST_PLAN_DAY,
  sameDraft,
  toDraft,
  weeklyMinutes,
} from './plan-draft';

const settings = defaultPlanSettings('fastapi', '2026-12-01', 'Europe/Berlin');

describe('toDraft and evaluateDraft', () => {
  it('round-trips valid settings unchanged', () => {
    const result = evaluateDraft(settings, toDraft(settings));
    expect(result.problems.size).toBe(0);
    expect(result.settings).toEqual(settings);
  });

  it('edits the reserve: 0 to 50 percent, the default left implicit', () => {
    const draft = toDraft(settings);
    expect(draft.reservePercent).toBe('10');
    expect(evaluateDraft(settings, { ...draft, reservePercent: '25' }).settings?.reservePercent).toBe(25);
    expect(evaluateDraft(settings, { ...draft, reservePercent: '60' }).problems.get('reservePercent')).toBe(
      'at most 50',
    );
    expect(evaluateDraft(settings, { ...draft, reservePercent: '' }).problems.get('reservePercent')).toBe(
      'enter a number',
    );
  });

  it('edits the break between sessions: 0 to 120 minutes, the default (10) left implicit', () => {
    const draft = toDraft(settings);
    expect(draft.breakMinutes).toBe('10');
    expect(evaluateDraft(settings, draft).settings).not.toHaveProperty('breakMinutes');
    expect(evaluateDraft(settings, { ...draft, breakMinutes: '0' }).settings?.breakMinutes).toBe(0);
    expect(evaluateDraft(settings, { ...draft, breakMinutes: '15' }).settings?.breakMinutes).toBe(15);
    // A plan that set a break keeps it, the default too.
    const withBreak = { ...settings, breakMinutes: 0 };
    expect(toDraft(withBreak).breakMinutes).toBe('0');
    expect(evaluateDraft(withBreak, { ...draft, breakMinutes: '10' }).settings?.breakMinutes).toBe(10);
    const problem = (text: string) => evaluateDraft(settings, { ...draft, breakMinutes: text }).problems;
    expect(problem('121').get('breakMinutes')).toBe('at most 120 minutes');
    expect(problem('-5').get('breakMinutes')).toBe('at least 0 minutes');
    expect(problem('7.5').get('breakMinutes')).toBe('whole minutes');
    expect(problem('').get('breakMinutes')).toBe('enter a number');
    expect(sameDraft(draft, { ...draft, breakMinutes: '0' })).toBe(false);
  });

  it('edits the review settings within their bounds, the defaults left implicit', () => {
    const draft = toDraft(settings);
    expect(draft.review).toEqual({ retention: '0.90', minutesPerTopic: '15', dailyCapMinutes: '' });
    expect(evaluateDraft(settings, draft).settings?.review).toBeUndefined();
    const review = { retention: '0.85', minutesPerTopic: '20', dailyCapMinutes: '30' };
    const edited = evaluateDraft(settings, { ...draft, review }).settings!;
    expect(edited.review).toEqual({ retention: 0.85, minutesPerTopic: 20, dailyCapMinutes: 30 });
    // Saved once, the same values come back; an emptied cap is half the day again.
    expect(toDraft(edited).review).toEqual(review);
    const uncapped = evaluateDraft(edited, {
      ...toDraft(edited),
      review: { ...review, dailyCapMinutes: ' ' },
    });
    expect(uncapped.settings?.review).toEqual({ retention: 0.85, minutesPerTopic: 20 });
    // Set back to the defaults, a plan that had review settings keeps them said.
    expect(evaluateDraft(edited, draft).settings?.review).toEqual({ retention: 0.9, minutesPerTopic: 15 });
    const problems = evaluateDraft(settings, {
      ...draft,
      review: { retention: '0.99', minutesPerTopic: '4', dailyCapMinutes: 'x' },
    }).problems;
    expect(problems.get('review.retention')).toBe('at most 0.97');
    expect(problems.get('review.minutesPerTopic')).toBe('at least 5 minutes');
    expect(problems.get('review.dailyCapMinutes')).toBe('enter a number');
    expect(
      evaluateDraft(settings, { ...draft, review: { ...draft.review, retention: '0.5' } }).problems.get(
        'review.retention',
      ),
    ).toBe('at least 0.7');
    expect(sameDraft(draft, { ...draft, review: { ...draft.review, retention: '0.9' } })).toBe(true);
    expect(sameDraft(draft, { ...draft, review: { ...draft.review, minutesPerTopic: '20' } })).toBe(false);
  });

  it('keeps fields the form does not edit from the base', () => {
    const base = { ...settings, estimates: { intro: 2 } };
    expect(evaluateDraft(base, toDraft(base)).settings?.estimates).toEqual({ intro: 2 });
  });

  it('treats an emptied number as a problem, not as 0', () => {
    const draft = toDraft(settings);
    const result = evaluateDraft(settings, { ...draft, minutes: { ...draft.minutes, mon: '' } });
    expect(result.settings).toBeNull();
    expect(result.problems.get('availability.mon')).toBe('enter a number');
  });

  it('passes on the schema’s messages by field path', () => {
    const draft = toDraft(settings);
    const result = evaluateDraft(settings, {
      ...draft,
      minutes: { ...draft.minutes, tue: '2000', wed: '12.5' },
      timeZone: 'Mars/Olympus',
    });
    expect(result.problems.get('availability.tue')).toBe('at most 1440 minutes');
    expect(result.problems.get('availability.wed')).toBe('whole minutes');
    expect(result.problems.get('timeZone')).toBe('not a known IANA time zone');
  });

  it('refuses what the plan schema refuses, by its bounds: short sessions, far years', () => {
    const draft = toDraft(settings);
    const result = evaluateDraft(settings, {
      ...draft,
      minSessionMinutes: String(MIN_SESSION_MINUTES - 1),
      startDate: '9999-12-31',
      blackoutDates: ['1969-12-31'],
    });
    expect(result.settings).toBeNull();
    expect(result.problems.get('minSessionMinutes')).toBe(`at least ${MIN_SESSION_MINUTES} minutes`);
    expect(result.problems.get('startDate')).toBe(`a year from ${FIRST_PLAN_YEAR} to ${LAST_PLAN_YEAR}`);
    expect(result.problems.get('blackoutDates.0')).toBe(
      `a year from ${FIRST_PLAN_YEAR} to ${LAST_PLAN_YEAR}`,
    );
    expect(FIRST_PLAN_DAY).toBe(`${FIRST_PLAN_YEAR}-01-01`);
    expect(LAST_PLAN_DAY).toBe(`${LAST_PLAN_YEAR}-12-31`);
  });

  it('says the shortest session is too long even while other fields are wrong', () => {
    const draft = toDraft(settings);
    const result = evaluateDraft(settings, {
      ...draft,
      startDate: '',
      maxSessionMinutes: '30',
      minSessionMinutes: '45',
    });
    expect(result.problems.get('minSessionMinutes')).toBe('shortest session is longer than the longest');
    expect(result.problems.get('startDate')).toBe('enter a date');
  });

  it('leaves out cleared phase targets', () => {
    const draft = { ...toDraft(settings), phaseTargets: { '1': '2027-03-01', '2': '' } };
    expect(evaluateDraft(settings, draft).settings?.phaseTargets).toEqual({ '1': '2027-03-01' });
  });

  it('reports an empty start time', () => {
    const draft = toDraft(settings);
    const result = evaluateDraft(settings, { ...draft, sessionStart: { ...draft.sessionStart, fri: '' } });
    expect(result.problems.get('sessionStart.fri')).toBe('enter a time');
  });
});

describe('sameDraft', () => {
  it('ignores number spelling, key order and empty targets', () => {
    const a = { ...toDraft(settings), phaseTargets: { '2': '2027-05-01', '1': '2027-03-01' } };
    const b = {
      ...a,
      minutes: { ...a.minutes, mon: '060' },
      phaseTargets: { '1': '2027-03-01', '2': '2027-05-01', '3': '' },
    };
    expect(sameDraft(a, b)).toBe(true);
  });

  it('sees a changed value', () => {
    const a = toDraft(settings);
    expect(sameDraft(a, { ...a, minutes: { ...a.minutes, sun: '30' } })).toBe(false);
    expect(sameDraft(a, { ...a, blackoutDates: ['2026-12-24'] })).toBe(false);
  });
});

describe('formatting', () => {
  it('adds up the week, or gives null when a day is not a number', () => {
    expect(weeklyMinutes(toDraft(settings).minutes)).toBe(480);
    expect(weeklyMinutes({ ...toDraft(settings).minutes, sat: '' })).toBeNull();
  });

  it('formats a zone’s offset at an instant', () => {
    const winter = new Date('2026-12-01T12:00:00Z');
    expect(formatUtcOffset('Europe/Berlin', winter)).toBe('UTC+01:00');
    expect(formatUtcOffset('America/St_Johns', winter)).toBe('UTC−03:30');
    expect(formatUtcOffset('UTC', winter)).toBe('UTC');
    expect(formatUtcOffset('Mars/Olympus', winter)).toBeNull();
  });
});
