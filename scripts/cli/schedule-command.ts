import path from 'node:path';
import {
  isCalendarDate,
  parsePlan,
  SCHEDULE_HORIZON_YEARS,
  schedulePlan,
  todayIn,
  unknownPhaseTargets,
  inMessage,
  isPlanYear,
  PLAN_YEARS_MESSAGE,
} from '../../renderer/src/domain';
import type {
  BusySpan,
  LoggedSession,
  Plan,
  ReviewLogEntry,
  ReviewSession,
  Roadmap,
  Schedule,
  ScheduledSession,
  ScheduleOptions,
  SessionInForce,
} from '../../renderer/src/domain';
import { readBusyFiles, scheduleAroundBusy } from './busy-files';
import { parseInstant } from './instant';
import { BUILTIN_ROADMAP, loadRoadmap, roadmapFiles } from './load-roadmap';
import { readPreviousSchedule } from './previous-schedule';
import { parseJsonInput, readInput } from './read-input';
import type { InputFile } from './write-output';

const MAX_PLAN_BYTES = 1024 * 1024;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The built-in roadmaps a plan file may name. */
const ROADMAPS: Readonly<Record<string, string>> = { fastapi: BUILTIN_ROADMAP };

/** What to plan from besides the plan file: the command line's options. */
export type ScheduleRequest = {
  /** `--now`: an ISO 8601 instant with an offset. */
  now?: string;
  /** `--today`: plan from the start of this day in the plan's zone. */
  today?: string;
  /** `--previous`: an earlier output of `schedule --json`, the plan in force. */
  previous?: string;
  /** `--busy`: calendar files whose events are busy time. */
  busy?: readonly string[];
  /** The current instant, when neither `now` nor `today` is given (tests pass their own). */
  clock?: Date;
  /** Sessions the user placed in their calendar (`sync-caldav`): they stay where they are. */
  pins?: readonly SessionInForce[];
  /** Busy time read from elsewhere than files (`sync-caldav`'s calendars). */
  busySpans?: readonly BusySpan[];
};

/** The schedule as the command prints it: with the plan's goal, so a later `--previous` knows it. */
export type ScheduleOutput = Schedule & { goal?: string };

export type ScheduleOutcome =
  | {
      ok: true;
      schedule: ScheduleOutput;
      plan: Plan;
      roadmap: Roadmap;
      /** Every file read (the plan, the roadmap's files, the previous schedule, calendars). */
      inputs: InputFile[];
    }
  | { ok: false; message: string };

/**
 * `schedule --plan <plan.json> [--now <instant> | --today <day>] [--previous <schedule.json>]
 * [--busy <file.ics>]…`: reads and checks the files, builds the plan's roadmap and schedules
 * it from now (the current instant unless `--now` or `--today` says otherwise).
 */
export function scheduleFromFile(planFile: string, request: ScheduleRequest = {}): ScheduleOutcome {
  const start = planningStart(request);
  if (!start.ok) return start;
  const read = readInput(planFile, MAX_PLAN_BYTES);
  if (!read.ok) return read;
  const json = parseJsonInput(planFile, read.text);
  if (!json.ok) return json;
  const parsed = parsePlan(json.value);
  if (!parsed.ok) return { ok: false, message: `${planFile}: ${parsed.message}` };
  const plan: Plan = parsed.plan;
  // Own keys only: a roadmap named `constructor` or `__proto__` is unknown, not Object's.
  const roadmapFile = Object.hasOwn(ROADMAPS, plan.roadmap) ? ROADMAPS[plan.roadmap] : undefined;
  if (!roadmapFile) {
    return {
      ok: false,
      message: `${planFile}: roadmap: unknown roadmap "${inMessage(plan.roadmap)}" (known: ${Object.keys(ROADMAPS).join(', ')})`,
    };
  }
  const roadmapPath = path.relative(process.cwd(), roadmapFile);
  const built = loadRoadmap(roadmapPath);
  if (!built.roadmap)
    return { ok: false, message: `the built-in roadmap "${inMessage(plan.roadmap)}" is invalid` };
  const roadmap = built.roadmap;
  const known = new Set(roadmap.topics.map((t) => t.id));
  if (plan.goal !== undefined && !known.has(plan.goal)) {
    return { ok: false, message: `${planFile}: goal: unknown topic "${inMessage(plan.goal)}"` };
  }
  const stray = unknownPhaseTargets(plan.phaseTargets, roadmap)[0];
  if (stray) return { ok: false, message: `${planFile}: ${stray.path}: ${stray.message}` };
  const log = loggedSessions(plan, known);
  if (!log.ok) return { ok: false, message: `${planFile}: ${log.message}` };

  const reviewLog = checkedReviewLog(plan, known);
  if (!reviewLog.ok) return { ok: false, message: `${planFile}: ${reviewLog.message}` };

  const options: ScheduleOptions = { ...start.options, log: log.sessions };
  if (plan.review) options.review = { log: reviewLog.entries, settings: plan.review };
  if (request.pins) options.pins = request.pins;
  const busySpans = request.busySpans ?? [];
  if (request.previous !== undefined) {
    const previous = readPreviousSchedule(request.previous);
    if (!previous.ok) return previous;
    // A new or cleared goal reorders the work (as in the app): the old times would keep the old order.
    if (previous.goal === plan.goal) options.previous = previous.sessions;
  }
  let schedule: Schedule;
  if (request.busy && request.busy.length > 0) {
    const files = readBusyFiles(request.busy);
    if (!files.ok) return files;
    // From a day before planning starts (the plan's first day, or now when later).
    const from = Math.max(start.approximateMs, Date.parse(`${plan.startDate}T00:00:00Z`)) - DAY_MS;
    const window = { from, horizonYears: SCHEDULE_HORIZON_YEARS, timeZone: plan.timeZone };
    const planned = scheduleAroundBusy(files.files, window, (busy) =>
      schedulePlan(roadmap, plan, { ...options, busy: [...busy, ...busySpans] }),
    );
    if (!planned.ok) return planned;
    schedule = planned.schedule;
  } else schedule = schedulePlan(roadmap, plan, { ...options, busy: busySpans });
  const output: ScheduleOutput = withLoggedAsWritten(schedule, plan);
  if (plan.goal !== undefined) output.goal = plan.goal;
  const inputs = [...namedInputs(planFile, request), ...roadmapFiles(roadmapPath)];
  return { ok: true, schedule: output, plan, roadmap, inputs };
}

/** The files the command line names for `schedule`: the plan, the previous schedule, calendars. */
export function namedInputs(planFile: string, request: ScheduleRequest): InputFile[] {
  return [
    { file: planFile, role: 'the plan file' },
    ...(request.previous === undefined ? [] : [{ file: request.previous, role: 'the previous schedule' }]),
    ...(request.busy ?? []).map((file) => ({ file, role: 'a busy calendar' })),
  ];
}

type PlanningStart =
  | { ok: true; options: Pick<ScheduleOptions, 'now' | 'today'>; approximateMs: number }
  | { ok: false; message: string };

/** `--now`, `--today` or the clock, checked; with its instant to a day either way (for busy time). */
function planningStart(request: ScheduleRequest): PlanningStart {
  if (request.now !== undefined && request.today !== undefined) {
    return { ok: false, message: '--now and --today: give one or the other, not both' };
  }
  if (request.now !== undefined) {
    const now = parseInstant(request.now);
    if (now === null) {
      return {
        ok: false,
        message: `--now: "${inMessage(request.now)}" is not a real time with an offset (ISO 8601, e.g. 2026-12-01T19:30:00+01:00)`,
      };
    }
    if (!isPlanYear(new Date(now).toISOString()))
      return { ok: false, message: `--now: ${PLAN_YEARS_MESSAGE}` };
    return { ok: true, options: { now }, approximateMs: now };
  }
  if (request.today !== undefined) {
    if (!isCalendarDate(request.today)) {
      return { ok: false, message: `--today: "${inMessage(request.today)}" is not a date (YYYY-MM-DD)` };
    }
    if (!isPlanYear(request.today)) return { ok: false, message: `--today: ${PLAN_YEARS_MESSAGE}` };
    return {
      ok: true,
      options: { today: request.today },
      approximateMs: Date.parse(`${request.today}T00:00:00Z`),
    };
  }
  const now = (request.clock ?? new Date()).getTime();
  return { ok: true, options: { now }, approximateMs: now };
}

/** The plan file's `reviewLog`, its topics checked against the roadmap. */
function checkedReviewLog(
  plan: Plan,
  known: ReadonlySet<string>,
): { ok: true; entries: ReviewLogEntry[] } | { ok: false; message: string } {
  const entries = plan.reviewLog ?? [];
  const unknown = entries.findIndex((entry) => !known.has(entry.topicId));
  if (unknown >= 0) {
    return {
      ok: false,
      message: `reviewLog[${unknown}].topicId: unknown topic "${inMessage(entries[unknown]!.topicId)}"`,
    };
  }
  return { ok: true, entries };
}

/** A session as `schedule --json` prints it when the plan reviews: study or review, by `kind`. */
export type SessionJson = (ScheduledSession & { kind: 'study' }) | (ReviewSession & { kind: 'review' });

/** What `schedule --json` prints: the schedule, and with `review` both kinds of session in one list. */
export type ScheduleJson = Omit<ScheduleOutput, 'reviews' | 'sessions'> & {
  sessions: (ScheduledSession | SessionJson)[];
};

/**
 * The schedule as `schedule --json` prints it. Without the plan's `review` it is as it always
 * was; with it, every session says its `kind`, and review sessions (with their `topics`) join
 * the study sessions in time order.
 */
export function scheduleJson(schedule: ScheduleOutput, reviewing: boolean): ScheduleJson {
  const { reviews, sessions, ...rest } = schedule;
  // Sessions first, as the output always began.
  if (!reviewing) return { sessions, ...rest };
  const both: SessionJson[] = [
    ...sessions.map((session) => ({ ...session, kind: 'study' as const })),
    ...reviews.map((review) => ({ ...review, kind: 'review' as const })),
  ];
  both.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  return { sessions: both, ...rest };
}

type LogOutcome = { ok: true; sessions: LoggedSession[] } | { ok: false; message: string };

/** The plan file's `log` as the scheduler reads it: each session on its plan day. */
function loggedSessions(plan: Plan, known: ReadonlySet<string>): LogOutcome {
  const ids = new Set<string>();
  const sessions: LoggedSession[] = [];
  for (const [i, entry] of (plan.log ?? []).entries()) {
    if (!known.has(entry.topicId)) {
      return { ok: false, message: `log[${i}].topicId: unknown topic "${inMessage(entry.topicId)}"` };
    }
    for (const field of ['start', 'end'] as const) {
      if (parseInstant(entry[field]) === null) {
        return { ok: false, message: `log[${i}].${field}: "${inMessage(entry[field])}" is not a real time` };
      }
    }
    if (ids.has(entry.id))
      return { ok: false, message: `log[${i}].id: "${inMessage(entry.id)}" is logged twice` };
    ids.add(entry.id);
    sessions.push({
      sessionId: entry.id,
      topicId: entry.topicId,
      outcome: entry.outcome,
      date: todayIn(plan.timeZone, new Date(Date.parse(entry.start))),
      start: entry.start,
      end: entry.end,
      minutes: entry.minutes,
    });
  }
  return { ok: true, sessions };
}

/**
 * The schedule with each logged session's times exactly as the log wrote them (the scheduler
 * writes them with the plan zone's offset: the same instants, perhaps other text).
 */
function withLoggedAsWritten(schedule: Schedule, plan: Plan): Schedule {
  const written = new Map((plan.log ?? []).map((entry) => [entry.id, entry]));
  const sessions = schedule.sessions.map((s) => {
    const entry = s.logged ? written.get(s.id) : undefined;
    return entry ? { ...s, start: entry.start, end: entry.end } : s;
  });
  return { ...schedule, sessions };
}
