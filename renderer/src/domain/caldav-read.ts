import ICAL from 'ical.js';
import { expandBusy } from './busy-time';
import type { BusySpan } from './busy-time-intervals';
import { DAY_MS, dayNumber } from './calendar-day';
import { icsUid, icsUidKey, isReviewKey } from './ics-names';
import type { CalendarObject, CalendarPin, SyncedEvent } from './caldav-types';
import type { Schedule } from './schedule-types';

/** Where the planner last put an event it syncs, and the content it wrote (see `SyncedEvent`). */
export const PLANNED_START = 'X-ROADMAP-PLANNER-START';
export const PLANNED_END = 'X-ROADMAP-PLANNER-END';
export const CONTENT_KEY = 'X-ROADMAP-PLANNER-KEY';

// Wide enough for any event of a plan (the scheduler looks five years ahead).
const EVER = { from: new Date(Date.UTC(2000, 0, 1)), to: new Date(Date.UTC(2200, 0, 1)) };

/** A calendar as the sync reads it: this plan's events, and everything else as busy time. */
export type CalendarReading = {
  ours: SyncedEvent[];
  /** Busy time of the other events in the window (not merged). */
  busy: BusySpan[];
  /** Objects that could not be read as iCalendar: left alone, and not busy time. */
  unreadable: number;
};

export type ReadCalendarOptions = {
  planId: string;
  /** The plan's zone: all-day and floating events are read in it. */
  timeZone: string;
  /** Busy time is read within this window. */
  window: { from: Date; to: Date };
  /** false for a busy-only calendar: an event of this plan there is busy time like any other. */
  own: boolean;
};

/**
 * Sorts a calendar's objects: the events this plan wrote (recognised by their UIDs, read with
 * the planner's `X-ROADMAP-PLANNER-*` marks) and the busy time of the rest (recurrences
 * expanded; transparent and cancelled events free). One unreadable object is counted and
 * skipped, never a reason to fail the sync.
 */
export function readCalendar(
  objects: readonly CalendarObject[],
  options: ReadCalendarOptions,
): CalendarReading {
  const suffix = icsUid('', options.planId);
  const reading: CalendarReading = { ours: [], busy: [], unreadable: 0 };
  for (const object of objects) {
    const event = firstEvent(object.data);
    if (event === null) {
      reading.unreadable++;
      continue;
    }
    const uid = String(event.getFirstPropertyValue('uid') ?? '');
    if (options.own && uid.endsWith(suffix) && uid.length > suffix.length) {
      const ours = syncedEvent(object, event, uid, options);
      if (ours) reading.ours.push(ours);
      else reading.unreadable++;
      continue;
    }
    const expanded = expandBusy(object.data, {
      ...options.window,
      timeZone: options.timeZone,
      fileName: object.url,
      ignoreUidSuffix: options.own ? suffix : '',
    });
    if (!expanded.ok) reading.unreadable++;
    else for (const { start, end } of expanded.intervals) reading.busy.push({ start, end });
  }
  return reading;
}

/**
 * The study sessions the user moved or resized in their calendar: where the calendar has them
 * now. A review day moved there is no pin: the next sync puts it back where the plan has it.
 */
export function pinsOf(ours: readonly SyncedEvent[]): CalendarPin[] {
  return ours
    .filter((e) => !e.allDay && !e.cancelled && e.key.includes('#') && !isReviewKey(e.key) && e.end > e.start)
    .filter((e) => e.start !== e.plannedStart || e.end !== e.plannedEnd)
    .map((e) => ({
      id: e.key,
      topicId: e.key.slice(0, e.key.lastIndexOf('#')),
      start: new Date(e.start).toISOString(),
      end: new Date(e.end).toISOString(),
    }));
}

/** Whether two lists hold the same pins (ids and times), in any order. */
export function samePins(a: readonly CalendarPin[], b: readonly CalendarPin[]): boolean {
  const key = (pins: readonly CalendarPin[]) =>
    JSON.stringify([...pins].sort((x, y) => (x.id < y.id ? -1 : 1)).map((p) => [p.id, p.start, p.end]));
  return key(a) === key(b);
}

/** Whether every pin is where the schedule has its session (the schedule was made with the pins). */
export function honoursPins(schedule: Pick<Schedule, 'sessions'>, pins: readonly CalendarPin[]): boolean {
  const byId = new Map(schedule.sessions.map((s) => [s.id, s]));
  return pins.every((pin) => {
    const session = byId.get(pin.id);
    return (
      !session ||
      (Date.parse(session.start) === Date.parse(pin.start) && Date.parse(session.end) === Date.parse(pin.end))
    );
  });
}

function firstEvent(data: string): ICAL.Component | null {
  try {
    const root = new ICAL.Component(ICAL.parse(data.replace(/^\uFEFF/, '')) as unknown[]);
    if (root.name !== 'vcalendar') return null;
    const events = root.getAllSubcomponents('vevent');
    return events.find((e) => !e.hasProperty('recurrence-id')) ?? events[0] ?? null;
  } catch {
    return null;
  }
}

function syncedEvent(
  object: CalendarObject,
  event: ICAL.Component,
  uid: string,
  options: ReadCalendarOptions,
): SyncedEvent | null {
  const start = event.getFirstProperty('dtstart');
  if (!start) return null;
  const allDay = start.type === 'date';
  const text = (name: string) => {
    const value: unknown = event.getFirstPropertyValue(name.toLowerCase());
    return typeof value === 'string' ? value : null;
  };
  const cancelled = text('STATUS')?.toUpperCase() === 'CANCELLED';
  let span: { start: number; end: number } | null;
  if (allDay) {
    const first = dateValue(event, 'dtstart');
    const last = dateValue(event, 'dtend');
    span = first === null ? null : { start: first, end: last ?? first + DAY_MS };
  } else span = cancelled ? utcSpan(event) : (timedSpan(object, uid, options) ?? utcSpan(event));
  if (span === null) return null;
  const planned = (name: string, fallback: number) => {
    const value = Date.parse(text(name) ?? '');
    return Number.isFinite(value) ? value : fallback;
  };
  const sequence = Number(event.getFirstPropertyValue('sequence') ?? 0);
  return {
    uid,
    key: icsUidKey(uid, options.planId),
    url: object.url,
    etag: object.etag,
    allDay,
    ...span,
    sequence: Number.isInteger(sequence) && sequence >= 0 ? sequence : 0,
    plannedStart: planned(PLANNED_START, span.start),
    plannedEnd: planned(PLANNED_END, span.end),
    contentKey: text(CONTENT_KEY),
    summary: text('SUMMARY') ?? '',
    description: text('DESCRIPTION') ?? '',
    cancelled,
  };
}

/** A timed event's span with its zone honoured (a calendar app may rewrite it with a TZID). */
function timedSpan(object: CalendarObject, uid: string, options: ReadCalendarOptions) {
  const expanded = expandBusy(object.data, {
    ...EVER,
    timeZone: options.timeZone,
    fileName: object.url,
    ignoreUidSuffix: '',
  });
  const first = expanded.ok ? expanded.intervals.find((i) => i.uid === uid) : undefined;
  return first ? { start: Date.parse(first.start), end: Date.parse(first.end) } : null;
}

/** A timed event's span read as written (UTC or floating): for events busy time leaves out. */
function utcSpan(event: ICAL.Component): { start: number; end: number } | null {
  const start = timeValue(event, 'dtstart');
  const end = timeValue(event, 'dtend') ?? start;
  return start === null || end === null ? null : { start, end };
}

function timeValue(event: ICAL.Component, name: string): number | null {
  const value: unknown = event.getFirstPropertyValue(name);
  return value instanceof ICAL.Time ? value.toUnixTime() * 1000 : null;
}

function dateValue(event: ICAL.Component, name: string): number | null {
  const value: unknown = event.getFirstPropertyValue(name);
  if (!(value instanceof ICAL.Time)) return null;
  const day = value.toString().slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? dayNumber(day) * DAY_MS : null;
}
