import { MAX_CALENDAR_FILE_BYTES } from '../../../../electron/shared/ipc-contract';
import type { CalendarFileResult } from '../../platform';
import { platform } from '../../platform';
import { refreshBusyCalendars } from '../../storage';
import type { ActionChannel, BusyCalendarRecord, BusyCalendarUpdate } from '../../storage';
import { formatMoment, mergeBusy } from '../../domain';
import type { BusyInterval, ExpandBusyResult } from '../../domain';
import type * as BusyTime from '../../domain/busy-time';
import { setRereadProblem, UPCOMING_DAYS } from './useBusyCalendars';
import type { ExpandedCalendars } from './useBusyCalendars';

/*
 * Busy calendars' files: choosing one (a native dialog on the desktop, the browser's file
 * picker on the web), reading them again by path (desktop only) and checking what they
 * hold. Loaded on first use (the plan view, or the desktop's reading again on opening).
 */

const DAY_MS = 24 * 60 * 60 * 1000;

let busyTime: Promise<typeof BusyTime> | undefined;

/** The busy-time module, loaded once on first use. */
export function loadBusyTime(): Promise<typeof BusyTime> {
  busyTime ??= import('../../domain/busy-time');
  return busyTime;
}

/** The window busy time is read in: from a day ago to a year ahead. */
export function busyWindow(now: number): { from: Date; to: Date } {
  return { from: new Date(now - DAY_MS), to: new Date(now + 366 * DAY_MS) };
}

/** A calendar file read for busy time; `path` only on the desktop. */
export type CalendarFile = { name: string; text: string; path?: string };

/** A chosen file, why it cannot be used, or null when the user cancelled. */
export type PickedCalendar = { ok: true; file: CalendarFile } | { ok: false; message: string } | null;

/** The desktop's calendar file calls, when the app runs in the desktop shell. */
function desktopCalendarFiles() {
  return platform.calendarFiles;
}

function fromDesktop(result: CalendarFileResult): Exclude<PickedCalendar, null> {
  return result.ok
    ? { ok: true, file: { name: result.name, text: result.text, path: result.path } }
    : { ok: false, message: result.message };
}

const MB = 1_000_000;

/** The message for a file over the size limit, before it is read. */
export function tooLargeMessage(name: string, bytes: number): string {
  const size = Math.ceil((bytes / MB) * 10) / 10;
  return `${name} is ${size.toFixed(1)} MB; a calendar file may be at most ${MAX_CALENDAR_FILE_BYTES / MB} MB.`;
}

/** Asks the user for an .ics file and reads it (refusing one over the size limit unread). */
export async function pickCalendarFile(): Promise<PickedCalendar> {
  const desktop = desktopCalendarFiles();
  if (desktop) {
    const result = await desktop.pick();
    return result === null ? null : fromDesktop(result);
  }
  const file = await platform.openFile({ extensions: ['ics'], maxBytes: MAX_CALENDAR_FILE_BYTES });
  if (file === null) return null;
  if (!/\.ics$/i.test(file.name)) {
    return { ok: false, message: `${file.name} is not a calendar file: busy calendars are .ics files.` };
  }
  if (file.text === null) return { ok: false, message: tooLargeMessage(file.name, file.size) };
  return { ok: true, file: { name: file.name, text: file.text } };
}

/** Reads a desktop calendar's file again by its path. */
export async function rereadCalendarFile(path: string): Promise<Exclude<PickedCalendar, null>> {
  const desktop = desktopCalendarFiles();
  if (!desktop) return { ok: false, message: 'Only the desktop app reads calendar files again.' };
  return fromDesktop(await desktop.read(path));
}

/** Why a calendar's text cannot be used (naming the file), or null when it can. */
export async function checkCalendarText(
  file: CalendarFile,
  timeZone: string,
  now: number,
): Promise<string | null> {
  const { expandBusy } = await loadBusyTime();
  const result = expandBusy(file.text, { ...busyWindow(now), timeZone, fileName: file.name });
  return result.ok ? null : result.message;
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
  return formatMoment(record.refreshedAt) ?? 'an unknown time';
}

// ---- Expansion, memoised ---

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

/**
 * Each calendar's busy time from a day before `anchor` to a year after it, expanded again
 * only when its text, the zone or the hour changes: per calendar its busy events in the next
 * {@link UPCOMING_DAYS} days or its problem, every occurrence (sorted) and their union.
 */
export async function expandCalendars(
  records: readonly BusyCalendarRecord[],
  timeZone: string,
  anchor: number,
): Promise<ExpandedCalendars> {
  const results = await expandAll(records, timeZone, anchor);
  const upcomingEnd = anchor + UPCOMING_DAYS * DAY_MS;
  const intervals: BusyInterval[] = [];
  const calendars = results.map((result) => {
    if (!result.ok) return { upcoming: null, problem: result.message };
    intervals.push(...result.intervals);
    const upcoming = result.intervals.filter(
      (interval) => Date.parse(interval.end) > anchor && Date.parse(interval.start) < upcomingEnd,
    ).length;
    return { upcoming, problem: null };
  });
  intervals.sort(
    (a, b) => Date.parse(a.start) - Date.parse(b.start) || Date.parse(a.end) - Date.parse(b.end),
  );
  return { calendars, intervals, busy: mergeBusy(intervals) };
}
