import type { PlanSettings } from './plan-schema';
import type { Roadmap } from './roadmap';

export type { ParsePlanResult, ParsePlanSettingsResult, Plan, PlanSettings } from './plan-schema';

/** Weekday keys of a plan, Monday first as people read a week. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export type Weekday = (typeof WEEKDAYS)[number];

/** The years a plan may name: no one plans for 9999, and dates past 275760 break `Date`. */
export const FIRST_PLAN_YEAR = 1970;
export const LAST_PLAN_YEAR = 2200;

/** Whether a `YYYY-MM-DD` day (or an ISO time) falls in the years a plan may name. */
export function isPlanYear(date: string): boolean {
  const year = Number(date.slice(0, 4));
  return year >= FIRST_PLAN_YEAR && year <= LAST_PLAN_YEAR;
}

/** What a day outside those years is told. */
export const PLAN_YEARS_MESSAGE = `a year from ${FIRST_PLAN_YEAR} to ${LAST_PLAN_YEAR}`;

/**
 * The shortest session a plan may ask for, in minutes: shorter ones are no study, and a
 * minute-long session all day made millions of sessions. Both session lengths are bounded.
 */
export const MIN_SESSION_MINUTES = 5;

/** The longest session, and the most minutes of a weekday: a whole day. */
export const MAX_DAY_MINUTES = 1440;

/** The break between two sessions of a day that would otherwise touch, when a plan sets none. */
export const DEFAULT_BREAK_MINUTES = 10;

/** The longest break a plan may ask for: two hours between sessions is already a new evening. */
export const MAX_BREAK_MINUTES = 120;

/** A plan's break between sessions in minutes (`DEFAULT_BREAK_MINUTES` when it sets none). */
export function breakMinutesOf(plan: { breakMinutes?: number | undefined }): number {
  return plan.breakMinutes ?? DEFAULT_BREAK_MINUTES;
}

/** The largest estimate of one topic, in hours, in a plan or a roadmap's sidecar. */
export const MAX_ESTIMATE_HOURS = 1000;

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

/**
 * A plan to start from: weeknights an hour at 19:00, three hours on Saturday morning,
 * Sundays off, sessions of 30 to 90 minutes, in the given zone from `today`.
 */
export function defaultPlanSettings(roadmap: string, today: string, timeZone: string): PlanSettings {
  const weeknight = 60;
  return {
    roadmap,
    startDate: today,
    timeZone,
    availability: {
      mon: weeknight,
      tue: weeknight,
      wed: weeknight,
      thu: weeknight,
      fri: weeknight,
      sat: 180,
      sun: 0,
    },
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
    blackoutDates: [],
    phaseTargets: {},
  };
}

/** A plan's target for a phase its roadmap does not have, which no schedule can use. */
export type UnknownPhaseTarget = {
  /** The phase number as the plan keys it (`"99"`). */
  phase: string;
  /** The field's path in the plan: `phaseTargets.99`. */
  path: string;
  /** What is wrong, naming the roadmap and its phases. */
  message: string;
};

/**
 * The plan's phase targets for phases the roadmap does not have (a target for phase 99 when
 * it has 3), by phase number: the scheduler has no phase to hold them against, so they are
 * reported rather than ignored in silence.
 */
export function unknownPhaseTargets(
  phaseTargets: Readonly<Record<string, string>>,
  roadmap: Pick<Roadmap, 'id' | 'phases'>,
): UnknownPhaseTarget[] {
  const known = new Set(roadmap.phases.map((phase) => String(phase.number)));
  return Object.keys(phaseTargets)
    .filter((phase) => !known.has(phase))
    .sort((a, b) => Number(a) - Number(b))
    .map((phase) => ({
      phase,
      path: `phaseTargets.${phase}`,
      message: `roadmap "${roadmap.id}" has no phase ${phase} (${phaseList(roadmap.phases)})`,
    }));
}

/** "its phases are 1–3", "its phases are 1, 2 and 5", "it has no study phases". */
function phaseList(phases: Roadmap['phases']): string {
  const numbers = [...new Set(phases.map((phase) => phase.number))].sort((a, b) => a - b);
  const [first] = numbers;
  const last = numbers.at(-1);
  if (first === undefined || last === undefined) return 'it has no study phases';
  if (numbers.length === 1) return `its only phase is ${first}`;
  if (last - first === numbers.length - 1) return `its phases are ${first}–${last}`;
  return `its phases are ${numbers.slice(0, -1).join(', ')} and ${last}`;
}
