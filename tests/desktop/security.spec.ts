import { expect, test } from './fixtures';

test.describe('the window stays the app’s', () => {
  test('navigation away and new windows are refused; https links go to the system browser', async ({
    desktop,
  }) => {
    const { page } = desktop;
    const topics = page.locator('.react-flow__node-topic');
    await expect(topics).toHaveCount(56);

    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    // Main cancels it in will-navigate; give a navigation that went through time to show.
    await page.waitForTimeout(500);
    expect(desktop.appUrl()).toBe('app://roadmap-planner/index.html');
    await expect(topics).toHaveCount(56);

    await page.evaluate(() => {
      window.open(window.location.href);
      window.open('https://example.com/docs');
    });
    await expect
      .poll(async () => (await desktop.shellCalls()).openedExternally)
      .toEqual(['https://example.com/docs']);
    expect(await desktop.windowCount()).toBe(1);

    // A documentation link opens in the system browser, not in a window of the app.
    await page.getByRole('group', { name: 'Python Foundations', exact: true }).click();
    await page.getByRole('region', { name: 'Documentation' }).getByRole('link').first().click();
    await expect.poll(async () => (await desktop.shellCalls()).openedExternally).toHaveLength(2);
    expect((await desktop.shellCalls()).openedExternally[1]).toMatch(/^https:\/\//);
    expect(await desktop.windowCount()).toBe(1);
    expect(desktop.appUrl()).toBe('app://roadmap-planner/index.html');
  });
});
