import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

// Tuesday 1 December 2026, 09:00 in Berlin: the plan's today, whatever the machine's clock says.
const NOW = new Date('2026-12-01T08:00:00Z');

test.use({ timezoneId: 'Europe/Berlin' });

/** Waits until IndexedDB holds the plan with this break (absent: the default), before a reload. */
async function storedBreak(page: Page, minutes: number | null): Promise<void> {
  await page.waitForFunction(
    async (wanted) => {
      const request = indexedDB.open('roadmap-planner');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        const rows = await new Promise<{ settings: { breakMinutes?: number } }[]>((resolve) => {
          const all = db.transaction('plans').objectStore('plans').getAll();
          all.onsuccess = () => resolve(all.result as { settings: { breakMinutes?: number } }[]);
        });
        return rows.some((row) => (row.settings.breakMinutes ?? null) === wanted);
      } finally {
        db.close();
      }
    },
    minutes,
    { polling: 50 },
  );
}

/** Saturday's sessions in This week, as their times read. */
async function saturdayTimes(page: Page): Promise<string[]> {
  const rows = page
    .getByRole('region', { name: 'Later this week' })
    .getByRole('listitem')
    .filter({ hasText: 'Sat 5 Dec' });
  await expect(rows.first()).toBeVisible();
  const texts = await rows.locator('.agenda__time').allTextContents();
  return texts.map((text) => /\d\d:\d\d–\d\d:\d\d/.exec(text)?.[0] ?? text);
}

test.describe('the break between sessions', () => {
  test('puts 10 minutes between a Saturday’s two sessions; 0 makes them touch, across a reload', async ({
    page,
  }) => {
    await page.clock.setFixedTime(NOW);
    await page.goto('./#plan');
    // Before the first save the week is filled in, but nothing is saved yet.
    await expect(page.getByText('Not saved yet — Save plan to see your schedule')).toBeVisible();
    const form = page.getByRole('form', { name: 'Plan settings' });
    const field = form.getByLabel('Break between sessions');
    await expect(field).toHaveValue('10');
    await expect(form.getByText('minutes between two sessions of a day (0: back to back)')).toBeVisible();

    // A wrong value is named beside the field, and nothing can be saved.
    await field.fill('121');
    await expect(form.getByText('at most 120 minutes')).toBeVisible();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByRole('button', { name: 'Save plan' })).toBeDisabled();
    await field.fill('10');
    await form.getByRole('button', { name: 'Save plan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Plan saved.' })).toBeVisible();

    // The default Saturday (three hours from 10:00, less the week's reserve): a 10-minute gap.
    await page.getByRole('link', { name: 'Schedule' }).click();
    expect(await saturdayTimes(page)).toEqual(['10:00–11:30', '11:40–12:18']);

    // Back to back: the second session starts as the first ends, and more of it fits.
    await page.getByRole('link', { name: 'Plan', exact: true }).click();
    await form.getByLabel('Break between sessions').fill('0');
    await form.getByRole('button', { name: 'Save plan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Plan saved.' })).toBeVisible();
    await page.getByRole('link', { name: 'Schedule' }).click();
    expect(await saturdayTimes(page)).toEqual(['10:00–11:30', '11:30–12:18']);

    // The change is one step: Undo brings the break and its schedule back, Redo takes it again.
    await page.locator('body').press('Control+z');
    await storedBreak(page, null);
    await expect.poll(() => saturdayTimes(page)).toEqual(['10:00–11:30', '11:40–12:18']);
    await page.locator('body').press('Control+Shift+Z');
    await storedBreak(page, 0);
    await expect.poll(() => saturdayTimes(page)).toEqual(['10:00–11:30', '11:30–12:18']);

    // Kept across a reload.
    await page.reload();
    expect(await saturdayTimes(page)).toEqual(['10:00–11:30', '11:30–12:18']);
    await page.getByRole('link', { name: 'Plan', exact: true }).click();
    await expect(
      page.getByRole('form', { name: 'Plan settings' }).getByLabel('Break between sessions'),
    ).toHaveValue('0');
  });
});
