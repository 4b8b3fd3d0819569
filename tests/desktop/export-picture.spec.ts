import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import type { DesktopApp } from './fixtures';

/** A folder of the test's own where the "user" saves files. */
function documents(desktop: DesktopApp): string {
  const folder = join(desktop.userData, 'Pictures');
  mkdirSync(folder, { recursive: true });
  return folder;
}

test.describe('Export picture through main', () => {
  test('File → Export Picture… saves a PNG where the user chose, and the top bar an SVG', async ({
    desktop,
  }) => {
    const { page } = desktop;
    await expect(page.locator('.react-flow__node-topic')).toHaveCount(56);
    const folder = documents(desktop);

    const png = join(folder, 'roadmap.png');
    await desktop.answerSaveDialog(png);
    await desktop.clickMenuItem('export-picture');
    const dialog = page.getByRole('dialog', { name: 'Export picture' });
    await dialog.getByRole('button', { name: 'Save…' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Picture saved.' })).toBeVisible();
    const bytes = readFileSync(png);
    // The bytes themselves (base64 across the bridge, decoded by main), not their text.
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(1000);

    const svg = join(folder, 'roadmap.svg');
    await desktop.answerSaveDialog(svg);
    await page.getByRole('button', { name: 'Export picture…' }).click();
    await dialog.getByRole('radio', { name: /^SVG/ }).check();
    await dialog.getByRole('button', { name: 'Save…' }).click();
    await expect(dialog).toBeHidden();
    const text = readFileSync(svg, 'utf8');
    expect(text).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(text).toContain('Python Foundations');
    expect(readdirSync(folder).sort()).toEqual(['roadmap.png', 'roadmap.svg']);
    expect.soft(desktop.problems()).toEqual([]);
  });

  test('a save that fails says why in one line and keeps the dialog open', async ({ desktop }) => {
    const { page } = desktop;
    await expect(page.locator('.react-flow__node-topic')).toHaveCount(56);
    const target = join(documents(desktop), 'gone', 'roadmap.png');
    await desktop.answerSaveDialog(target);
    await page.getByRole('button', { name: 'Export picture…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export picture' });
    await dialog.getByRole('button', { name: 'Save…' }).click();
    await expect(dialog.getByRole('alert')).toHaveText(
      'The picture could not be saved: that folder does not exist.',
    );
    expect(existsSync(target)).toBe(false);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
  });
});
