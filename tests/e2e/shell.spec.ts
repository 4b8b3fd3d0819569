import { expect, test } from '@playwright/test';

test.use({ timezoneId: 'Europe/Berlin' });

test.describe('app commands and reminders', () => {
  test('the shortcuts of the desktop menu work in the browser too', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('.react-flow__node-topic')).toHaveCount(56);
    await page.keyboard.press('Control+3');
    await expect(page.getByRole('heading', { name: 'Schedule', level: 2 })).toBeVisible();
    await page.keyboard.press('Control+2');
    await expect(page.getByRole('heading', { name: 'Plan', level: 2 })).toBeVisible();
    await page.keyboard.press('Control+4');
    await expect(page.getByRole('heading', { name: 'Progress', level: 2 })).toBeVisible();
    await page.keyboard.press('Control+5');
    await expect(page.getByRole('heading', { name: 'Review', level: 2 })).toBeVisible();
    await page.keyboard.press('Control+1');
    await expect(page.locator('.react-flow__node-topic')).toHaveCount(56);

    await page.keyboard.press('F1');
    const help = page.getByRole('dialog', { name: 'Roadmap Planner help' });
    await expect(help).toContainText('Show the schedule');
    await expect(help).toContainText('Ctrl+3');
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();

    // With a topic's panel open, Escape closes the dialog on top and leaves the panel.
    await page.getByRole('group', { name: 'Python Foundations', exact: true }).click();
    const panel = page.getByRole('complementary', { name: 'Python Foundations' });
    await expect(panel).toBeVisible();
    await page.keyboard.press('F1');
    await expect(help).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
    await expect(panel).toBeVisible();
  });

  test('a reminder shows when today’s first session begins', async ({ page, context }) => {
    await context.grantPermissions(['notifications']);
    await page.addInitScript(() => {
      const shown: { title: string; body: string | undefined }[] = [];
      Reflect.set(window, '__notifications', shown);
      // Called with `new` by the app; records instead of showing.
      function FakeNotification(title: string, options?: { body?: string }) {
        shown.push({ title, body: options?.body });
      }
      Object.assign(FakeNotification, {
        permission: 'granted',
        requestPermission: () => Promise.resolve('granted'),
      });
      Reflect.set(window, 'Notification', FakeNotification);
    });
    // Tuesday 1 December 2026, 18:59:00 in Berlin: the first session starts at 19:00.
    await page.clock.install({ time: new Date('2026-12-01T17:59:00Z') });
    await page.goto('./#plan');
    await page.getByRole('button', { name: 'Save plan' }).click();
    await page.getByRole('link', { name: 'Schedule' }).click();
    await page.getByRole('checkbox', { name: 'Remind me when today’s first session starts' }).click();
    await expect(
      page.getByRole('checkbox', { name: 'Remind me when today’s first session starts' }),
    ).toBeChecked();
    await page.clock.fastForward('01:05');
    await expect
      .poll(() => page.evaluate(() => Reflect.get(window, '__notifications') as unknown))
      .toEqual([{ title: 'Time to study', body: 'Python Foundations, part 1 of 16, 19:00–20:00' }]);
  });
});
