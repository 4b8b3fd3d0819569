import ical, {
  ICalAlarmType,
  ICalCalendarMethod,
  ICalEvent,
  ICalEventStatus,
  ICalEventTransparency,
} from 'ical-generator';
import type { ICalCalendar, ICalEventData } from 'ical-generator';
import { DAY_MS, dayNumber } from './calendar-day';
import type { IcsEvent } from './ics-events';
import { foldIcsLines } from './ics-fold';
import type { IcsHistoryEvent } from './ics-history';
import { clean, escapeText } from './ics-text';

const PRODID = '-//Roadmap Planner//Study plan//EN';
const CLOSE = 'END:VCALENDAR';

/**
 * The iCalendar text (METHOD:PUBLISH, CRLF line ends, the last line too): `live` events as
 * CONFIRMED with their `sequences`, then `gone` ones as CANCELLED with one higher.
 */
export function writeIcsCalendar(
  calendarName: string,
  live: readonly IcsEvent[],
  sequences: readonly number[],
  gone: readonly (readonly [string, IcsHistoryEvent])[],
  now: Date,
): string {
  // ical-generator writes the calendar and every event, but the events are folded here: its
  // own folding (a string built a character at a time) took most of a large export's time.
  // Each event is written as soon as it is made and left to the garbage collector young,
  // rather than kept on the calendar until the end.
  const host = ical();
  const written: string[] = [];
  const calendar = ical({
    prodId: PRODID.slice(1), // ical-generator writes the leading '-' itself
    method: ICalCalendarMethod.PUBLISH,
    scale: 'gregorian',
    // Written as given (no escaping) in NAME and X-WR-CALNAME.
    name: escapeText(calendarName),
  });
  live.forEach((event, i) => {
    const data = { ...eventData(event, now), sequence: sequences[i]!, status: ICalEventStatus.CONFIRMED };
    written.push(new ICalEvent(data, host).toString());
  });
  for (const [uid, before] of gone) {
    const cancelled = new ICalEvent(
      {
        id: uid,
        sequence: before.sequence + 1,
        stamp: now,
        allDay: before.allDay === true,
        start: toDate(before.start),
        end: toDate(before.end),
        // Cleaned again: a history written before hidden characters were dropped may hold them.
        summary: clean(before.summary),
        status: ICalEventStatus.CANCELLED,
        ...(before.allDay ? { transparency: ICalEventTransparency.TRANSPARENT } : {}),
      },
      host,
    );
    written.push(cancelled.toString());
  }

  return withEvents(calendar, written);
}

/** Properties the planner adds to an event it keeps in a CalDAV calendar (`X-…` name → value). */
export type IcsExtraProperties = Readonly<Record<string, string>>;

/**
 * One event as a CalDAV calendar object: a VCALENDAR without METHOD (RFC 4791 §4.1) holding
 * the event as the export writes it, CONFIRMED with `sequence`, plus `extra` properties.
 */
export function writeIcsEventObject(
  event: IcsEvent,
  sequence: number,
  extra: IcsExtraProperties,
  now: Date,
): string {
  const calendar = ical({ prodId: PRODID.slice(1), scale: 'gregorian' });
  const data = {
    ...eventData(event, now),
    sequence,
    status: ICalEventStatus.CONFIRMED,
    x: Object.entries(extra),
  };
  return withEvents(calendar, [new ICalEvent(data, ical()).toString()]);
}

/** The calendar's text with the written events, folded, before its closing line. */
function withEvents(calendar: ICalCalendar, written: readonly string[]): string {
  // Events go where ical-generator puts them, before the closing line; its output also
  // leaves the last line without its CRLF.
  const shell = calendar.toString();
  if (!shell.endsWith(`\r\n${CLOSE}`)) throw new Error('buildIcs: unexpected calendar from ical-generator');
  return `${shell.slice(0, -CLOSE.length)}${foldIcsLines(written.join(''))}${CLOSE}\r\n`;
}

function eventData(event: IcsEvent, now: Date): ICalEventData {
  return {
    id: event.uid,
    stamp: now,
    allDay: event.allDay,
    start: toDate(event.start),
    end: toDate(event.end),
    summary: event.summary,
    description: event.description,
    categories: event.categories.map((name) => ({ name })),
    ...(event.transparent ? { transparency: ICalEventTransparency.TRANSPARENT } : {}),
    alarms:
      event.alarm === null
        ? []
        : [{ type: ICalAlarmType.display, trigger: event.alarm * 60, description: event.summary }],
  };
}

/** A UTC instant, or the UTC midnight of a day: ical-generator writes all-day dates from UTC fields. */
function toDate(value: string): Date {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(dayNumber(value) * DAY_MS);
  return new Date(value);
}
