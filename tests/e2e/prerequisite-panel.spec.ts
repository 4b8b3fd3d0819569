import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

// Issue 14 §3 without a pointer: the topic panel adds prerequisites (Add prerequisite…) and
// removes them (a Remove button each), checked and undoable like the graph's arrows.

async function openApp(page: Page) {
  await page.goto('./');
  await expect(page.locator('.react-flow__node-topic')).toHaveCount(56);
  // Arrows come a moment after the topics.
  await expect(arrow(page, 'Python Foundations', 'Project Setup')).toHaveCount(1);
}

const node = (page: Page, name: string) => page.getByRole('group', { name, exact: true });
/** A prerequisite arrow, by its accessible name. */
const arrow = (page: Page, from: string, to: string) =>
  page.getByRole('img', { name: `“${from}” before “${to}”`, exact: true });

/** Opens a topic's panel by clicking its node; returns the panel's Prerequisites block. */
async function openPanel(page: Page, title: string) {
  await node(page, title).click();
  const panel = page.getByRole('complementary', { name: title });
  await expect(panel).toBeVisible();
  return panel.getByRole('region', { name: 'Prerequisites' });
}

const listed = (prerequisites: Locator, title: string) =>
  prerequisites.getByRole('link', { name: title, exact: true });

/** Presses Tab until `target` has the focus (the panel takes it when it opens). */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 80; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** Adds a prerequisite from the panel with the keyboard only: Tab, Enter, typing, Enter. */
async function addByKeyboard(page: Page, prerequisites: Locator, title: string, typed: string) {
  await tabTo(page, prerequisites.getByRole('button', { name: 'Add prerequisite…' }));
  await page.keyboard.press('Enter');
  const picker = prerequisites.getByRole('combobox', { name: 'Prerequisite to add' });
  await expect(picker).toBeFocused();
  // A closed select picks the first option starting with what is typed.
  await page.keyboard.type(typed);
  await expect(picker.locator('option:checked')).toHaveText(title);
  await page.keyboard.press('Tab');
  await expect(prerequisites.getByRole('button', { name: 'Add', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
}

test.describe('editing prerequisites from the topic panel', () => {
  test('a prerequisite added by keyboard shows in the list and on the graph, undoes, and stays across a reload', async ({
    page,
  }) => {
    await openApp(page);
    const prerequisites = await openPanel(page, 'Routing Basics');
    await expect(prerequisites.getByRole('listitem')).toHaveCount(2);
    const added = arrow(page, 'What is FastAPI', 'Routing Basics');
    await expect(added).toHaveCount(0);

    await addByKeyboard(page, prerequisites, 'What is FastAPI', 'What');
    await expect(listed(prerequisites, 'What is FastAPI')).toBeVisible();
    await expect(added).toHaveCount(1);
    // The form has closed; the keyboard goes on from its button.
    await expect(prerequisites.getByRole('button', { name: 'Add prerequisite…' })).toBeFocused();

    await page.keyboard.press('Control+z');
    await expect(listed(prerequisites, 'What is FastAPI')).toHaveCount(0);
    await expect(added).toHaveCount(0);
    await page.keyboard.press('Control+Shift+z');
    await expect(listed(prerequisites, 'What is FastAPI')).toBeVisible();
    await expect(added).toHaveCount(1);

    await page.reload();
    await expect(page.locator('.react-flow__node-topic')).toHaveCount(56);
    await expect(added).toHaveCount(1);
    const again = await openPanel(page, 'Routing Basics');
    await expect(listed(again, 'What is FastAPI')).toBeVisible();
    await expect(again.getByRole('listitem')).toHaveCount(3);
  });

  test('a prerequisite that would close a cycle is refused, naming the cycle', async ({ page }) => {
    await openApp(page);
    const prerequisites = await openPanel(page, 'Routing Basics');
    const arrows = page.locator('.react-flow__edge');
    const before = await arrows.count();
    await addByKeyboard(page, prerequisites, 'Request Bodies', 'Request');
    await expect(page.getByRole('alert')).toContainText('Routing Basics → Request Bodies');
    await expect(listed(prerequisites, 'Request Bodies')).toHaveCount(0);
    await expect(arrow(page, 'Request Bodies', 'Routing Basics')).toHaveCount(0);
    expect(await arrows.count()).toBe(before);
  });

  test('Remove takes a prerequisite off the list and the graph; Ctrl+Z brings it back', async ({ page }) => {
    await openApp(page);
    const prerequisites = await openPanel(page, 'Routing Basics');
    const setup = arrow(page, 'Project Setup', 'Routing Basics');
    await expect(setup).toHaveCount(1);
    await tabTo(page, prerequisites.getByRole('button', { name: 'Remove prerequisite “Project Setup”' }));
    await page.keyboard.press('Space');
    await expect(listed(prerequisites, 'Project Setup')).toHaveCount(0);
    await expect(setup).toHaveCount(0);
    // The focus goes to the prerequisite now in its place.
    await expect(
      prerequisites.getByRole('button', { name: 'Remove prerequisite “Web & HTTP Basics”' }),
    ).toBeFocused();

    await page.keyboard.press('Control+z');
    await expect(listed(prerequisites, 'Project Setup')).toBeVisible();
    await expect(setup).toHaveCount(1);
  });
});
