import './zod-setup';
import { z } from 'zod';
import { isCalendarDate } from './calendar-day';
import {
  isPlanYear,
  isTimeZone,
  PLAN_YEARS_MESSAGE,
  MAX_BREAK_MINUTES,
  MAX_DAY_MINUTES,
  MAX_ESTIMATE_HOURS,
  MIN_SESSION_MINUTES,
  WEEKDAYS,
} from './plan';
import type { Weekday } from './plan';
import { PLAN_ID_PATTERN } from './plan-id';
import { REVIEW_RATINGS } from './review-ratings';
import { REVIEW_MINUTES_RANGE, REVIEW_RETENTION_RANGE } from './review-types';
import { TOPIC_STATUSES } from './topic-status';
import { userKeyedRecord } from './user-keyed-record';

// The plan file's schema: zod, so it loads only where a plan is checked (saving one, the CLI),
// never on the way to the first paint.

/** A real `YYYY-MM-DD` day, as every plan day in a file, a stored row or a backup is checked. */
export const calendarDateSchema = z
  .string()
  .refine(isCalendarDate, 'not a real date (YYYY-MM-DD)')
  .refine(isPlanYear, PLAN_YEARS_MESSAGE);
const atMostADay = `at most ${MAX_DAY_MINUTES} minutes`;
const minutesOfDay = z
  .number()
  .int('whole minutes')
  .min(0, 'at least 0 minutes')
  .max(MAX_DAY_MINUTES, atMostADay);
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM (00:00–23:59)');
const sessionLength = z
  .number()
  .int('whole minutes')
  .min(MIN_SESSION_MINUTES, `at least ${MIN_SESSION_MINUTES} minutes`)
  .max(MAX_DAY_MINUTES, atMostADay);

const perWeekday = <T extends z.ZodType>(value: T) =>
  z.strictObject(Object.fromEntries(WEEKDAYS.map((day) => [day, value])) as Record<Weekday, T>);

const settingsFields = {
  roadmap: z.string().min(1, 'a roadmap id'),
  startDate: calendarDateSchema,
  timeZone: z.string().refine(isTimeZone, 'not a known IANA time zone'),
  /** Minutes available per weekday. */
  availability: perWeekday(minutesOfDay),
  /** Wall-clock time the first session of each weekday starts. */
  sessionStart: perWeekday(clockTime),
  maxSessionMinutes: sessionLength,
  minSessionMinutes: sessionLength,
  blackoutDates: z.array(calendarDateSchema),
  /** Target end date per phase number (`"1"`, `"2"`, …). */
  phaseTargets: userKeyedRecord(
    z.string().regex(/^[1-9]\d*$/, 'a phase number'),
    calendarDateSchema,
    'a phase number',
  ),
  /** Per-topic estimate overrides, in hours. */
  estimates: userKeyedRecord(
    z.string().min(1),
    z.number().min(0, 'at least 0 hours').max(MAX_ESTIMATE_HOURS, `at most ${MAX_ESTIMATE_HOURS} hours`),
    'a topic id',
  ).optional(),
  /** Share of each week's study time kept free as catch-up time (default 10). */
  reservePercent: z.number().int('a whole percentage').min(0, 'at least 0').max(50, 'at most 50').optional(),
  /** Minutes between two sessions of a day that would otherwise touch (default 10; 0: back to back). */
  breakMinutes: z
    .number()
    .int('whole minutes')
    .min(0, 'at least 0 minutes')
    .max(MAX_BREAK_MINUTES, `at most ${MAX_BREAK_MINUTES} minutes`)
    .optional(),
  /** A topic to plan toward: its open prerequisites come first. */
  goal: z.string().min(1, 'a topic id').optional(),
  /** Spaced review of finished topics: with it, schedules plan review sessions. */
  review: z
    .strictObject({
      retention: z
        .number()
        .min(REVIEW_RETENTION_RANGE.min, `at least ${REVIEW_RETENTION_RANGE.min}`)
        .max(REVIEW_RETENTION_RANGE.max, `at most ${REVIEW_RETENTION_RANGE.max}`),
      minutesPerTopic: z
        .number()
        .int('whole minutes')
        .min(REVIEW_MINUTES_RANGE.min, `at least ${REVIEW_MINUTES_RANGE.min} minutes`)
        .max(REVIEW_MINUTES_RANGE.max, `at most ${REVIEW_MINUTES_RANGE.max} minutes`),
      /** The most review minutes a day holds; absent: half the day's study time. */
      dailyCapMinutes: minutesOfDay.optional(),
    })
    .optional(),
};

const isoInstant = z.string().refine(
  // Date.parse alone takes 30 February and 24:00: the day and the hour are checked too.
  (text) =>
    /^\d{4}-\d\d-\d\dT([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(text) &&
    isCalendarDate(text.slice(0, 10)) &&
    Number.isFinite(Date.parse(text)),
  'an ISO 8601 time with an offset, e.g. 2026-12-01T19:00:00+01:00',
);

/** A session the user logged, in the plan file. */
const logEntrySchema = z
  .strictObject({
    id: z.string().min(1, 'a session id'),
    topicId: z.string().min(1, 'a topic id'),
    start: isoInstant,
    end: isoInstant,
    // A logged part may be shorter than a session: the last part of a topic is what is left.
    minutes: z.number().int('whole minutes').min(1, 'at least 1 minute').max(MAX_DAY_MINUTES, atMostADay),
    outcome: z.enum(['done', 'missed']),
  })
  .refine((entry) => Date.parse(entry.end) > Date.parse(entry.start), {
    message: 'ends before it starts',
    path: ['end'],
  });

/** One rating of a topic in the plan file. */
const reviewLogEntrySchema = z.strictObject({
  topicId: z.string().min(1, 'a topic id'),
  at: isoInstant,
  rating: z.enum(REVIEW_RATINGS.map((r) => r.rating)),
});

const planFields = {
  ...settingsFields,
  /** The plan's id in calendar UIDs (the app's plan id), so exports from a file update the same events. */
  planId: z.string().regex(PLAN_ID_PATTERN, 'up to 100 letters, digits, ".", "_" or "-"').optional(),
  statuses: userKeyedRecord(z.string().min(1), z.enum(TOPIC_STATUSES), 'a topic id'),
  /** Sessions the user logged (plan files only: the app keeps its log in its own table). */
  log: z.array(logEntrySchema).max(100_000, 'at most 100000 entries').optional(),
  /** Every rating of a topic (plan files only: the app keeps its review log in its own table). */
  reviewLog: z.array(reviewLogEntrySchema).max(100_000, 'at most 100000 entries').optional(),
};

const sessionLengthsInOrder = <T extends { minSessionMinutes: number; maxSessionMinutes: number }>(plan: T) =>
  plan.minSessionMinutes <= plan.maxSessionMinutes;
const sessionLengthsMessage = {
  message: 'shortest session is longer than the longest',
  path: ['minSessionMinutes'],
};

/** The plan file (and the plan the app stores and the backup holds). */
export const planSchema = z.strictObject(planFields).refine(sessionLengthsInOrder, sessionLengthsMessage);

/**
 * The plan as the app stores it: the plan file without `statuses`, which the app keeps per
 * topic in its progress (one source of truth for what is done).
 */
export const planSettingsSchema = z
  .strictObject(settingsFields)
  .refine(sessionLengthsInOrder, sessionLengthsMessage);

/** A plan's settings: everything in the plan file but the topic statuses. */
export type PlanSettings = z.infer<typeof planSettingsSchema>;

/** A study plan: when and how much to study, targets, and each topic's status. */
export type Plan = z.infer<typeof planSchema>;

export type ParsePlanResult = { ok: true; plan: Plan } | { ok: false; message: string };

/**
 * Validates an unknown value (a parsed plan file, a stored row) as a `Plan`. A refusal
 * names the path of the first bad field (`availability.mon: at most 1440 minutes`), so a
 * user can find it in the file.
 */
export function parsePlan(value: unknown): ParsePlanResult {
  const result = planSchema.safeParse(value);
  return result.success ? { ok: true, plan: result.data } : { ok: false, message: firstIssue(result.error) };
}

export type ParsePlanSettingsResult = { ok: true; settings: PlanSettings } | { ok: false; message: string };

/** Validates stored or edited plan settings; a refusal names the bad field's path like `parsePlan`. */
export function parsePlanSettings(value: unknown): ParsePlanSettingsResult {
  const result = planSettingsSchema.safeParse(value);
  return result.success
    ? { ok: true, settings: result.data }
    : { ok: false, message: firstIssue(result.error) };
}

/** Every problem with edited settings keyed by field path (`availability.mon`), for inline messages. */
export function planSettingsProblems(value: unknown): Map<string, string> {
  const result = planSettingsSchema.safeParse(value);
  const problems = new Map<string, string>();
  if (result.success) return problems;
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    if (!problems.has(path)) problems.set(path, messageOf(issue));
  }
  return problems;
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0]!;
  // An unknown key (a typo such as `availabilty`) is reported on its parent; name the key.
  const keys = issue.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [];
  const path = [...issue.path, ...keys].map(String).join('.');
  return path === '' ? messageOf(issue) : `${path}: ${messageOf(issue)}`;
}

/** An issue's message; a bad record key says what a key should be ("a phase number"), not zod's words. */
function messageOf(issue: z.core.$ZodIssue): string {
  return issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message;
}
