import { storedStatus } from '../e2e/stored';
import { expect, test } from './fixtures';

test('a relaunch keeps the user’s data and the window’s size', async ({ desktop }) => {
  const python = () => desktop.page.getByRole('group', { name: 'Python Foundations', exact: true });
  await python().click();
  await desktop.page.keyboard.press('d');
  await expect(python()).toHaveAccessibleDescription(/^Done\./);
  // The status shows at once; the relaunch comes after the write has landed, as a user's would.
  await storedStatus(desktop.page, 'python-foundations', 'done');
  const size = await desktop.setWindowSize(1000, 640);

  await desktop.relaunch();
  await expect(python()).toHaveAccessibleDescription(/^Done\./);
  expect(await desktop.windowSize()).toEqual(size);
  expect(size).not.toEqual([1440, 900]);
});
