import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import ICAL from 'ical.js';
import { storedStatus } from './stored';

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

const node = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

async function exportCalendar(
  page: Page,
  fileName: RegExp,
  setUp?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>,
): Promise<{ exported: Exported; message: string }> {
  await page.getByRole('button', { name: 'Export to calendar…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export to calendar' });
  await setUp?.(dialog);
  await shot(page, 'export-dialog');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const file = await download;
  // The name says what the file holds.
  expect(file.suggestedFilename()).toMatch(fileName);
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

    const first = await exportCalendar(page, /^fastapi-study-plan-2026-12-01\.ics$/, async (dialog) => {
      const preview = dialog.getByRole('region', { name: 'Preview' });
      // The Schedule header's count, and what else the file holds, said apart.
      await expect(preview.getByRole('heading')).toHaveText(
        `${planned} study sessions + 3 milestone events, starting with`,
      );
      // Its part count is the scheduler's business (breaks, session lengths), not the export's.
      await expect(preview).toContainText(/FastAPI · Python Foundations \(1\/\d+\)/);
    });
    expect(first.exported.text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(
      first.exported.text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75),
    ).toBe(true);
    // Every planned session and the three phases' projected ends, as the dialog says too.
    expect(first.exported.events).toHaveLength(planned + 3);
    expect(first.message).toContain(`${planned} study sessions + 3 milestone events`);
    const session = first.exported.events.find((e) =>
      /^FastAPI · Python Foundations \(1\/\d+\)$/.test(e.summary),
    );
    expect(session).toMatchObject({ start: '2026-12-01T18:00:00.000Z', minutes: 60, sequence: 0 });
    expect(first.exported.events.filter((e) => e.summary.startsWith('FastAPI · Phase'))).toHaveLength(3);

    // Exporting again: the same events under the same UIDs, nothing cancelled.
    const again = await exportCalendar(page, /^fastapi-study-plan-2026-12-01\.ics$/);
    expect(again.exported.events.map((e) => e.uid)).toEqual(first.exported.events.map((e) => e.uid));
    expect(again.exported.events.every((e) => e.sequence === 0 && e.status !== 'CANCELLED')).toBe(true);

    // Ctrl+E opens the same dialog; the next 2 weeks only, with a reminder.
    await page.keyboard.press('Control+e');
    await expect(page.getByRole('dialog', { name: 'Export to calendar' })).toBeVisible();
    await page.keyboard.press('Escape');
    const twoWeeks = await exportCalendar(page, /^fastapi-next-2-weeks-2026-12-01\.ics$/, async (dialog) => {
      await dialog.getByRole('spinbutton', { name: 'Number of weeks' }).fill('2');
      await dialog.getByRole('checkbox', { name: /Include phase milestones/ }).uncheck();
      await dialog.getByRole('checkbox', { name: /Remind me/ }).check();
    });
    expect(twoWeeks.exported.events.length).toBeLessThan(first.exported.events.length);
    expect(twoWeeks.exported.events.every((e) => e.start < '2026-12-15')).toBe(true);
    expect(twoWeeks.exported.text).toContain('BEGIN:VALARM');
  });

  test('a narrower export cancels nothing outside its range, and the dialog keeps its choices across a reload', async ({
    page,
  }) => {
    await page.clock.setFixedTime(new Date('2026-12-01T08:00:00Z'));
    await page.goto('./#plan');
    await page.getByRole('button', { name: 'Save plan' }).click();
    await page.getByRole('link', { name: 'Schedule' }).click();
    const whole = await exportCalendar(page, /^fastapi-study-plan-2026-12-01\.ics$/);
    const foundations = whole.exported.events
      .filter((e) => e.summary.startsWith('FastAPI · Python Foundations'))
      .map((e) => e.uid);
    expect(foundations.length).toBeGreaterThan(1);

    // Python Foundations (phase 1, these first weeks) is done: its sessions leave the plan.
    await page.getByRole('link', { name: 'Graph', exact: true }).click();
    await node(page, 'Python Foundations').click();
    await page
      .getByRole('complementary', { name: 'Python Foundations' })
      .getByRole('radio', { name: 'Done' })
      .check();
    await page.getByRole('region', { name: 'Self-check' }).getByRole('button', { name: 'Skip' }).click();
    await storedStatus(page, 'python-foundations', 'done');
    await page.getByRole('link', { name: 'Schedule' }).click();

    // Phase 2 only, with a reminder: phase 1's gone sessions are outside it, nothing is cancelled.
    const phase2 = await exportCalendar(page, /^fastapi-phase-2-2026-12-01\.ics$/, async (dialog) => {
      await dialog.getByRole('combobox', { name: 'Phase' }).selectOption('2');
      await dialog.getByRole('checkbox', { name: /Remind me/ }).check();
    });
    expect(phase2.exported.events.length).toBeGreaterThan(0);
    expect(phase2.exported.events.filter((e) => e.status === 'CANCELLED')).toEqual([]);
    expect(phase2.exported.text).toContain('BEGIN:VALARM');

    // The next 4 weeks hold them: cancelled there, and nothing else.
    const weeks = await exportCalendar(page, /^fastapi-next-4-weeks-2026-12-01\.ics$/, async (dialog) => {
      // The dialog opens as the last export left it.
      await expect(dialog.getByRole('radio', { name: /^One phase/ })).toBeChecked();
      await expect(dialog.getByRole('combobox', { name: 'Phase' })).toHaveValue('2');
      await expect(dialog.getByRole('checkbox', { name: /Remind me/ })).toBeChecked();
      await dialog.getByRole('radio', { name: /^The next/ }).check();
    });
    const cancelled = weeks.exported.events.filter((e) => e.status === 'CANCELLED');
    expect(cancelled.length).toBeGreaterThan(0);
    expect(cancelled.every((e) => foundations.includes(e.uid) && e.start < '2026-12-29')).toBe(true);
    expect(
      weeks.exported.events.filter((e) => e.status !== 'CANCELLED').every((e) => e.start < '2026-12-29'),
    ).toBe(true);

    // The choices are kept, per plan, across a reload.
    await page.reload();
    await page.getByRole('button', { name: 'Export to calendar…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export to calendar' });
    await expect(dialog.getByRole('radio', { name: /^The next/ })).toBeChecked();
    await expect(dialog.getByRole('spinbutton', { name: 'Number of weeks' })).toHaveValue('4');
    await expect(dialog.getByRole('checkbox', { name: /Include phase milestones/ })).toBeChecked();
    await expect(dialog.getByRole('checkbox', { name: /Remind me/ })).toBeChecked();
    await expect(dialog.getByRole('spinbutton', { name: 'Minutes before each session' })).toHaveValue('15');
    // A bad number is named beside its field, and the Export waits for a good one.
    await dialog.getByRole('spinbutton', { name: 'Number of weeks' }).fill('0');
    await expect(dialog.getByRole('spinbutton', { name: 'Number of weeks' })).toHaveAccessibleDescription(
      'The number of weeks is a whole number from 1 to 260.',
    );
    await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeDisabled();
    await page.keyboard.press('Escape');

    // The whole plan at last cancels whatever of them the 4 weeks did not hold: each once.
    const all = await exportCalendar(page, /^fastapi-study-plan-2026-12-01\.ics$/, async (d) => {
      await d.getByRole('radio', { name: 'The whole plan' }).check();
    });
    const cancelledLater = all.exported.events.filter((e) => e.status === 'CANCELLED').map((e) => e.uid);
    expect([...cancelled.map((e) => e.uid), ...cancelledLater].sort()).toEqual([...foundations].sort());
  });
});
