import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import ICAL from 'ical.js';

test.use({ timezoneId: 'Europe/Berlin' });

// Tuesday 1 December 2026, 09:00 in Berlin. The default plan studies weeknights 19:00–20:00.
const NOW = new Date('2026-12-01T08:00:00Z');

/**
 * The user's own calendar, as Google or Outlook exports it: a weekly choir rehearsal on
 * Tuesdays 19:00–19:30 Berlin time (half the study window), an all-day offsite on Wednesday
 * 2 December, and a dinner on Thursday 3 December 18:30–20:00 (in UTC) that covers the
 * whole study window.
 */
const EVENINGS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Roadmap Planner e2e//Busy plan//EN',
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Berlin',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
  'BEGIN:VEVENT',
  'UID:choir@example.com',
  'DTSTAMP:20261101T000000Z',
  'DTSTART;TZID=Europe/Berlin:20261124T190000',
  'DTEND;TZID=Europe/Berlin:20261124T193000',
  'RRULE:FREQ=WEEKLY;BYDAY=TU',
  'SUMMARY:Choir rehearsal',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:offsite@example.com',
  'DTSTAMP:20261101T000000Z',
  'DTSTART;VALUE=DATE:20261202',
  'DTEND;VALUE=DATE:20261203',
  'SUMMARY:Team offsite',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:dinner@example.com',
  'DTSTAMP:20261101T000000Z',
  'DTSTART:20261203T173000Z',
  'DTEND:20261203T190000Z',
  'SUMMARY:Dinner with Sam',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

const shot = async (page: Page, name: string) => {
  if (process.env['SHOTS']) await page.screenshot({ path: `.scratch/shots/${name}.png` });
};

const minutesOf = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

type Span = { from: number; to: number; label: string };

/** A day's column in the week grid, found by its spelled-out date (`Tuesday 1 December 2026`). */
function weekDay(page: Page, longDay: string): Locator {
  return page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 4, name: new RegExp(`^${longDay}\\b`) }) });
}

/** The sessions in a day's column, as their accessible names say (`…, 19:30–20:00`). */
async function sessionsIn(day: Locator): Promise<Span[]> {
  const names = await day
    .getByRole('button')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
  return names.map((label) => {
    const [, from, to] = /(\d\d:\d\d)–(\d\d:\d\d)/.exec(label) ?? [];
    expect(from, `a time in “${label}”`).toBeDefined();
    return { from: minutesOf(from!), to: minutesOf(to!), label };
  });
}

const overlaps = (a: Span, from: number, to: number) => a.from < to && from < a.to;

/** What the week view shows of busy time and sessions on the first week's three busy days. */
async function expectBusyWeek(page: Page) {
  await expect(page.getByRole('heading', { name: /30 Nov – 6 Dec 2026/ })).toBeVisible();

  // Tuesday: the rehearsal is a grey block; the study hour shrinks to what is left after it.
  const tuesday = weekDay(page, 'Tuesday 1 December 2026');
  const rehearsal = tuesday.getByRole('listitem', { name: 'Busy 19:00–19:30', exact: true });
  await expect(rehearsal).toBeVisible();
  await expect(rehearsal).toHaveAttribute('title', 'Busy 19:00–19:30: Choir rehearsal');
  await expectGrey(rehearsal);
  await expect(tuesday.getByRole('button').first()).toBeVisible();
  const tuesdaySessions = await sessionsIn(tuesday);
  expect(tuesdaySessions.length).toBeGreaterThan(0);
  for (const session of tuesdaySessions) {
    expect(overlaps(session, minutesOf('19:00'), minutesOf('19:30')), session.label).toBe(false);
    // After the rehearsal the same evening, within what is left of the 60-minute window.
    expect(session.from, session.label).toBeGreaterThanOrEqual(minutesOf('19:30'));
  }
  const tuesdayMinutes = tuesdaySessions.reduce((sum, s) => sum + s.to - s.from, 0);
  expect(tuesdayMinutes).toBeLessThanOrEqual(30);

  // Wednesday: busy all day, so nothing planned.
  const wednesday = weekDay(page, 'Wednesday 2 December 2026');
  await expect(wednesday.getByRole('heading')).toContainText('Busy all day');
  await expect(wednesday).toHaveAttribute('data-busy-all-day', '');
  // The whole day's column is grey.
  await expectGrey(wednesday.locator('.week-grid__column'));
  await expect(wednesday.getByRole('button')).toHaveCount(0);

  // Thursday: the dinner covers the whole study window; no session overlaps it.
  const thursday = weekDay(page, 'Thursday 3 December 2026');
  const dinner = thursday.getByRole('listitem', { name: 'Busy 18:30–20:00', exact: true });
  await expect(dinner).toBeVisible();
  await expectGrey(dinner);
  for (const session of await sessionsIn(thursday)) {
    expect(overlaps(session, minutesOf('18:30'), minutesOf('20:00')), session.label).toBe(false);
  }

  // Friday, with nothing busy, keeps its hour at 19:00.
  const friday = weekDay(page, 'Friday 4 December 2026');
  await expect(friday.getByRole('listitem', { name: /^Busy/ })).toHaveCount(0);
  expect((await sessionsIn(friday)).map((s) => s.label)).toEqual([expect.stringMatching(/, 19:00–20:00$/)]);
}

/** Grey: a painted (not transparent) background whose red, green and blue are (nearly) equal. */
async function expectGrey(block: Locator) {
  const colour = await block.evaluate((element) => getComputedStyle(element).backgroundColor);
  const [r, g, b, a = 1] = (colour.match(/[\d.]+/g) ?? []).map(Number);
  expect(a, colour).toBeGreaterThan(0);
  expect(Math.max(r!, g!, b!) - Math.min(r!, g!, b!), colour).toBeLessThanOrEqual(16);
}

/** Berlin wall clock of an instant: `2027-03-30` and minutes since midnight. */
function berlin(instant: Date): { day: string; weekday: string; minutes: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Berlin',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return {
    day: `${parts['year']}-${parts['month']}-${parts['day']}`,
    weekday: parts['weekday']!,
    minutes: Number(parts['hour']) * 60 + Number(parts['minute']),
  };
}

/**
 * Every session of the whole plan, from a calendar export, against the busy file: none on a
 * Tuesday 19:00–19:30 Berlin time (the series keeps its wall-clock time across the March DST
 * change), none on the offsite day, none over the dinner.
 */
async function expectExportClearOfBusy(page: Page) {
  await page.getByRole('button', { name: 'Export to calendar…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export to calendar' });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const text = readFileSync(await (await download).path(), 'utf8');
  await dialog.getByRole('button', { name: 'Done' }).click();
  // The user's own events are not copied into the study calendar.
  expect(text).not.toMatch(/Choir rehearsal|Team offsite|Dinner with Sam/);
  const sessions = new ICAL.Component(ICAL.parse(text))
    .getAllSubcomponents('vevent')
    .map((vevent) => new ICAL.Event(vevent))
    .filter((event) => !event.startDate.isDate);
  expect(sessions.length).toBeGreaterThan(200);
  const last = sessions.at(-1)!.startDate.toJSDate();
  // The plan runs past the switch to summer time (28 March 2027), so the check covers it.
  expect(last.getTime()).toBeGreaterThan(Date.parse('2027-04-01T00:00:00Z'));
  for (const event of sessions) {
    const start = berlin(event.startDate.toJSDate());
    const end = berlin(event.endDate.toJSDate());
    const span: Span = {
      from: start.minutes,
      to: end.day === start.day ? end.minutes : 24 * 60,
      label: `${event.summary} on ${start.day} ${start.minutes}–${end.minutes}`,
    };
    if (start.weekday === 'Tue') {
      expect(overlaps(span, minutesOf('19:00'), minutesOf('19:30')), span.label).toBe(false);
    }
    expect(start.day, span.label).not.toBe('2026-12-02');
    if (start.day === '2026-12-03') {
      expect(overlaps(span, minutesOf('18:30'), minutesOf('20:00')), span.label).toBe(false);
    }
  }
  const tuesdays = sessions.filter((event) => berlin(event.startDate.toJSDate()).weekday === 'Tue');
  // Tuesdays still hold study time, after the rehearsal.
  expect(tuesdays.length).toBeGreaterThan(20);
}

async function openWeekView(page: Page) {
  await page.getByRole('link', { name: 'Schedule', exact: true }).click();
  await page.getByRole('tab', { name: 'Calendar' }).click();
  await page.getByRole('button', { name: 'Week', exact: true }).click();
}

test.describe('busy time in the plan', () => {
  // A whole-plan export and three passes over the calendar views: ~16 s alone, more in the full run.
  test.describe.configure({ timeout: 60_000 });

  test('a busy .ics shows grey blocks in the week view and no session sits on them', async ({ page }) => {
    await page.clock.setFixedTime(NOW);
    await page.goto('./#plan');
    await page
      .getByRole('form', { name: 'Plan settings' })
      .getByRole('button', { name: 'Save plan' })
      .click();
    await expect(page.getByRole('status').filter({ hasText: 'Plan saved.' })).toBeVisible();

    // Before: Tuesday and Wednesday each hold an hour at 19:00.
    await openWeekView(page);
    const tuesday = weekDay(page, 'Tuesday 1 December 2026');
    await expect(tuesday.getByRole('button', { name: /, 19:00–20:00$/ })).toHaveCount(1);
    await expect(weekDay(page, 'Wednesday 2 December 2026').getByRole('button')).toHaveCount(1);

    await page.getByRole('link', { name: 'Plan', exact: true }).click();
    const path = join(mkdtempSync(join(tmpdir(), 'busy-plan-')), 'evenings.ics');
    writeFileSync(path, EVENINGS);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Add calendar file…' }).click();
    await (await chooser).setFiles(path);
    const calendars = page.getByRole('region', { name: 'Busy calendars' });
    await expect(calendars.getByRole('listitem')).toContainText('evenings.ics');
    await expect(calendars.getByRole('listitem')).toContainText(/\d+ busy events in the next 4 weeks/);

    await openWeekView(page);
    await expectBusyWeek(page);
    // The evening, where the busy blocks are, in view for the screenshot.
    await weekDay(page, 'Tuesday 1 December 2026').getByRole('button').first().scrollIntoViewIfNeeded();
    await shot(page, 'busy-week');

    // This week's list and the rail's next session agree: tonight's study starts at 19:30.
    await page.getByRole('tab', { name: 'This week' }).click();
    await expect(page.getByRole('region', { name: /^Today · Tue 1 Dec/ })).toContainText('19:30–20:00');
    await expect(page.getByRole('link', { name: /^Next session/ })).toContainText(
      'Tue 1 Dec, 19:30 · Python Foundations',
    );

    await expectExportClearOfBusy(page);
    // Back on the Calendar tab it shows the month again: the week is chosen anew.
    await page.getByRole('tab', { name: 'Calendar' }).click();
    await page.getByRole('button', { name: 'Week', exact: true }).click();

    // The weekly series goes on: next Tuesday is busy 19:00–19:30 too, and its session follows it.
    await page.getByRole('button', { name: 'Next week' }).click();
    await expect(page.getByRole('heading', { name: /13 Dec 2026/ })).toBeVisible();
    const nextTuesday = weekDay(page, 'Tuesday 8 December 2026');
    await expect(nextTuesday.getByRole('listitem', { name: 'Busy 19:00–19:30', exact: true })).toBeVisible();
    for (const session of await sessionsIn(nextTuesday)) {
      expect(overlaps(session, minutesOf('19:00'), minutesOf('19:30')), session.label).toBe(false);
    }
    // The offsite and the dinner were one-offs.
    await expect(weekDay(page, 'Wednesday 9 December 2026').getByRole('heading')).not.toContainText('Busy');
    await expect(
      weekDay(page, 'Thursday 10 December 2026').getByRole('listitem', { name: /^Busy/ }),
    ).toHaveCount(0);

    // A reload keeps the busy calendar and what it does to the plan.
    await page.reload();
    await openWeekView(page);
    await expectBusyWeek(page);

    // The month view marks the same busy time: every Tuesday of December, the offsite, the dinner.
    await page.getByRole('button', { name: 'Month', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'December 2026' })).toBeVisible();
    const rehearsals = page.getByRole('listitem', { name: 'Busy 19:00–19:30', exact: true });
    await expect(rehearsals).toHaveCount(5);
    await expectGrey(rehearsals.first());
    await expect(page.getByRole('listitem', { name: 'Busy all day', exact: true })).toHaveCount(1);
    await expect(page.getByRole('listitem', { name: 'Busy 18:30–20:00', exact: true })).toHaveCount(1);
  });

  test('the app’s own exported calendar, added as busy, blocks nothing', async ({ page }) => {
    await page.clock.setFixedTime(NOW);
    await page.goto('./#plan');
    await page
      .getByRole('form', { name: 'Plan settings' })
      .getByRole('button', { name: 'Save plan' })
      .click();
    await page.getByRole('link', { name: 'Schedule', exact: true }).click();
    await page.getByRole('button', { name: 'Export to calendar…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export to calendar' });
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const path = join(mkdtempSync(join(tmpdir(), 'busy-plan-')), 'study-plan.ics');
    await (await download).saveAs(path);
    await dialog.getByRole('button', { name: 'Done' }).click();

    // Subscribed back as a "busy" calendar, the plan's own sessions must not push themselves away.
    await page.getByRole('link', { name: 'Plan', exact: true }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Add calendar file…' }).click();
    await (await chooser).setFiles(path);
    await expect(page.getByRole('region', { name: 'Busy calendars' }).getByRole('listitem')).toContainText(
      '0 busy events in the next 4 weeks',
    );
    await openWeekView(page);
    await expect(page.getByRole('listitem', { name: /^Busy/ })).toHaveCount(0);
    await expect(
      weekDay(page, 'Tuesday 1 December 2026').getByRole('button', { name: /, 19:00–20:00$/ }),
    ).toHaveCount(1);
    await expect(
      weekDay(page, 'Wednesday 2 December 2026').getByRole('button', { name: /, 19:00–20:00$/ }),
    ).toHaveCount(1);
  });
});
