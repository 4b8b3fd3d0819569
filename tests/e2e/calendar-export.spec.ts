import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import ICAL from 'ical.js';

test.use({ timezoneId: 'Europe/Berlin' });

const shot = async (page: Page, name: string) => {
  if (process.env['SHOTS']) await page.screenshot({ path: `.scratch/shots/${name}.png` });
};

type Exported = {
  text: string;
  events: {
    uid: string;
    summary: string;
    start: string;
    minutes: number;
    sequence: number;
    status: string | null;
  }[];
};

async function exportCalendar(
  page: Page,
  setUp?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>,
): Promise<{ exported: Exported; message: string }> {
  await page.getByRole('button', { name: 'Export to calendar…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export to calendar' });
  await setUp?.(dialog);
  await shot(page, 'export-dialog');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^fastapi-study-plan-\d{4}-\d{2}-\d{2}\.ics$/);
  const text = readFileSync(await file.path(), 'utf8');
  const message = (await dialog.getByRole('status').textContent()) ?? '';
  await shot(page, 'export-done');
  await dialog.getByRole('button', { name: 'Done' }).click();
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toJSDate().toISOString(),
      minutes: event.duration.toSeconds() / 60,
      sequence: event.sequence,
      status: (vevent.getFirstPropertyValue('status') as string | null) ?? null,
    };
  });
  return { exported: { text, events }, message };
}

test.describe('calendar export', () => {
  test('exports the plan as an .ics file every calendar reads, and updates instead of duplicating', async ({
    page,
  }) => {
    // Tuesday 1 December 2026, 09:00 in Berlin.
    await page.clock.setFixedTime(new Date('2026-12-01T08:00:00Z'));
    await page.goto('./#plan');
    await page.getByRole('button', { name: 'Save plan' }).click();
    await page.getByRole('link', { name: 'Schedule' }).click();
    const planned = Number(
      /(\d+) study sessions/.exec((await page.getByText(/\d+ study sessions/).textContent()) ?? '')?.[1],
    );

    const first = await exportCalendar(page, async (dialog) => {
      const preview = dialog.getByRole('region', { name: 'Preview' });
      // The Schedule header's count, and what else the file holds, said apart.
      await expect(preview.getByRole('heading')).toHaveText(
        `${planned} study sessions + 3 milestone events, starting with`,
      );
      await expect(preview).toContainText('FastAPI · Python Foundations (1/16)');
    });
    expect(first.exported.text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(
      first.exported.text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75),
    ).toBe(true);
    // Every planned session and the three phases' projected ends, as the dialog says too.
    expect(first.exported.events).toHaveLength(planned + 3);
    expect(first.message).toContain(`${planned} study sessions + 3 milestone events`);
    const session = first.exported.events.find((e) => e.summary === 'FastAPI · Python Foundations (1/16)');
    expect(session).toMatchObject({ start: '2026-12-01T18:00:00.000Z', minutes: 60, sequence: 0 });
    expect(first.exported.events.filter((e) => e.summary.startsWith('FastAPI · Phase'))).toHaveLength(3);

    // Exporting again: the same events under the same UIDs, nothing cancelled.
    const again = await exportCalendar(page);
    expect(again.exported.events.map((e) => e.uid)).toEqual(first.exported.events.map((e) => e.uid));
    expect(again.exported.events.every((e) => e.sequence === 0 && e.status !== 'CANCELLED')).toBe(true);

    // Ctrl+E opens the same dialog; the next 2 weeks only, with a reminder.
    await page.keyboard.press('Control+e');
    await expect(page.getByRole('dialog', { name: 'Export to calendar' })).toBeVisible();
    await page.keyboard.press('Escape');
    const twoWeeks = await exportCalendar(page, async (dialog) => {
      await dialog.getByRole('spinbutton', { name: 'Number of weeks' }).fill('2');
      await dialog.getByRole('checkbox', { name: /Include phase milestones/ }).uncheck();
      await dialog.getByRole('checkbox', { name: /Remind me/ }).check();
    });
    expect(twoWeeks.exported.events.length).toBeLessThan(first.exported.events.length);
    expect(twoWeeks.exported.events.every((e) => e.start < '2026-12-15')).toBe(true);
    expect(twoWeeks.exported.text).toContain('BEGIN:VALARM');
  });
});
