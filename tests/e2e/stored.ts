import type { Page } from '@playwright/test';

/** Field values a stored row must have, by dotted path (`settings.timeZone`); null: absent. */
export type RowMatch = Readonly<Record<string, string | number | null>>;

/**
 * Waits until an IndexedDB store holds a row with these values. A click or a save shows its
 * result at once, before the write lands; a test that reloads right after must wait for the
 * write, as a user closing the window a moment later would.
 */
export async function storedRow(page: Page, store: string, match: RowMatch): Promise<void> {
  await page.waitForFunction(
    async ([name, wanted]) => {
      const request = indexedDB.open('roadmap-planner');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        const rows = await new Promise<unknown[]>((resolve) => {
          const all = db.transaction(name).objectStore(name).getAll();
          all.onsuccess = () => resolve(all.result as unknown[]);
        });
        const at = (row: unknown, path: string) =>
          path
            .split('.')
            .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], row);
        return rows.some((row) =>
          Object.entries(wanted).every(([path, value]) => (at(row, path) ?? null) === value),
        );
      } finally {
        db.close();
      }
    },
    [store, match] as const,
    { polling: 50 },
  );
}

/** Waits until IndexedDB holds a topic's status (see storedRow). */
export async function storedStatus(page: Page, topicId: string, status: string): Promise<void> {
  await storedRow(page, 'topicStates', { topicId, status });
}
