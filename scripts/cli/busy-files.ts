import { APP_UID_SUFFIX, expandBusy, MAX_BUSY_ICS_CHARS } from '../../renderer/src/domain/busy-time';
import type { BusySpan } from '../../renderer/src/domain';
import { readInput } from './read-input';

/** A calendar file given with `--busy`, read. */
export type BusyFile = { file: string; text: string };

/** The calendar files, read; the first one that cannot be read stops it, named. */
export function readBusyFiles(
  files: readonly string[],
): { ok: true; files: BusyFile[] } | { ok: false; message: string } {
  const read: BusyFile[] = [];
  for (const file of files) {
    // The desktop app's limit (5,000,000 bytes), checked before reading.
    const input = readInput(file, MAX_BUSY_ICS_CHARS);
    if (!input.ok) return input;
    read.push({ file, text: input.text });
  }
  return { ok: true, files: read };
}

/**
 * The busy time of each calendar within `[from, to)`, read in the plan's zone, the app's own
 * exported events left out. The first bad file stops it, named.
 */
export function expandBusyFiles(
  files: readonly BusyFile[],
  window: { from: number; to: number; timeZone: string },
): { ok: true; busy: BusySpan[] } | { ok: false; message: string } {
  const busy: BusySpan[] = [];
  for (const { file, text } of files) {
    const expanded = expandBusy(text, {
      from: new Date(window.from),
      to: new Date(window.to),
      timeZone: window.timeZone,
      fileName: file,
      ignoreUidSuffix: APP_UID_SUFFIX,
    });
    if (!expanded.ok) return expanded;
    for (const { start, end } of expanded.intervals) busy.push({ start, end });
  }
  return { ok: true, busy };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Schedules around the calendars' busy time. Expanding years of recurring events is the slow
 * part (50 weekly series: ~0.1 s a year), so it expands one year first and looks as far as
 * the scheduler does (`horizonYears`) only when the plan reaches within a week and a day of
 * that year's end: a schedule that ends well inside the window met all the busy time it can.
 */
export function scheduleAroundBusy<
  T extends { sessions: readonly { end: string }[]; reserve: readonly { end: string }[] },
>(
  files: readonly BusyFile[],
  window: { from: number; horizonYears: number; timeZone: string },
  schedule: (busy: BusySpan[]) => T,
): { ok: true; schedule: T } | { ok: false; message: string } {
  for (const years of [Math.min(1, window.horizonYears), window.horizonYears]) {
    const end = new Date(window.from);
    end.setUTCFullYear(end.getUTCFullYear() + years);
    // A few days over: the scheduler counts the horizon in plan days from the day it starts.
    const to = end.getTime() + 3 * DAY_MS;
    const expanded = expandBusyFiles(files, { from: window.from, to, timeZone: window.timeZone });
    if (!expanded.ok) return expanded;
    const result = schedule(expanded.busy);
    const last = Math.max(
      window.from,
      ...result.sessions.map((s) => Date.parse(s.end)),
      ...result.reserve.map((r) => Date.parse(r.end)),
    );
    if (years === window.horizonYears || last <= to - 8 * DAY_MS) return { ok: true, schedule: result };
  }
  throw new Error('unreachable: the last window is the horizon');
}
