import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

const topicNodes = (page: Page) => page.locator('.react-flow__node-topic');

async function openApp(page: Page) {
  await page.goto('./');
  await expect(topicNodes(page)).toHaveCount(56);
}

test.describe('the roadmap graph', () => {
  test('opens with all 56 topics as named nodes, grouped in 17 sections', async ({ page }) => {
    await openApp(page);
    // The desktop window takes its title from the page.
    await expect(page).toHaveTitle('Roadmap Planner');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'FastAPI Complete Learning Roadmap (Beginner → Production-Ready)',
    );
    for (const name of [
      'Python Foundations',
      'Web & HTTP Basics',
      'OAuth2 with Password Flow',
      'Explain & Debug',
    ]) {
      await expect(page.getByRole('group', { name, exact: true })).toBeVisible();
    }
    await expect(page.locator('.react-flow__node-section')).toHaveCount(17);
    await expect(page.locator('.react-flow__edge')).not.toHaveCount(0);
    await expect(
      page.locator('.react-flow__node-section').filter({ hasText: '5 Data Persistence & DB Integration' }),
    ).toBeVisible();
    // A topic's description says where it belongs; the section boxes themselves are decoration.
    await expect(page.getByRole('group', { name: 'SQL Databases with FastAPI' })).toHaveAccessibleDescription(
      'Locked: prerequisites open. Section 5, Data Persistence & DB Integration; phase 2. Press Enter to open its details.',
    );
    await expect(page.getByRole('heading', { name: 'Study phases' })).toBeVisible();
    await expect(page.getByText('Sections 5–11')).toBeVisible();
    await expect(page.getByRole('img', { name: 'Overview map' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Zoom In' })).toBeVisible();
  });

  test('fits the whole graph into a 1440×900 window with no overlapping topics', async ({
    page,
  }, testInfo) => {
    await openApp(page);
    const boxes = await topicNodes(page).evaluateAll((nodes) =>
      nodes.map((node) => {
        const r = node.getBoundingClientRect();
        return { x: r.x, y: r.y, w: r.width, h: r.height };
      }),
    );
    const pane = await page.locator('.react-flow').boundingBox();
    expect(pane).not.toBeNull();
    for (const [i, a] of boxes.entries()) {
      expect(a.x).toBeGreaterThanOrEqual(pane!.x - 1);
      expect(a.y).toBeGreaterThanOrEqual(pane!.y - 1);
      expect(a.x + a.w).toBeLessThanOrEqual(pane!.x + pane!.width + 1);
      expect(a.y + a.h).toBeLessThanOrEqual(pane!.y + pane!.height + 1);
      for (const b of boxes.slice(i + 1)) {
        const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
        expect(overlap).toBe(false);
      }
    }
    mkdirSync('artifacts', { recursive: true });
    const path = 'artifacts/roadmap-graph-light.png';
    await page.screenshot({ path });
    await testInfo.attach('roadmap graph (light)', { path, contentType: 'image/png' });
  });

  test('search with / finds a topic, centres it and opens its panel', async ({ page }) => {
    await openApp(page);
    await page.locator('body').press('/');
    const search = page.getByRole('combobox', { name: 'Search topics' });
    await expect(search).toBeFocused();
    await search.fill('jwt');
    await expect(page.getByRole('option', { name: /JWT & Token Management/ })).toBeVisible();
    await search.press('Enter');

    const panel = page.getByRole('complementary', { name: 'JWT & Token Management' });
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('heading', { level: 2, name: 'JWT & Token Management' })).toBeFocused();
    await expect(page.getByRole('group', { name: 'JWT & Token Management' })).toHaveClass(/selected/);
    // Centred in what the panel leaves visible, not hidden under it.
    await page.waitForTimeout(400); // the view glides there
    const node = (await page.getByRole('group', { name: 'JWT & Token Management' }).boundingBox())!;
    const pane = (await page.locator('.react-flow').boundingBox())!;
    const panelBox = (await panel.boundingBox())!;
    expect(node.x + node.width).toBeLessThan(panelBox.x);
    const visibleCentreX = pane.x + (panelBox.x - 12 - pane.x) / 2;
    expect(Math.abs(node.x + node.width / 2 - visibleCentreX)).toBeLessThan(40);
    expect(Math.abs(node.y + node.height / 2 - (pane.y + pane.height / 2))).toBeLessThan(40);
  });

  test('Ctrl+K opens search too, and typing filters the topics', async ({ page }) => {
    await openApp(page);
    await page.keyboard.press('Control+k');
    const search = page.getByRole('combobox', { name: 'Search topics' });
    await expect(search).toBeFocused();
    await search.fill('depend');
    const options = page.getByRole('option');
    await expect(options.first()).toBeVisible();
    const names = await options.allTextContents();
    expect(names.length).toBeGreaterThan(1);
    await expect(options.first()).toContainText('Dependency');
    await search.fill('zzzz-nothing');
    await expect(page.getByText('No topic matches “zzzz-nothing”')).toBeVisible();
  });

  test('the topic panel shows sub-points, the tip, estimate, prerequisites, dependants and docs', async ({
    page,
  }) => {
    await openApp(page);
    await page.getByRole('group', { name: 'Python Foundations' }).click();
    const panel = page.getByRole('complementary', { name: 'Python Foundations' });
    await expect(panel).toBeVisible();
    const items = panel.getByRole('region', { name: 'What to learn' }).getByRole('listitem');
    await expect(items).toHaveCount(5);
    await expect(items.nth(1)).toHaveText('Type hints (typing, dataclasses)');
    await expect(items.nth(1).locator('code')).toHaveText(['typing', 'dataclasses']);
    await expect(panel.getByRole('complementary', { name: 'Important' })).toContainText(
      'FastAPI is heavily type-driven and async-oriented. Comfort with type hints and async is mandatory.',
    );
    await expect(panel.getByText('16 h', { exact: true })).toBeVisible();
    await expect(panel.getByText('None: a good place to start.')).toBeVisible();
    const docs = panel.getByRole('region', { name: 'Documentation' }).getByRole('link');
    await expect(docs.first()).toHaveAttribute('href', /^https:\/\//);
    await expect(docs.first()).toHaveAttribute('target', '_blank');
    await expect(panel.getByRole('region', { name: 'What to learn' })).toBeVisible();
    await expect(panel.getByRole('region', { name: 'Before you can start this' })).toHaveCount(0);

    // A dependant link selects that topic.
    await panel.getByRole('region', { name: 'Unlocks' }).getByRole('link', { name: 'Project Setup' }).click();
    await expect(page.getByRole('complementary', { name: 'Project Setup' })).toBeVisible();
    await expect(
      page
        .getByRole('complementary', { name: 'Project Setup' })
        .getByRole('region', { name: 'Prerequisites' })
        .getByRole('link', { name: 'Python Foundations' }),
    ).toBeVisible();
    // A topic that is not ready says what stands before it, in study order.
    const way = page
      .getByRole('complementary', { name: 'Project Setup' })
      .getByRole('region', { name: 'Before you can start this' });
    await expect(way).toContainText('1 topic, 16 h before you can start this.');
    await expect(way.getByRole('link')).toHaveText(['Python Foundations']);

    await page.keyboard.press('Escape');
    await expect(page.getByRole('complementary', { name: 'Project Setup' })).toBeHidden();
  });

  test('Tab reaches the topic nodes and Enter opens one', async ({ page }) => {
    await openApp(page);
    const first = page.getByRole('group', { name: 'Python Foundations' });
    for (let i = 0; i < 40 && !(await first.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(first).toBeFocused();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('complementary', { name: 'Python Foundations' });
    await expect(panel).toBeVisible();
    // The panel takes focus, and Escape gives it back to the node.
    await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(first).toBeFocused();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Close topic details' }).click();
    await expect(panel).toBeHidden();
    await expect(first).toBeFocused();
  });

  test('arrow keys move through the matches and Enter opens the highlighted one', async ({ page }) => {
    await openApp(page);
    const search = page.getByRole('combobox', { name: 'Search topics' });
    await search.focus();
    await search.fill('testing');
    const options = page.getByRole('option');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    const second = (await options.nth(1).locator('.search__title').textContent())!;
    await search.press('ArrowDown');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await search.press('Enter');
    await expect(page.getByRole('complementary', { name: second })).toBeVisible();
    // Escape in the box clears it, a second Escape leaves it.
    await search.focus();
    await search.fill('zzz');
    await search.press('Escape');
    await expect(search).toHaveValue('');
  });
});

test.describe('dark theme', () => {
  test.use({ colorScheme: 'dark' });

  test('follows prefers-color-scheme', async ({ page }, testInfo) => {
    await openApp(page);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(18, 21, 25)');
    const node = page.getByRole('group', { name: 'Python Foundations' }).locator('.topic-node');
    expect(await node.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(27, 31, 37)');
    await expect(page.locator('.react-flow')).toHaveClass(/dark/);
    mkdirSync('artifacts', { recursive: true });
    const path = 'artifacts/roadmap-graph-dark.png';
    await page.screenshot({ path });
    await testInfo.attach('roadmap graph (dark)', { path, contentType: 'image/png' });
  });

  test.describe('in light mode', () => {
    test.use({ colorScheme: 'light' });
    test('uses the light palette', async ({ page }) => {
      await openApp(page);
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
        'rgb(245, 246, 248)',
      );
    });
  });
});
