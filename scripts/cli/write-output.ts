import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fchmodSync,
  fsyncSync,
  lstatSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import type { BigIntStats, Stats } from 'node:fs';
import path from 'node:path';
import { codeInWords, errorCode } from './read-input';

/** A file the command read, with what it is to the user: `the plan file`. */
export type InputFile = { file: string; role: string };

export type WriteOutcome = { ok: true } | { ok: false; message: string };

/**
 * Whether `out` may be written (undefined) or why not, in one line: it must be absent or a
 * regular file (not a symbolic link, whose target would be the real victim, nor a folder,
 * device, FIFO or socket) and not one of the files read, under whatever name (`./plan.json`,
 * an absolute path, a hard link or a symbolic link to it all count).
 */
export function refuseOutPath(out: string, inputs: readonly InputFile[]): string | undefined {
  let stats: Stats;
  try {
    stats = lstatSync(out);
  } catch (error) {
    // Absent: a new file, which no input can be. Anything else (a loop of links, a folder
    // on the path that is a file) would stop the write too: said now.
    if (errorCode(error) === 'ENOENT') return undefined;
    return `${out}: cannot be written ${whyNot(errorCode(error))}`;
  }
  const kind = notRegular(stats);
  if (kind !== undefined) return `${out}: is ${kind}; give the path of a regular file`;
  const target = identity(out);
  for (const input of inputs) {
    const same = target !== undefined && target === identity(input.file);
    if (same) {
      const named = input.file === out ? '' : ` (${input.file})`;
      return `${out}: is ${input.role} itself${named}; --out must name another file`;
    }
  }
  return undefined;
}

/**
 * Writes `text` to `out` so it is the old file or the whole new one, never half and never
 * somewhere else: a temporary file created exclusively (`wx`: a symbolic link or file planted at
 * its random name is not followed) beside the target, flushed, then renamed over it. Refuses
 * first what {@link refuseOutPath} refuses. Keeps an existing file's permissions.
 */
export function writeOutput(out: string, text: string, inputs: readonly InputFile[]): WriteOutcome {
  const refused = refuseOutPath(out, inputs);
  if (refused !== undefined) return { ok: false, message: refused };
  return writeAtomically(out, text);
}

/** The rename step of {@link writeOutput} with no checks on `out` (exported for its tests). */
export function writeAtomically(out: string, text: string): WriteOutcome {
  const temporary = path.join(
    path.dirname(out),
    `.${path.basename(out)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  const mode = existingMode(out);
  let created = false;
  try {
    const fd = openSync(temporary, 'wx', mode ?? 0o644);
    created = true;
    try {
      // The umask applies at creation; an existing file's mode is kept exactly.
      if (mode !== undefined) fchmodSync(fd, mode);
      const bytes = Buffer.from(text, 'utf8');
      for (let written = 0; written < bytes.length;) written += writeSync(fd, bytes, written);
      // Flushed before the rename: after a power cut the file is the old one or the new one.
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, out);
    return { ok: true };
  } catch (error) {
    // Only a file this call made: whatever already sat at the name (EEXIST) is not ours.
    if (created) rmSync(temporary, { force: true });
    return { ok: false, message: `${out}: cannot be written ${whyNot(errorCode(error))}` };
  }
}

/** A taken temporary name says more than EEXIST alone; the rest as for reading. */
function whyNot(code: string): string {
  if (code === 'EEXIST') return '(EEXIST): the temporary file name was taken; nothing was written';
  return codeInWords(code);
}

/** What a path that exists but is no regular file is, in words; undefined for a regular file. */
function notRegular(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isSymbolicLink()) return 'a symbolic link';
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isBlockDevice() || stats.isCharacterDevice()) return 'a device';
  return 'not a regular file';
}

/** Device and inode of the file a path names (through links), or undefined when there is none. */
function identity(file: string): string | undefined {
  let stats: BigIntStats;
  try {
    stats = statSync(file, { bigint: true });
  } catch {
    return undefined;
  }
  return `${stats.dev}:${stats.ino}`;
}

/** The permission bits of the file at `out`, if there is one. */
function existingMode(out: string): number | undefined {
  try {
    const stats = lstatSync(out);
    return stats.isFile() ? stats.mode & 0o777 : undefined;
  } catch {
    return undefined;
  }
}
