import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

const topicNodes = (page: Page) => page.locator('.react-flow__node-topic');
const node = (page: Page, name: string) => page.getByRole('group', { name, exact: true });
const focused = (page: Page) => page.locator(':focus');

/** A name that is exactly one of `names`. */
const oneOf = (names: readonly string[]) =>
  new RegExp(`^(${names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`);

// Routing Basics in the built-in roadmap: what it needs, what needs it, and its section.
const ROUTING = 'Routing Basics';
const ROUTING_NEEDS = ['Project Setup', 'Web & HTTP Basics'];
const ROUTING_UNLOCKS = [
  'Request Bodies',
  'Response Models',
  'Path, Query, Header, Cookie Parameters',
  'Request Lifecycle & Order of Evaluation',
  'Custom Responses',
  'Basic Dependencies',
];
const SECTION_1 = ['What is FastAPI', 'Project Setup', 'Routing Basics'];
const IN_SECTION_1 = /Section 1, FastAPI Fundamentals;/;

async function openApp(page: Page) {
  await page.goto('./');
  await expect(topicNodes(page)).toHaveCount(56);
}

/**
 * Presses a key, then waits until the focus and the view have kept still for 400 ms: the graph
 * moves the focus on a later frame, after centring the view when the topic is out of sight.
 */
async function press(page: Page, key: string) {
  await page.keyboard.press(key);
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const state = () =>
          `${document.activeElement?.getAttribute('data-id')} ${document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform}`;
        let last = state();
        let since = performance.now();
        const started = since;
        const check = () => {
          const now = performance.now();
          const current = state();
          if (current !== last) [last, since] = [current, now];
          if (now - since >= 400 || now - started > 3000) resolve();
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
  );
}

/** The focused topic's name, once the focus is on a topic. */
async function focusedTopic(page: Page): Promise<string> {
  await expect(focused(page)).toHaveAttribute('aria-roledescription', 'node');
  return (await focused(page).getAttribute('aria-label')) ?? '';
}

test.describe('the graph from the keyboard', () => {
  test('Tab reaches the skip link before the topics; it skips to search', async ({ page }) => {
    await openApp(page);
    const skip = page.getByRole('link', { name: 'Skip to search' });
    await expect(skip).toBeAttached();
    // Out of sight until focused.
    expect((await skip.boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);

    let reached = false;
    for (let presses = 0; presses < 60 && !reached; presses++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const active = document.activeElement;
        if (active?.classList.contains('graph-skip-link')) return 'skip';
        return active?.classList.contains('react-flow__node-topic') ? 'topic' : 'other';
      });
      expect(where, 'a topic took the focus before the skip link').not.toBe('topic');
      reached = where === 'skip';
    }
    expect(reached, 'Tab never reached the skip link').toBe(true);
    await expect(skip).toBeFocused();
    expect((await skip.boundingBox())?.width ?? 0).toBeGreaterThan(40);

    // The next stop is a topic: the link comes first in the graph.
    await page.keyboard.press('Tab');
    await focusedTopic(page);
    await page.keyboard.press('Shift+Tab');
    await expect(skip).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(page.getByRole('combobox', { name: 'Search topics' })).toBeFocused();
    // The address's hash names the view: the link leaves it alone.
    await expect(page).not.toHaveURL(/#search/);
  });

  test('with a topic panel open, the skip link goes to the panel', async ({ page }) => {
    await openApp(page);
    await node(page, ROUTING).click();
    const panel = page.getByRole('complementary', { name: ROUTING });
    await expect(panel).toBeVisible();

    const skip = page.getByRole('link', { name: 'Skip to topic panel' });
    await skip.focus();
    await page.keyboard.press('Enter');
    await expect(panel.getByRole('heading', { level: 2, name: ROUTING })).toBeFocused();
  });

  test('arrow keys move to prerequisites, dependants and through the section', async ({ page }) => {
    await openApp(page);
    await node(page, ROUTING).focus();

    await press(page, 'ArrowRight');
    await expect(focused(page)).toHaveAccessibleName(oneOf(ROUTING_UNLOCKS));
    await node(page, ROUTING).focus();
    await press(page, 'ArrowLeft');
    await expect(focused(page)).toHaveAccessibleName(oneOf(ROUTING_NEEDS));

    // Up and Down stay in the section, and Down from its first topic visits every one.
    await node(page, ROUTING).focus();
    for (let presses = 0; presses < SECTION_1.length; presses++) {
      await press(page, 'ArrowUp');
      await expect(focused(page)).toHaveAccessibleDescription(IN_SECTION_1);
    }
    const visited = new Set([await focusedTopic(page)]);
    for (let presses = 0; presses < SECTION_1.length; presses++) {
      await press(page, 'ArrowDown');
      await expect(focused(page)).toHaveAccessibleDescription(IN_SECTION_1);
      visited.add(await focusedTopic(page));
    }
    expect([...visited].sort()).toEqual([...SECTION_1].sort());
  });

  test('Enter still opens the details of the topic an arrow key moved to', async ({ page }) => {
    await openApp(page);
    await node(page, ROUTING).focus();
    await press(page, 'ArrowRight');
    await expect(focused(page)).toHaveAccessibleName(oneOf(ROUTING_UNLOCKS));
    const name = await focusedTopic(page);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('complementary', { name })).toBeVisible();
  });

  test('an arrow key that moves to a topic off screen brings it into view', async ({ page }) => {
    await openApp(page);
    for (let clicks = 0; clicks < 5; clicks++) await page.getByRole('button', { name: 'Zoom In' }).click();
    const pane = (await page.locator('.react-flow').boundingBox())!;
    await node(page, ROUTING).focus();
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowRight', 'ArrowLeft']) {
      await press(page, key);
      await focusedTopic(page);
      const box = (await focused(page).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(pane.x);
      expect(box.y).toBeGreaterThanOrEqual(pane.y);
      expect(box.x + box.width).toBeLessThanOrEqual(pane.x + pane.width);
      expect(box.y + box.height).toBeLessThanOrEqual(pane.y + pane.height);
    }
  });
});
