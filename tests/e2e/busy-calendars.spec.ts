import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** iCalendar UTC time: 20261201T180000Z. */
const icsTime = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/**
 * A weekly one-hour meeting that began a week ago, two hours after the current hour: four
 * of its occurrences fall in the next four weeks, whenever the test runs.
 */
function weeklyMeeting(): string {
  const start = Math.floor(Date.now() / HOUR) * HOUR - 7 * DAY + 2 * HOUR;
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Busy calendar e2e//EN',
    'BEGIN:VEVENT',
    'UID:team-meeting@example.com',
    'DTSTAMP:20260101T000000Z',
    `DTSTART:${icsTime(start)}`,
    `DTEND:${icsTime(start + HOUR)}`,
    'RRULE:FREQ=WEEKLY',
    'SUMMARY:Team meeting',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

function fileWith(name: string, contents: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'busy-')), name);
  writeFileSync(path, contents);
  return path;
}

async function openPlan(page: Page) {
  await page.goto('./#plan');
  const section = page.getByRole('region', { name: 'Busy calendars' });
  await expect(section.getByText('No busy calendars yet.')).toBeVisible();
  return section;
}

async function addFile(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Add calendar file…' }).click();
  await (await chooser).setFiles(path);
}

test.describe('busy calendars', () => {
  test('add an .ics file, see it listed, remove it, undo, and a reload keeps it', async ({ page }) => {
    const section = await openPlan(page);
    await addFile(page, fileWith('work.ics', weeklyMeeting()));
    const list = section.getByRole('list', { name: 'Busy calendars' });
    const row = list.getByRole('listitem');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('work.ics');
    await expect(row).toContainText('4 busy events in the next 4 weeks');
    await expect(
      page.getByRole('status').filter({ hasText: 'Added “work.ics” to busy calendars.' }),
    ).toBeVisible();

    await section.getByRole('button', { name: 'Remove work.ics' }).click();
    await expect(section.getByText('No busy calendars yet.')).toBeVisible();
    await page
      .getByRole('status')
      .filter({ hasText: 'Removed “work.ics” from busy calendars.' })
      .getByRole('button', { name: 'Undo' })
      .click();
    await expect(row).toContainText('4 busy events in the next 4 weeks');

    await page.reload();
    await expect(page.getByRole('region', { name: 'Busy calendars' }).getByRole('listitem')).toContainText([
      'work.ics',
    ]);
    // A browser cannot read the file again by itself: no Refresh there.
    await expect(page.getByRole('button', { name: 'Refresh' })).toHaveCount(0);
  });

  test('a backup carries busy calendars: restoring it brings a removed calendar back', async ({ page }) => {
    const section = await openPlan(page);
    await addFile(page, fileWith('work.ics', weeklyMeeting()));
    await expect(section.getByRole('listitem')).toContainText('work.ics');

    await page.goto('./#progress');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export backup…' }).click();
    const backup = join(mkdtempSync(join(tmpdir(), 'busy-backup-')), 'backup.json');
    await (await download).saveAs(backup);
    const file = JSON.parse(readFileSync(backup, 'utf8')) as {
      version: number;
      data: { busyCalendars: { name: string; text: string }[] };
    };
    expect(file.version).toBe(6);
    expect(file.data.busyCalendars.map((row) => row.name)).toEqual(['work.ics']);
    expect(file.data.busyCalendars[0]!.text).toContain('SUMMARY:Team meeting');

    await page.goto('./#plan');
    await section.getByRole('button', { name: 'Remove work.ics' }).click();
    await expect(section.getByText('No busy calendars yet.')).toBeVisible();

    await page.goto('./#progress');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import backup…' }).click();
    await (await chooser).setFiles(backup);
    await page
      .getByRole('dialog', { name: 'Restore this backup?' })
      .getByRole('button', { name: 'Replace my data' })
      .click();
    await page.goto('./#plan');
    await expect(page.getByRole('region', { name: 'Busy calendars' }).getByRole('listitem')).toContainText(
      '4 busy events in the next 4 weeks',
    );
  });

  test('a file that is not a calendar is named with its problem and nothing is added', async ({ page }) => {
    const section = await openPlan(page);
    await addFile(page, fileWith('notes.ics', 'Remember the milk\n'));
    await expect(section.getByRole('alert')).toHaveText(
      '!notes.ics: not an iCalendar file (it does not start with BEGIN:VCALENDAR). Nothing was added.',
    );
    await expect(section.getByText('No busy calendars yet.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  });

  test('a file over 5 MB is refused before it is read', async ({ page }) => {
    const section = await openPlan(page);
    await addFile(page, fileWith('huge.ics', `${weeklyMeeting()}${'X-FILLER:padding\r\n'.repeat(300_000)}`));
    await expect(section.getByRole('alert')).toHaveText(
      /^!huge\.ics is 5\.\d MB; a calendar file may be at most 5 MB\.$/,
    );
    await expect(section.getByText('No busy calendars yet.')).toBeVisible();
  });
});
