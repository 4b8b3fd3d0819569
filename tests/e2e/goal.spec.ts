import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

// Tuesday 1 December 2026, 09:00 in Berlin: the plan's today, whatever the machine's clock says.
const NOW = new Date('2026-12-01T08:00:00Z');
const GOAL = 'JWT & Token Management';

test.use({ timezoneId: 'Europe/Berlin' });

async function savePlan(page: Page) {
  await page.clock.setFixedTime(NOW);
  await page.goto('./#plan');
  await page.getByRole('form', { name: 'Plan settings' }).getByRole('button', { name: 'Save plan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Plan saved.' })).toBeVisible();
}

async function openTopic(page: Page, title: string) {
  await page.locator('body').press('/');
  const search = page.getByRole('combobox', { name: 'Search topics' });
  await search.fill(title);
  await page
    .getByRole('option', { name: new RegExp(title) })
    .first()
    .click();
  const panel = page.getByRole('complementary', { name: title });
  await expect(panel).toBeVisible();
  return panel;
}

/** The titles of the topics the graph marks as the goal's chain (the goal included). */
async function chainTitles(page: Page): Promise<string[]> {
  return page
    .locator('.react-flow__node.node--goal-chain, .react-flow__node.node--goal')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''));
}

const MONTHS = ['Dec', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov'];

/**
 * Each open topic's first planned day as the graph describes it ("Planned from 5 Mar"), as
 * a sortable number (the plan starts in December 2026 and ends within a year), and whether
 * it is on the goal's chain.
 */
async function plannedStarts(page: Page): Promise<{ title: string; day: number; chain: boolean }[]> {
  const nodes = await page.locator('.react-flow__node-topic').evaluateAll((all) =>
    all.map((n) => ({
      title: n.getAttribute('aria-label') ?? '',
      description: n.getAttribute('aria-description') ?? '',
      chain: n.classList.contains('node--goal-chain'),
    })),
  );
  return nodes.flatMap(({ title, description, chain }) => {
    const match = /Planned from (\d+) (\w{3})\./.exec(description);
    return match ? [{ title, day: MONTHS.indexOf(match[2]!) * 100 + Number(match[1]), chain }] : [];
  });
}

/** Whether every topic of the chain (the goal aside) starts before any topic off it. */
function chainFirst(starts: { day: number; chain: boolean }[]): boolean {
  const lastOnChain = Math.max(...starts.filter((s) => s.chain).map((s) => s.day));
  return starts.every((s) => s.chain || s.day >= lastOnChain);
}

/** This week's topics, in time order. */
async function weekTitles(page: Page): Promise<string[]> {
  await page.getByRole('link', { name: 'Schedule' }).click();
  await expect(page.locator('.agenda__title').first()).toBeVisible();
  const titles = await page.locator('.agenda__title').allTextContents();
  await page.getByRole('link', { name: 'Graph', exact: true }).click();
  return titles;
}

test.describe('a goal topic', () => {
  test('plans toward a topic: its chain first, highlighted, summed up; Clear goal; it stays across a reload', async ({
    page,
  }) => {
    await savePlan(page);
    await page.getByRole('link', { name: 'Graph', exact: true }).click();
    const before = await weekTitles(page);

    const panel = await openTopic(page, GOAL);
    await panel.getByRole('button', { name: 'Plan toward this topic' }).click();
    const goal = panel.getByRole('region', { name: 'Goal' });
    const sentence = goal.locator('p');
    await expect(sentence).toHaveText(
      /^\d+ topics, [\d.]+ h before you can start this — ready by \d{1,2} [A-Z][a-z]{2}\.$/,
    );
    const said = (await sentence.textContent())!;
    const count = Number(/^(\d+) topics/.exec(said)![1]);

    // The graph: the goal and its open prerequisites stand out, the rest is dimmed.
    const goalNode = page.getByRole('group', { name: GOAL, exact: true });
    await expect(goalNode).toHaveClass(/node--goal\b/);
    await expect(goalNode).toHaveAccessibleDescription(/Your goal\./);
    const chain = await chainTitles(page);
    expect(chain).toHaveLength(count + 1);
    await expect(page.getByRole('group', { name: chain[0]!, exact: true })).toHaveAccessibleDescription(
      /On the way to your goal\./,
    );
    await expect(
      page
        .locator('.react-flow__node-topic:not(.node--goal-chain):not(.node--goal) .topic-node[data-dimmed]')
        .first(),
    ).toBeVisible();
    await page.screenshot({ path: '/tmp/goal-graph.png' });

    // The plan studies the chain first: every topic on it starts before any other topic,
    // This week holds only its topics.
    const withGoal = await plannedStarts(page);
    expect(chainFirst(withGoal)).toBe(true);
    const week = await weekTitles(page);
    expect(week.length).toBeGreaterThan(0);
    for (const title of week) expect(chain).toContain(title);

    // The goal is part of the plan: a reload keeps it.
    await page.reload();
    const again = await openTopic(page, GOAL);
    await expect(again.getByRole('region', { name: 'Goal' }).locator('p')).toHaveText(said);
    await expect(page.getByRole('group', { name: GOAL, exact: true })).toHaveClass(/node--goal\b/);

    // Clear goal: the normal order, where topics off the chain come in between.
    await again.getByRole('button', { name: 'Clear goal' }).click();
    await expect(again.getByRole('button', { name: 'Plan toward this topic' })).toBeVisible();
    await expect(
      page.locator('.react-flow__node.node--goal-chain, .react-flow__node.node--goal'),
    ).toHaveCount(0);
    const normal = (await plannedStarts(page)).map((s) => ({
      ...s,
      chain: chain.includes(s.title) && s.title !== GOAL,
    }));
    expect(chainFirst(normal)).toBe(false);
    expect(await weekTitles(page)).toEqual(before);

    // Clearing was one action: one Undo brings the goal back as it was.
    await page.locator('body').press('Control+z');
    const undone = page.getByRole('complementary', { name: GOAL }).getByRole('region', { name: 'Goal' });
    await expect(undone.locator('p')).toHaveText(said);
    await expect(page.getByRole('group', { name: GOAL, exact: true })).toHaveClass(/node--goal\b/);
  });

  test('the node’s menu plans toward a topic; Log time in the panel shows in its sessions', async ({
    page,
  }) => {
    await savePlan(page);
    await page.getByRole('link', { name: 'Graph', exact: true }).click();
    const node = page.getByRole('group', { name: 'Python Foundations', exact: true });
    await node.click({ button: 'right' });
    await page
      .getByRole('menu', { name: 'Status of Python Foundations' })
      .getByRole('menuitem', { name: 'Plan toward this topic' })
      .click();
    await expect(node).toHaveClass(/node--goal\b/);
    await node.click({ button: 'right' });
    await page
      .getByRole('menu', { name: 'Status of Python Foundations' })
      .getByRole('menuitem', { name: 'Clear goal' })
      .click();
    await expect(node).not.toHaveClass(/node--goal\b/);

    const panel = await openTopic(page, 'Python Foundations');
    const sessions = panel.getByRole('region', { name: 'Study sessions' });
    const logTime = sessions.getByRole('form', { name: 'Log time: minutes studied' });
    await logTime.getByRole('spinbutton').fill('25');
    await logTime.getByRole('button', { name: 'Log' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Logged 25 min on Python Foundations' }),
    ).toBeVisible();
    await expect(sessions.getByRole('listitem').filter({ hasText: '25 min · ✓ done' })).toHaveCount(1);

    // Done early on this evening's session asks for the minutes really spent.
    await sessions
      .getByRole('button', { name: /^Done early: part/ })
      .first()
      .click();
    const minutes = sessions.getByRole('form', { name: /^Minutes spent on part/ });
    await expect(minutes.getByRole('spinbutton')).toHaveValue('60');
    await minutes.getByRole('spinbutton').fill('50');
    await minutes.getByRole('spinbutton').press('Enter');
    await expect(
      page.getByRole('status').filter({ hasText: 'Logged 50 min on Python Foundations' }),
    ).toBeVisible();
    await expect(sessions.getByRole('listitem').filter({ hasText: '50 min · ✓ done' })).toHaveCount(1);
    await sessions.screenshot({ path: '/tmp/goal-panel-log.png' });
  });
});
