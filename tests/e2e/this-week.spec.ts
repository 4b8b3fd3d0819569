import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

// Tuesday 1 December 2026, 09:00 in Berlin: the plan's today, whatever the machine's clock says.
const NOW = new Date('2026-12-01T08:00:00Z');

test.use({ timezoneId: 'Europe/Berlin' });

/** The header's count: `207 study sessions (3 done, 204 to go), …`. */
async function headerCount(page: Page): Promise<{ sessions: number; done: number }> {
  const text = (await page.locator('.schedule-view__summary').textContent()) ?? '';
  const match = /^(\d+) study sessions?(?: \((\d+) done, \d+ to go\))?/.exec(text);
  expect(match, text).not.toBeNull();
  return { sessions: Number(match![1]), done: Number(match![2] ?? 0) };
}

test.describe('This week', () => {
  test('keeps logged sessions on their day, logs from the calendar, and counts alike everywhere', async ({
    page,
  }) => {
    await page.clock.setFixedTime(NOW);
    await page.goto('./#plan');
    await page
      .getByRole('form', { name: 'Plan settings' })
      .getByRole('button', { name: 'Save plan' })
      .click();
    await page.getByRole('link', { name: 'Schedule' }).click();
    const before = await headerCount(page);
    expect(before.done).toBe(0);

    // Done today: the row stays, shown as done, with the weekday in the group's date.
    const today = page.getByRole('region', { name: 'Today · Tue 1 Dec' });
    await today.getByRole('button', { name: /^Done: Python Foundations, part 1 of/ }).click();
    await expect(today.getByRole('listitem').first()).toContainText('✓ Done');
    // The session still counts (it is in the calendar), now as done.
    await expect(page.locator('.schedule-view__summary')).toContainText(
      `${before.sessions} study sessions (1 done, ${before.sessions - 1} to go)`,
    );
    await expect(page.locator('.schedule-view__summary')).toContainText(
      /planned from Tue 1 Dec 2026 until \w{3} /,
    );

    // Thursday: Tuesday's done session stays on its day; Wednesday's waits for a word.
    await page.clock.setFixedTime(new Date('2026-12-03T08:00:00Z'));
    await page.reload();
    const earlier = page.getByRole('region', { name: 'Earlier, not logged' });
    const logged = page.getByRole('region', { name: 'Earlier, logged' });
    await expect(logged.getByRole('listitem')).toHaveCount(1);
    await expect(logged.getByRole('listitem')).toContainText(/Tue 1 Dec.*✓ Done/);
    await expect(earlier.getByRole('listitem')).toHaveCount(1);
    await expect(earlier.getByRole('listitem')).toContainText('Wed 2 Dec');
    await earlier.getByRole('button', { name: /^Missed: Python Foundations, part 2 of/ }).click();
    // Missed is logged: it leaves "Earlier, not logged" and shows on its day, as missed.
    await expect(earlier).toBeHidden();
    await expect(logged.getByRole('listitem')).toHaveCount(2);
    await expect(logged.getByRole('listitem').nth(1)).toContainText(/Wed 2 Dec.*Missed/);
    await expect(page.getByRole('region', { name: 'Later this week' })).toContainText(
      /(Fri|Sat|Sun) \d+ Dec/,
    );
    await page.screenshot({ path: '/tmp/this-week.png', fullPage: true });

    // The calendar: today's session offers Done and Missed in its details.
    await page.getByRole('tab', { name: 'Calendar' }).click();
    await page.getByRole('button', { name: 'Week', exact: true }).click();
    const thursday = page.getByRole('button', { name: /^Python Foundations, part 3 of \d+, 19:00–20:00$/ });
    await thursday.click();
    const details = page.getByRole('dialog', { name: 'Python Foundations' });
    await expect(details).toContainText('Thu 3 Dec, 19:00–20:00 · 60 min');
    await expect(details).toContainText('Today · not logged yet');
    // Scrolling moves the details along with their event; they stay open.
    const placedAt = (await details.boundingBox())?.y ?? 0;
    await page.mouse.wheel(0, -60);
    await expect.poll(async () => (await details.boundingBox())?.y ?? placedAt).toBeGreaterThan(placedAt);
    await expect(details).toBeVisible();
    await page.screenshot({ path: '/tmp/this-week-calendar.png' });
    await details.getByRole('button', { name: 'Done' }).click();
    await expect(details).toBeHidden();
    await expect(
      page.getByRole('button', { name: /^Python Foundations, part 3 of \d+, 19:00–20:00, done$/ }),
    ).toBeFocused();
    await expect(
      page.getByRole('status').filter({ hasText: 'Logged 60 min on Python Foundations' }),
    ).toBeVisible();
    // A missed session says so in its details.
    await page
      .getByRole('button', { name: /^Python Foundations, part 2 of \d+, 19:00–20:00, missed$/ })
      .click();
    await expect(page.getByRole('dialog', { name: 'Python Foundations' })).toContainText('Missed');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Python Foundations' })).toBeHidden();

    // One count: the header, the export's preview and its result say the same number.
    const after = await headerCount(page);
    expect(after.done).toBe(2);
    await page.getByRole('button', { name: 'Export to calendar…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export to calendar' });
    const said = `${after.sessions} study sessions (2 done) + 3 milestone events`;
    await expect(dialog.getByRole('region', { name: 'Preview' }).getByRole('heading')).toHaveText(
      `${said}, starting with`,
    );
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await download;
    await expect(dialog.getByRole('status')).toContainText(`: ${said}`);
  });
});
