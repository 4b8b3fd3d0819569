/**
 * What the user is told when storage fails. Each sentence says what happened and what to do;
 * the app shows it as is.
 */
export const storageErrorMessages = {
  quota:
    'Your disk is full, so Roadmap Planner could not save your last change. Free some disk space and try again.',
  blocked:
    'Roadmap Planner is open in another window with an older version; close it so this window can update your saved progress.',
  newerVersion:
    'Your progress was saved by a newer version of Roadmap Planner than this one. Update Roadmap Planner (or use the newer one) to open it.',
  versionChange:
    'Roadmap Planner was updated in another window. Reload this window to keep working with your saved progress.',
  invalidState:
    'Roadmap Planner lost its connection to your saved progress. Reload the window; if this keeps happening, restart the app.',
  closed: 'Your saved progress was closed, perhaps by another window. Reload the window to continue.',
  missingApi:
    'This browser does not let Roadmap Planner save anything (IndexedDB is off, as in some private windows). Use a normal window or the desktop app.',
  unknown:
    'Roadmap Planner could not read or save your progress. Try again; if it keeps failing, restart the app.',
} as const;

// Checked in this order: when a bulk write fails for several reasons, the one the user can
// act on wins (a full disk explains everything after it).
const RULES: readonly { names: readonly string[]; message: string }[] = [
  { names: ['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED'], message: storageErrorMessages.quota },
  { names: ['blocked'], message: storageErrorMessages.blocked },
  { names: ['VersionError'], message: storageErrorMessages.newerVersion },
  { names: ['VersionChangeError'], message: storageErrorMessages.versionChange },
  { names: ['InvalidStateError'], message: storageErrorMessages.invalidState },
  { names: ['DatabaseClosedError'], message: storageErrorMessages.closed },
  { names: ['MissingAPIError'], message: storageErrorMessages.missingApi },
];

function field(value: object, key: string): unknown {
  try {
    const found: unknown = Reflect.get(value, key);
    return found;
  } catch {
    // Some getters throw: a pending IDBRequest's `error` does (InvalidStateError).
    return undefined;
  }
}

/**
 * The names of an error and of every error inside it. Dexie wraps the IndexedDB error it
 * met (`inner`), a bulk write lists one per failed row (`failures`), an aborted transaction
 * or request carries it as `error`, and a `blocked` upgrade arrives as an event.
 */
function collectNames(error: unknown, names: Set<string>, depth: number): void {
  if (depth > 5 || typeof error !== 'object' || error === null) return;
  const name = field(error, 'name');
  if (typeof name === 'string') names.add(name);
  const type = field(error, 'type');
  if (type === 'blocked') names.add('blocked');
  for (const key of ['inner', 'error', 'cause', 'target']) collectNames(field(error, key), names, depth + 1);
  const failures = field(error, 'failures');
  if (Array.isArray(failures)) for (const failure of failures) collectNames(failure, names, depth + 1);
}

/**
 * Turns a Dexie or IndexedDB failure into one clear sentence for the user. Also accepts the
 * event of a blocked upgrade: `db.on('blocked', (event) => show(describeStorageError(event)))`.
 */
export function describeStorageError(error: unknown): string {
  const names = new Set<string>();
  collectNames(error, names, 0);
  return (
    RULES.find((rule) => rule.names.some((name) => names.has(name)))?.message ?? storageErrorMessages.unknown
  );
}
