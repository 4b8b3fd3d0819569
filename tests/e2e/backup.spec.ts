import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

const node = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

async function markSomeProgress(page: Page) {
  await page.goto('./');
  await expect(page.locator('.react-flow__node-topic')).toHaveCount(56);
  await node(page, 'Python Foundations').click();
  await page.keyboard.press('d');
  await node(page, 'Web & HTTP Basics').click();
  await page.getByRole('checkbox', { name: 'JSON, form-data, multipart uploads' }).check();
  await page.getByRole('textbox', { name: 'Your notes' }).fill('REST verbs cheat sheet');
  await expect(page.getByText('Saved on this device')).toBeVisible();
  await page.getByRole('link', { name: 'Plan', exact: true }).click();
  const form = page.getByRole('form', { name: 'Plan settings' });
  await form.getByLabel('Minutes on Sunday').fill('45');
  await form.getByRole('button', { name: 'Save plan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Plan saved.' })).toBeVisible();
  await page.getByRole('link', { name: /Progress/ }).click();
}

async function exportBackup(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export backup…' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^roadmap-planner-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const path = join(mkdtempSync(join(tmpdir(), 'backup-')), file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

async function importFile(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import backup…' }).click();
  await (await chooser).setFiles(path);
}

const summary = (page: Page) => page.locator('.progress-view__summary');

test.describe('backup and restore', () => {
  test('export, reset, import: everything comes back', async ({ page }) => {
    await markSomeProgress(page);
    const before = await summary(page).textContent();
    const path = await exportBackup(page);
    const file = JSON.parse(readFileSync(path, 'utf8')) as { format: string; version: number };
    expect(file.format).toBe('roadmap-planner-backup');
    expect(file.version).toBe(6);

    await page.getByRole('button', { name: 'Reset progress…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Reset progress' }).click();
    await expect(summary(page)).toContainText('0 of 56 topics');

    await importFile(page, path);
    const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
    await expect(dialog).toContainText('2 topic statuses');
    await expect(dialog).toContainText('1 note');
    await expect(dialog).toContainText('1 plan');
    // Marking Python Foundations done rated it (Good): its rating and card come back too.
    await expect(dialog).toContainText('1 review rating of 1 topic');
    await dialog.getByRole('button', { name: 'Replace my data' }).click();
    await expect(summary(page)).toHaveText(before!);

    await page.reload();
    await expect(summary(page)).toHaveText(before!);
    await page.getByRole('link', { name: 'Graph' }).click();
    await node(page, 'Web & HTTP Basics').click();
    await expect(page.getByRole('textbox', { name: 'Your notes' })).toHaveValue('REST verbs cheat sheet');
    await page.getByRole('link', { name: 'Plan', exact: true }).click();
    await expect(page.getByLabel('Minutes on Sunday')).toHaveValue('45');
  });

  test('the calendar export’s choices come back with a backup', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-01T08:00:00Z'));
    await page.goto('./#plan');
    await page.getByRole('button', { name: 'Save plan' }).click();
    const exportCalendar = async (setUp: (dialog: ReturnType<Page['getByRole']>) => Promise<void>) => {
      await page.getByRole('link', { name: 'Schedule' }).click();
      await page.getByRole('button', { name: 'Export to calendar…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Export to calendar' });
      await setUp(dialog);
      const download = page.waitForEvent('download');
      await dialog.getByRole('button', { name: 'Export', exact: true }).click();
      await download;
      await dialog.getByRole('button', { name: 'Done' }).click();
    };
    await exportCalendar(async (dialog) => {
      await dialog.getByRole('spinbutton', { name: 'Number of weeks' }).fill('3');
      await dialog.getByRole('checkbox', { name: /Remind me/ }).check();
    });
    await page.getByRole('link', { name: /Progress/ }).click();
    const path = await exportBackup(page);
    const file = JSON.parse(readFileSync(path, 'utf8')) as { data: { exportChoices: unknown[] } };
    expect(file.data.exportChoices).toMatchObject([
      { range: 'weeks', weeks: 3, milestones: true, reminder: true, reminderMinutes: 15 },
    ]);

    // Other choices since; the restore brings back the backup's.
    await exportCalendar(async (dialog) => {
      await dialog.getByRole('radio', { name: 'The whole plan' }).check();
      await dialog.getByRole('checkbox', { name: /Remind me/ }).uncheck();
    });
    await page.getByRole('link', { name: /Progress/ }).click();
    await importFile(page, path);
    const restore = page.getByRole('dialog', { name: 'Restore this backup?' });
    await expect(restore.getByRole('listitem').filter({ hasText: 'calendar export options' })).toHaveText(
      'calendar export options for 1 plan',
    );
    await restore.getByRole('button', { name: 'Replace my data' }).click();
    await page.getByRole('link', { name: 'Schedule' }).click();
    await page.getByRole('button', { name: 'Export to calendar…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export to calendar' });
    await expect(dialog.getByRole('radio', { name: /^The next/ })).toBeChecked();
    await expect(dialog.getByRole('spinbutton', { name: 'Number of weeks' })).toHaveValue('3');
    await expect(dialog.getByRole('checkbox', { name: /Remind me/ })).toBeChecked();
  });

  test('a broken or foreign file is refused with a clear message and nothing changes', async ({ page }) => {
    await markSomeProgress(page);
    const before = await summary(page).textContent();
    const valid = JSON.parse(readFileSync(await exportBackup(page), 'utf8')) as {
      version: number;
      data: { topicStates: { status: string }[] };
    };
    const dir = mkdtempSync(join(tmpdir(), 'bad-backups-'));
    const files: [string, string, RegExp][] = [
      ['broken.json', '{\n  "format": "roadmap-planner-backup",\n  "version": 1,\n', /line \d+, column \d+/],
      [
        'shape.json',
        JSON.stringify({
          ...valid,
          data: { ...valid.data, topicStates: [{ ...valid.data.topicStates[0], status: 'finished' }] },
        }),
        /data\.topicStates\[0\]\.status/,
      ],
      ['newer.json', JSON.stringify({ ...valid, version: 99 }), /newer version of Roadmap Planner/],
      ['big.json', `{"pad": "${'x'.repeat(21 * 1024 * 1024)}"}`, /20 MB/],
      // 16 KB of nesting once overflowed the stack and blamed the saved progress.
      [
        'deep.json',
        `${'['.repeat(8000)}${']'.repeat(8000)}`,
        /nested too deeply at line 1.*Nothing was changed\./,
      ],
    ];
    for (const [name, contents, expected] of files) {
      writeFileSync(join(dir, name), contents);
      await importFile(page, join(dir, name));
      // The reason shows in its own dialog, read first; nothing covers the backup buttons after it.
      const dialog = page.getByRole('dialog', { name: 'Backup not restored' });
      const alert = dialog.getByRole('alert');
      await expect(alert).toContainText(`“${name}” was not restored.`);
      await expect(alert).toContainText(expected);
      await expect(alert).not.toContainText('could not read or save your progress');
      await expect(alert).toBeFocused();
      await dialog.getByRole('button', { name: 'OK' }).click();
      await expect(dialog).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Import backup…' })).toBeFocused();
      await expect(summary(page)).toHaveText(before!);
    }
    await page.reload();
    await expect(summary(page)).toHaveText(before!);
  });
});
