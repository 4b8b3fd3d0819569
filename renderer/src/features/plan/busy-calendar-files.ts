import { MAX_CALENDAR_FILE_BYTES } from '../../../../electron/shared/ipc-contract';
import type { CalendarFileResult } from '../../../../electron/shared/ipc-contract';
import type * as BusyTime from '../../domain/busy-time';
import { platform } from '../../platform';

/*
 * Busy calendars' files: choosing one (a native dialog on the desktop, the browser's file
 * picker on the web), reading one again by its path (desktop only) and checking what it
 * holds. The .ics parser (ical.js, large) loads on first use, never at start-up.
 */

let busyTime: Promise<typeof BusyTime> | undefined;

/** The busy-time module, loaded once on first use. */
export function loadBusyTime(): Promise<typeof BusyTime> {
  busyTime ??= import('../../domain/busy-time');
  return busyTime;
}

/** A calendar file read for busy time; `path` only on the desktop. */
export type CalendarFile = { name: string; text: string; path?: string };

/** A chosen file, why it cannot be used, or null when the user cancelled. */
export type PickedCalendar = { ok: true; file: CalendarFile } | { ok: false; message: string } | null;

/** The desktop bridge's calendar calls, when the app runs in the desktop shell. */
function desktopCalendarFiles() {
  return platform.kind === 'desktop' ? (window.roadmapPlanner ?? null) : null;
}

/** Whether calendar files can be read again by path here (the desktop can, a browser cannot). */
export function canRereadCalendarFiles(): boolean {
  return desktopCalendarFiles() !== null;
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
    const result = await desktop.pickCalendarFile();
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
  return fromDesktop(await desktop.readCalendarFile(path));
}

/** The window busy time is read in: from a day ago to a year ahead. */
export function busyWindow(now: number): { from: Date; to: Date } {
  const day = 24 * 60 * 60 * 1000;
  return { from: new Date(now - day), to: new Date(now + 366 * day) };
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
