import { z } from 'zod';
import type { TopicStatus } from './roadmap';

/** Weekday keys of a plan, Monday first as people read a week. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export type Weekday = (typeof WEEKDAYS)[number];

const TOPIC_STATUS_VALUES = ['todo', 'doing', 'done', 'skipped'] as const satisfies readonly TopicStatus[];

/** True when `text` is `YYYY-MM-DD` naming a day that exists (no 2026-02-30). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 02-30 over to 03-02; a real date survives the round trip.
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * True when `timeZone` is a zone the runtime knows. Asks `Intl.DateTimeFormat` rather than
 * `Intl.supportedValuesOf('timeZone')`, which leaves out aliases such as `Asia/Calcutta`.
 */
export function isTimeZone(timeZone: string): boolean {
  if (timeZone.trim() === '') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

const calendarDate = z.string().refine(isCalendarDate, 'not a real date (YYYY-MM-DD)');
const minutesOfDay = z
  .number()
  .int('whole minutes')
  .min(0, 'at least 0 minutes')
  .max(1440, 'at most 1440 minutes');
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM (00:00–23:59)');
const sessionLength = z
  .number()
  .int('whole minutes')
  .min(1, 'at least 1 minute')
  .max(1440, 'at most 1440 minutes');

const perWeekday = <T extends z.ZodType>(value: T) =>
  z.strictObject(Object.fromEntries(WEEKDAYS.map((day) => [day, value])) as Record<Weekday, T>);

/** The plan file (and the plan the app stores and the backup holds). */
export const planSchema = z
  .strictObject({
    roadmap: z.string().min(1, 'a roadmap id'),
    startDate: calendarDate,
    timeZone: z.string().refine(isTimeZone, 'not a known IANA time zone'),
    /** Minutes available per weekday. */
    availability: perWeekday(minutesOfDay),
    /** Wall-clock time the first session of each weekday starts. */
    sessionStart: perWeekday(clockTime),
    maxSessionMinutes: sessionLength,
    minSessionMinutes: sessionLength,
    blackoutDates: z.array(calendarDate),
    /** Target end date per phase number (`"1"`, `"2"`, …). */
    phaseTargets: z.record(z.string().regex(/^[1-9]\d*$/, 'a phase number'), calendarDate),
    statuses: z.record(z.string().min(1), z.enum(TOPIC_STATUS_VALUES)),
    /** Per-topic estimate overrides, in hours. */
    estimates: z
      .record(z.string().min(1), z.number().min(0, 'at least 0 hours').max(10_000, 'at most 10000 hours'))
      .optional(),
  })
  .refine((plan) => plan.minSessionMinutes <= plan.maxSessionMinutes, {
    message: 'shortest session is longer than the longest',
    path: ['minSessionMinutes'],
  });

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
  if (result.success) return { ok: true, plan: result.data };
  const issue = result.error.issues[0]!;
  // An unknown key (a typo such as `availabilty`) is reported on its parent; name the key.
  const keys = issue.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [];
  const path = [...issue.path, ...keys].map(String).join('.');
  return { ok: false, message: path === '' ? issue.message : `${path}: ${issue.message}` };
}
