import type { BusySpan } from './busy-time-intervals';
import { planCalendarWrites } from './caldav-plan';
import { pinsOf, readCalendar } from './caldav-read';
import type {
  CalendarPin,
  CalendarProblem,
  CalendarResult,
  CalendarTransport,
  CalendarWrite,
  SyncedEvent,
} from './caldav-types';
import type { IcsEvent } from './ics-events';

/** What the calendars said: the user's moves, their busy time, and this plan's events. */
export type SyncReading = {
  pins: CalendarPin[];
  busy: BusySpan[];
  ours: SyncedEvent[];
  /** Objects that could not be read (left alone). */
  unreadable: number;
};

export type SyncRequest = {
  transport: CalendarTransport;
  /** The calendar study sessions are written to (its other events are busy time too). */
  calendarUrl: string;
  /** Calendars read for busy time only. */
  busyUrls: readonly string[];
  planId: string;
  timeZone: string;
  now: Date;
  /** UIDs the calendar held after the last sync (see `planCalendarWrites`). */
  known?: ReadonlySet<string>;
  /** UIDs of moved events the user unpinned (see `planCalendarWrites`). */
  released?: ReadonlySet<string>;
  /** How far ahead busy time is read; default 2 years. */
  busyYears?: number;
  /**
   * The events the plan wants in the calendar, planned with what the calendars said; null
   * stops before writing (the app replans with new pins first, then syncs again).
   */
  desired(reading: SyncReading): readonly IcsEvent[] | null;
};

export type SyncReport = {
  created: number;
  updated: number;
  removed: number;
  /** Sessions the user moved or resized in the calendar. */
  pinned: number;
  /** Busy intervals read. */
  busy: number;
  /** False when `desired` stopped the sync before writing. */
  wrote: boolean;
  reading: SyncReading;
  deletedByUser: IcsEvent[];
  /** What the next sync is to take as written before (see `SyncWrites.known`). */
  known: string[];
};

const PARALLEL_WRITES = 4;
const DAY_MS = 24 * 60 * 60 * 1000;
const YEAR_MS = 365.25 * DAY_MS;

/**
 * One sync (issue 15 §2): reads the write calendar and the busy calendars, lets the plan
 * place itself around the user's moves and busy time, then writes only what differs. Writes
 * that meet a change made meanwhile (412) are planned again from a fresh read, once. Resumable:
 * what an interrupted sync wrote is found in the calendar by the next one. Any other problem
 * ends the sync with it (one line naming the URL); the counts say what was written before.
 */
export async function syncCalendar(request: SyncRequest): Promise<CalendarResult<SyncReport>> {
  const done = { created: 0, updated: 0, removed: 0 };
  for (let attempt = 0; ; attempt++) {
    const read = await readAll(request);
    if (!read.ok) return read;
    const reading = read.value;
    const report = (rest: Pick<SyncReport, 'wrote' | 'deletedByUser' | 'known'>): SyncReport => ({
      ...done,
      pinned: reading.pins.length,
      busy: reading.busy.length,
      reading,
      ...rest,
    });
    const desired = request.desired(reading);
    if (desired === null) {
      return { ok: true, value: report({ wrote: false, deletedByUser: [], known: [] }) };
    }
    const plan = planCalendarWrites({
      calendarUrl: request.calendarUrl,
      desired,
      ours: reading.ours,
      now: request.now,
      ...(request.known ? { known: request.known } : {}),
      ...(request.released ? { released: request.released } : {}),
    });
    const applied = await applyWrites(request.transport, plan.writes, done);
    if (applied === null) {
      const value = report({ wrote: true, deletedByUser: plan.deletedByUser, known: plan.known });
      return { ok: true, value };
    }
    if (applied.kind !== 'conflict' || attempt > 0) return { ok: false, problem: applied };
  }
}

async function readAll(request: SyncRequest): Promise<CalendarResult<SyncReading>> {
  // Whole UTC days from the day before: busy time clipped to the window reads the same all
  // day, so the app can tell new busy time from the same time read a minute later.
  const from = new Date((Math.floor(request.now.getTime() / DAY_MS) - 1) * DAY_MS);
  const to = new Date(from.getTime() + Math.round(((request.busyYears ?? 2) * YEAR_MS) / DAY_MS) * DAY_MS);
  const options = { planId: request.planId, timeZone: request.timeZone, window: { from, to } };
  const own = await request.transport.list(request.calendarUrl);
  if (!own.ok) return own;
  const reading = readCalendar(own.value, { ...options, own: true });
  const busy = [...reading.busy];
  let unreadable = reading.unreadable;
  for (const url of request.busyUrls) {
    if (url === request.calendarUrl) continue;
    const listed = await request.transport.list(url);
    if (!listed.ok) return listed;
    const other = readCalendar(listed.value, { ...options, own: false });
    busy.push(...other.busy);
    unreadable += other.unreadable;
  }
  return { ok: true, value: { pins: pinsOf(reading.ours), busy, ours: reading.ours, unreadable } };
}

/**
 * Applies the writes, a few at a time; counts each one done. Null when all went through,
 * else the first problem (a conflict only once the others are done: the sync plans again).
 */
async function applyWrites(
  transport: CalendarTransport,
  writes: readonly CalendarWrite[],
  done: { created: number; updated: number; removed: number },
): Promise<CalendarProblem | null> {
  let next = 0;
  let failed: CalendarProblem | null = null;
  const counter = { create: 'created', update: 'updated', delete: 'removed' } as const;
  const worker = async () => {
    while (next < writes.length && (failed === null || failed.kind === 'conflict')) {
      const write = writes[next++]!;
      const result = await transport.write(write);
      if (result.ok) done[counter[write.kind]]++;
      else if (failed === null || failed.kind === 'conflict') failed = result.problem;
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_WRITES }, worker));
  return failed;
}
