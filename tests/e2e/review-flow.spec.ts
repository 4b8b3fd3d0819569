import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import ICAL from 'ical.js';

// Issue 16's whole flow: finish a topic, rate it, see its review on the right day in the
// calendar and in the exported .ics, then do the review on that day.

test.use({ timezoneId: 'Europe/Berlin' });

// Tuesday 1 December 2026, 09:00 in Berlin.
const TUESDAY = new Date('2026-12-01T08:00:00Z');
// Friday 4 December, 18:30 in Berlin: half an hour before the evening's study time.
const FRIDAY = new Date('2026-12-04T17:30:00Z');

const node = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

async function exportedEvents(page: Page) {
  await page.getByRole('button', { name: 'Export to calendar…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export to calendar' });
  await expect(dialog.getByRole('region', { name: 'Preview' }).getByRole('heading')).toContainText(
    /\+ \d+ review sessions/,
  );
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const text = readFileSync(await (await download).path(), 'utf8');
  await dialog.getByRole('button', { name: 'Done' }).click();
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toJSDate().toISOString(),
      minutes: event.duration.toSeconds() / 60,
    };
  });
}

test('finish a topic, rate it, see its review in the calendar and the .ics, and do it that day', async ({
  page,
}) => {
  await page.clock.setFixedTime(TUESDAY);
  await page.goto('./#graph');

  // Finish Python Foundations and answer the self-check with Good (key 3): FSRS brings a
  // new topic rated Good back three days later, on Friday.
  await node(page, 'Python Foundations').click();
  const panel = page.getByRole('complementary', { name: 'Python Foundations' });
  await panel.getByRole('radio', { name: 'Done' }).check();
  const check = page.getByRole('region', { name: 'Self-check' });
  await expect(check).toContainText('How well do you know “Python Foundations”?');
  await page.keyboard.press('3');
  await expect(check.getByRole('status')).toContainText('Next review in 3 days · Fri 4 Dec');

  // The plan: weeknights 19:00–20:00, Saturday mornings.
  await page.getByRole('link', { name: 'Plan' }).click();
  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Plan saved.' })).toBeVisible();
  await page.getByRole('link', { name: 'Schedule' }).click();

  // This week: Friday's study time starts with the review, study after it.
  const start = page.getByRole('link', { name: 'Start review: Review · 1 topic · 15 min, Fri 4 Dec' });
  await expect(start).toBeVisible();
  // The calendar: at 19:00 on Friday, study after it.
  await page.getByRole('tab', { name: 'Calendar' }).click();
  await page.getByRole('button', { name: 'Week', exact: true }).click();
  await expect(page.getByRole('button', { name: /^Review · 1 topic · 15 min, 19:00–19:15/ })).toHaveCount(1);
  // The month shows it too, and the next one as if rated Good then (Fri 18 Dec).
  await page.getByRole('button', { name: 'Month', exact: true }).click();
  await expect(page.getByRole('button', { name: /^Review · 1 topic · 15 min, 19:00–19:15/ })).toHaveCount(2);

  // The .ics holds it: one event on Friday 19:00–19:15 Berlin time, naming the topic.
  const events = await exportedEvents(page);
  const reviews = events.filter((e) => e.summary.includes('Review'));
  expect(reviews[0]).toEqual({
    uid: expect.stringMatching(/^review#2026-12-04@.+\.roadmap-planner$/),
    summary: 'FastAPI · Review · 1 topic · 15 min',
    description: expect.stringContaining('Python Foundations'),
    start: '2026-12-04T18:00:00.000Z',
    minutes: 15,
  });
  expect(reviews[1]!.start).toBe('2026-12-18T18:00:00.000Z');
  // Study follows after the plan's 10-minute break.
  const friday = events.filter((e) => e.start.startsWith('2026-12-04') && !e.summary.includes('Review'));
  expect(friday[0]!.start).toBe('2026-12-04T18:25:00.000Z');

  // Friday evening: the review is there to do; rated Good, it comes back later.
  await page.clock.setFixedTime(FRIDAY);
  await page.reload();
  await page.getByRole('link', { name: 'Schedule' }).click();
  await page.getByRole('tab', { name: 'This week' }).click();
  await page.getByRole('link', { name: 'Start review: Review · 1 topic · 15 min, Fri 4 Dec' }).click();
  await expect(page).toHaveURL(/#review\?topics=python-foundations$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Python Foundations' })).toBeVisible();
  await page.keyboard.press('3');
  await expect(page.getByRole('region', { name: 'Rate it' }).getByRole('status')).toHaveText(
    /^Good · Next review in \d+ days/,
  );
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByText('You reviewed 1 topic.')).toBeVisible();

  // Friday's review is done: the schedule no longer holds one that day, and a reload keeps it.
  await page.reload();
  await page.getByRole('link', { name: 'Schedule' }).click();
  await expect(page.getByRole('link', { name: /^Start review: .*Fri 4 Dec$/ })).toHaveCount(0);
});

test('a topic finished before ratings existed is brought into review from its panel', async ({ page }) => {
  // A backup from before spaced review (format 4): Python Foundations done, never rated.
  const dir = mkdtempSync(join(tmpdir(), 'review-v4-'));
  const file = join(dir, 'old-backup.json');
  const at = '2026-11-20T18:00:00.000Z';
  const tables = [
    'itemStates',
    'notes',
    'plans',
    'sessionLog',
    'busyCalendars',
    'roadmaps',
    'roadmapEdits',
    'meta',
  ];
  writeFileSync(
    file,
    JSON.stringify({
      format: 'roadmap-planner-backup',
      version: 4,
      exportedAt: at,
      appVersion: '0.1.0',
      data: {
        topicStates: [{ roadmapId: 'fastapi', topicId: 'python-foundations', status: 'done', updatedAt: at }],
        ...Object.fromEntries(tables.map((table) => [table, []])),
      },
    }),
  );
  await page.clock.setFixedTime(TUESDAY);
  await page.goto('./#progress');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import backup…' }).click();
  await (await chooser).setFiles(file);
  await page
    .getByRole('dialog', { name: 'Restore this backup?' })
    .getByRole('button', { name: 'Replace my data' })
    .click();

  await page.getByRole('link', { name: 'Graph' }).click();
  await node(page, 'Python Foundations').click();
  const review = page
    .getByRole('complementary', { name: 'Python Foundations' })
    .getByRole('region', { name: 'Review' });
  await expect(review).toContainText('Not in spaced review yet');
  await review.getByRole('link', { name: 'Rate it now' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Python Foundations' })).toBeVisible();
  await page.keyboard.press('4');
  await expect(page.getByRole('region', { name: 'Rate it' }).getByRole('status')).toHaveText(
    /^Easy · Next review in \d+ days/,
  );
  await page.goto('./#graph');
  await node(page, 'Python Foundations').click();
  await expect(review).toContainText(/Next review in \d+ days/);
  await expect(review.getByRole('listitem')).toHaveText([/^Easy.* · finished$/]);
});
