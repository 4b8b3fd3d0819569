import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DESKTOP_API_KEY } from '../../electron/shared/ipc-contract';
import { expect, test } from './fixtures';
import type { DesktopApp } from './fixtures';
import { callDesktopApi } from './page-call';

/** A folder of the test's own where the "user" saves files. */
function documents(desktop: DesktopApp): string {
  const folder = join(desktop.userData, 'Documents');
  mkdirSync(folder, { recursive: true });
  return folder;
}

const topic = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

/** Calls the desktop API from the page, as a compromised page could. */
const call = (page: Page, method: string, ...args: unknown[]) =>
  page.evaluate(callDesktopApi, [DESKTOP_API_KEY, method, args] as const);

test.describe('files through main', () => {
  test('File → Export Backup writes the file atomically; Import Backup reads it back', async ({
    desktop,
  }) => {
    const { page } = desktop;
    const python = topic(page, 'Python Foundations');
    await python.click();
    await page.keyboard.press('d');
    await expect(python).toHaveAccessibleDescription(/^Done\./);

    const folder = documents(desktop);
    const target = join(folder, 'backup.json');
    writeFileSync(target, 'an older backup');
    await desktop.answerSaveDialog(target);
    await desktop.clickMenuItem('export-backup');
    await expect.poll(() => readFileSync(target, 'utf8')).toMatch(/"format": ?"roadmap-planner-backup"/);
    // Replaced whole by a rename: no temporary file is left beside it.
    expect(readdirSync(folder)).toEqual(['backup.json']);
    expect((JSON.parse(readFileSync(target, 'utf8')) as { format: string }).format).toBe(
      'roadmap-planner-backup',
    );

    await python.click();
    await page.keyboard.press('n');
    await expect(python).not.toHaveAccessibleDescription(/^Done\./);
    await desktop.answerOpenDialog(target);
    await desktop.clickMenuItem('import-backup');
    const restore = page.getByRole('dialog', { name: 'Restore this backup?' });
    await expect(restore).toContainText('1 topic status');
    await restore.getByRole('button', { name: 'Replace my data' }).click();
    await expect(python).toHaveAccessibleDescription(/^Done\./);
  });

  test('File → Export Calendar saves an .ics file, shows it in its folder and opens it', async ({
    desktop,
  }) => {
    const { page } = desktop;
    await page.evaluate(() => {
      window.location.hash = 'plan';
    });
    await page.getByRole('button', { name: 'Save plan' }).click();
    await page.evaluate(() => {
      window.location.hash = 'schedule';
    });
    await expect(page.getByRole('heading', { name: 'Schedule', level: 2 })).toBeVisible();

    const target = join(documents(desktop), 'plan.ics');
    await desktop.answerSaveDialog(target);
    await desktop.clickMenuItem('export-calendar');
    const dialog = page.getByRole('dialog', { name: 'Export to calendar' });
    await dialog.getByRole('button', { name: 'Export…' }).click();
    await expect(dialog.getByRole('status')).toContainText(/Exported \d+ study sessions/);
    expect(readFileSync(target, 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/);

    await dialog.getByRole('button', { name: 'Show in folder' }).click();
    await expect.poll(async () => (await desktop.shellCalls()).shownInFolder).toEqual([target]);
    await dialog.getByRole('button', { name: 'Open in calendar app' }).click();
    await expect.poll(async () => (await desktop.shellCalls()).openedPaths).toEqual([target]);
    await expect(dialog.getByRole('alert')).toHaveCount(0);
  });

  test('main saves only backups and calendars, and opens only calendars', async ({ desktop }) => {
    const { page } = desktop;
    const folder = documents(desktop);
    // Asked to save a batch file, main refuses before any dialog: nothing is written.
    const batch = join(folder, 'run.bat');
    await desktop.answerSaveDialog(batch);
    for (const request of [
      { suggestedName: 'run.bat', contents: '@echo off', extensions: ['bat'] },
      { suggestedName: 'run.bat', contents: '@echo off', extensions: ['json'] },
      { suggestedName: 'start.desktop', contents: '[Desktop Entry]', extensions: ['desktop'] },
    ]) {
      expect(await call(page, 'saveFile', request)).toEqual({
        error: expect.stringMatching(/^Error invoking remote method 'file:save': /),
      });
    }
    expect(existsSync(batch)).toBe(false);

    // A backup is saved where the user chose, but never opened with the system.
    await desktop.answerSaveDialog(join(folder, 'backup.json'));
    const backup = await call(page, 'saveFile', {
      suggestedName: 'backup.json',
      contents: '{}',
      extensions: ['json'],
    });
    expect(backup).toEqual({ value: { saved: true, token: expect.stringMatching(/^[0-9a-f]{32}$/) } });
    const backupToken = 'value' in backup ? (backup.value as { token: string }).token : '';
    expect(await call(page, 'openSaved', backupToken)).toEqual({ value: false });

    // Nor is a calendar the user saved under a name of another kind.
    const renamed = join(folder, 'plan.desktop');
    await desktop.answerSaveDialog(renamed);
    const calendar = await call(page, 'saveFile', {
      suggestedName: 'plan.ics',
      contents: 'BEGIN:VCALENDAR',
      extensions: ['ics'],
    });
    const calendarToken = 'value' in calendar ? (calendar.value as { token: string }).token : '';
    expect(readFileSync(renamed, 'utf8')).toBe('BEGIN:VCALENDAR');
    expect(await call(page, 'openSaved', calendarToken)).toEqual({ value: false });
    // Showing them in their folder is harmless, and still works.
    expect(await call(page, 'revealSaved', backupToken)).toEqual({ value: true });
    expect(await desktop.shellCalls()).toMatchObject({
      openedPaths: [],
      shownInFolder: [join(folder, 'backup.json')],
    });
  });
});

test.describe('own roadmaps through main', () => {
  test('File → Import Roadmap reads a Markdown roadmap through main; Export as Markdown saves one', async ({
    desktop,
  }) => {
    const { page } = desktop;
    await expect(page.locator('.react-flow__node-topic')).toHaveCount(56);
    await desktop.clickMenuItem('import-roadmap');
    const dialog = page.getByRole('dialog', { name: 'Import roadmap' });
    await desktop.answerOpenDialog(join(process.cwd(), 'content/examples/kubernetes-basics.md'));
    await dialog.getByRole('button', { name: 'Choose file…' }).click();
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.locator('.react-flow__node-topic')).toHaveCount(8);

    const target = join(documents(desktop), 'kubernetes.md');
    await desktop.answerSaveDialog(target);
    await page
      .getByRole('banner')
      .getByRole('button', { name: /^Kubernetes Basics/ })
      .click();
    await page.getByRole('menuitem', { name: 'Export roadmap as Markdown…' }).click();
    await expect
      .poll(() => (existsSync(target) ? readFileSync(target, 'utf8') : ''))
      .toContain('- **Pods & Deployments** {#pods}');
  });
});
