import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Download, Page } from '@playwright/test';
import { PICTURE_MARGIN, TITLE_BAND } from '../../renderer/src/features/picture-export/picture-frame';

const topicNodes = (page: Page) => page.locator('.react-flow__node-topic');

/** The graph's bounds in graph pixels (every node's box on screen, divided by the zoom), and the zoom. */
function graphBounds(page: Page) {
  return page.evaluate(() => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
    const zoom = new DOMMatrix(getComputedStyle(viewport).transform).a;
    const boxes = [...document.querySelectorAll('.react-flow__node')].map((node) =>
      node.getBoundingClientRect(),
    );
    const left = Math.min(...boxes.map((box) => box.left));
    const right = Math.max(...boxes.map((box) => box.right));
    const top = Math.min(...boxes.map((box) => box.top));
    const bottom = Math.max(...boxes.map((box) => box.bottom));
    return {
      width: (right - left) / zoom,
      height: (bottom - top) / zoom,
      transform: viewport.style.transform,
    };
  });
}

/** Exports the picture in `format` from the top bar and returns the download. */
async function exportPicture(page: Page, format: 'PNG' | 'SVG'): Promise<Download> {
  await page.getByRole('button', { name: 'Export picture…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export picture' });
  await dialog.getByRole('radio', { name: new RegExp(`^${format}`) }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download' }).click();
  const file = await download;
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Picture downloaded.' })).toBeVisible();
  return file;
}

/** The titles in an SVG's foreignObjects, read as a browser reads the file. */
function svgText(page: Page, svg: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    if (doc.querySelector('parsererror')) return null;
    return {
      graph: [...doc.querySelectorAll('foreignObject')].map((f) => f.textContent ?? '').join('\n'),
      title: doc.documentElement.querySelector(':scope > text')?.textContent ?? '',
      size: [doc.documentElement.getAttribute('width'), doc.documentElement.getAttribute('height')],
    };
  }, svg);
}

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expect(topicNodes(page)).toHaveCount(56);
  await page.getByRole('group', { name: 'Python Foundations', exact: true }).click();
  await page.keyboard.press('d');
  await page.keyboard.press('Escape');
  // The panel closing refits the graph with a short glide: wait until the view is still.
  const transform = () =>
    page.locator('.react-flow__viewport').evaluate((v) => (v as HTMLElement).style.transform);
  let last = '';
  await expect
    .poll(
      async () => {
        const now = await transform();
        const still = now === last;
        last = now;
        return still;
      },
      { intervals: [300] },
    )
    .toBe(true);
});

test('Export picture… downloads the whole graph as a PNG at twice its size, with the title line', async ({
  page,
}) => {
  const bounds = await graphBounds(page);
  const file = await exportPicture(page, 'PNG');
  expect(file.suggestedFilename()).toMatch(/^fastapi-[a-z0-9-]*\d{4}-\d{2}-\d{2}\.png$/);
  const png = readFileSync(await file.path());
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
  // Twice the graph's bounds with the margin around them, and the title band above: node
  // boxes on screen are rounded to device pixels, so allow a pixel or two.
  expect(Math.abs(width - 2 * (bounds.width + 2 * PICTURE_MARGIN))).toBeLessThanOrEqual(4);
  expect(Math.abs(height - 2 * (bounds.height + 2 * PICTURE_MARGIN + TITLE_BAND))).toBeLessThanOrEqual(4);
  // The view is as it was.
  expect((await graphBounds(page)).transform).toBe(bounds.transform);
});

test('the SVG holds every topic title and the title line, whatever the pan and zoom', async ({ page }) => {
  const titles = await topicNodes(page).evaluateAll((nodes) =>
    nodes.map((n) => n.getAttribute('aria-label')),
  );
  expect(titles).toHaveLength(56);
  const fitted = await graphBounds(page);
  // Zoomed in on a corner: most topics are off screen.
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.move(pane.x + 200, pane.y + 200);
  for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -300);
  await expect.poll(async () => (await graphBounds(page)).transform).not.toBe(fitted.transform);

  const svg = readFileSync(await (await exportPicture(page, 'SVG')).path(), 'utf8');
  const read = await svgText(page, svg);
  expect(read).not.toBeNull();
  for (const title of titles) expect(read!.graph).toContain(title);
  expect(read!.title).toMatch(/^FastAPI.*[A-Z][a-z]{2} \d{1,2} [A-Z][a-z]{2} \d{4} · \d+ % done$/);
  expect(read!.size.map(Number)).toEqual([
    expect.closeTo(fitted.width + 2 * PICTURE_MARGIN, -0.5),
    expect.closeTo(fitted.height + 2 * PICTURE_MARGIN + TITLE_BAND, -0.5),
  ]);
});

test('zoomed out to section blocks, the picture still shows every topic; the view stays as it was', async ({
  page,
}) => {
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  for (let i = 0; i < 10 && (await topicNodes(page).count()) > 0; i++) {
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(100);
  }
  await expect(topicNodes(page)).toHaveCount(0);
  const before = (await graphBounds(page)).transform;

  const svg = readFileSync(await (await exportPicture(page, 'SVG')).path(), 'utf8');
  const read = await svgText(page, svg);
  expect(read!.graph).toContain('Python Foundations');
  expect(read!.graph).toContain('Running with a Production Server');
  await expect(topicNodes(page)).toHaveCount(0);
  expect((await graphBounds(page)).transform).toBe(before);
});

test('from the keyboard on another view, and a cancelled dialog changes nothing', async ({ page }) => {
  await page.getByRole('link', { name: 'Plan', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Export picture…' })).toHaveCount(0);
  await page.keyboard.press('Control+Shift+S');
  const dialog = page.getByRole('dialog', { name: 'Export picture' });
  await expect(dialog).toBeVisible();
  await expect(topicNodes(page)).toHaveCount(56);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
});
