/**
 * `fit_view_min_title_px`: the smallest topic title on screen at fit view, FastAPI at 1440×900
 * (computed font size × the graph's zoom), once the first fit has settled.
 */
import type { Browser, Page } from '@playwright/test';
import { report } from './bench-report';

// Page code goes in as strings: tsx would add helpers (`__name`) the page does not have.
const VIEW = `(() => {
  const viewport = document.querySelector('.react-flow__viewport');
  return viewport ? getComputedStyle(viewport).transform : '';
})()`;
const MIN_TITLE_PX = `(() => {
  const viewport = document.querySelector('.react-flow__viewport');
  const zoom = new DOMMatrix(getComputedStyle(viewport).transform).a;
  const sizes = [...document.querySelectorAll('.topic-node__title')].map(
    (title) => parseFloat(getComputedStyle(title).fontSize) * zoom,
  );
  return sizes.length === 0 ? null : Math.min(...sizes);
})()`;

/** Waits until the view has stopped moving (the first fit may glide once the map is drawn). */
async function settle(page: Page): Promise<void> {
  let last = await page.evaluate(VIEW);
  for (let i = 0; i < 30; i++) {
    await page.waitForTimeout(150);
    const now = await page.evaluate(VIEW);
    if (now === last) return;
    last = now;
  }
  throw new Error('the graph view kept moving');
}

/** Prints `fit_view_min_title_px` for the app's web build at `appUrl`. */
export async function graphFigures(browser: Browser, appUrl: string): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
  try {
    const page = await context.newPage();
    await page.goto(appUrl);
    await page.locator('.react-flow__node-topic').nth(55).waitFor();
    await page.getByRole('img', { name: 'Overview map' }).waitFor();
    await settle(page);
    const px = await page.evaluate(MIN_TITLE_PX);
    if (typeof px !== 'number') throw new Error('no topic titles on the graph');
    report({ name: 'fit_view_min_title_px', value: px, unit: 'px', goal: '>= 11' });
  } finally {
    await context.close();
  }
}
