/*
 * Calendar sync's shapes (issue 15), as the domain sees them. Main's CalDAV client (and the
 * command line's) answers in the same shapes (electron/shared/caldav-contract.ts); the domain
 * imports no code of main's, so it states them here and TypeScript checks they agree where
 * one is passed as the other.
 */

/** One calendar object (one event and its recurrences) as the server holds it. */
export type CalendarObject = { url: string; etag: string | null; data: string };

/** One write to a calendar: `create` only where nothing is, the others against the ETag read. */
export type CalendarWrite =
  | { kind: 'create'; url: string; data: string }
  | { kind: 'update'; url: string; etag: string | null; data: string }
  | { kind: 'delete'; url: string; etag: string | null };

/** What went wrong, sorted so the app can say what to do (see the contract for each kind). */
export type CalendarProblem = {
  kind: 'auth' | 'not-found' | 'conflict' | 'offline' | 'tls' | 'server';
  status: number | null;
  url: string;
  message: string;
};

export type CalendarResult<T> = { ok: true; value: T } | { ok: false; problem: CalendarProblem };

/** Reads and writes calendars; main (with the password it keeps) or the command line does the HTTP. */
export type CalendarTransport = {
  list(calendarUrl: string): Promise<CalendarResult<CalendarObject[]>>;
  write(write: CalendarWrite): Promise<CalendarResult<{ etag: string | null }>>;
};

/** An event of this plan found in the write calendar, as the planner reads it back. */
export type SyncedEvent = {
  uid: string;
  /** The session id (`topic#2`) or milestone key (`phase-1-end`) the UID was made from. */
  key: string;
  url: string;
  etag: string | null;
  allDay: boolean;
  /** Where the calendar has it now: ms since the epoch (all-day: UTC midnight of the day). */
  start: number;
  end: number;
  sequence: number;
  /** Where the planner last put it (`X-ROADMAP-PLANNER-START`/`-END`); its own times when absent. */
  plannedStart: number;
  plannedEnd: number;
  /** `X-ROADMAP-PLANNER-KEY`: the content the planner last wrote; null when absent. */
  contentKey: string | null;
  /** The event's title and description as the calendar holds them (for a server that drops X- properties). */
  summary: string;
  description: string;
  cancelled: boolean;
};

/** A session the user placed in their calendar: the scheduler keeps it there (see `ScheduleOptions.pins`). */
export type CalendarPin = { id: string; topicId: string; start: string; end: string };
