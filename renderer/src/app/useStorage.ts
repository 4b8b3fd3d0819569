import { useEffect, useState } from 'react';
import { describeStorageError, openPlannerDatabase, requestPersistentStorage } from '../storage';
import type { PlannerDatabase } from '../storage';

export type StorageState =
  | { status: 'opening'; db: null }
  | { status: 'open'; db: PlannerDatabase }
  | { status: 'failed'; db: null; message: string };

// Opened once as the module loads, so the database is ready by the time the graph is.
const opening: Promise<StorageState> = openPlannerDatabase().then(
  (db): StorageState => {
    // A blocked upgrade (another window on an older schema) is an event, not an error.
    db.on('blocked', (event) => console.warn(describeStorageError(event)));
    return { status: 'open', db };
  },
  (error: unknown): StorageState => ({ status: 'failed', db: null, message: describeStorageError(error) }),
);
void requestPersistentStorage();

/** The window's database, once open, or why it could not be opened. */
export function useStorage(): StorageState {
  const [state, setState] = useState<StorageState>({ status: 'opening', db: null });
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
