import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

async function openApp(page: Page) {
  await page.goto('./');
  await expect(page.locator('.react-flow__node-topic')).toHaveCount(56);
}

const node = (page: Page, name: string) => page.getByRole('group', { name, exact: true });
const panel = (page: Page, name: string) => page.getByRole('complementary', { name });
const NEXT_REVIEW = /Next review (tomorrow|in (\d+) days) · \w{3} \d+ \w{3}/;
const daysOf = (text: string) => {
  const match = NEXT_REVIEW.exec(text);
  if (!match) throw new Error(`no next review in “${text}”`);
  return match[2] ? Number(match[2]) : 1;
};

test.describe('spaced review', () => {
  test('finish a topic and rate it, review it from its panel, and a reload keeps both', async ({ page }) => {
    await openApp(page);
    await node(page, 'Python Foundations').click();
    const python = panel(page, 'Python Foundations');
    await python.getByRole('radio', { name: 'Done' }).check();

    // The self-check asks, without taking focus; key 2 answers Hard.
    const check = page.getByRole('region', { name: 'Self-check' });
    await expect(check).toContainText('How well do you know “Python Foundations”?');
    await expect(check.getByRole('button', { name: /^Hard/ })).toBeVisible();
    await page.keyboard.press('2');
    await expect(check.getByRole('status')).toHaveText(/^“Python Foundations” · Hard · /);
    await expect(check.getByRole('status')).toContainText(NEXT_REVIEW);
    await expect(check).not.toContainText('How well do you know');

    // The panel shows the rating and when the topic comes back.
    const review = python.getByRole('region', { name: 'Review' });
    await expect(review).toContainText(NEXT_REVIEW);
    await expect(
      review.getByRole('list', { name: 'Ratings, newest first' }).getByRole('listitem'),
    ).toHaveText([/^Hard.* · finished$/]);
    const afterHard = daysOf((await review.textContent()) ?? '');

    // Review now: the review view with exactly this topic.
    await review.getByRole('link', { name: 'Review now' }).click();
    await expect(page).toHaveURL(/#review\?topics=python-foundations$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Python Foundations' })).toBeVisible();
    await expect(page.getByText('Review · 1 of 1')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Self-check' })).toHaveCount(0);
    await page.keyboard.press('3');
    const due = page.getByRole('region', { name: 'Rate it' }).getByRole('status');
    await expect(due).toContainText(NEXT_REVIEW);
    await expect(due).toHaveText(/^Good · /);
    // Reviewed again after a Hard, a Good puts the review further out.
    const afterGood = daysOf((await due.textContent()) ?? '');
    expect(afterGood).toBeGreaterThan(afterHard);
    await page.getByRole('button', { name: 'Finish' }).click();
    await expect(page.getByRole('heading', { name: 'Review finished' })).toBeVisible();
    await expect(page.getByText('You reviewed 1 topic.')).toBeVisible();

    await page.reload();
    // The address keeps the view: the topic is offered again.
    await expect(page.getByRole('heading', { level: 2, name: 'Python Foundations' })).toBeVisible();
    await page.goto('./#graph');
    await expect(page.locator('.react-flow__node-topic')).toHaveCount(56);
    await node(page, 'Python Foundations').click();
    const kept = panel(page, 'Python Foundations').getByRole('region', { name: 'Review' });
    await expect(kept.getByRole('listitem')).toHaveText([/^Good/, /^Hard.* · finished$/]);
    expect(daysOf((await kept.textContent()) ?? '')).toBe(afterGood);
  });

  test('with nothing due, the review view says so', async ({ page }) => {
    await page.goto('./#review');
    await expect(page.getByText('Nothing is due for review today.')).toBeVisible();
  });
});

test('a topic due comes back: marked "due" on the graph and reviewed from #review', async ({ page }) => {
  await page.clock.install({ time: new Date() });
  await openApp(page);
  await node(page, 'Python Foundations').click();
  await panel(page, 'Python Foundations').getByRole('radio', { name: 'Done' }).check();
  await page
    .getByRole('region', { name: 'Self-check' })
    .getByRole('button', { name: /^Again/ })
    .click();
  await expect(page.getByRole('region', { name: 'Self-check' }).getByRole('status')).toContainText(
    NEXT_REVIEW,
  );
  await expect(node(page, 'Python Foundations')).toBeVisible();

  // Ten days on, the review is due.
  await page.clock.fastForward(10 * 86_400_000);
  await page.reload();
  const due = page.getByRole('group', { name: 'Python Foundations, due for review', exact: true });
  await expect(due).toBeVisible();
  await expect(page.locator('.topic-node[data-due]')).toHaveCount(1);

  // The rail counts it and leads there.
  const rail = page.getByRole('navigation', { name: 'Views' });
  await rail.getByRole('link', { name: 'Review 1 due' }).click();
  await expect(page).toHaveURL(/#review$/);
  await expect(rail.getByRole('link', { name: 'Review 1 due' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByText('Review · 1 of 1')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Python Foundations' })).toBeVisible();
  await page.keyboard.press('3');
  await expect(page.getByRole('region', { name: 'Rate it' }).getByRole('status')).toContainText(NEXT_REVIEW);
  await page.getByRole('button', { name: 'Finish' }).click();
  await page.goto('./#graph');
  await expect(node(page, 'Python Foundations')).toBeVisible();
  await expect(page.locator('.topic-node[data-due]')).toHaveCount(0);
  await expect(rail.getByRole('link', { name: 'Review', exact: true })).toBeVisible();
});
