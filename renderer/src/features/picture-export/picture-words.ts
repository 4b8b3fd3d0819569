import { formatWeekdayDay, slugify } from '../../domain';

/** The kinds of picture the graph is saved as. */
export type PictureFormat = 'png' | 'svg';

/** What each kind is called in the dialog, its file's type and what the file holds. */
export const PICTURE_FORMATS = {
  png: { label: 'PNG', mimeType: 'image/png', note: 'an image with twice the pixels, sharp on any screen' },
  svg: { label: 'SVG', mimeType: 'image/svg+xml', note: 'scales to any size; opens in a browser' },
} as const satisfies Record<PictureFormat, { label: string; mimeType: string; note: string }>;

/** `fastapi-roadmap-2026-11-30.png`: the roadmap's title as a slug, then the day. */
export function pictureFileName(title: string, day: string, format: PictureFormat): string {
  return `${slugify(title) || 'roadmap'}-${day}.${format}`;
}

/**
 * The picture's title line, in two parts (the title is set apart from the rest):
 * `FastAPI Roadmap` and `Mon 30 Nov 2026 · 12 % done`. The share is the one the rail shows
 * (hours done, rounded; the roll-up never reaches 100 until every topic is done).
 */
export function pictureTitleLine(
  title: string,
  day: string,
  percentDone: number,
): { title: string; details: string } {
  return { title, details: `${formatWeekdayDay(day, true)} · ${Math.round(percentDone)} % done` };
}

/**
 * Why a picture was not saved, in one line: the system's reason in words where it gave a
 * known one (no stack, no IPC wrapper), else a plain sentence.
 */
export function describeSaveProblem(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const code = /\b(EACCES|EPERM|ENOSPC|EROFS|ENOENT|ENOTDIR|EISDIR|EDQUOT|EBUSY)\b/.exec(text)?.[1];
  const reason = code ? SYSTEM_REASONS[code] : undefined;
  return `The picture could not be saved: ${reason ?? 'the file could not be written.'}`;
}

const SYSTEM_REASONS: Readonly<Record<string, string>> = {
  EACCES: 'you may not write to that folder.',
  EPERM: 'you may not write to that folder.',
  ENOSPC: 'the disk is full.',
  EDQUOT: 'the disk is full.',
  EROFS: 'that disk is read-only.',
  ENOENT: 'that folder does not exist.',
  ENOTDIR: 'that folder does not exist.',
  EISDIR: 'a folder has that name.',
  EBUSY: 'the file is in use.',
};
