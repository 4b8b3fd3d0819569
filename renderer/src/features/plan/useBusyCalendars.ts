import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { BusyInterval, BusySpan } from '../../domain';
import { platform } from '../../platform';
import { useActionChannel, useBusyCalendarRecords } from '../../storage';
import type { BusyCalendarRecord } from '../../storage';

/*
 * This hook is on the start-up path (the plan in force needs busy time): the expansion, the
 * .ics parser (ical.js, large) and the file commands (busy-calendar-files.ts) load only when
 * there is a calendar.
 */

/** One busy calendar as the plan view lists it. */
export type BusyCalendarSummary = {
  id: string;
  name: string;
  /** Desktop only: the file it is read from. */
  path?: string;
  /** When its text was last read from the file. */
  refreshedAt: string;
  /** Busy events in the next {@link UPCOMING_DAYS} days; null while reading or when it cannot be read. */
  upcoming: number | null;
  /** Why its busy time is not used, or why its file could not be read again (the stored copy is used). */
  problem: string | null;
};

/** A calendar with a problem, in words naming its file. */
export type BusyCalendarProblem = { calendarId: string; name: string; message: string };

export type BusyCalendars = {
  /** False until the stored calendars are read and expanded. */
  loaded: boolean;
  calendars: BusyCalendarSummary[];
  /** Every calendar's busy time merged, from a day ago to a year ahead. */
  busy: BusySpan[];
  /** The same occurrences unmerged (with summaries and all-day flags), sorted by start. */
  intervals: BusyInterval[];
  errors: BusyCalendarProblem[];
  /** The stored rows, for the commands. */
  records: readonly BusyCalendarRecord[];
};

/** How far ahead the list counts busy events. */
export const UPCOMING_DAYS = 28;

const HOUR_MS = 60 * 60 * 1000;
const NO_RECORDS: readonly BusyCalendarRecord[] = [];
const NO_SPANS: BusySpan[] = [];
const NO_INTERVALS: BusyInterval[] = [];

/** Each calendar's count or problem (in the records' order), and their busy time. */
export type ExpandedCalendars = {
  calendars: { upcoming: number | null; problem: string | null }[];
  intervals: BusyInterval[];
  busy: BusySpan[];
};

// ---- Problems reading files again, shared by every user of the hook -------------------------

const rereadProblems = new Map<string, string>();
let rereadSnapshot: ReadonlyMap<string, string> = new Map();
const listeners = new Set<() => void>();

/** Records why a calendar's file could not be read again (null: it could). */
export function setRereadProblem(id: string, message: string | null): void {
  if (message === null) rereadProblems.delete(id);
  else rereadProblems.set(id, message);
  rereadSnapshot = new Map(rereadProblems);
  for (const listener of listeners) listener();
}

/** Forgets why a calendar's file could not be read again (it was added again, or removed). */
export function forgetRereadProblem(id: string): void {
  if (rereadProblems.has(id)) setRereadProblem(id, null);
}

function useRereadProblems(): ReadonlyMap<string, string> {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => rereadSnapshot,
  );
}

// ---- The hook --------------------------------------------------------------------

/** Whether calendar files can be read again by path here (the desktop can, a browser cannot). */
export function canRereadCalendarFiles(): boolean {
  return platform.calendarFiles !== null;
}

/** The current hour: busy time is read again when it changes, not on every render. */
function useHour(): number {
  const [hour, setHour] = useState(() => Math.floor(Date.now() / HOUR_MS) * HOUR_MS);
  useEffect(() => {
    const timer = setInterval(() => setHour(Math.floor(Date.now() / HOUR_MS) * HOUR_MS), 60_000);
    return () => clearInterval(timer);
  }, []);
  return hour;
}

/** Per database (one while the app runs), the roadmaps whose files were read again since it opened. */
const rereadOnOpen = new WeakMap<object, Set<string>>();

/** Whether this is the first time since the app opened that a roadmap's files are looked at. */
function firstLook(db: object, roadmapId: string): boolean {
  const seen = rereadOnOpen.get(db) ?? new Set<string>();
  rereadOnOpen.set(db, seen);
  if (seen.has(roadmapId)) return false;
  seen.add(roadmapId);
  return true;
}

/**
 * A roadmap's busy calendars and the busy time they make, from a day ago to a year ahead in
 * `timeZone` (the plan's). The .ics parser loads only when there is a calendar to read, and
 * each calendar is expanded again only when its text, the zone or the hour changes. On the
 * desktop, the first use after the app opens reads every calendar's file again.
 */
export function useBusyCalendars(roadmapId: string, timeZone: string): BusyCalendars {
  const channel = useActionChannel();
  const records = useBusyCalendarRecords(channel.db, roadmapId);
  const anchor = useHour();
  const problems = useRereadProblems();
  const [expanded, setExpanded] = useState<
    (ExpandedCalendars & { records: readonly BusyCalendarRecord[]; timeZone: string }) | null
  >(null);

  useEffect(() => {
    if (records === undefined) return;
    let live = true;
    const done = (result: ExpandedCalendars) => {
      if (live) setExpanded({ ...result, records, timeZone });
    };
    if (records.length === 0) {
      done({ calendars: [], intervals: [], busy: [] });
    } else {
      import('./busy-calendar-files')
        .then((files) => files.expandCalendars(records, timeZone, anchor))
        .then(done, (error: unknown) => {
          // Only a failed load of a chunk lands here (expandBusy never throws).
          const problem = `Busy calendars could not be read: ${error instanceof Error ? error.message : String(error)}`;
          done({ calendars: records.map(() => ({ upcoming: null, problem })), intervals: [], busy: [] });
        });
    }
    return () => {
      live = false;
    };
  }, [records, timeZone, anchor]);

  useEffect(() => {
    if (records === undefined || !canRereadCalendarFiles() || !firstLook(channel.db, roadmapId)) return;
    if (records.some((record) => record.path !== undefined)) {
      import('./busy-calendar-files')
        .then((files) => files.refreshCalendarFiles(channel, records, timeZone))
        // Reading again is a courtesy: the stored copies stay in use whatever happens.
        .catch((error: unknown) => console.error('Could not read the busy calendars again:', error));
    }
  }, [channel, records, roadmapId, timeZone]);

  return useMemo(() => {
    const current =
      expanded !== null && expanded.records === records && expanded.timeZone === timeZone ? expanded : null;
    const rows = records ?? NO_RECORDS;
    const errors: BusyCalendarProblem[] = [];
    const calendars = rows.map((record, index): BusyCalendarSummary => {
      const found = current?.calendars[index];
      const problem = found?.problem ?? problems.get(record.id) ?? null;
      if (problem !== null) errors.push({ calendarId: record.id, name: record.name, message: problem });
      return {
        id: record.id,
        name: record.name,
        ...(record.path === undefined ? {} : { path: record.path }),
        refreshedAt: record.refreshedAt,
        upcoming: found?.upcoming ?? null,
        problem,
      };
    });
    return {
      loaded: current !== null,
      calendars,
      busy: current?.busy ?? NO_SPANS,
      intervals: current?.intervals ?? NO_INTERVALS,
      errors,
      records: rows,
    };
  }, [records, expanded, timeZone, problems]);
}
