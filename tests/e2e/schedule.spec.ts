import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

// Tuesday 1 December 2026, 09:00 in Berlin: the plan's today, whatever the machine's clock says.
const NOW = new Date('2026-12-01T08:00:00Z');

test.use({ timezoneId: 'Europe/Berlin' });

const shot = async (page: Page, name: string) => {
  if (process.env['SHOTS']) await page.screenshot({ path: `.scratch/shots/${name}.png` });
};

async function openView(page: Page, hash: string) {
  await page.clock.setFixedTime(NOW);
  await page.goto(`./#${hash}`);
}

test.describe('the study schedule', () => {
  test('asks for study time first, then fills the calendar and warns about a missed target', async ({
    page,
  }) => {
    await openView(page, 'schedule');
    await expect(page.getByText('No plan saved yet — save your plan to see your schedule.')).toBeVisible();
    await page.getByRole('link', { name: 'Set up your plan' }).click();
    await expect(page.getByRole('heading', { name: 'Plan', level: 2 })).toBeVisible();

    const form = page.getByRole('form', { name: 'Plan settings' });
    await expect(form.getByLabel('Time zone')).toHaveValue('Europe/Berlin');
    await form.getByLabel('Shortest session').fill('120');
    await expect(form.getByText('shortest session is longer than the longest')).toBeVisible();
    await form.getByLabel('Shortest session').fill('30');
    await shot(page, 'plan-default');

    // What-if: a target in January is far too soon; the projection says so before saving.
    await form.getByLabel(/^Target for Phase 1/).fill('2027-01-15');
    const projection = page.getByRole('region', { name: 'Projection' });
    await expect(projection).toContainText(/h short/);
    await form.getByLabel('Minutes on Saturday').fill('240');
    await shot(page, 'plan-what-if');
    await form.getByRole('button', { name: 'Save plan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Plan saved.' })).toBeVisible();

    await page.getByRole('link', { name: 'Schedule' }).click();
    const milestones = page.getByRole('list', { name: 'Phase milestones' });
    await expect(milestones.getByRole('listitem').first()).toContainText('misses its target');
    await expect(page.getByRole('list', { name: 'Warnings' })).toContainText(/Phase 1 needs .* short/);
    await shot(page, 'schedule-week');

    await page.getByRole('tab', { name: 'Calendar' }).click();
    await expect(page.getByRole('heading', { name: 'December 2026' })).toBeVisible();
    const first = page.getByRole('button', { name: /^Python Foundations, part 1 of \d+, 19:00–20:00/ });
    await expect(first).toBeVisible();
    await shot(page, 'schedule-month');
    await page.getByRole('button', { name: 'Week', exact: true }).click();
    await expect(page.getByRole('heading', { name: /30 Nov – 6 Dec 2026/ })).toBeVisible();
    await shot(page, 'schedule-weekgrid');
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await shot(page, 'schedule-timeline');

    // Clicking a session shows its details; from there its topic, whose panel lists its sessions.
    // The calendar comes back in the week view last chosen; the month view shows 1 Dec whole.
    await page.getByRole('tab', { name: 'Calendar' }).click();
    await expect(page.getByRole('button', { name: 'Week', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await page.getByRole('button', { name: 'Month', exact: true }).click();
    await page.getByRole('button', { name: /^Python Foundations, part 1 of/ }).click();
    await page
      .getByRole('dialog', { name: 'Python Foundations' })
      .getByRole('button', { name: 'Open topic' })
      .click();
    const panel = page.getByRole('complementary', { name: 'Python Foundations' });
    await expect(panel.getByRole('region', { name: 'Study sessions' })).toContainText('1 Dec · 19:00–20:00');
    await expect(
      page.getByRole('group', { name: 'Python Foundations', exact: true }),
    ).toHaveAccessibleDescription(/Planned from 1 Dec\./);
    await shot(page, 'graph-planned');

    await page.reload();
    await page.getByRole('link', { name: 'Plan' }).click();
    await expect(
      page.getByRole('form', { name: 'Plan settings' }).getByLabel('Minutes on Saturday'),
    ).toHaveValue('240');
  });

  test('a session marked done is logged and kept; a missed one is replanned after a preview', async ({
    page,
  }) => {
    await openView(page, 'plan');
    await page
      .getByRole('form', { name: 'Plan settings' })
      .getByRole('button', { name: 'Save plan' })
      .click();
    await page.getByRole('link', { name: 'Schedule' }).click();
    const today = page.getByRole('region', { name: /^Today · Tue 1 Dec/ });
    await today.getByRole('button', { name: /^Done: Python Foundations, part 1 of/ }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Logged 60 min on Python Foundations' }),
    ).toBeVisible();
    await expect(today.getByText('✓ Done')).toBeVisible();

    // A later session can't be logged yet.
    const week = page.getByRole('region', { name: 'Later this week' });
    await expect(week.getByRole('button', { name: /^Done: / })).toHaveCount(0);

    // Two days on, Wednesday's session was not logged: it waits under "Earlier".
    await page.clock.setFixedTime(new Date('2026-12-03T08:00:00Z'));
    await page.reload();
    const earlier = page.getByRole('region', { name: 'Earlier, not logged' });
    await earlier.getByRole('button', { name: /^Missed: Python Foundations, part 2 of/ }).click();
    await expect(page.getByText('1 session needs a new time.')).toBeVisible();
    // Logged, it leaves "Earlier, not logged" and shows on its day as missed.
    await expect(earlier).toBeHidden();
    await expect(
      page
        .getByRole('region', { name: 'Earlier, logged' })
        .getByRole('listitem')
        .filter({ hasText: 'Wed 2 Dec' }),
    ).toContainText('Missed');
    await shot(page, 'schedule-missed');

    // Replanning shows what moves first; the missed work comes back from today.
    await page.getByRole('status').getByRole('button', { name: 'Replan from now…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Replan from now?' });
    // The missed hour goes into reserve and free time: at most 3 other sessions move.
    await expect(dialog).toContainText(/\d+ new/);
    const moved = /(\d+) sessions? moves?/.exec((await dialog.textContent()) ?? '');
    expect(Number(moved?.[1] ?? 0)).toBeLessThanOrEqual(3);
    await shot(page, 'replan-preview');
    await dialog.getByRole('button', { name: 'Replan' }).click();
    await expect(page.getByText('1 session needs a new time.')).toBeHidden();
    await expect(earlier).toBeHidden();
    const today3 = page.getByRole('region', { name: /^Today · Thu 3 Dec/ });
    await expect(today3.getByRole('button', { name: /^Done: Python Foundations, part 3 of/ })).toBeVisible();

    await page.reload();
    await expect(today3.getByRole('button', { name: /^Done: Python Foundations, part 3 of/ })).toBeVisible();
    await page.getByRole('tab', { name: 'Calendar' }).click();
    await expect(
      page.getByRole('button', { name: /^Python Foundations, part 1 of \d+, 19:00–20:00, done/ }),
    ).toBeVisible();
    await expect(
      page.getByRole('button', { name: /^Python Foundations, part 2 of \d+, 19:00–20:00, missed/ }),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: /^Progress/ })).toContainText(/\d+ %/);
  });

  test('a topic’s own estimate replans its sessions and is kept', async ({ page }) => {
    await openView(page, 'plan');
    await page
      .getByRole('form', { name: 'Plan settings' })
      .getByRole('button', { name: 'Save plan' })
      .click();
    await page.getByRole('link', { name: 'Graph' }).click();
    await page.getByRole('group', { name: 'Python Foundations', exact: true }).click();
    const panel = page.getByRole('complementary', { name: 'Python Foundations' });
    const sessions = panel.getByRole('region', { name: 'Study sessions' });
    await expect(sessions).toContainText('Part 1 of 16');
    await panel.getByLabel('My estimate (hours)').fill('2');
    await panel.getByLabel('My estimate (hours)').press('Enter');
    await expect(panel.getByText('(yours)')).toBeVisible();
    await expect(sessions.getByRole('listitem')).toHaveCount(2);
    await expect(sessions).toContainText('Part 2 of 2');

    await page.reload();
    await page.getByRole('group', { name: 'Python Foundations', exact: true }).click();
    await expect(
      page.getByRole('complementary', { name: 'Python Foundations' }).getByLabel('My estimate (hours)'),
    ).toHaveValue('2');
    await page.getByRole('button', { name: 'Use the roadmap’s' }).click();
    await expect(sessions).toContainText('Part 1 of 16');
  });
});
