import { expect, test } from '@playwright/test';

// Calendar sync needs the desktop app (browsers block CalDAV across origins); the web build
// says so where the desktop shows the sync settings, and points to the .ics export. The sync
// itself is tested in the desktop suite (tests/desktop/calendar-sync.spec.ts) against Radicale.

test('the web build explains that calendar sync needs the desktop app', async ({ page }) => {
  await page.goto('./#plan');
  const sync = page.getByRole('region', { name: 'Calendar sync' });
  await expect(sync).toBeVisible();
  await expect(sync).toContainText('It needs the desktop app');
  await expect(sync).toContainText('Export to calendar');
  await expect(sync.getByRole('button', { name: 'Connect' })).toHaveCount(0);
  await sync.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('calendar-sync-web.png'), fullPage: false });
});
