import { backupCases } from './corpus-backups';
import { busyCases } from './corpus-busy';
import { canvasCases } from './corpus-canvas';
import { pathCases } from './corpus-paths';
import { planCases } from './corpus-plans';
import { roadmapCases } from './corpus-roadmaps';

/**
 * The hostile-input corpus (issue 12): plans, roadmaps (Markdown and JSON Canvas), sidecars, busy calendars, backups and
 * paths that are not regular files, each a case the command line (or, for backups, the
 * domain's backup parser) must answer within 10 s and 1.5 GB with exit 0 or 1 and a short
 * message. Pure and deterministic: the big files are generated when a case's folder is
 * written (run-corpus.ts), not stored.
 */

/** A file's content, or what else to put at its path. */
export type CaseFile =
  | { kind: 'file'; content: () => string | Uint8Array }
  | { kind: 'folder' }
  | { kind: 'fifo' }
  /** A character device like /dev/null, made in the case's folder (never the real one). */
  | { kind: 'device' }
  /** A symbolic link to `to` (relative to the case's folder, or absolute). */
  | { kind: 'symlink'; to: string }
  /** A hard link to the case's file `to` (written before it: files are written in order). */
  | { kind: 'hardlink'; to: string };

/**
 * What a case must get: `answer` is exit 0 or 1; `refuse` is exit 1 (issue 12 asks for a
 * refusal); `accept` is exit 0 (a valid input the limits must not refuse).
 */
export type Expectation = 'answer' | 'refuse' | 'accept';

export type HostileCase = {
  /** Unique, `<group>: <what>`. */
  name: string;
  /** Files written into the case's own folder before it runs, by name. */
  files: Record<string, CaseFile>;
  /**
   * The command line (`{dir}` stands for the case's folder), or a backup file (in the folder)
   * read by the domain's `parseBackup` as the app reads one.
   */
  run: { cli: string[] } | { backup: string };
  expect: Expectation;
  /** Files of the folder that must be as they were after the run (content and kind). */
  unchanged?: string[];
};

/** Every case, in a stable order; names are unique. */
export function hostileCorpus(): HostileCase[] {
  const cases = [
    ...planCases(),
    ...roadmapCases(),
    ...canvasCases(),
    ...busyCases(),
    ...backupCases(),
    ...pathCases(),
  ];
  const seen = new Set<string>();
  for (const c of cases) {
    if (seen.has(c.name)) throw new Error(`hostile corpus: the case name "${c.name}" is used twice`);
    seen.add(c.name);
  }
  return cases;
}

/** A regular file whose content is made when the folder is written. */
export const file = (content: () => string | Uint8Array): CaseFile => ({ kind: 'file', content });

/** A regular file of fixed text. */
export const text = (value: string): CaseFile => file(() => value);

/** A regular file of JSON. */
export const json = (value: unknown): CaseFile => file(() => JSON.stringify(value, null, 2));

/** `count` levels of `open`, a core, then the matching `close`s. */
export const nested = (open: string, close: string, count: number, core = ''): string =>
  `${open.repeat(count)}${core}${close.repeat(count)}`;

/** Deterministic pseudo-random bytes (mulberry32), for "binary garbage". */
export function garbage(length: number, seed = 12): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed >>> 0;
  for (let i = 0; i < length; i++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    bytes[i] = (t ^ (t >>> 14)) & 0xff;
  }
  return bytes;
}

/** UTF-8 text with raw bytes spliced in at `marker` (for invalid UTF-8 and NULs). */
export function withBytes(value: string, marker: string, bytes: readonly number[]): Uint8Array {
  const at = value.indexOf(marker);
  if (at < 0) throw new Error(`hostile corpus: "${marker}" is not in the text to break`);
  const before = value.slice(0, at);
  const after = value.slice(at + marker.length);
  const encoder = new TextEncoder();
  return Uint8Array.from([...encoder.encode(before), ...bytes, ...encoder.encode(after)]);
}

/** `value` with `from` replaced by `to`; throws when `from` is not there (a case that breaks nothing is a bug). */
export function replaceOnce(value: string, from: string, to: string): string {
  const at = value.indexOf(from);
  if (at < 0) throw new Error(`hostile corpus: "${from.slice(0, 40)}" is not in the text to break`);
  return `${value.slice(0, at)}${to}${value.slice(at + from.length)}`;
}
