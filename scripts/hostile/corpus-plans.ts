import { defaultPlanSettings } from '../../renderer/src/domain';
import type { HostileCase } from './corpus';
import { file, json, nested, replaceOnce, text, withBytes } from './corpus';

/** A valid plan of the built-in roadmap: the base every plan case breaks one way. */
export const PLAN = {
  ...defaultPlanSettings('fastapi', '2026-12-01', 'Europe/Berlin'),
  statuses: { 'python-foundations': 'done' },
};

/** `schedule` of the case folder's plan.json (and more options), from a fixed day. */
export const scheduleArgs = (...more: string[]) => [
  'schedule',
  '--plan',
  '{dir}/plan.json',
  '--today',
  '2026-11-24',
  ...more,
  '--json',
];

const ALL_DAY = { mon: 1440, tue: 1440, wed: 1440, thu: 1440, fri: 1440, sat: 1440, sun: 1440 };
const MIDNIGHT = {
  mon: '00:00',
  tue: '00:00',
  wed: '00:00',
  thu: '00:00',
  fri: '00:00',
  sat: '00:00',
  sun: '00:00',
};

/** A plan case: the plan file's content, scheduled. */
function planCase(
  name: string,
  plan: ReturnType<typeof file>,
  expect: HostileCase['expect'] = 'answer',
  more: string[] = [],
): HostileCase {
  return { name: `plan: ${name}`, files: { 'plan.json': plan }, run: { cli: scheduleArgs(...more) }, expect };
}

/** The base plan with some fields replaced (as JSON text). */
const planWith = (fields: Record<string, unknown>) => json({ ...PLAN, ...fields });

/** The base plan as JSON text with `"FIELD": <raw>` spliced in, for what JSON.stringify cannot write. */
const planWithRaw = (field: string, raw: string) =>
  file(() => replaceOnce(JSON.stringify({ ...PLAN, [field]: 0 }), `"${field}":0`, `"${field}":${raw}`));

/** Every case of a plan file. */
export function planCases(): HostileCase[] {
  const bigEstimates = { 'python-foundations': 1000, 'web-http-basics': 1000, 'what-is-fastapi': 1000 };
  return [
    planCase('the valid base plan', json(PLAN), 'accept'),
    planCase('availability as a string', planWith({ availability: '60' })),
    planCase('availability.mon as a string', planWith({ availability: { ...PLAN.availability, mon: '60' } })),
    planCase('availability.mon negative', planWith({ availability: { ...PLAN.availability, mon: -5 } })),
    planCase('maxSessionMinutes 1e308', planWith({ maxSessionMinutes: 1e308 })),
    planCase('maxSessionMinutes 1e999 (Infinity in JSON)', planWithRaw('maxSessionMinutes', '1e999')),
    planCase(
      'estimates "NaN", "Infinity", "-0"',
      planWith({ estimates: { a: 'NaN', b: 'Infinity', c: '-0' } }),
    ),
    planCase('estimates -1e308', planWith({ estimates: { 'routing-basics': -1e308 } })),
    planCase('startDate 9999-12-31', planWith({ startDate: '9999-12-31' }), 'refuse'),
    planCase('startDate 0000-01-01', planWith({ startDate: '0000-01-01' }), 'refuse'),
    planCase('startDate 1969-12-31', planWith({ startDate: '1969-12-31' }), 'refuse'),
    planCase('blackoutDates of year 9999', planWith({ blackoutDates: ['9999-12-31'] }), 'refuse'),
    planCase('phaseTargets of year 9999', planWith({ phaseTargets: { '1': '9999-12-31' } }), 'refuse'),
    planCase('start on 2200-12-31, the last plan year', planWith({ startDate: '2200-12-31' }), 'accept'),
    planCase('--today 9999-12-31', json(PLAN), 'answer', ['--today', '9999-12-31']),
    {
      name: 'plan: --now in year 275760',
      files: { 'plan.json': json(PLAN) },
      run: { cli: ['schedule', '--plan', '{dir}/plan.json', '--now', '+275760-09-13T00:00:00Z', '--json'] },
      expect: 'refuse',
    },
    {
      name: 'plan: --now on the last day of year 2200',
      files: { 'plan.json': json(PLAN) },
      run: { cli: ['schedule', '--plan', '{dir}/plan.json', '--now', '2200-12-31T23:59:00Z', '--json'] },
      expect: 'answer',
    },
    planCase('roadmap "__proto__"', planWith({ roadmap: '__proto__' }), 'refuse'),
    planCase('roadmap "constructor"', planWith({ roadmap: 'constructor' }), 'refuse'),
    planCase('roadmap "toString"', planWith({ roadmap: 'toString' }), 'refuse'),
    planCase('roadmap of 100,000 characters', planWith({ roadmap: 'r'.repeat(100_000) }), 'refuse'),
    planCase('goal "__proto__"', planWith({ goal: '__proto__' }), 'refuse'),
    planCase('estimates with a "__proto__" key', planWithRaw('estimates', '{"__proto__": 5}')),
    planCase(
      'estimates "constructor" and "toString"',
      planWith({ estimates: { constructor: 2, toString: 3, hasOwnProperty: 4 } }),
    ),
    planCase('statuses with a "__proto__" key', planWithRaw('statuses', '{"__proto__": "done"}')),
    planCase('statuses "constructor": "done"', planWith({ statuses: { constructor: 'done' } })),
    planCase(
      'phaseTargets with a "__proto__" key',
      planWithRaw('phaseTargets', '{"__proto__": "2027-01-01"}'),
      'refuse',
    ),
    planCase(
      'phaseTargets "constructor"',
      planWith({ phaseTargets: { constructor: '2027-01-01' } }),
      'refuse',
    ),
    planCase('phaseTargets for phase 99', planWith({ phaseTargets: { '99': '2027-01-01' } })),
    planCase(
      'phaseTargets for phase 1e21',
      planWith({ phaseTargets: { '1000000000000000000000': '2027-01-01' } }),
    ),
    planCase(
      '1,440 min every day, 1-minute sessions, 10,000 h estimates',
      planWith({
        availability: ALL_DAY,
        sessionStart: MIDNIGHT,
        minSessionMinutes: 1,
        maxSessionMinutes: 1,
        estimates: { 'python-foundations': 10_000, 'web-http-basics': 10_000 },
      }),
      'refuse',
    ),
    planCase(
      '1,440 min every day, 5-minute sessions, 1,000 h estimates',
      planWith({
        availability: ALL_DAY,
        sessionStart: MIDNIGHT,
        minSessionMinutes: 5,
        maxSessionMinutes: 5,
        estimates: bigEstimates,
        reservePercent: 0,
      }),
    ),
    planCase('estimates of 1,001 h', planWith({ estimates: { 'python-foundations': 1001 } }), 'refuse'),
    planCase('minSessionMinutes 4', planWith({ minSessionMinutes: 4, maxSessionMinutes: 60 }), 'refuse'),
    planCase('sessionStart 24:00', planWith({ sessionStart: { ...PLAN.sessionStart, mon: '24:00' } })),
    planCase('timeZone "../../etc/passwd"', planWith({ timeZone: '../../etc/passwd' }), 'refuse'),
    planCase('timeZone of 10,000 characters', planWith({ timeZone: 'Europe/'.repeat(1430) }), 'refuse'),
    planCase('planId "../../x"', planWith({ planId: '../../x' }), 'refuse'),
    planCase(
      '70,000 blackout dates',
      planWith({ blackoutDates: Array.from({ length: 70_000 }, () => '2027-01-01') }),
    ),
    planCase(
      'a log entry of 1440 minutes in year 2200',
      planWith({
        log: [
          {
            id: 'x#1',
            topicId: 'python-foundations',
            start: '2200-12-30T00:00:00Z',
            end: '2200-12-31T00:00:00Z',
            minutes: 1440,
            outcome: 'done',
          },
        ],
      }),
    ),
    planCase('nested 10,000 levels deep', planWithRaw('roadmap', nested('[', ']', 10_000))),
    planCase('nested 500,000 levels deep (1 MB)', text(nested('[', ']', 500_000))),
    planCase(
      '4 MB of whitespace',
      file(() => ' '.repeat(4 * 1024 * 1024)),
    ),
    planCase(
      '1 MB of whitespace around the plan',
      file(() => `${' '.repeat(1024 * 1024 - 600)}${JSON.stringify(PLAN)}`),
    ),
    planCase(
      'invalid UTF-8 bytes in a value',
      file(() => withBytes(JSON.stringify(PLAN), 'fastapi', [0xff, 0xfe, 0xc0])),
    ),
    planCase(
      'a byte-order mark',
      file(() => `\uFEFF${JSON.stringify(PLAN)}`),
    ),
    planCase(
      'NUL bytes',
      file(() => withBytes(JSON.stringify(PLAN), 'Europe', [0, 0, 0])),
    ),
    planCase(
      'duplicate keys',
      file(() => `{"roadmap":"fastapi",${JSON.stringify(PLAN).slice(1)}`),
    ),
    planCase('empty file', text('')),
    planCase('null', text('null')),
    planCase('an array', text('[]')),
    planCase('a number 1e999', text('1e999')),
    planCase('binary-looking text', text('\u0000\u0001\u0002{')),
    {
      name: 'plan: --previous nested 10,000 levels deep',
      files: { 'plan.json': json(PLAN), 'previous.json': text(`{"sessions":${nested('[', ']', 10_000)}}`) },
      run: { cli: scheduleArgs('--previous', '{dir}/previous.json') },
      expect: 'refuse',
    },
    {
      name: 'plan: --previous with 5,000 sessions named "__proto__"',
      files: {
        'plan.json': json(PLAN),
        'previous.json': json({
          sessions: Array.from({ length: 5000 }, (_, i) => ({
            id: '__proto__',
            topicId: '__proto__',
            start: `2026-12-${String((i % 28) + 1).padStart(2, '0')}T10:00:00Z`,
            end: `2026-12-${String((i % 28) + 1).padStart(2, '0')}T11:00:00Z`,
          })),
        }),
      },
      run: { cli: scheduleArgs('--previous', '{dir}/previous.json') },
      expect: 'refuse',
    },
    {
      name: 'plan: --previous of wrong types',
      files: { 'plan.json': json(PLAN), 'previous.json': json({ sessions: { length: 1e9 }, goal: 5 }) },
      run: { cli: scheduleArgs('--previous', '{dir}/previous.json') },
      expect: 'refuse',
    },
  ];
}
