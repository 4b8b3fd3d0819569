import ICAL from 'ical.js';
import { answerOffsetsDaily, busyClock } from './busy-time-clock';
import { BusyProblem, expandCalendar } from './busy-time-expand';
import { reason } from './busy-time-text';
import { withRuleBudget } from './busy-time-rules';
import type { Budget } from './busy-time-rules';
import type { BusyInterval } from './busy-time-intervals';
import { UID_DOMAIN } from './ics-names';
import { isTimeZone } from './plan';
import { formatCount } from './format-count';

/*
 * Busy time from the user's calendars (issue 11 §4): an .ics file expanded into the
 * intervals it makes busy within a window. Pure and synchronous; ical.js does the parsing
 * and all recurrence work.
 */

export type { BusyInterval, BusySpan } from './busy-time-intervals';
export { busyMinutesIn, mergeBusy } from './busy-time-intervals';

/** The end of the UIDs of the app's own calendar export (`topic#1@plan.roadmap-planner`). */
export const APP_UID_SUFFIX = `.${UID_DOMAIN}`;

/** The longest .ics text read, in characters (about 5 MB): a few years of a busy calendar. */
export const MAX_BUSY_ICS_CHARS = 5_000_000;

/** The most event occurrences one file may produce (counted from each series' start). */
export const MAX_BUSY_OCCURRENCES = 50_000;

export type ExpandBusyOptions = {
  /** The window: only busy time in [from, to) is returned, clipped to it. */
  from: Date | string;
  to: Date | string;
  /** The plan's IANA zone: all-day events and floating times are read in it. */
  timeZone: string;
  /** Named in every message. */
  fileName: string;
  /** Events whose UID ends so are left out; default the app's own export (`APP_UID_SUFFIX`). */
  ignoreUidSuffix?: string;
  /** Default `MAX_BUSY_OCCURRENCES`. */
  maxOccurrences?: number;
};

export type ExpandBusyResult = { ok: true; intervals: BusyInterval[] } | { ok: false; message: string };

/**
 * The busy intervals an .ics text holds within a window: one per event occurrence, clipped
 * to the window, sorted by start (then end, then UID), not merged (see `mergeBusy`).
 * Transparent and cancelled events and the app's own exported events are left out. A file
 * that cannot be read gives `ok: false` and a message naming the file; it never throws.
 */
export function expandBusy(text: string, options: ExpandBusyOptions): ExpandBusyResult {
  const fail = (problem: string): ExpandBusyResult => ({
    ok: false,
    message: `${options.fileName}: ${problem}`,
  });
  const from = instant(options.from);
  const to = instant(options.to);
  if (from === null || to === null) return fail('the busy-time window has an unreadable start or end');
  if (!isTimeZone(options.timeZone)) return fail(`"${options.timeZone}" is not a time zone`);
  if (text.length > MAX_BUSY_ICS_CHARS) {
    return fail(`the file is too large (over ${formatCount(MAX_BUSY_ICS_CHARS)} characters)`);
  }
  const body = text.replace(/^\uFEFF/, '');
  if (!/^\s*BEGIN:VCALENDAR\b/i.test(body.slice(0, 1000))) {
    return fail('not an iCalendar file (it does not start with BEGIN:VCALENDAR)');
  }
  let calendars: ICAL.Component[];
  try {
    const parsed: unknown = ICAL.parse(body);
    // One calendar parses to its jCal array, several to an array of those.
    const roots = Array.isArray(parsed) && typeof parsed[0] === 'string' ? [parsed] : parsed;
    calendars = (Array.isArray(roots) ? roots : []).map((root) => new ICAL.Component(root));
  } catch (error) {
    return fail(`not readable as iCalendar (${reason(error)})`);
  }
  calendars = calendars.filter((calendar) => calendar.name === 'vcalendar');
  if (calendars.length === 0) return fail('no VCALENDAR in the file');
  if (from >= to) return { ok: true, intervals: [] };

  const intervals: BusyInterval[] = [];
  const budget: Budget = { occurrences: 0, ruleSteps: 0, searchSteps: 0 };
  const context = {
    from,
    to,
    clock: busyClock(options.timeZone),
    ignoreUidSuffix: options.ignoreUidSuffix ?? APP_UID_SUFFIX,
    maxOccurrences: options.maxOccurrences ?? MAX_BUSY_OCCURRENCES,
    budget,
    out: intervals,
  };
  try {
    withRuleBudget(budget, () => {
      for (const calendar of calendars) {
        answerOffsetsDaily(calendar);
        expandCalendar(calendar, context);
      }
    });
  } catch (error) {
    if (error instanceof BusyProblem) return fail(error.message);
    return fail(`could not be read (${reason(error)})`);
  }
  intervals.sort((a, b) => compare(a.start, b.start) || compare(a.end, b.end) || compare(a.uid, b.uid));
  return { ok: true, intervals };
}

function instant(value: Date | string): number | null {
  const ms = typeof value === 'string' ? Date.parse(value) : value.getTime();
  return Number.isFinite(ms) ? ms : null;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
