import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';

export type ReadInput = { ok: true; text: string } | { ok: false; message: string };

/**
 * A text file the command line reads (a plan, a schedule, a calendar): only a regular file
 * (a device, a pipe or a folder is refused unread: /dev/zero would never end), and never more
 * than `maxBytes`, even when the file grows while it is read. Every message names the file
 * as it was typed.
 */
export function readInput(file: string, maxBytes: number, kind: string): ReadInput {
  let fd: number | undefined;
  try {
    // stat first: opening a FIFO to read would wait for a writer.
    if (!statSync(file).isFile()) return { ok: false, message: `${file}: not a file (${kind} is a file)` };
    fd = openSync(file, 'r');
    const { size } = fstatSync(fd);
    if (size > maxBytes) return { ok: false, message: `${file}: too large for ${kind} (${size} bytes)` };
    // Sized by the file, grown (up to the cap) only if it grows while being read.
    let buffer = Buffer.alloc(size + 1);
    let length = 0;
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length > maxBytes) {
        return { ok: false, message: `${file}: too large for ${kind} (over ${maxBytes} bytes)` };
      }
      if (length === buffer.length) {
        const grown = Buffer.alloc(Math.min(buffer.length * 2, maxBytes + 1));
        buffer.copy(grown);
        buffer = grown;
      }
    }
    return { ok: true, text: buffer.toString('utf8', 0, length) };
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    return {
      ok: false,
      message: code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot be read (${code})`,
    };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** JSON text as a value, or a message naming the file and where the JSON breaks. */
export function parseJsonInput(
  file: string,
  text: string,
): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return {
      ok: false,
      message: `${file}: invalid JSON (${error instanceof Error ? error.message : String(error)})`,
    };
  }
}

/** A field path as a user finds it in the file: `sessions[3].start`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}
