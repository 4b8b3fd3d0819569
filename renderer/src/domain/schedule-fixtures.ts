import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { addDays } from './calendar-day';
import { WEEKDAYS } from './plan';
import type { Plan, Weekday } from './plan';
import type { Phase, Roadmap, Topic } from './roadmap';
import type { Schedule } from './schedule-types';

// Shared by the scheduler's tests (and the calendar export's): small roadmaps and plans, and
// random ones for the properties.

/** The part of a roadmap the scheduler reads. */
export type SmallRoadmap = Pick<Roadmap, 'topics' | 'phases'>;

export const topic = (id: string, phaseNumber: number, minutes: number, prerequisites: string[]): Topic => ({
  id,
  title: id,
  sectionNumber: phaseNumber,
  phaseNumber,
  items: [],
  tip: null,
  tipSpans: [],
  estimateHours: minutes / 60,
  prerequisites,
  links: [],
  line: 1,
});

export const phases = (count: number): Phase[] =>
  Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    title: `Phase ${i + 1}`,
    sections: [i + 1],
    line: 1,
  }));

export const everyDay = <T>(value: T) =>
  Object.fromEntries(WEEKDAYS.map((d) => [d, value])) as Record<Weekday, T>;

export const basePlan = (over: Partial<Plan> = {}): Plan => ({
  roadmap: 'test',
  startDate: '2026-12-01',
  timeZone: 'Europe/Berlin',
  availability: everyDay(60),
  sessionStart: everyDay('19:00'),
  maxSessionMinutes: 90,
  minSessionMinutes: 30,
  blackoutDates: [],
  phaseTargets: {},
  statuses: {},
  // No reserve unless a test asks for one: most tests check where work goes, not catch-up time.
  reservePercent: 0,
  ...over,
});

export const weekdayOf = (date: string): Weekday =>
  (['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const)[new Date(`${date}T00:00:00Z`).getUTCDay()]!;

// Random acyclic roadmaps: a topic's prerequisites are drawn from the topics before it,
// and phases never go down, as in real roadmaps.
export const roadmapArb: fc.Arbitrary<SmallRoadmap> = fc
  .array(
    fc.record({
      minutes: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 400 })),
      phaseStep: fc.boolean(),
      prereqPicks: fc.array(fc.nat(), { maxLength: 3 }),
    }),
    { minLength: 1, maxLength: 10 },
  )
  .map((specs) => {
    let phase = 1;
    const topics = specs.map((spec, i) => {
      if (spec.phaseStep && phase < 3 && i > 0) phase++;
      const prerequisites = i === 0 ? [] : [...new Set(spec.prereqPicks.map((p) => `t${p % i}`))];
      return topic(`t${i}`, phase, spec.minutes, prerequisites);
    });
    return { topics, phases: phases(phase) };
  });

const dateArb = fc.integer({ min: 0, max: 400 }).map((d) => addDays('2026-01-01', d));
const clockArb = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

const planArb = (roadmap: SmallRoadmap): fc.Arbitrary<{ plan: Plan; today: string }> =>
  fc
    .record({
      startDate: dateArb,
      todayShift: fc.integer({ min: -10, max: 10 }),
      timeZone: fc.constantFrom(
        'Europe/Berlin',
        'America/New_York',
        'Australia/Sydney',
        'UTC',
        'Asia/Kolkata',
      ),
      availability: fc.record(
        everyDay(
          fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 240 }), fc.integer({ min: 0, max: 1440 })),
        ),
      ),
      sessionStart: fc.record(everyDay(clockArb)),
      sessions: fc.tuple(fc.integer({ min: 1, max: 240 }), fc.integer({ min: 1, max: 240 })),
      blackoutShifts: fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 6 }),
      statuses: fc.array(fc.constantFrom('todo', 'doing', 'done', 'skipped'), {
        minLength: roadmap.topics.length,
        maxLength: roadmap.topics.length,
      }),
      target: dateArb,
    })
    .map((r) => {
      const [a, b] = r.sessions;
      const plan: Plan = {
        roadmap: 'test',
        startDate: r.startDate,
        timeZone: r.timeZone,
        availability: r.availability,
        sessionStart: r.sessionStart,
        maxSessionMinutes: Math.max(a, b),
        minSessionMinutes: Math.min(a, b),
        blackoutDates: r.blackoutShifts.map((s) => addDays(r.startDate, s)),
        phaseTargets: { '1': r.target },
        statuses: Object.fromEntries(roadmap.topics.map((t, i) => [t.id, r.statuses[i]!])),
      };
      return { plan, today: addDays(r.startDate, r.todayShift) };
    });

export const caseArb = roadmapArb.chain((roadmap) => planArb(roadmap).map((p) => ({ roadmap, ...p })));

export const remainingOf = (roadmap: SmallRoadmap, plan: Plan) =>
  new Map(
    roadmap.topics
      .filter((t) => !['done', 'skipped'].includes(plan.statuses[t.id] ?? 'todo'))
      .map((t) => [t.id, Math.round(t.estimateHours * 60)]),
  );

export const hasCode = (schedule: Schedule, code: string) => schedule.warnings.some((w) => w.code === code);

/** Wall-clock hour and minute of an ISO instant in a zone, read back through TZDate. */
export const wallClock = (iso: string, zone: string) => {
  const d = new TZDate(Date.parse(iso), zone);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
};
