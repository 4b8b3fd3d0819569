import { describe, expect, it } from 'vitest';
import { makeRoadmap } from './ics-fixtures';
import { ownValue } from './own-value';
import { isTimeZone, MAX_ESTIMATE_HOURS, MIN_SESSION_MINUTES } from './plan';
import { parsePlan } from './plan-schema';
import { schedulePlan } from './schedule';

const validPlan = () => ({
  roadmap: 'fastapi',
  startDate: '2026-12-01',
  timeZone: 'Europe/Berlin',
  availability: { mon: 60, tue: 60, wed: 60, thu: 60, fri: 60, sat: 180, sun: 0 },
  sessionStart: {
    mon: '19:00',
    tue: '19:00',
    wed: '19:00',
    thu: '19:00',
    fri: '19:00',
    sat: '10:00',
    sun: '10:00',
  },
  maxSessionMinutes: 90,
  minSessionMinutes: 30,
  blackoutDates: ['2026-12-24', '2026-12-25'],
  phaseTargets: { '1': '2027-03-15', '2': '2027-07-01' },
  statuses: { 'python-basics': 'done', routing: 'doing' },
});

const messageOf = (value: unknown) => {
  const result = parsePlan(value);
  return result.ok ? null : result.message;
};

describe('parsePlan', () => {
  it('accepts the plan file of the issue, with and without estimates', () => {
    const result = parsePlan(validPlan());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.plan.availability.sat).toBe(180);
    expect(parsePlan({ ...validPlan(), estimates: { routing: 2.5 } }).ok).toBe(true);
  });

  it('names the path of a bad weekday value', () => {
    const plan = validPlan();
    expect(messageOf({ ...plan, availability: { ...plan.availability, mon: 1441 } })).toMatch(
      /^availability\.mon: /,
    );
    expect(messageOf({ ...plan, availability: { ...plan.availability, tue: -1 } })).toMatch(
      /^availability\.tue: /,
    );
    expect(messageOf({ ...plan, availability: { ...plan.availability, wed: 1.5 } })).toMatch(
      /^availability\.wed: /,
    );
    expect(messageOf({ ...plan, sessionStart: { ...plan.sessionStart, fri: '24:00' } })).toMatch(
      /^sessionStart\.fri: /,
    );
    expect(messageOf({ ...plan, sessionStart: { ...plan.sessionStart, sat: '9:00' } })).toMatch(
      /^sessionStart\.sat: /,
    );
    const { sun: _sun, ...noSunday } = plan.availability;
    expect(messageOf({ ...plan, availability: noSunday })).toMatch(/^availability\.sun: /);
  });

  it('refuses dates that do not exist', () => {
    expect(messageOf({ ...validPlan(), startDate: '2026-02-30' })).toMatch(/^startDate: not a real date/);
    expect(messageOf({ ...validPlan(), startDate: '2026-1-5' })).toMatch(/^startDate: /);
    expect(messageOf({ ...validPlan(), blackoutDates: ['2026-12-24', '2026-13-01'] })).toMatch(
      /^blackoutDates\.1: /,
    );
    expect(messageOf({ ...validPlan(), phaseTargets: { '2': '2027-02-29' } })).toMatch(/^phaseTargets\.2: /);
    expect(messageOf({ ...validPlan(), startDate: '2028-02-29' })).toBeNull();
    expect(messageOf({ ...validPlan(), startDate: '9999-12-31' })).toBe(
      'startDate: a year from 1970 to 2200',
    );
    expect(messageOf({ ...validPlan(), blackoutDates: ['1969-12-31'] })).toBe(
      'blackoutDates.0: a year from 1970 to 2200',
    );
  });

  it('reads the living plan’s fields: log, reserve and goal', () => {
    const entry = {
      id: 'routing#1',
      topicId: 'routing',
      start: '2026-12-01T19:00:00+01:00',
      end: '2026-12-01T20:00:00+01:00',
      minutes: 60,
      outcome: 'done',
    };
    expect(messageOf({ ...validPlan(), log: [entry], reservePercent: 20, goal: 'routing' })).toBeNull();
    expect(messageOf({ ...validPlan(), reservePercent: 51 })).toBe('reservePercent: at most 50');
    expect(messageOf({ ...validPlan(), breakMinutes: 0 })).toBeNull();
    expect(messageOf({ ...validPlan(), breakMinutes: 120 })).toBeNull();
    expect(messageOf({ ...validPlan(), breakMinutes: 121 })).toBe('breakMinutes: at most 120 minutes');
    expect(messageOf({ ...validPlan(), breakMinutes: -1 })).toBe('breakMinutes: at least 0 minutes');
    expect(messageOf({ ...validPlan(), breakMinutes: 2.5 })).toBe('breakMinutes: whole minutes');
    expect(messageOf({ ...validPlan(), log: [{ ...entry, start: '2026-02-30T19:00:00+01:00' }] })).toMatch(
      /^log\.0\.start: an ISO 8601 time/,
    );
    expect(messageOf({ ...validPlan(), log: [{ ...entry, start: '2026-12-01T24:00:00+01:00' }] })).toMatch(
      /^log\.0\.start: /,
    );
    expect(messageOf({ ...validPlan(), log: [{ ...entry, end: '2026-12-01T18:00:00+01:00' }] })).toBe(
      'log.0.end: ends before it starts',
    );
    expect(messageOf({ ...validPlan(), log: [{ ...entry, outcome: 'skipped' }] })).toMatch(
      /^log\.0\.outcome: /,
    );
  });

  it('accepts any zone Intl accepts, aliases included, and refuses others', () => {
    expect(isTimeZone('Asia/Calcutta')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(messageOf({ ...validPlan(), timeZone: 'America/New_York' })).toBeNull();
    expect(messageOf({ ...validPlan(), timeZone: 'Mars/Olympus' })).toMatch(/^timeZone: /);
    expect(messageOf({ ...validPlan(), timeZone: '' })).toMatch(/^timeZone: /);
  });

  it('refuses a shortest session longer than the longest', () => {
    expect(messageOf({ ...validPlan(), minSessionMinutes: 120 })).toBe(
      'minSessionMinutes: shortest session is longer than the longest',
    );
    expect(messageOf({ ...validPlan(), minSessionMinutes: 90 })).toBeNull();
  });

  it('refuses bad statuses, estimates, phase numbers and unknown keys, naming them', () => {
    expect(messageOf({ ...validPlan(), statuses: { routing: 'finished' } })).toMatch(/^statuses\.routing: /);
    expect(messageOf({ ...validPlan(), estimates: { routing: -1 } })).toMatch(/^estimates\.routing: /);
    expect(messageOf({ ...validPlan(), phaseTargets: { one: '2027-01-01' } })).toMatch(/^phaseTargets/);
    expect(messageOf({ ...validPlan(), availabilty: {} })).toMatch(/^availabilty: /);
    expect(messageOf({ ...validPlan(), maxSessionMinutes: 0 })).toMatch(/^maxSessionMinutes: /);
    expect(messageOf(null)).not.toBeNull();
  });

  it('refuses sessions shorter than 5 minutes and estimates over 1,000 hours, naming the field', () => {
    expect(messageOf({ ...validPlan(), minSessionMinutes: 4 })).toBe('minSessionMinutes: at least 5 minutes');
    expect(messageOf({ ...validPlan(), minSessionMinutes: 1, maxSessionMinutes: 1 })).toBe(
      'maxSessionMinutes: at least 5 minutes',
    );
    expect(messageOf({ ...validPlan(), minSessionMinutes: MIN_SESSION_MINUTES })).toBeNull();
    expect(messageOf({ ...validPlan(), estimates: { routing: 1000.5 } })).toBe(
      'estimates.routing: at most 1000 hours',
    );
    expect(messageOf({ ...validPlan(), estimates: { routing: MAX_ESTIMATE_HOURS } })).toBeNull();
  });
});

describe('parsePlan: keys that are Object.prototype’s names', () => {
  const fromJson = (field: string, json: string) => messageOf({ ...validPlan(), [field]: JSON.parse(json) });

  it.each([
    ['estimates', '{"__proto__": 3}', 'estimates.__proto__: "__proto__" cannot be a topic id'],
    ['statuses', '{"__proto__": "done"}', 'statuses.__proto__: "__proto__" cannot be a topic id'],
    [
      'phaseTargets',
      '{"__proto__": "2027-01-01"}',
      'phaseTargets.__proto__: "__proto__" cannot be a phase number',
    ],
  ])('refuses "__proto__" in %s by name rather than dropping it', (field, json, message) => {
    expect(fromJson(field, json)).toBe(message);
  });

  it('keeps constructor and toString as ordinary topic ids, own keys of the result', () => {
    const result = parsePlan({
      ...validPlan(),
      ...(JSON.parse(
        '{"estimates": {"constructor": 3, "toString": 4}, "statuses": {"constructor": "done"}}',
      ) as object),
    });
    if (!result.ok) throw new Error(result.message);
    expect(Object.keys(result.plan.estimates ?? {})).toEqual(['constructor', 'toString']);
    expect(ownValue(result.plan.estimates ?? {}, 'constructor')).toBe(3);
    expect(ownValue(result.plan.statuses, 'constructor')).toBe('done');
    expect(ownValue(result.plan.statuses, 'toString')).toBeUndefined();
  });

  it('refuses them as phase numbers, and a whole-plan "__proto__" as an unknown field', () => {
    expect(fromJson('phaseTargets', '{"constructor": "2027-01-01"}')).toBe(
      'phaseTargets.constructor: a phase number',
    );
    expect(messageOf({ ...validPlan(), ...(JSON.parse('{"__proto__": {}}') as object) })).toBe(
      '__proto__: Unrecognized key: "__proto__"',
    );
  });

  it('schedules a topic called constructor by its own estimate and status', () => {
    const roadmap = makeRoadmap([{ id: 'constructor', hours: 5 }]);
    const planned = (json: string) => {
      const result = parsePlan({ ...validPlan(), ...(JSON.parse(json) as object) });
      if (!result.ok) throw new Error(result.message);
      const { sessions } = schedulePlan(roadmap, result.plan, { today: '2026-12-01' });
      return sessions.reduce((sum, session) => sum + session.minutes, 0);
    };
    expect(planned('{"estimates": {"constructor": 2}}')).toBe(120);
    expect(planned('{"estimates": {}}')).toBe(300);
    expect(planned('{"statuses": {"constructor": "done"}}')).toBe(0);
  });
});
