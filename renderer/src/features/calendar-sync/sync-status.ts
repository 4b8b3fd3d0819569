import { useSyncExternalStore } from 'react';

/*
 * What the sync in the background is doing, shared by the runner (which syncs) and the panel
 * (which shows it and asks for "Sync now"): one store for the window, not stored data.
 */

export type SyncStatus = {
  running: boolean;
  /** Why the last sync failed, in words naming the calendar and what to do; null after one that worked. */
  problem: string | null;
  /** Raised by "Sync now" (and after connecting): the runner syncs when it changes. */
  requested: number;
};

let status: SyncStatus = { running: false, problem: null, requested: 0 };
const listeners = new Set<() => void>();

function set(next: Partial<SyncStatus>): void {
  status = { ...status, ...next };
  for (const listener of listeners) listener();
}

/** Asks the runner to sync now. */
export function requestSync(): void {
  set({ requested: status.requested + 1 });
}

/** The runner says a sync started or ended (with its problem, or null). */
export function reportSync(running: boolean, problem?: string | null): void {
  set(problem === undefined ? { running } : { running, problem });
}

/** The sync status, live. */
export function useSyncStatus(): SyncStatus {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => status,
  );
}
