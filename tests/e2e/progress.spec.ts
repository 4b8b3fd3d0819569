import { expect, test } from '@playwright/test';
import { storedStatus } from './stored';
import type { Page } from '@playwright/test';

async function openApp(page: Page) {
  await page.goto('./');
  await expect(page.locator('.react-flow__node-topic')).toHaveCount(56);
}

const node = (page: Page, name: string) => page.getByRole('group', { name, exact: true });
const panel = (page: Page, name: string) => page.getByRole('complementary', { name });

test.describe('marking progress', () => {
  test('statuses and ticked sub-points are kept across a reload', async ({ page }) => {
    await openApp(page);
    await node(page, 'Python Foundations').click();
    const status = panel(page, 'Python Foundations').getByRole('radiogroup', { name: 'Status' });
    await expect(status.getByRole('radio')).toHaveCount(4);
    await expect(status.getByRole('radio', { name: 'Not started' })).toBeChecked();
    await status.getByRole('radio', { name: 'Done' }).check();
    await expect(node(page, 'Python Foundations')).toHaveAccessibleDescription(/^Done\./);

    await node(page, 'Web & HTTP Basics').click();
    const web = panel(page, 'Web & HTTP Basics');
    // Ticking the first sub-point starts the topic.
    await web.getByRole('checkbox', { name: 'JSON, form-data, multipart uploads' }).check();
    await expect(web.getByRole('radio', { name: 'In progress' })).toBeChecked();
    // Ticking the last one offers Done (here on another topic, ticked in full).
    await node(page, 'Project Setup').click();
    const what = panel(page, 'Project Setup');
    for (const box of await what.getByRole('checkbox').all()) await box.check();
    await what.getByRole('status').getByRole('button', { name: 'Mark Done' }).click();
    await expect(what.getByRole('radio', { name: 'Done' })).toBeChecked();
    await storedStatus(page, 'project-setup', 'done');

    await page.reload();
    await expect(page.locator('.react-flow__node-topic')).toHaveCount(56);
    await expect(node(page, 'Python Foundations')).toHaveAccessibleDescription(/^Done\./);
    await expect(node(page, 'Web & HTTP Basics')).toHaveAccessibleDescription(/^In progress\./);
    await node(page, 'Web & HTTP Basics').click();
    await expect(
      panel(page, 'Web & HTTP Basics').getByRole('checkbox', { name: 'JSON, form-data, multipart uploads' }),
    ).toBeChecked();
  });

  test('marking Done a topic with open prerequisites offers to mark them done too', async ({ page }) => {
    await openApp(page);
    await expect(node(page, 'What is FastAPI')).toHaveAccessibleDescription(/^Locked/);
    await node(page, 'Routing Basics').click();
    // The status stays as it is until the question is answered.
    await panel(page, 'Routing Basics').getByRole('radio', { name: 'Done' }).click();
    const dialog = page.getByRole('dialog', { name: 'Mark its prerequisites done too?' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('listitem')).not.toHaveCount(0);
    await expect(panel(page, 'Routing Basics').getByRole('radio', { name: 'Not started' })).toBeChecked();
    await dialog.getByRole('button', { name: /Mark all \d+ done/ }).click();
    await expect(dialog).toBeHidden();
    for (const name of ['Routing Basics', 'Project Setup', 'Python Foundations', 'Web & HTTP Basics']) {
      await expect(node(page, name)).toHaveAccessibleDescription(/^Done\./);
    }
    // Un-marking never cascades.
    await page.keyboard.press('n');
    await expect(node(page, 'Routing Basics')).toHaveAccessibleDescription(/^Ready to start\./);
    await expect(node(page, 'Project Setup')).toHaveAccessibleDescription(/^Done\./);
  });

  test('D, I, S and N set the selected topic’s status', async ({ page }) => {
    await openApp(page);
    await node(page, 'Python Foundations').click();
    const radios = panel(page, 'Python Foundations').getByRole('radiogroup', { name: 'Status' });
    await page.keyboard.press('i');
    await expect(radios.getByRole('radio', { name: 'In progress' })).toBeChecked();
    await page.keyboard.press('s');
    await expect(radios.getByRole('radio', { name: 'Skipped' })).toBeChecked();
    await expect(node(page, 'Python Foundations')).toHaveAccessibleDescription(/^Skipped\./);
    await page.keyboard.press('d');
    await expect(radios.getByRole('radio', { name: 'Done' })).toBeChecked();
    await page.keyboard.press('n');
    await expect(radios.getByRole('radio', { name: 'Not started' })).toBeChecked();
  });
});

test.describe('notes and filters', () => {
  test('a note is saved as you type, kept across a reload, and marks its node', async ({ page }) => {
    await openApp(page);
    await node(page, 'Migrations').click();
    const note = panel(page, 'Migrations').getByRole('textbox', { name: 'Your notes' });
    await note.fill('Try **alembic revision --autogenerate** on the demo app');
    await expect(panel(page, 'Migrations').getByText('Saved on this device')).toBeVisible();
    await expect(node(page, 'Migrations').locator('.topic-node__note')).toBeVisible();
    await page.reload();
    await node(page, 'Migrations').click();
    await expect(panel(page, 'Migrations').getByRole('textbox', { name: 'Your notes' })).toHaveValue(
      'Try **alembic revision --autogenerate** on the demo app',
    );
  });

  test('"Ready now" dims every topic that is not ready to start', async ({ page }) => {
    await openApp(page);
    const ready = page.getByRole('button', { name: 'Ready now' });
    await expect(ready).toHaveAttribute('aria-pressed', 'false');
    await ready.click();
    await expect(ready).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.topic-node:not([data-dimmed])')).toHaveCount(2);
    await expect(node(page, 'Python Foundations').locator('.topic-node')).not.toHaveAttribute('data-dimmed');
    await expect(node(page, 'Project Setup').locator('.topic-node')).toHaveAttribute('data-dimmed', 'true');
  });
});

test.describe('undo and redo', () => {
  test('Ctrl+Z undoes status and checklist changes, Ctrl+Shift+Z redoes them', async ({ page }) => {
    await openApp(page);
    await node(page, 'Python Foundations').click();
    const python = panel(page, 'Python Foundations');
    const item = python.getByRole('checkbox', { name: 'Basic OOP (classes, inheritance, composition)' });
    await item.check();
    await expect(python.getByRole('radio', { name: 'In progress' })).toBeChecked();
    await page.keyboard.press('d');
    await expect(python.getByRole('radio', { name: 'Done' })).toBeChecked();

    await page.keyboard.press('Control+z');
    await expect(python.getByRole('radio', { name: 'In progress' })).toBeChecked();
    await expect(item).toBeChecked();
    // One undo takes back the tick and the start it caused.
    await page.keyboard.press('Control+z');
    await expect(item).not.toBeChecked();
    await expect(python.getByRole('radio', { name: 'Not started' })).toBeChecked();
    await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();

    await page.keyboard.press('Control+Shift+z');
    await expect(item).toBeChecked();
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect(python.getByRole('radio', { name: 'Done' })).toBeChecked();
    await page.reload();
    await expect(node(page, 'Python Foundations')).toHaveAccessibleDescription(/^Done\./);
  });
});

test.describe('one undo stack', () => {
  test('a note joins statuses on Ctrl+Z and the toolbar, and a reset is undone from its notice', async ({
    page,
  }) => {
    await openApp(page);
    await node(page, 'Python Foundations').click();
    const python = panel(page, 'Python Foundations');
    await page.keyboard.press('d');
    await expect(python.getByRole('radio', { name: 'Done' })).toBeChecked();
    const note = python.getByRole('textbox', { name: 'Your notes' });
    await note.fill('decorators and generators');
    await expect(python.getByText('Saved on this device')).toBeVisible();

    // Outside the text field Ctrl+Z is the app's: the note first, then the status.
    await python.getByRole('radio', { name: 'Done' }).focus();
    await page.keyboard.press('Control+z');
    await expect(note).toHaveValue('');
    await expect(page.getByRole('button', { name: 'Undo' })).toHaveAttribute(
      'title',
      /Marked “Python Foundations” done/,
    );
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(python.getByRole('radio', { name: 'Not started' })).toBeChecked();
    await page.getByRole('button', { name: 'Redo' }).click();
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect(note).toHaveValue('decorators and generators');
    await expect(python.getByRole('radio', { name: 'Done' })).toBeChecked();

    await page.goto('./#progress');
    await page.getByRole('button', { name: 'Reset progress…' }).click();
    await page
      .getByRole('dialog', { name: 'Reset all progress?' })
      .getByRole('button', { name: 'Reset progress' })
      .click();
    await expect(page.getByText(/^0 % of/)).toBeVisible();
    await page
      .getByRole('status')
      .filter({ hasText: 'Progress reset.' })
      .getByRole('button', { name: 'Undo' })
      .click();
    await expect(page.getByText(/^0 % of/)).toBeHidden();
    await page.reload();
    await page.goto('./#graph');
    await expect(node(page, 'Python Foundations')).toHaveAccessibleDescription(/^Done\./);
  });
});

test.describe('the progress view', () => {
  test('shows progress overall, per phase and per section, and resets with an undo', async ({ page }) => {
    await openApp(page);
    await node(page, 'Routing Basics').click();
    await page.keyboard.press('d');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /Mark all/ })
      .click();

    await page.getByRole('link', { name: /Progress/ }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Progress' })).toBeVisible();
    const overall = page.getByRole('progressbar', { name: 'Overall' });
    await expect(overall).toHaveAttribute('aria-valuenow', /^[1-9]\d?$/);
    await expect(
      page.getByRole('progressbar', { name: '0. Prerequisites (Python & Web Basics)' }),
    ).toHaveAttribute('aria-valuenow', '100');
    await expect(page.getByRole('progressbar', { name: /^Phase 3/ })).toHaveAttribute('aria-valuenow', '0');
    await expect(page.locator('.progress-view__summary')).toContainText('4 of 56 topics');

    // Closing a dialog gives the focus back to what opened it, not to the page.
    const reset = page.getByRole('button', { name: 'Reset progress…' });
    await reset.click();
    const dialog = page.getByRole('dialog', { name: 'Reset all progress?' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(reset).toBeFocused();
    // Escape closes it too, and gives the focus back the same way.
    await reset.click();
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(reset).toBeFocused();
    await reset.click();
    await dialog.getByRole('button', { name: 'Reset progress' }).click();
    await expect(overall).toHaveAttribute('aria-valuenow', '0');
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await expect(page.locator('.progress-view__summary')).toContainText('4 of 56 topics');

    await page.reload();
    await expect(page.getByRole('heading', { level: 2, name: 'Progress' })).toBeVisible();
    await expect(page.locator('.progress-view__summary')).toContainText('4 of 56 topics');
  });
});

test.describe('study time in the progress view', () => {
  // Tuesday 1 December 2026, 09:00 in Berlin: the plan's today, whatever the machine's clock says.
  test.use({ timezoneId: 'Europe/Berlin', viewport: { width: 1440, height: 900 } });

  test('a session logged done shows on its heatmap day and in its week’s hours, across a reload', async ({
    page,
  }) => {
    await page.clock.setFixedTime(new Date('2026-12-01T08:00:00Z'));
    await page.goto('./#plan');
    await page
      .getByRole('form', { name: 'Plan settings' })
      .getByRole('button', { name: 'Save plan' })
      .click();

    await page.goto('./#progress');
    const day = page.getByRole('group', { name: /^Minutes studied each day/ });
    const weeks = page.getByRole('table', { name: 'Planned and done hours per week' });
    const thisWeek = weeks.getByRole('row', { name: /^30 Nov – 6 Dec 2026 / });
    await expect(day.getByRole('img', { name: 'Tuesday 1 December 2026: no study' })).toBeVisible();
    await expect(day.getByRole('img')).toHaveCount(7 * 52 + 2);
    await expect(thisWeek.getByRole('cell').nth(0)).not.toHaveText('0 h');
    await expect(thisWeek.getByRole('cell').nth(1)).toHaveText('0 h');
    await expect(page.getByText('No study logged in the last year yet.')).toBeVisible();
    await expect(page.locator('.progress-view__due')).toHaveText(
      'Due for review: nothing yet. A topic comes up for review once you mark it done.',
    );

    await page.getByRole('link', { name: 'Schedule' }).click();
    await page
      .getByRole('region', { name: 'Today · Tue 1 Dec' })
      .getByRole('button', { name: /^Done: Python Foundations, part 1 of/ })
      .click();
    const logged = page.getByRole('status').filter({ hasText: /^Logged (\d+) min/ });
    const minutes = Number(/Logged (\d+) min/.exec((await logged.textContent()) ?? '')?.[1]);
    expect(minutes).toBeGreaterThan(0);
    const spent = minutes % 60 === 0 ? `${minutes / 60} h` : `${minutes} min`;

    await page.getByRole('link', { name: /Progress/ }).click();
    await expect(day.getByRole('img', { name: `Tuesday 1 December 2026: ${spent}` })).toBeVisible();
    await expect(thisWeek.getByRole('cell').nth(1)).toHaveText(`${Math.round(minutes / 6) / 10} h`);
    await expect(page.getByText(`${spent} over 1 day in the last year.`)).toBeVisible();
    await page.screenshot({ path: '/tmp/helper-d/progress-study-time.png', fullPage: true });

    await page.reload();
    await expect(day.getByRole('img', { name: `Tuesday 1 December 2026: ${spent}` })).toBeVisible();
    await expect(thisWeek.getByRole('cell').nth(1)).toHaveText(`${Math.round(minutes / 6) / 10} h`);
    // Marking a topic done rates it (Good): its first review comes due within days.
    await page.goto('./#graph');
    await node(page, 'Python Foundations').click();
    await page.keyboard.press('d');
    await expect(node(page, 'Python Foundations')).toHaveAccessibleDescription(/^Done\./);
    await page.goto('./#progress');
    await expect(page.locator('.progress-view__due')).toHaveText(
      'Due for review: 1 in the next 7 days, 1 in the next 30',
    );
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: '/tmp/helper-d/progress-study-time-dark.png', fullPage: true });
  });
});

test.describe('the node context menu', () => {
  test('sets a status by right click or from the keyboard (Shift+F10)', async ({ page }) => {
    await openApp(page);
    await node(page, 'Web & HTTP Basics').click({ button: 'right' });
    const menu = page.getByRole('menu', { name: 'Status of Web & HTTP Basics' });
    await expect(menu.getByRole('menuitemradio', { name: 'Not started' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    await menu.getByRole('menuitemradio', { name: 'Skipped' }).click();
    await expect(menu).toBeHidden();
    await expect(node(page, 'Web & HTTP Basics')).toHaveAccessibleDescription(/^Skipped\./);

    await node(page, 'Python Foundations').focus();
    await page.keyboard.press('Shift+F10');
    const keyboardMenu = page.getByRole('menu', { name: 'Status of Python Foundations' });
    await expect(keyboardMenu.getByRole('menuitemradio', { name: 'Not started' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(keyboardMenu.getByRole('menuitemradio', { name: 'Done' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(keyboardMenu).toBeHidden();
    await expect(node(page, 'Python Foundations')).toHaveAccessibleDescription(/^Done\./);
    await expect(node(page, 'Python Foundations')).toBeFocused();
  });
});
