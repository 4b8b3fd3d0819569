import type { Page } from '@playwright/test';

/**
 * Waits until IndexedDB holds a topic's status. A click shows its status at once, before
 * the write lands; a test that reloads right after must wait for the write, as a user
 * closing the window a moment later would.
 */
export async function storedStatus(page: Page, topicId: string, status: string): Promise<void> {
  await page.waitForFunction(
    async ([id, wanted]) => {
      const request = indexedDB.open('roadmap-planner');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        const rows = await new Promise<{ topicId: string; status: string }[]>((resolve) => {
          const all = db.transaction('topicStates').objectStore('topicStates').getAll();
          all.onsuccess = () => resolve(all.result as { topicId: string; status: string }[]);
        });
        return rows.some((row) => row.topicId === id && row.status === wanted);
      } finally {
        db.close();
      }
    },
    [topicId, status] as const,
    { polling: 50 },
  );
}
