import { useSyncExternalStore } from 'react';

/**
 * What the window tells the user outside any dialog: an alert (something went wrong: it
 * stays until dismissed) and a notice (something went right: it goes by itself). One of
 * each at a time; a newer one replaces the older.
 */
export type Announcements = {
  alert: string | null;
  notice: { id: number; text: string } | null;
};

let current: Announcements = { alert: null, notice: null };
let ids = 0;
const listeners = new Set<() => void>();

function publish(next: Announcements): void {
  current = next;
  for (const listener of listeners) listener();
}

/** Shows a problem until the user dismisses it. */
export function showAlert(message: string): void {
  publish({ ...current, alert: message });
}

/** Shows a short confirmation ("Backup saved.") that dismisses itself. */
export function showNotice(text: string): void {
  publish({ ...current, notice: { id: ++ids, text } });
}

export function dismissAlert(): void {
  publish({ ...current, alert: null });
}

export function dismissNotice(): void {
  publish({ ...current, notice: null });
}

/** The current alert and notice, live. */
export function useAnnouncements(): Announcements {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
