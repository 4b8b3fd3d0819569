import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';

/** The project root, whatever the current directory (the scripts live one level below it). */
export const PROJECT_ROOT = resolve(import.meta.dirname, '..');

/** A failure the user can act on: shown as one line, without a stack trace. */
export class UserFacingError extends Error {
  override name = 'UserFacingError';
}

/**
 * Reads a TCP port from an environment value, or `fallback` when it is unset or blank.
 * Throws a {@link UserFacingError} for anything but a whole number from 1 to 65535.
 */
export function resolvePort(value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const port = Number(value);
  if (!/^\d+$/.test(value.trim()) || port < 1 || port > 65535) {
    throw new UserFacingError(`PORT must be a whole number from 1 to 65535, not "${value}"`);
  }
  return port;
}

/** Whether the module at `filename` is the script Node was started with (not an import). */
export function isEntryPoint(filename: string, argv: readonly string[] = process.argv): boolean {
  const script = argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(filename);
  } catch {
    return false;
  }
}

/** Prints one line for the user (the stack only for unexpected errors) and exits with 1. */
export function exitWithError(prefix: string, error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`${prefix}: ${message.split('\n')[0]}`);
  if (!(error instanceof UserFacingError) && process.env['DEBUG']) console.error(error);
  process.exit(1);
}
