import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { checkJsonDepth } from '../../renderer/src/domain/json-depth';
import { describeSyntaxError, scanJson } from '../../renderer/src/domain/json-diagnostics';

export type ReadInput = { ok: true; text: string } | { ok: false; message: string };

// O_NONBLOCK: should the path become a FIFO between the stat and the open, the open returns
// at once (and the fstat refuses it) instead of waiting for a writer. No effect on files.
const OPEN_FOR_READING = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY;

/**
 * Every file the command line reads (a roadmap, a sidecar, a plan, a schedule, a calendar):
 * only a regular file (a device, a pipe or a folder is refused unread: /dev/zero would never
 * end), and never more than `maxBytes`, even when the file grows while it is read. Every
 * message is one line naming the file as it was typed.
 */
export function readInput(file: string, maxBytes: number): ReadInput {
  let fd: number | undefined;
  try {
    // stat first: opening a device can have effects of its own, and a FIFO would wait.
    if (!statSync(file).isFile()) return notAFile(file);
    fd = openSync(file, OPEN_FOR_READING);
    const stats = fstatSync(fd);
    if (!stats.isFile()) return notAFile(file);
    if (stats.size > maxBytes) return tooLarge(file, `${stats.size} bytes`, maxBytes);
    // Sized by the file, grown (up to the cap) only if it grows while being read.
    let buffer = Buffer.alloc(stats.size + 1);
    let length = 0;
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length > maxBytes) return tooLarge(file, `over ${maxBytes} bytes by now`, maxBytes);
      if (length === buffer.length) {
        const grown = Buffer.alloc(Math.min(buffer.length * 2, maxBytes + 1));
        buffer.copy(grown);
        buffer = grown;
      }
    }
    return { ok: true, text: buffer.toString('utf8', 0, length) };
  } catch (error) {
    const code = errorCode(error);
    return {
      ok: false,
      message: code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot be read ${codeInWords(code)}`,
    };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function notAFile(file: string): ReadInput {
  return { ok: false, message: `${file}: not a file` };
}

function tooLarge(file: string, size: string, maxBytes: number): ReadInput {
  return { ok: false, message: `${file}: too large (${size}; the limit is ${maxBytes})` };
}

/** Text on one line, cut short: an error message may quote a whole file. */
export function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 300 ? `${flat.slice(0, 300)}…` : flat;
}

/** An error's `code` (ENOENT, EACCES, …), or its text when it has none. */
export function errorCode(error: unknown): string {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code;
  return error instanceof Error ? oneLine(error.message) : oneLine(String(error));
}

const MEANINGS: Readonly<Record<string, string>> = {
  // Only a write meets ENOENT here: a file read that is missing is `no such file`.
  ENOENT: 'its folder does not exist',
  ENOTDIR: 'a folder on its path is not a folder',
  ELOOP: 'a loop of symbolic links',
  EACCES: 'permission denied',
  EPERM: 'not permitted',
  ENOSPC: 'the disk is full',
  EROFS: 'the file system is read-only',
  ENAMETOOLONG: 'the name is too long',
};

/** `(ELOOP): a loop of symbolic links`: the code, and what it means where it is common. */
export function codeInWords(code: string): string {
  return Object.hasOwn(MEANINGS, code) ? `(${code}): ${MEANINGS[code]}` : `(${code})`;
}

/**
 * JSON text as a value (a byte-order mark allowed), or one line naming the file and where the
 * JSON breaks: `plan.json: invalid JSON (line 3, column 5: "," expected)`.
 */
export function parseJsonInput(
  file: string,
  text: string,
): { ok: true; value: unknown } | { ok: false; message: string } {
  const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
  // The schema checks after the parse recurse once per level: deep JSON is refused first.
  const deep = checkJsonDepth(json);
  if (deep !== null) return { ok: false, message: `${file}: ${deep}` };
  try {
    return { ok: true, value: JSON.parse(json) as unknown };
  } catch (error) {
    return { ok: false, message: `${file}: invalid JSON (${whereJsonBreaks(json, error)})` };
  }
}

/** Line, column and what was expected; V8's own message (which quotes the text) only as a last resort. */
function whereJsonBreaks(json: string, error: unknown): string {
  try {
    const { syntaxError } = scanJson(json);
    if (syntaxError) {
      return `line ${syntaxError.line}, column ${syntaxError.column}: ${describeSyntaxError(syntaxError.code)}`;
    }
  } catch {
    // The scanner recurses: JSON nested deeper than the stack allows has no position to give.
  }
  return oneLine(error instanceof Error ? error.message : String(error));
}

/** A field path as a user finds it in the file: `sessions[3].start`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}
