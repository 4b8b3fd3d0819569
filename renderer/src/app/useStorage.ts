import { useEffect, useState, useSyncExternalStore } from 'react';
import { describeStorageError, PlannerDatabase } from '../storage';

/**
 * The window's database. It exists at once and opens in the background: Dexie holds every
 * query until the open finishes, so the window can draw the roadmap meanwhile, and only a
 * failed open (no IndexedDB, a newer version) replaces the window with a message.
 */
export type StorageState =
  { status: 'opening' | 'open'; db: PlannerDatabase } | { status: 'failed'; message: string };

// A blocked upgrade (another window still open on an older schema) is an event, not an
// error: it is kept here and shown until the database opens.
let blockedMessage: string | null = null;
const blockedListeners = new Set<() => void>();

// Opened once as the module loads, so the database is ready by the time the graph is.
const database = new PlannerDatabase();
database.on('blocked', (event) => {
  blockedMessage = describeStorageError(event);
  for (const listener of blockedListeners) listener();
});
// A newer version opened in another window: Dexie closes this connection so that one can
// upgrade. Say so, rather than letting the next click fail with a closed database.
database.on('versionchange', () => {
  blockedMessage =
    'Roadmap Planner was updated in another window. Reload this window to keep working with your data.';
  for (const listener of blockedListeners) listener();
});
const opening: Promise<StorageState> = database.open().then(
  (): StorageState => {
    blockedMessage = null;
    for (const listener of blockedListeners) listener();
    return { status: 'open', db: database };
  },
  (error: unknown): StorageState => ({ status: 'failed', message: describeStorageError(error) }),
);
// Loaded after the first paint's code: asking can wait a moment, the first paint cannot.
void import('../storage/persistent-storage').then((m) => m.requestPersistentStorage());

/** The window's database (opening or open), or why it could not be opened. */
export function useStorage(): StorageState {
  const [state, setState] = useState<StorageState>({ status: 'opening', db: database });
  useEffect(() => {
    let live = true;
    void opening.then((opened) => {
      if (live) setState(opened);
    });
    return () => {
      live = false;
    };
  }, []);
  return state;
}

/** Why the database is waiting (another window on an older version), or null. */
export function useStorageBlocked(): string | null {
  return useSyncExternalStore(
    (listener) => {
      blockedListeners.add(listener);
      return () => blockedListeners.delete(listener);
    },
    () => blockedMessage,
  );
}
