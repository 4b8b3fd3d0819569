import { formatCount, MAX_ROADMAP_FILE_BYTES, roadmapFormatOf } from '../../domain';
import type { RoadmapFile } from '../../domain';
import { platform } from '../../platform';

/** The file the user picked: its text and format, or why it is not a roadmap file. */
export type PickedFile =
  { ok: true; file: Omit<RoadmapFile, 'id'> } | { ok: false; fileName: string; message: string };

const MB = 1024 * 1024;

// The format comes from the file's name (a light module): the parsers load with the workers,
// not with this dialog.

/**
 * Asks for a roadmap file (Markdown or JSON Canvas). A file of another kind, or over 5 MB,
 * is refused by its name and size before it is read whole; null when nothing was picked.
 */
export async function pickRoadmapFile(): Promise<PickedFile | null> {
  const picked = await platform.openFile({
    extensions: ['md', 'markdown', 'canvas'],
    maxBytes: MAX_ROADMAP_FILE_BYTES,
  });
  if (!picked) return null;
  const fileName = picked.name;
  const format = roadmapFormatOf(fileName);
  if (format === null)
    return {
      ok: false,
      fileName,
      message: 'this is not a roadmap file: choose a Markdown (.md) or JSON Canvas (.canvas) file',
    };
  if (picked.text === null || picked.size > MAX_ROADMAP_FILE_BYTES)
    return {
      ok: false,
      fileName,
      message: `the file is ${formatCount(Math.ceil((picked.size / MB) * 10) / 10)} MB; a roadmap file is at most ${MAX_ROADMAP_FILE_BYTES / MB} MB`,
    };
  return { ok: true, file: { format, fileName, source: picked.text } };
}
