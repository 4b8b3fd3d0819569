import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { mergeBusy } from '../../domain';
import type { BusyInterval, BusySpan, ExpandBusyResult } from '../../domain';
import { refreshBusyCalendars, useActionChannel, useBusyCalendarRecords } from '../../storage';
import type { ActionChannel, BusyCalendarRecord, BusyCalendarUpdate } from '../../storage';
import {
  busyWindow,
  canRereadCalendarFiles,
  checkCalendarText,
  loadBusyTime,
  rereadCalendarFile,
} from './busy-calendar-files';

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
const DAY_MS = 24 * HOUR_MS;
const NO_RECORDS: readonly BusyCalendarRecord[] = [];

// ---- Problems reading files again, shared by every user of the hook -------------------------

const rereadProblems = new Map<string, string>();
let rereadSnapshot: ReadonlyMap<string, string> = new Map();
const listeners = new Set<() => void>();

function setRereadProblem(id: string, message: string | null): void {
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

/** What reading the files again did. */
export type RefreshOutcome = { read: number; changed: number; problems: number };

/**
 * Reads every calendar with a path again (desktop) and stores the changed ones in one step.
 * A file that is gone or now unreadable keeps its stored copy; its problem is listed.
 */
export async function refreshCalendarFiles(
  channel: ActionChannel,
  records: readonly BusyCalendarRecord[],
  timeZone: string,
): Promise<RefreshOutcome> {
  const now = Date.now();
  const updates: BusyCalendarUpdate[] = [];
  const changedNames: string[] = [];
  let read = 0;
  let problems = 0;
  for (const record of records) {
    if (record.path === undefined) continue;
    read++;
    const result = await rereadCalendarFile(record.path);
    const problem = result.ok ? await checkCalendarText(result.file, timeZone, now) : result.message;
    if (problem !== null) {
      problems++;
      setRereadProblem(record.id, `${problem} Its busy time is from the copy read on ${readDate(record)}.`);
      continue;
    }
    setRereadProblem(record.id, null);
    if (result.ok && result.file.text !== record.text) {
      updates.push({ id: record.id, text: result.file.text, refreshedAt: new Date(now).toISOString() });
      changedNames.push(record.name);
    }
  }
  if (updates.length > 0) {
    const list = changedNames.map((name) => `“${name}”`).join(', ');
    await channel.run(refreshBusyCalendars(updates, `Busy calendars read again: ${list} changed.`));
  }
  return { read, changed: updates.length, problems };
}

function readDate(record: BusyCalendarRecord): string {
  return new Date(record.refreshedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

// ---- Expansion, memoised --------------------------------------------------------------------

type Expanded = { text: string; timeZone: string; anchor: number; result: ExpandBusyResult };
const expansions = new Map<string, Expanded>();

async function expandAll(
  records: readonly BusyCalendarRecord[],
  timeZone: string,
  anchor: number,
): Promise<ExpandBusyResult[]> {
  if (records.length === 0) return [];
  const { expandBusy } = await loadBusyTime();
  return records.map((record) => {
    const cached = expansions.get(record.id);
    if (cached && cached.anchor === anchor && cached.timeZone === timeZone && cached.text === record.text) {
      return cached.result;
    }
    const result = expandBusy(record.text, { ...busyWindow(anchor), timeZone, fileName: record.name });
    expansions.set(record.id, { text: record.text, timeZone, anchor, result });
    return result;
  });
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
  const [expanded, setExpanded] = useState<{
    records: readonly BusyCalendarRecord[];
    timeZone: string;
    anchor: number;
    results: ExpandBusyResult[];
  } | null>(null);

  useEffect(() => {
    if (records === undefined) return;
    let live = true;
    expandAll(records, timeZone, anchor).then(
      (results) => {
        if (live) setExpanded({ records, timeZone, anchor, results });
      },
      (error: unknown) => {
        // Only a failed load of the parser's chunk lands here (expandBusy never throws).
        const message = `Busy calendars could not be read: ${error instanceof Error ? error.message : String(error)}`;
        if (live)
          setExpanded({ records, timeZone, anchor, results: records.map(() => ({ ok: false, message })) });
      },
    );
    return () => {
      live = false;
    };
  }, [records, timeZone, anchor]);

  useEffect(() => {
    if (records === undefined || !canRereadCalendarFiles() || !firstLook(channel.db, roadmapId)) return;
    if (records.some((record) => record.path !== undefined)) {
      void refreshCalendarFiles(channel, records, timeZone);
    }
  }, [channel, records, roadmapId, timeZone]);

  return useMemo(() => {
    const current =
      expanded !== null && expanded.records === records && expanded.timeZone === timeZone ? expanded : null;
    const rows = records ?? NO_RECORDS;
    const upcomingEnd = anchor + UPCOMING_DAYS * DAY_MS;
    const intervals: BusyInterval[] = [];
    const errors: BusyCalendarProblem[] = [];
    const calendars = rows.map((record, index): BusyCalendarSummary => {
      const result = current?.results[index];
      let upcoming: number | null = null;
      let problem = problems.get(record.id) ?? null;
      if (result?.ok) {
        intervals.push(...result.intervals);
        upcoming = result.intervals.filter(
          (interval) => Date.parse(interval.end) > anchor && Date.parse(interval.start) < upcomingEnd,
        ).length;
      } else if (result) {
        problem = result.message;
      }
      if (problem !== null) errors.push({ calendarId: record.id, name: record.name, message: problem });
      return {
        id: record.id,
        name: record.name,
        ...(record.path === undefined ? {} : { path: record.path }),
        refreshedAt: record.refreshedAt,
        upcoming,
        problem,
      };
    });
    intervals.sort(
      (a, b) => Date.parse(a.start) - Date.parse(b.start) || Date.parse(a.end) - Date.parse(b.end),
    );
    return {
      loaded: records !== undefined && (rows.length === 0 || current !== null),
      calendars,
      busy: mergeBusy(intervals),
      intervals,
      errors,
      records: rows,
    };
  }, [records, expanded, timeZone, anchor, problems]);
}
