import { mulberry32 } from './seeded-random';
import { addDays } from './calendar-day';
import { WEEKDAYS } from './plan';
import type { Plan, Weekday } from './plan';
import type { ReviewLogEntry, ReviewRating } from './review-types';
import { phases, topic } from './schedule-fixtures';
import type { SmallRoadmap } from './schedule-fixtures';
import type { LoggedSession, Schedule, ScheduleOptions } from './schedule-types';

// Cases for "a break of 0 minutes plans exactly what the scheduler planned before breaks
// existed". The inputs come from a seeded generator of our own (not fast-check's, whose
// sequences may change with its version), so the same cases can be scheduled again by any
// later version and compared with hashes recorded from the scheduler before breaks.

/** One golden case: what `schedulePlan` is called with, twice for a replan. */
export type GoldenCase = {
  roadmap: SmallRoadmap;
  plan: Plan;
  first: ScheduleOptions;
  /** A replan after the first schedule's first planned session was missed (`previous` filled in by `runGolden`). */
  replan: { now: number; keepPast: boolean } | null;
};

const ZONES = ['Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'UTC', 'Asia/Kolkata'] as const;
const RATINGS: readonly ReviewRating[] = ['again', 'hard', 'good', 'easy'];

/** The golden case of a seed. */
export function goldenCase(seed: number): GoldenCase {
  const r = mulberry32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;
  const clock = () => `${String(int(6, 21)).padStart(2, '0')}:${pick(['00', '15', '30', '45'])}`;

  let phase = 1;
  const topics = Array.from({ length: int(1, 8) }, (_, i) => {
    if (i > 0 && phase < 3 && r() < 0.3) phase++;
    const prerequisites =
      i === 0 ? [] : [...new Set(Array.from({ length: int(0, 2) }, () => `t${int(0, i - 1)}`))];
    return topic(`t${i}`, phase, r() < 0.1 ? 0 : int(10, 400), prerequisites);
  });
  const roadmap = { topics, phases: phases(phase) };

  const startDate = addDays('2026-01-01', int(0, 400));
  const today = addDays(startDate, int(-5, 10));
  const [a, b] = [int(5, 150), int(5, 150)];
  const statuses = Object.fromEntries(
    topics.map((t) => [t.id, pick(['todo', 'todo', 'doing', 'done', 'skipped'] as const)]),
  );
  const plan: Plan = {
    roadmap: 'test',
    startDate,
    timeZone: pick(ZONES),
    availability: Object.fromEntries(WEEKDAYS.map((day) => [day, r() < 0.3 ? 0 : int(15, 300)])) as Record<
      Weekday,
      number
    >,
    sessionStart: Object.fromEntries(WEEKDAYS.map((day) => [day, clock()])) as Record<Weekday, string>,
    maxSessionMinutes: Math.max(a, b),
    minSessionMinutes: Math.min(a, b),
    blackoutDates: Array.from({ length: int(0, 3) }, () => addDays(startDate, int(0, 20))),
    phaseTargets: { '1': addDays(startDate, int(0, 200)) },
    statuses,
    reservePercent: pick([0, 0, 10, 25]),
  };

  const dayStart = Date.parse(`${today}T00:00:00Z`);
  const first: ScheduleOptions = r() < 0.5 ? { today } : { now: dayStart + int(0, 36 * 60) * 60_000 };
  const from = typeof first.now === 'number' ? first.now : dayStart;
  if (r() < 0.6) {
    first.busy = Array.from({ length: int(1, 6) }, () => {
      const start = from + int(0, 21 * 24 * 60) * 60_000;
      return {
        start: new Date(start).toISOString(),
        end: new Date(start + int(15, 240) * 60_000).toISOString(),
      };
    });
  }
  const done = topics.filter((t) => statuses[t.id] === 'done');
  if (done.length > 0 && r() < 0.6) {
    const log: ReviewLogEntry[] = done.map((t) => ({
      topicId: t.id,
      at: new Date(from - int(1, 40) * 24 * 3_600_000).toISOString(),
      rating: pick(RATINGS),
    }));
    first.review = {
      log,
      settings: {
        retention: pick([0.8, 0.9, 0.95]),
        minutesPerTopic: pick([5, 15, 30]),
        ...(r() < 0.3 ? { dailyCapMinutes: int(10, 120) } : {}),
      },
    };
  }
  const replan = r() < 0.5 ? { now: from + int(1, 10 * 24 * 60) * 60_000, keepPast: r() < 0.5 } : null;
  return { roadmap, plan, first, replan };
}

/**
 * Runs a golden case through `schedule` (the scheduler under test, with `over` on the plan):
 * the first schedule, then, for a replan, the same plan from a later minute with the first
 * planned session logged missed and the first schedule as the plan in force.
 */
export function runGolden(
  schedule: (roadmap: SmallRoadmap, plan: Plan, options: ScheduleOptions) => Schedule,
  c: GoldenCase,
  over: Partial<Plan> = {},
): Schedule[] {
  const plan = { ...c.plan, ...over };
  const first = schedule(c.roadmap, plan, c.first);
  if (!c.replan) return [first];
  const planned = first.sessions.filter((s) => !s.logged);
  const missed = planned[0];
  const log: LoggedSession[] = missed
    ? [
        {
          sessionId: missed.id,
          topicId: missed.topicId,
          outcome: 'missed',
          date: missed.date,
          start: missed.start,
          end: missed.end,
          minutes: missed.minutes,
        },
      ]
    : [];
  const { today: _today, ...options } = c.first;
  const second = schedule(c.roadmap, plan, {
    ...options,
    now: c.replan.now,
    keepPast: c.replan.keepPast,
    log,
    previous: planned.slice(1),
  });
  return [first, second];
}

/** What a golden hash covers: every time and id the schedules give (not the warnings' wording). */
export function goldenText(schedules: readonly Schedule[]): string {
  return JSON.stringify(
    schedules.map((s) => [s.sessions, s.reviews, s.reserve, s.milestones, s.warnings.map((w) => w.code)]),
  );
}

/** Two 32-bit FNV-1a hashes of `text` (different offsets) as 16 hex digits: enough to tell schedules apart. */
export function goldenHash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193);
  }
  const hex = (h: number) => (h >>> 0).toString(16).padStart(8, '0');
  return hex(h1) + hex(h2);
}

/**
 * `goldenHash(goldenText(runGolden(schedulePlan, goldenCase(seed))))` for seeds 1–200, as the
 * scheduler of commit 13fc7c5 (before breaks) planned them.
 */
export const GOLDEN_HASHES: readonly string[] = [
  'c87410647b8376d2',
  'dd3aae1ff781d481',
  '334d1d10c3641bf6',
  '8d7d4f8a2da3ef64',
  '988f13ec135da066',
  '037e5e6878343686',
  '9696f0dd195804df',
  'b869ab5d667e7a63',
  'e5d5d011223e3033',
  'c54a5c4d5ca700eb',
  '08cdcf22bfe681f8',
  '667c308a278c7a14',
  '3946ea86b2429de0',
  'd94c7a00b3b7a002',
  '3946d6749cbaa38a',
  '26eba553effa41cd',
  'd018fbfbae230b45',
  'af9919bd84d641ff',
  '86e62bd99f6357c3',
  '1493f670972d5b96',
  'c9bfcf85d6df6003',
  'afa962a740944661',
  '4b39d4659b30275b',
  'cf846b9d0118614f',
  '7c1d5fe0ec61f876',
  '7ada4eb20ba1c0e0',
  '4c9f1a4625993e60',
  'bf0bef1d502cf887',
  'bbad5723f4464d2d',
  '2ef959767bd74168',
  'b70e92893742efff',
  '75747b59824c5e8f',
  '30f5cca9be0143fb',
  '2f50b52c24ba1886',
  '04a852576b49364d',
  '75e9668fbcb37f8d',
  'd8f1576624940a94',
  '390f2d330beebe4d',
  'd5e03dedda9fa7e7',
  '75dc123915581d5b',
  '9ed25fbcc2ddf3b2',
  '8e4c30f6ee12e2a4',
  '928b5961b1fb7403',
  '06bbd6be861ebea8',
  'd57e3bf629b05370',
  '42223247600fd04d',
  '4266ce1ab5a04eb0',
  '48e5e84c8eb25c06',
  '4d2e4e219abca043',
  '0aafd6b9f40b57af',
  'a08a583a46215ffc',
  '9b20346b31c8dd3d',
  '253314c2dca0f9c8',
  '6d9996b5b055f953',
  'd617f80d6427fd6f',
  '29e002a1c29fdb9b',
  'd6c1d4c60b5060cc',
  '0d1dec61e18d0853',
  'a1ba56d152f18677',
  'afa85ef9404ad013',
  '2e3c8cf7169130b5',
  '09db0ebf3b341dc9',
  '0e0d47b0778298c6',
  'a63909b36454271d',
  'a3e82949644068db',
  '5febbfa42bc14a56',
  '0a51ca4cffbbf042',
  'ce07d748e6fdbf2a',
  '1a4f0af12a51c16b',
  '58c8223cfce3b07e',
  '4d3322cb0d513d09',
  '3b64b5869b819198',
  '16f2da6f7783a63d',
  '6ad3d67ae7492330',
  'd9d07101ad8ae8fb',
  'c3248e131fd4abc1',
  'f240306bf49ecb15',
  '180b1584a9754fb2',
  '61cbbc2c8c7003be',
  'fa1afe16cb8d836c',
  '685aa79e0501c5bc',
  '4aede56e02c09c4c',
  '198c14b94fdfa5b7',
  'ddc1ba1df3fbd20f',
  'b6e90ffae1a840bc',
  '4b3d3f794dac1e0f',
  '386f71c08102ac92',
  '94be8005a4c34cb3',
  '5f1b9dfc5dc83016',
  '8ae544c8b3b5744a',
  'c6f405efa3c7caa5',
  '03628db3819c7241',
  '30d21cd6d9346160',
  '0604bd4c0b24399e',
  '8fba0b5be2c32f9d',
  'f996526eedf3aefc',
  '736caa10d89d169a',
  '5e027a8453b93822',
  '162371379be74959',
  '0ebbddc26ad69bf0',
  '293e0e4b29135d05',
  '5f598687bd5ef655',
  'da76f1a5eb44312b',
  'fbc1b1289d1dface',
  '742d9f15512da563',
  '90d14624496c5ba2',
  '0bf6861ac6cf5808',
  '58825e7edc1e0cb0',
  'a8c5641ca45ea282',
  '92cc750166d6ad6b',
  'a51d23677a4628b9',
  '87a06b5dae4184e3',
  '376cd7d5593661b3',
  '04d0f5eea9b7c354',
  'e2b1ecdcc1458b06',
  '4ee957ace8df3bbe',
  '3ee7cb53fc7e326d',
  '2df8aaff755386bd',
  '4ccab077157f614d',
  'd8279ea1d49db2f7',
  'b49abd670a347919',
  '1629ddfd83cec5c3',
  '3506426eb38af3a4',
  '91d4d8527808e2e8',
  'eef14ab1408f8863',
  '26ac76528ca3ea14',
  'bd5c9d8d6ca42f23',
  '77dca4b9d32e89a3',
  '87d661426a0ee614',
  '393b25327ed99f7c',
  '6df8d52db3ab47bb',
  '22277a849cde7b3a',
  '1fd7582427f6f5d2',
  '9d7c061ef6959ae0',
  'dddb8035bd191cd7',
  '6d81c1fcaa8cebd6',
  'a9c95e3750b0b261',
  'e2ef98d9a627fe13',
  '1b1f8a9677e372ec',
  '9fb8bb891715c837',
  'c743f88afdc3ac18',
  'c614f3e95274b943',
  '0548dfa46e3e5716',
  '21e6e617292a9fad',
  'b7561a03015f8471',
  '7dfa9c8be4dfa37d',
  '486e462bd8f66705',
  '458e00d80e5fcac6',
  '01405035183a9053',
  '420d2f643df2e2fe',
  '9ae7af943beefdaa',
  'd3ff7016d6d75444',
  'cd614de71fb1a571',
  '1a4ae6c760100ab1',
  '2689ed2056f67f02',
  '62e8867b4e707c71',
  'ade910484739e1ba',
  'b0074d6365548e75',
  'e3364650e098f08a',
  '2ff1c85dbbb1b003',
  'f93197261998aaa0',
  'f8ee94ccd2b27b72',
  'b822d82b3b0efa19',
  '0ec4579231044338',
  '70e898275e8d90d9',
  '388853495344d20f',
  '4cee64657b0de5d7',
  'ff0bb1a359894c65',
  'e9b97a22df5d521c',
  'a278212b1138d609',
  '9d1631f7fc884cd1',
  '3c3a74c720683b19',
  'd778cf9d25d561f7',
  '3ee6c3f2b5997d7c',
  '278c116faf1a5e61',
  'f31a772ea8b709f4',
  'b8bce1f2e619caf4',
  '664e038242ba26c8',
  '97dd20f1371977c7',
  '74d80ff5026f8113',
  '9a74dd7fbc0eec81',
  '5d49c147dc215ef1',
  '0a4cf46571ea0577',
  '03424368d1685ac6',
  '6bc859410ae219eb',
  'aed94a7d220c2fd3',
  'a5d06dbeffbb6acc',
  '9812dba93624456b',
  'f780e4c3ab62a4e9',
  '20c3007fbf9e32c9',
  '188727ceab0d5bbc',
  'e60d1c70d7af1216',
  '3eb7950ace77a0e0',
  'dff16a2353497c91',
  'ec20b5046460f9fe',
  '001d202fa27b3d69',
  '9a56fa2d0f3795df',
  'b507f4335286cd01',
  '7dbb26f29c8f6624',
  '7e9e455626d44190',
];
