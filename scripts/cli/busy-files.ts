import { APP_UID_SUFFIX, expandBusy, MAX_BUSY_ICS_CHARS } from '../../renderer/src/domain/busy-time';
import type { BusySpan } from '../../renderer/src/domain';
import { readInput } from './read-input';

export type ReadBusy = { ok: true; busy: BusySpan[] } | { ok: false; message: string };

/**
 * `--busy <file.ics>`…: the busy time of each calendar file within `[from, to)`, read in the
 * plan's zone, the app's own exported events left out. The first bad file stops it, named.
 */
export function readBusyFiles(
  files: readonly string[],
  window: { from: number; to: number; timeZone: string },
): ReadBusy {
  const busy: BusySpan[] = [];
  for (const file of files) {
    // The desktop app's limit (5,000,000 bytes), checked before reading.
    const read = readInput(file, MAX_BUSY_ICS_CHARS, 'a calendar');
    if (!read.ok) return read;
    const expanded = expandBusy(read.text, {
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
