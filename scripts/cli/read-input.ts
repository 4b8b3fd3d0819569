import { readFileSync, statSync } from 'node:fs';

export type ReadInput = { ok: true; text: string } | { ok: false; message: string };

/**
 * A text file the command line reads (a plan, a schedule, a calendar), refused unread when
 * it is over `maxBytes`. Every message names the file as it was typed.
 */
export function readInput(file: string, maxBytes: number, kind: string): ReadInput {
  try {
    const { size } = statSync(file);
    if (size > maxBytes) return { ok: false, message: `${file}: too large for ${kind} (${size} bytes)` };
    return { ok: true, text: readFileSync(file, 'utf8') };
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    return {
      ok: false,
      message: code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot be read (${code})`,
    };
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
