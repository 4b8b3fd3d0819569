import type { CalendarWrite, SyncedEvent } from './caldav-types';
import { CONTENT_KEY, PLANNED_END, PLANNED_START } from './caldav-read';
import { DAY_MS, dayNumber } from './calendar-day';
import type { IcsEvent } from './ics-events';
import { isReviewUid } from './ics-names';
import { icsContentKey } from './ics-sequence';
import { writeIcsEventObject } from './ics-write';

/** What one sync writes, and what it leaves to the user. */
export type SyncWrites = {
  writes: CalendarWrite[];
  created: number;
  updated: number;
  removed: number;
  /**
   * Upcoming study sessions the user deleted from the calendar after a sync had written them:
   * not written again until the user says whether to drop that work or plan it again. (A
   * review day the user deleted is left deleted, known, and not asked about: the review
   * stays in the app.)
   */
  deletedByUser: IcsEvent[];
  /**
   * UIDs the next sync is to take as written before (its `known`): this plan's events in the
   * calendar once the writes are done, and past ones the user deleted (history, not asked about).
   */
  known: string[];
};

export type SyncWritesInput = {
  /** The calendar's URL, ending in `/`. */
  calendarUrl: string;
  /** The events the plan wants there (the same as the .ics export's). */
  desired: readonly IcsEvent[];
  /** This plan's events the calendar holds (`readCalendar`). */
  ours: readonly SyncedEvent[];
  /** UIDs the calendar held after the last sync (the app's memory); none on the command line. */
  known?: ReadonlySet<string>;
  /** UIDs of moved events the user gave back to the planner (Unpin): no longer kept as moves. */
  released?: ReadonlySet<string>;
  /** The current instant: events over before it are history, left alone. */
  now: Date;
};

/**
 * The writes that bring the calendar to the plan: new events created (at a URL made from the
 * UID, so a sync that stopped midway and runs again finds them), changed ones updated against
 * their ETag with SEQUENCE + 1, and upcoming events of sessions no longer planned deleted.
 * Unchanged events (times and content as the planner last wrote them) are not written: a sync
 * with nothing changed writes nothing. An event the user moved keeps its planner marks while
 * the plan keeps it where the user put it, so it stays recognised as moved.
 */
export function planCalendarWrites(input: SyncWritesInput): SyncWrites {
  const { now } = input;
  const nowMs = now.getTime();
  const ours = new Map(input.ours.map((e) => [e.uid, e]));
  const result: SyncWrites = {
    writes: [],
    created: 0,
    updated: 0,
    removed: 0,
    deletedByUser: [],
    known: [],
  };
  const wanted = new Set<string>();
  for (const event of input.desired) {
    wanted.add(event.uid);
    const existing = ours.get(event.uid);
    const { start, end } = spanOf(event);
    const contentKey = icsContentKey(event);
    if (!existing) {
      if (input.known?.has(event.uid) && !event.allDay) {
        if (end > nowMs && !isReviewUid(event.uid)) result.deletedByUser.push(event);
        else result.known.push(event.uid);
        continue;
      }
      const marks = { start: event.start, end: event.end, contentKey };
      const url = `${input.calendarUrl}${objectName(event.uid)}.ics`;
      result.writes.push({ kind: 'create', url, data: eventText(event, 0, marks, now) });
      result.created++;
      result.known.push(event.uid);
      continue;
    }
    result.known.push(event.uid);
    const same = existing.start === start && existing.end === end && !existing.cancelled;
    // Without the planner's key (a server that drops X- properties), what the calendar shows.
    const unchanged =
      existing.contentKey === null
        ? existing.summary === event.summary && existing.description === event.description
        : existing.contentKey === contentKey;
    // Still where the user moved it: keep the planner's marks, so it stays a move (unless given back).
    const moved =
      (existing.plannedStart !== existing.start || existing.plannedEnd !== existing.end) &&
      !input.released?.has(event.uid);
    // A released move the plan leaves where it is is written once, to drop its marks.
    const released = same && input.released?.has(event.uid) && existing.plannedStart !== existing.start;
    if (same && unchanged && !released) continue;
    const marks =
      same && moved
        ? { start: iso(existing.plannedStart), end: iso(existing.plannedEnd), contentKey }
        : { start: event.start, end: event.end, contentKey };
    const data = eventText(event, existing.sequence + 1, marks, now);
    result.writes.push({ kind: 'update', url: existing.url, etag: existing.etag, data });
    result.updated++;
  }
  for (const existing of input.ours) {
    if (wanted.has(existing.uid)) continue;
    if (existing.end <= nowMs) {
      result.known.push(existing.uid);
      continue;
    }
    result.writes.push({ kind: 'delete', url: existing.url, etag: existing.etag });
    result.removed++;
  }
  return result;
}

/**
 * The last part of an event's URL: the UID with every character but letters, digits, `.` and
 * `-` written as `_` and its UTF-8 bytes in hex, so different UIDs never share a URL.
 */
export function objectName(uid: string): string {
  return encodeURIComponent(uid).replace(/[!'()*_~%]/g, (c) =>
    c === '%' ? '_' : `_${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

type Marks = { start: string; end: string; contentKey: string };

function eventText(event: IcsEvent, sequence: number, marks: Marks, now: Date): string {
  const extra: Record<string, string> = { [CONTENT_KEY]: marks.contentKey };
  if (!event.allDay) Object.assign(extra, { [PLANNED_START]: marks.start, [PLANNED_END]: marks.end });
  return writeIcsEventObject(event, sequence, extra, now);
}

/** An event's span as the calendar reading gives it (all-day: UTC midnights). */
function spanOf(event: IcsEvent): { start: number; end: number } {
  if (event.allDay) return { start: dayNumber(event.start) * DAY_MS, end: dayNumber(event.end) * DAY_MS };
  return { start: Date.parse(event.start), end: Date.parse(event.end) };
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}
