import { promises as fs } from 'node:fs';
import { basename, extname, isAbsolute } from 'node:path';
import { z } from 'zod';
import { MAX_CALENDAR_FILE_BYTES } from '../shared/ipc-contract';
import type { CalendarFileResult } from '../shared/ipc-contract';
import { readFileCapped, writeFileAtomically } from './file-requests';

/** The only files main reads as busy calendars. */
export const CALENDAR_EXTENSIONS = ['ics'] as const;

// A page may send any string: only a full path is worth trying (the dialog gives those).
const pathSchema = z
  .string()
  .min(1)
  .max(4096)
  .refine((path) => !path.includes('\0') && isAbsolute(path), 'a full path');

const MB = 1_000_000;

/** The system's reason a file could not be opened, in words naming the file. */
export function describeReadError(error: unknown, name: string, path: string): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return `${name} is gone: there is no file at ${path} any more. Add it again from where it is now, or remove it.`;
    case 'EACCES':
    case 'EPERM':
      return `${name} cannot be read: this app is not allowed to open ${path}.`;
    case 'EISDIR':
      return `${name} is a folder, not a calendar file.`;
  }
  // readFileCapped's own refusal (a device or pipe) is already worded; never a stack trace.
  if (code === '' && error instanceof Error && error.message.startsWith(name)) return `${error.message}.`;
  return `${name} could not be read${code === '' ? '' : ` (${code})`}.`;
}

/**
 * Reads a busy calendar's file by its path: only `.ics` files, at most
 * {@link MAX_CALENDAR_FILE_BYTES}. Every problem (a file that is gone, too large, of another
 * kind) comes back as `ok: false` with a message naming the file; a path that is not a string
 * or not absolute throws (only a page that is not the app's sends one).
 */
export async function readCalendarFile(
  payload: unknown,
  maxBytes: number = MAX_CALENDAR_FILE_BYTES,
): Promise<CalendarFileResult> {
  const path = pathSchema.parse(payload);
  const name = basename(path);
  const kind = extname(name).slice(1).toLowerCase();
  if (!CALENDAR_EXTENSIONS.some((ext) => ext === kind)) {
    return { ok: false, name, message: `${name} is not a calendar file: busy calendars are .ics files.` };
  }
  try {
    const file = await readFileCapped(path, maxBytes);
    if (file.text === null) {
      const size = Math.ceil((file.size / MB) * 10) / 10;
      return {
        ok: false,
        name,
        message: `${name} is ${size.toFixed(1)} MB; a calendar file may be at most ${Math.floor(maxBytes / MB)} MB.`,
      };
    }
    return { ok: true, path, name, text: file.text };
  } catch (error) {
    return { ok: false, name, message: describeReadError(error, name, path) };
  }
}

/** The file in the user-data folder that lists the calendar files the user chose. */
export const CHOSEN_CALENDARS_FILE = 'busy-calendar-files.json';

/** The most paths remembered; the oldest choice goes first. */
const MAX_CHOSEN = 500;

const chosenSchema = z.array(z.string()).max(MAX_CHOSEN);

/**
 * The calendar files the user chose in the open dialog, kept in the user-data folder across
 * launches: main reads a path again only when it is one of these, so a page cannot make it
 * read any other file, whatever path it sends.
 */
export class ChosenCalendars {
  #paths: Promise<string[]> | undefined;
  #writes: Promise<void> = Promise.resolve();

  /** @param file where the list is kept (asked on first use: the user-data folder). */
  constructor(private readonly file: () => string) {}

  #load(): Promise<string[]> {
    this.#paths ??= fs.readFile(this.file(), 'utf8').then(
      (text) => {
        try {
          const parsed = chosenSchema.safeParse(JSON.parse(text));
          return parsed.success ? parsed.data : [];
        } catch {
          return [];
        }
      },
      // No file yet (or an unreadable one): nothing chosen.
      () => [],
    );
    return this.#paths;
  }

  /** Whether the user chose this path. */
  async has(path: string): Promise<boolean> {
    return (await this.#load()).includes(path);
  }

  /** Remembers a path the user chose; a failure to save costs only the next launch's re-read. */
  async add(path: string): Promise<void> {
    const paths = await this.#load();
    const next = [...paths.filter((p) => p !== path), path].slice(-MAX_CHOSEN);
    this.#paths = Promise.resolve(next);
    const write = this.#writes.then(() =>
      writeFileAtomically(this.file(), `${JSON.stringify(next, null, 2)}\n`),
    );
    this.#writes = write.catch((error: unknown) => {
      console.error('Could not remember the chosen calendar files:', error);
    });
    await this.#writes;
  }
}

/**
 * Reads a busy calendar's file again for the page: only a path the user chose (see
 * {@link ChosenCalendars}), then as {@link readCalendarFile}.
 */
export async function readChosenCalendarFile(
  chosen: ChosenCalendars,
  payload: unknown,
): Promise<CalendarFileResult> {
  const path = pathSchema.parse(payload);
  if (!(await chosen.has(path))) {
    const name = basename(path);
    return {
      ok: false,
      name,
      message: `${name} was not chosen with “Add calendar file…” on this computer: add it again.`,
    };
  }
  return readCalendarFile(path);
}
