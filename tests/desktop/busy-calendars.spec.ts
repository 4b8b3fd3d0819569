import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DESKTOP_API_KEY } from '../../electron/shared/ipc-contract';
import { expect, test } from './fixtures';
import type { DesktopApp } from './fixtures';
import { callDesktopApi } from './page-call';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

const icsTime = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/**
 * `meetings` weekly one-hour series that began a week ago, each two hours after the current
 * hour: each has four occurrences in the next four weeks, whenever the test runs.
 */
function calendar(meetings: number): string {
  const start = Math.floor(Date.now() / HOUR) * HOUR - 7 * DAY + 2 * HOUR;
  const events = Array.from({ length: meetings }, (_, i) => [
    'BEGIN:VEVENT',
    `UID:meeting-${i}@example.com`,
    'DTSTAMP:20260101T000000Z',
    `DTSTART:${icsTime(start + i * HOUR)}`,
    `DTEND:${icsTime(start + (i + 1) * HOUR)}`,
    'RRULE:FREQ=WEEKLY',
    `SUMMARY:Meeting ${i}`,
    'END:VEVENT',
  ]).flat();
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Desktop busy test//EN',
    ...events,
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

function documents(desktop: DesktopApp): string {
  const folder = join(desktop.userData, 'Documents');
  mkdirSync(folder, { recursive: true });
  return folder;
}

async function openPlan(page: Page) {
  await page.evaluate(() => {
    window.location.hash = 'plan';
  });
  const section = page.getByRole('region', { name: 'Busy calendars' });
  await expect(section.getByRole('heading', { name: 'Busy calendars' })).toBeVisible();
  return section;
}

/** Calls the desktop API from the page, as a compromised page could. */
const call = (page: Page, method: string, ...args: unknown[]) =>
  page.evaluate(callDesktopApi, [DESKTOP_API_KEY, method, args] as const);

test.describe('busy calendars on the desktop', () => {
  test('a calendar keeps its path: Refresh and a relaunch read it again; a file that is gone is named', async ({
    desktop,
  }) => {
    const path = join(documents(desktop), 'work.ics');
    writeFileSync(path, calendar(1));
    await desktop.answerOpenDialog(path);
    let section = await openPlan(desktop.page);
    await expect(section.getByText('No busy calendars yet.')).toBeVisible();
    await section.getByRole('button', { name: 'Add calendar file…' }).click();
    const row = () => section.getByRole('listitem');
    await expect(row()).toContainText('work.ics');
    await expect(row()).toContainText('4 busy events in the next 4 weeks');
    await expect(section.getByRole('button', { name: 'Refresh' })).toBeVisible();

    writeFileSync(path, calendar(2));
    await section.getByRole('button', { name: 'Refresh' }).click();
    await expect(section.getByRole('status')).toHaveText('Read 1 file again: 1 calendar changed.');
    await expect(row()).toContainText('8 busy events in the next 4 weeks');

    // Changed while the app was closed: read again when it opens.
    writeFileSync(path, calendar(3));
    await desktop.relaunch();
    section = await openPlan(desktop.page);
    await expect(row()).toContainText('12 busy events in the next 4 weeks');

    rmSync(path);
    await section.getByRole('button', { name: 'Refresh' }).click();
    await expect(row()).toContainText(`work.ics is gone: there is no file at ${path} any more.`);
    // The copy read last is still used, and still listed.
    await expect(section.getByRole('status')).toHaveText(
      'Read 1 file again: nothing changed; 1 file could not be used.',
    );
    expect(desktop.problems()).toEqual([]);
  });

  test('main reads again only .ics files the user chose, up to 5 MB', async ({ desktop }) => {
    const { page } = desktop;
    const folder = documents(desktop);
    const small = join(folder, 'small.ics');
    const contents = calendar(1);
    writeFileSync(small, contents);
    // Not chosen yet: the page cannot make main read it, whatever path it sends.
    expect(await call(page, 'readCalendarFile', small)).toEqual({
      value: {
        ok: false,
        name: 'small.ics',
        message: 'small.ics was not chosen with “Add calendar file…” on this computer: add it again.',
      },
    });
    await desktop.answerOpenDialog(small);
    expect(await call(page, 'pickCalendarFile')).toEqual({
      value: { ok: true, path: small, name: 'small.ics', text: contents },
    });
    expect(await call(page, 'readCalendarFile', small)).toEqual({
      value: { ok: true, path: small, name: 'small.ics', text: contents },
    });

    // Chosen in the dialog but not a calendar, or too large: refused, nothing read.
    const text = join(folder, 'secrets.txt');
    writeFileSync(text, 'not for the page');
    await desktop.answerOpenDialog(text);
    expect(await call(page, 'pickCalendarFile')).toEqual({
      value: {
        ok: false,
        name: 'secrets.txt',
        message: 'secrets.txt is not a calendar file: busy calendars are .ics files.',
      },
    });
    const big = join(folder, 'big.ics');
    writeFileSync(big, `${contents}${'X'.repeat(5_100_000)}`);
    await desktop.answerOpenDialog(big);
    expect(await call(page, 'pickCalendarFile')).toEqual({
      value: {
        ok: false,
        name: 'big.ics',
        message: 'big.ics is 5.2 MB; a calendar file may be at most 5 MB.',
      },
    });
    expect(await call(page, 'readCalendarFile', text)).toMatchObject({
      value: { ok: false, name: 'secrets.txt' },
    });

    // Only a page that is not the app sends something other than a full path.
    expect(await call(page, 'readCalendarFile', 'small.ics')).toEqual({
      error: expect.stringMatching(/^Error invoking remote method 'busy:read': /),
    });
  });
});
