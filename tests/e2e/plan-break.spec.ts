import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { storedRow } from './stored';

// Tuesday 1 December 2026, 09:00 in Berlin: the plan's today, whatever the machine's clock says.
const NOW = new Date('2026-12-01T08:00:00Z');

test.use({ timezoneId: 'Europe/Berlin' });

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
    await storedRow(page, 'plans', { 'settings.breakMinutes': null });
    await expect.poll(() => saturdayTimes(page)).toEqual(['10:00–11:30', '11:40–12:18']);
    await page.locator('body').press('Control+Shift+Z');
    await storedRow(page, 'plans', { 'settings.breakMinutes': 0 });
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
