import ICAL from 'ical.js';
import type { BusyInterval } from './busy-time-intervals';
import { RuleSearchTooLong } from './busy-time-rules';
import type { Budget } from './busy-time-rules';
import { iso } from './busy-time-intervals';
import { UnknownZone, wallMs } from './busy-time-clock';
import type { BusyClock } from './busy-time-clock';
import { describe, reason, textOf, tzidOf } from './busy-time-text';
import { DAY_MS } from './calendar-day';
import { formatCount } from './format-count';
import { inMessage } from './message-text';

/*
 * The events of one VCALENDAR as busy intervals. ical.js does all recurrence work (RRULE,
 * RDATE, EXDATE, RECURRENCE-ID overrides, RANGE=THISANDFUTURE); this file only groups events
 * by UID, converts times to instants and keeps what lies in the window.
 */

/** A problem with the file, already worded for the user (the caller adds the file's name). */
export class BusyProblem extends Error {}

export type ExpandContext = {
  from: number;
  to: number;
  clock: BusyClock;
  ignoreUidSuffix: string;
  maxOccurrences: number;
  budget: Budget;
  out: BusyInterval[];
};

/** Occurrences are looked for this far past the window: floating times are read as UTC here. */
const STOP_SLACK_MS = 2 * DAY_MS;

/** Every VEVENT of a VCALENDAR component, expanded into `context.out`. */
export function expandCalendar(calendar: ICAL.Component, context: ExpandContext): void {
  const groups = new Map<string, { master?: ICAL.Component; exceptions: ICAL.Component[] }>();
  calendar.getAllSubcomponents('vevent').forEach((vevent, index) => {
    const uid = textOf(vevent, 'uid') ?? '';
    if (context.ignoreUidSuffix !== '' && uid.endsWith(context.ignoreUidSuffix)) return;
    // Events without a UID, or a second event with the same UID and no RECURRENCE-ID (two
    // calendars pasted together), stand alone.
    let key = uid === '' ? `#${index}` : uid;
    if (!vevent.hasProperty('recurrence-id') && groups.get(key)?.master) key = `${uid}#${index}`;
    const group = groups.get(key) ?? { exceptions: [] };
    if (vevent.hasProperty('recurrence-id')) group.exceptions.push(vevent);
    else group.master = vevent;
    groups.set(key, group);
  });
  for (const { master, exceptions } of groups.values()) {
    const first = master ?? exceptions[0]!;
    try {
      if (master) expandSeries(master, exceptions, context);
      else
        for (const exception of exceptions)
          expandSingle(new ICAL.Event(exception, { exceptions: [] }), context);
    } catch (error) {
      if (error instanceof BusyProblem) throw error;
      if (error instanceof RuleSearchTooLong) {
        throw new BusyProblem(
          `the repeat rule of ${describe(first)} finds no next date (RRULE:${error.message})`,
        );
      }
      throw new BusyProblem(`${describe(first)} has an unreadable date or repeat rule (${reason(error)})`);
    }
  }
}

function expandSeries(master: ICAL.Component, exceptions: ICAL.Component[], context: ExpandContext): void {
  // Exceptions passed explicitly: by default ical.js relates every RECURRENCE-ID event of the
  // calendar to this one, whatever its UID.
  const event = new ICAL.Event(master, { exceptions });
  requireStart(event);
  const related = Object.values(event.exceptions);
  related.forEach(requireStart);
  // An override may move an occurrence from after the window into it.
  const earliestMove = Math.max(
    0,
    ...related.map((e) => (e.recurrenceId.toUnixTime() - e.startDate.toUnixTime()) * 1000),
  );
  // Compared with wall-clock fields read as UTC: the slack covers any zone's offset.
  const stopAt = context.to + STOP_SLACK_MS + earliestMove;
  // Occurrences an override may concern, by instant; ical.js also matches a RECURRENCE-ID in
  // a third zone by its local text. Only those go through `getOccurrenceDetails`, which is slow.
  const overridden = new Set(related.map((e) => e.recurrenceId.toUnixTime() * 1000));
  const startZone = event.startDate.zone;
  const byText = related.some((e) => ![startZone, ICAL.Timezone.utcTimezone].includes(e.recurrenceId.zone));
  const anyRange = related.some((e) => e.modifiesFuture());
  const duration = event.duration;
  const startTzid = tzidOf(master, 'dtstart');
  const visited = new Set<ICAL.Event>();
  // A cancelled or transparent series is free but for its overrides.
  const expansion = facts(event).free && related.length === 0 ? null : event.iterator();
  const seconds = duration.toSeconds();
  for (let next = expansion?.next(); next; next = expansion?.next()) {
    context.budget.searchSteps = 0;
    if (wallMs(next) >= stopAt) break;
    count(context);
    const start = instantOf(next, startTzid, event, context);
    if (anyRange || overridden.has(start) || (byText && next.toString() in event.exceptions)) {
      const details = event.getOccurrenceDetails(next);
      if (details.item !== event) visited.add(details.item);
      addOccurrence(details.item, details.startDate, details.endDate, context);
    } else {
      // As `getOccurrenceDetails` counts it: the start plus the event's duration.
      const end = context.clock.instantAfter(next, seconds, startTzid);
      addOccurrence(event, next, null, context, { start, end });
    }
  }
  // Overrides of occurrences the series never reached (past the window, or not in the series
  // at all) still hold their own time, as calendars show them.
  for (const exception of related) if (!visited.has(exception)) expandSingle(exception, context);
}

function expandSingle(event: ICAL.Event, context: ExpandContext): void {
  requireStart(event);
  count(context);
  addOccurrence(event, event.startDate, event.endDate, context);
}

type ItemFacts = { free: boolean; uid: string; summary?: string; startTzid?: string; endTzid?: string };

/** What an event's occurrences share, read once per event rather than per occurrence. */
const factsOf = new WeakMap<ICAL.Event, ItemFacts>();

function facts(item: ICAL.Event): ItemFacts {
  let known = factsOf.get(item);
  if (!known) {
    const component = item.component;
    const summary = textOf(component, 'summary')?.trim();
    const startTzid = tzidOf(component, 'dtstart');
    const endTzid = tzidOf(component, 'dtend') ?? startTzid;
    const status = textOf(component, 'status')?.toUpperCase();
    const transp = textOf(component, 'transp')?.toUpperCase();
    known = {
      free: status === 'CANCELLED' || transp === 'TRANSPARENT',
      uid: textOf(component, 'uid') ?? '',
      ...(summary ? { summary } : {}),
      ...(startTzid ? { startTzid } : {}),
      ...(endTzid ? { endTzid } : {}),
    };
    factsOf.set(item, known);
  }
  return known;
}

function addOccurrence(
  item: ICAL.Event,
  start: ICAL.Time,
  end: ICAL.Time | null,
  context: ExpandContext,
  known?: { start: number; end: number },
): void {
  const { free, uid, summary, startTzid, endTzid } = facts(item);
  if (free) return;
  const from = known?.start ?? instantOf(start, startTzid, item, context);
  // An all-day event lasts at least its day, whatever its DTEND says.
  const ends = known?.end ?? (end ? instantOf(end, endTzid, item, context) : from);
  const to = start.isDate ? Math.max(ends, context.clock.dayAfter(start)) : ends;
  const clippedStart = Math.max(from, context.from);
  const clippedEnd = Math.min(to, context.to);
  if (clippedStart >= clippedEnd) return;
  context.out.push({
    start: iso(clippedStart),
    end: iso(clippedEnd),
    uid,
    ...(summary ? { summary } : {}),
    allDay: start.isDate,
  });
}

/** The instant a time means (see `busyClock`), or a problem naming an unknown zone. */
function instantOf(
  time: ICAL.Time,
  tzid: string | undefined,
  item: ICAL.Event,
  context: ExpandContext,
): number {
  try {
    return context.clock.instantOf(time, tzid);
  } catch (error) {
    if (!(error instanceof UnknownZone)) throw error;
    throw new BusyProblem(
      `${describe(item.component)} uses the time zone "${inMessage(error.message)}", which the file does not define`,
    );
  }
}

function count(context: ExpandContext): void {
  context.budget.occurrences += 1;
  if (context.budget.occurrences > context.maxOccurrences) {
    throw new BusyProblem(
      `more than ${formatCount(context.maxOccurrences)} event occurrences before ${iso(context.to).slice(0, 10)}; ` +
        'export a shorter period of the calendar',
    );
  }
}

function requireStart(event: ICAL.Event): void {
  if (!event.component.hasProperty('dtstart'))
    throw new BusyProblem(`${describe(event.component)} has no start (DTSTART)`);
  if (!(event.startDate instanceof ICAL.Time))
    throw new BusyProblem(`${describe(event.component)} has an unreadable start`);
}
