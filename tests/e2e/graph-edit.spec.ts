import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

// Issue 14 §3: prerequisites drawn and removed on the graph, as the user's overlay over the
// roadmap (kept across a reload, undoable), with a cycle refused in words.

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

/** Drags from a topic's right-hand handle (shown on hover) and drops in the middle of another. */
async function drawArrow(page: Page, from: string, to: string) {
  const source = node(page, from);
  await source.hover();
  const handle = source.locator('.react-flow__handle.source');
  await expect(handle).toBeVisible();
  const start = (await handle.boundingBox())!;
  const end = (await node(page, to).boundingBox())!;
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 10 });
  // The arrow being drawn shows while dragging.
  await expect(page.locator('.react-flow__connection-path')).toBeVisible();
  await page.mouse.up();
}

/**
 * Clicks an arrow where nothing else is drawn over it (arrows share lanes; a selected topic's
 * chain is drawn over the rest), with the pointer first moved off the topics so that no
 * hovered chain is lifted, and once the view has stopped moving.
 */
async function clickArrow(page: Page, from: string, to: string, button: 'left' | 'right' = 'left') {
  await page.mouse.move(2, 2);
  const name = `“${from}” before “${to}”`;
  const freePoint = () =>
    page.evaluate((name) => {
      const edge = [...document.querySelectorAll('.react-flow__edge')].find(
        (e) => e.getAttribute('aria-label') === name,
      );
      const path = edge?.querySelector<SVGPathElement>('.react-flow__edge-path');
      const matrix = path?.getScreenCTM();
      if (!edge || !path || !matrix) return null;
      const length = path.getTotalLength();
      for (let i = 1; i < 200; i++) {
        const p = path.getPointAtLength((length * i) / 200).matrixTransform(matrix);
        if (document.elementFromPoint(p.x, p.y)?.closest('.react-flow__edge') === edge)
          return { x: p.x, y: p.y };
      }
      return null;
    }, name);
  let point = await freePoint();
  await expect
    .poll(async () => {
      const before = point;
      await page.waitForTimeout(150);
      point = await freePoint();
      return point !== null && before !== null && point.x === before.x && point.y === before.y;
    }, `a point of ${name} that nothing covers`)
    .toBe(true);
  await page.mouse.click(point!.x, point!.y, { button });
}

test.describe('editing prerequisites on the graph', () => {
  test('a dragged arrow stays across a reload; a clicked arrow goes with Delete', async ({ page }) => {
    await openApp(page);
    const drawn = arrow(page, 'Web & HTTP Basics', 'Pydantic Models');
    await expect(drawn).toHaveCount(0);
    await drawArrow(page, 'Web & HTTP Basics', 'Pydantic Models');
    await expect(drawn).toHaveCount(1);

    await page.reload();
    await expect(page.locator('.react-flow__node-topic')).toHaveCount(56);
    await expect(drawn).toHaveCount(1);

    // Delete on a selected topic deletes nothing: topics and their arrows stay.
    await node(page, 'Pydantic Models').click();
    await expect(page.getByRole('complementary', { name: 'Pydantic Models' })).toBeVisible();
    await page.keyboard.press('Delete');
    await page.keyboard.press('Backspace');
    await expect(page.locator('.react-flow__node-topic')).toHaveCount(56);
    await expect(drawn).toHaveCount(1);

    // Its arrows are drawn over the rest while it is selected: the new one takes a click.
    await clickArrow(page, 'Web & HTTP Basics', 'Pydantic Models');
    await expect(drawn).toBeFocused();
    await page.keyboard.press('Delete');
    await expect(drawn).toHaveCount(0);
    await expect(arrow(page, 'Python Foundations', 'Pydantic Models')).toHaveCount(1);
    // The keyboard goes on from the topic that needed it.
    await expect(node(page, 'Pydantic Models')).toBeFocused();
  });

  test('an arrow’s menu removes it, and Ctrl+Z brings it back', async ({ page }) => {
    await openApp(page);
    const migrations = arrow(page, 'SQL Databases with FastAPI', 'Migrations');
    await clickArrow(page, 'SQL Databases with FastAPI', 'Migrations', 'right');
    const menu = page.getByRole('menu', { name: 'Arrow “SQL Databases with FastAPI” before “Migrations”' });
    await expect(menu.getByRole('menuitem', { name: 'Remove prerequisite' })).toBeFocused();
    // Escape closes it and leaves the arrow where it was, focused.
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(migrations).toBeFocused();
    await page.keyboard.press('Shift+F10');
    await menu.getByRole('menuitem', { name: 'Remove prerequisite' }).click();
    await expect(menu).toBeHidden();
    await expect(migrations).toHaveCount(0);

    await page.keyboard.press('Control+z');
    await expect(migrations).toHaveCount(1);
  });

  test('an arrow that would close a cycle is refused, naming the cycle', async ({ page }) => {
    await openApp(page);
    const arrows = page.locator('.react-flow__edge');
    const before = await arrows.count();
    await drawArrow(page, 'Routing Basics', 'Python Foundations');
    await expect(page.getByRole('alert')).toContainText(
      'Python Foundations → Project Setup → Routing Basics',
    );
    await expect(arrow(page, 'Routing Basics', 'Python Foundations')).toHaveCount(0);
    expect(await arrows.count()).toBe(before);
  });
});
