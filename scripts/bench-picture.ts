/**
 * `graph_export_png_ms`: "Export picture…" on the FastAPI graph at 1440×900, from the click on
 * Download to the PNG's download, median of five after one warm-up (which loads the feature).
 */
import type { Browser, Page } from '@playwright/test';
import { median, report } from './bench-report';

async function exportPngMs(page: Page): Promise<number> {
  await page.getByRole('button', { name: 'Export picture…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export picture' });
  await dialog.getByRole('radio', { name: /^PNG/ }).check();
  const start = Date.now();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download' }).click();
  const file = await download;
  const ms = Date.now() - start;
  if (!file.suggestedFilename().endsWith('.png')) throw new Error(`downloaded ${file.suggestedFilename()}`);
  await dialog.waitFor({ state: 'hidden' });
  return ms;
}

/** Prints `graph_export_png_ms` for the app's web build at `appUrl`. */
export async function pictureFigures(browser: Browser, appUrl: string): Promise<void> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    bypassCSP: true,
    acceptDownloads: true,
  });
  try {
    const page = await context.newPage();
    await page.goto(appUrl);
    await page.locator('.react-flow__node-topic').nth(55).waitFor();
    await exportPngMs(page);
    const times: number[] = [];
    for (let i = 0; i < 5; i++) times.push(await exportPngMs(page));
    report({ name: 'graph_export_png_ms', value: median(times), unit: 'ms', goal: '< 1500' });
  } finally {
    await context.close();
  }
}
