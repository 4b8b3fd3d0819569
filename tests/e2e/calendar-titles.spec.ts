import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

// Issue 17: every event on the week and month calendars shows its title (at least its first
// 12 characters) inside its box, never under or behind its time, at a wide and a narrow window.

test.use({ timezoneId: 'Europe/Berlin' });

// Tuesday 1 December 2026, 09:00 in Berlin. The default plan studies weeknights 19:00–20:00.
const TUESDAY = new Date('2026-12-01T08:00:00Z');

/** A weekly choir rehearsal on Tuesdays 19:00–19:30 Berlin time: a half-hour busy block. */
const CHOIR = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Roadmap Planner e2e//Calendar titles//EN',
  'BEGIN:VEVENT',
  'UID:choir@example.com',
  'DTSTAMP:20261101T000000Z',
  'DTSTART:20261124T180000Z',
  'DTEND:20261124T183000Z',
  'RRULE:FREQ=WEEKLY;BYDAY=TU',
  'SUMMARY:Choir rehearsal',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

const SHOTS = '/tmp/h1';

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
] as const;

/** What the check finds wrong with one event, or nothing. */
type Problem = { label: string; problem: string };

/**
 * For each event (a study session, a review, a busy block): the first 12 characters of its
 * title (all of it when shorter) are drawn inside the event's box — not ellipsed, not cut by
 * a clamp or the box — and the title's box does not meet the time's.
 */
async function titleProblems(events: Locator): Promise<{ checked: number; problems: Problem[] }> {
  return events.evaluateAll((elements) => {
    const problems: { label: string; problem: string }[] = [];
    const inside = (inner: Box, outer: Box) =>
      inner.x >= outer.x - 0.5 &&
      inner.y >= outer.y - 0.5 &&
      inner.x + inner.width <= outer.x + outer.width + 0.5 &&
      inner.y + inner.height <= outer.y + outer.height + 0.5;
    const meet = (a: Box, b: Box) =>
      a.x < b.x + b.width - 0.5 &&
      b.x < a.x + a.width - 0.5 &&
      a.y < b.y + b.height - 0.5 &&
      b.y < a.y + a.height - 0.5;
    type Box = { x: number; y: number; width: number; height: number };
    for (const event of elements) {
      if (getComputedStyle(event).display === 'none') continue;
      const label = event.getAttribute('aria-label') ?? '?';
      const title = event.querySelector<HTMLElement>('[data-part="title"]');
      const time = event.querySelector<HTMLElement>('[data-part="time"]');
      if (!title) {
        problems.push({ label, problem: 'no title element' });
        continue;
      }
      const box = event.getBoundingClientRect();
      const text = title.firstChild;
      if (!(text instanceof Text) || !text.data) {
        problems.push({ label, problem: 'title without text' });
        continue;
      }
      const wanted = Math.min(12, text.data.length);
      // The range of the first characters: its rectangles are where they are drawn.
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, wanted);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      if (rects.length === 0) {
        problems.push({ label, problem: 'title not drawn' });
        continue;
      }
      // Every box that clips on the way up to the event (the clamp, the text, the event).
      const clips: Element[] = [];
      for (let el: Element | null = title; el && el !== event.parentElement; el = el.parentElement) {
        const style = getComputedStyle(el);
        if (style.overflowX !== 'visible' || style.overflowY !== 'visible') clips.push(el);
      }
      let clipped = false;
      for (const rect of rects) {
        if (!inside(rect, box)) problems.push({ label, problem: 'title outside its event' });
        else if (clips.some((el) => !inside(rect, el.getBoundingClientRect()))) clipped = true;
      }
      if (clipped) problems.push({ label, problem: 'title clipped within 12 characters' });
      // A clamped or ellipsed title: the character after the first 12 must still be drawn
      // too, so the ellipsis does not stand in for one of them.
      const cut = title.scrollHeight > title.clientHeight + 1 || title.scrollWidth > title.clientWidth + 1;
      // (The next character that is not a space: a space at a line's end is drawn nowhere.)
      const following = text.data.slice(wanted).search(/\S/);
      if (cut && following >= 0) {
        const next = document.createRange();
        next.setStart(text, wanted + following);
        next.setEnd(text, wanted + following + 1);
        const after = [...next.getClientRects()].filter((r) => r.width > 0);
        const titleBox = title.getBoundingClientRect();
        if (after.length === 0 || after.some((r) => !inside(r, titleBox)))
          problems.push({ label, problem: 'title ellipsed within 12 characters' });
      }
      // The time, where drawn (inside its event), meets none of those characters.
      if (time) {
        const timeRects = [...time.getClientRects()].filter(
          (r) => r.width > 0 && r.height > 0 && clips.every((el) => inside(r, el.getBoundingClientRect())),
        );
        if (rects.some((r) => timeRects.some((t) => meet(r, t))))
          problems.push({ label, problem: 'title meets the time' });
      }
    }
    return { checked: elements.length, problems };
  });
}

async function expectTitlesWhole(events: Locator, at: string) {
  const { checked, problems } = await titleProblems(events);
  expect(checked, `events checked ${at}`).toBeGreaterThan(0);
  expect(problems, at).toEqual([]);
}

async function setUp(page: Page) {
  await page.clock.setFixedTime(TUESDAY);
  await page.goto('./#graph');
  // A finished topic rated Good comes back for review on Friday 19:00–19:15.
  await page.getByRole('group', { name: 'Python Foundations', exact: true }).click();
  const panel = page.getByRole('complementary', { name: 'Python Foundations' });
  await panel.getByRole('radio', { name: 'Done' }).check();
  await expect(page.getByRole('region', { name: 'Self-check' })).toBeVisible();
  await page.keyboard.press('3');
  await expect(page.getByRole('region', { name: 'Self-check' }).getByRole('status')).toContainText(
    'Next review in 3 days',
  );
  await page.getByRole('region', { name: 'Self-check' }).getByRole('button', { name: 'Close' }).click();

  await page.getByRole('link', { name: 'Plan' }).click();
  const path = join(mkdtempSync(join(tmpdir(), 'calendar-titles-')), 'choir.ics');
  writeFileSync(path, CHOIR);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Add calendar file…' }).click();
  await (await chooser).setFiles(path);
  await expect(page.getByRole('region', { name: 'Busy calendars' }).getByRole('listitem')).toContainText(
    'choir.ics',
  );
  await page.getByRole('form', { name: 'Plan settings' }).getByRole('button', { name: 'Save plan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Plan saved.' })).toBeVisible();
  await page.getByRole('link', { name: 'Schedule' }).click();
  await page.getByRole('tab', { name: 'Calendar' }).click();
  // The notices would cover the calendar in the screenshots.
  const dismiss = page.getByRole('button', { name: 'Dismiss' });
  while ((await dismiss.count()) > 0) await dismiss.first().click();
}

const calendar = (page: Page) => page.locator('.schedule-calendar');
const sessions = (page: Page) => calendar(page).locator('.calendar-event');
const busyBlocks = (page: Page) => calendar(page).locator('.week-grid__mark[data-kind="busy"]');

/** The window as the user sees it with the week's evenings (or the month) in view. */
async function shoot(page: Page, name: string) {
  await page
    .getByRole('button', { name: /^Review · 1 topic/ })
    .first()
    .scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

for (const size of SIZES) {
  test(`calendar events keep their titles at ${size.width}×${size.height}`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.setViewportSize(size);
    await setUp(page);

    // Week view: this week (a half-hour session after the choir on Tuesday, the review on
    // Friday) and the next, where half-hour parts end topics.
    await page.getByRole('button', { name: 'Week', exact: true }).click();
    await expect(page.getByRole('heading', { name: '30 Nov – 6 Dec 2026' })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Review · 1 topic · 15 min, 19:00–19:15/ })).toBeVisible();
    await expect(busyBlocks(page).first()).toBeVisible();
    await shoot(page, `week-${size.width}`);
    await expectTitlesWhole(sessions(page), `week of 30 Nov at ${size.width}`);
    await expectTitlesWhole(busyBlocks(page), `busy blocks at ${size.width}`);
    for (let week = 0; week < 3; week++) {
      await page.getByRole('button', { name: 'Next week' }).click();
      await expect(sessions(page).first()).toBeVisible();
      await expectTitlesWhole(sessions(page), `week ${week + 2} at ${size.width}`);
    }

    // Month view: December and January.
    await page.getByRole('button', { name: 'Month', exact: true }).click();
    await page.getByRole('button', { name: 'Today' }).click();
    await expect(page.getByRole('heading', { name: 'December 2026' })).toBeVisible();
    await expect(
      page.getByRole('button', { name: /^Review · 1 topic · 15 min, 19:00–19:15/ }).first(),
    ).toBeVisible();
    await shoot(page, `month-${size.width}`);
    await expectTitlesWhole(sessions(page), `December at ${size.width}`);
    // The Schedule view from its top, as the README shows it.
    await page.getByRole('heading', { name: 'Schedule', level: 2 }).evaluate((h) => h.scrollIntoView());
    await page.screenshot({ path: `${SHOTS}/schedule-month-${size.width}.png` });
    await page.getByRole('button', { name: 'Next month' }).click();
    await expect(page.getByRole('heading', { name: 'January 2027' })).toBeVisible();
    await expectTitlesWhole(sessions(page), `January at ${size.width}`);

    // The dark theme: the same boxes, to look at.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByRole('button', { name: 'Today' }).click();
    await shoot(page, `month-${size.width}-dark`);
    await page.getByRole('button', { name: 'Week', exact: true }).click();
    await shoot(page, `week-${size.width}-dark`);
    await expectTitlesWhole(sessions(page), `dark week at ${size.width}`);
  });
}
