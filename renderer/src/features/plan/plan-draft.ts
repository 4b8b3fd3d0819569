import { tzOffset } from '@date-fns/tz';
import {
  DEFAULT_RESERVE_PERCENT,
  DEFAULT_REVIEW_SETTINGS,
  isTimeZone,
  planSettingsProblems,
  WEEKDAYS,
} from '../../domain';
import type { PlanSettings, Weekday } from '../../domain';
import { DEFAULT_BREAK_MINUTES, FIRST_PLAN_YEAR, LAST_PLAN_YEAR } from '../../domain/plan';

/** The first and last day a plan may name (the schema's years), for the date fields' bounds. */
export const FIRST_PLAN_DAY = `${FIRST_PLAN_YEAR}-01-01`;
export const LAST_PLAN_DAY = `${LAST_PLAN_YEAR}-12-31`;

/**
 * The plan form as the user typed it. Numbers stay text so an emptied field is a problem
 * to show ("enter a number"), never a silent 0.
 */
export type PlanDraft = {
  startDate: string;
  timeZone: string;
  minutes: Record<Weekday, string>;
  sessionStart: Record<Weekday, string>;
  maxSessionMinutes: string;
  minSessionMinutes: string;
  /** Share of each week's study time kept free for catch-up, in percent. */
  reservePercent: string;
  /** Minutes between two sessions of a day that would otherwise touch. */
  breakMinutes: string;
  /** Sorted, unique `YYYY-MM-DD`. */
  blackoutDates: string[];
  /** Phase number → target date; a phase without a target has no key. */
  phaseTargets: Record<string, string>;
  /** Spaced review: desired retention (0.7–0.97), minutes per topic, and the daily cap (empty: half the day). */
  review: { retention: string; minutesPerTopic: string; dailyCapMinutes: string };
};

export type DraftResult = {
  /** The settings the draft describes, or null while any field is invalid. */
  settings: PlanSettings | null;
  /** Problems keyed by field path (`availability.mon`, `minSessionMinutes`, `phaseTargets.2`, `review.retention`). */
  problems: ReadonlyMap<string, string>;
};

export const WEEKDAY_NAMES = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
} as const satisfies Record<Weekday, string>;

const ENTER_A_NUMBER = 'enter a number';
const SESSION_ORDER = 'shortest session is longer than the longest';

/** The form's starting values for stored (or default) settings. */
export function toDraft(settings: PlanSettings): PlanDraft {
  return {
    startDate: settings.startDate,
    timeZone: settings.timeZone,
    minutes: perWeekday((day) => String(settings.availability[day])),
    sessionStart: perWeekday((day) => settings.sessionStart[day]),
    maxSessionMinutes: String(settings.maxSessionMinutes),
    minSessionMinutes: String(settings.minSessionMinutes),
    reservePercent: String(settings.reservePercent ?? DEFAULT_RESERVE_PERCENT),
    breakMinutes: String(settings.breakMinutes ?? DEFAULT_BREAK_MINUTES),
    blackoutDates: [...new Set(settings.blackoutDates)].sort(),
    phaseTargets: { ...settings.phaseTargets },
    review: reviewDraft(settings.review),
  };
}

function reviewDraft(review: PlanSettings['review']): PlanDraft['review'] {
  const { retention, minutesPerTopic } = review ?? DEFAULT_REVIEW_SETTINGS;
  const cap = review?.dailyCapMinutes;
  return {
    retention: retention.toFixed(2),
    minutesPerTopic: String(minutesPerTopic),
    dailyCapMinutes: cap === undefined ? '' : String(cap),
  };
}

/**
 * The settings a draft describes on top of `base` (which keeps what the form does not edit:
 * roadmap id, estimates), with every problem keyed by field path for inline messages.
 */
export function evaluateDraft(base: PlanSettings, draft: PlanDraft): DraftResult {
  const problems = new Map<string, string>();
  const number = (path: string, text: string) => {
    const value = text.trim() === '' ? Number.NaN : Number(text);
    if (!Number.isFinite(value)) problems.set(path, ENTER_A_NUMBER);
    return value;
  };
  const candidate: PlanSettings = {
    ...base,
    startDate: draft.startDate,
    timeZone: draft.timeZone.trim(),
    availability: perWeekday((day) => number(`availability.${day}`, draft.minutes[day])),
    sessionStart: { ...draft.sessionStart },
    maxSessionMinutes: number('maxSessionMinutes', draft.maxSessionMinutes),
    minSessionMinutes: number('minSessionMinutes', draft.minSessionMinutes),
    reservePercent: number('reservePercent', draft.reservePercent),
    breakMinutes: number('breakMinutes', draft.breakMinutes),
    blackoutDates: [...draft.blackoutDates],
    phaseTargets: Object.fromEntries(Object.entries(draft.phaseTargets).filter(([, date]) => date !== '')),
    review: {
      retention: number('review.retention', draft.review.retention),
      minutesPerTopic: number('review.minutesPerTopic', draft.review.minutesPerTopic),
      // Empty: no cap of the plan's own, half each day's study time.
      ...(draft.review.dailyCapMinutes.trim() === ''
        ? {}
        : { dailyCapMinutes: number('review.dailyCapMinutes', draft.review.dailyCapMinutes) }),
    },
  };
  if (draft.startDate === '') problems.set('startDate', 'enter a date');
  if (draft.timeZone.trim() === '') problems.set('timeZone', 'enter a time zone');
  for (const day of WEEKDAYS) {
    if (draft.sessionStart[day] === '') problems.set(`sessionStart.${day}`, 'enter a time');
  }
  // The schema checks the order only once every other field is valid; say it at once.
  if (candidate.minSessionMinutes > candidate.maxSessionMinutes)
    problems.set('minSessionMinutes', SESSION_ORDER);
  for (const [path, message] of planSettingsProblems(candidate)) {
    if (!problems.has(path)) problems.set(path, message);
  }
  // The default reserve and break stay implicit in plans that never set them.
  if (base.reservePercent === undefined && candidate.reservePercent === DEFAULT_RESERVE_PERCENT) {
    delete candidate.reservePercent;
  }
  if (base.breakMinutes === undefined && candidate.breakMinutes === DEFAULT_BREAK_MINUTES) {
    delete candidate.breakMinutes;
  }
  // So do the default review settings.
  if (base.review === undefined && sameReview(candidate.review, DEFAULT_REVIEW_SETTINGS))
    delete candidate.review;
  return { settings: problems.size === 0 ? candidate : null, problems };
}

/** True when two drafts hold the same values (key order and number spelling aside). */
export function sameDraft(a: PlanDraft, b: PlanDraft): boolean {
  return canonical(a) === canonical(b);
}

/** Minutes per week the draft's weekdays add up to; null while any of them is not a number. */
export function weeklyMinutes(minutes: Readonly<Record<Weekday, string>>): number | null {
  let total = 0;
  for (const day of WEEKDAYS) {
    const text = minutes[day].trim();
    const value = Number(text);
    if (text === '' || !Number.isFinite(value)) return null;
    total += value;
  }
  return total;
}

/** The zone's offset at `at` as `UTC+01:00`, `UTC−03:30`, `UTC`; null for an unknown zone. */
export function formatUtcOffset(timeZone: string, at: Date): string | null {
  if (!isTimeZone(timeZone)) return null;
  const offset = tzOffset(timeZone, at);
  if (!Number.isFinite(offset)) return null;
  if (offset === 0) return 'UTC';
  const abs = Math.abs(offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `UTC${offset < 0 ? '−' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function sameReview(a: PlanSettings['review'], b: PlanSettings['review']): boolean {
  return (
    a?.retention === b?.retention &&
    a?.minutesPerTopic === b?.minutesPerTopic &&
    a?.dailyCapMinutes === b?.dailyCapMinutes
  );
}

function perWeekday<T>(value: (day: Weekday) => T): Record<Weekday, T> {
  return {
    mon: value('mon'),
    tue: value('tue'),
    wed: value('wed'),
    thu: value('thu'),
    fri: value('fri'),
    sat: value('sat'),
    sun: value('sun'),
  };
}

function canonical(draft: PlanDraft): string {
  const number = (text: string) => (text.trim() === '' ? text : String(Number(text)));
  return JSON.stringify([
    draft.startDate,
    draft.timeZone.trim(),
    WEEKDAYS.map((day) => number(draft.minutes[day])),
    WEEKDAYS.map((day) => draft.sessionStart[day]),
    number(draft.maxSessionMinutes),
    number(draft.minSessionMinutes),
    number(draft.reservePercent),
    number(draft.breakMinutes),
    [...new Set(draft.blackoutDates)].sort(),
    Object.entries(draft.phaseTargets)
      .filter(([, date]) => date !== '')
      .sort(([a], [b]) => a.localeCompare(b)),
    [draft.review.retention, draft.review.minutesPerTopic, draft.review.dailyCapMinutes].map(number),
  ]);
}
