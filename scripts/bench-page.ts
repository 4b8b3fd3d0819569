/**
 * What `npm run bench` measures in the page: when the graph is painted, frame times while
 * panning, and the time from a click on Done to the repainted node.
 */
import type { Browser, Page } from '@playwright/test';
import { quantile } from './bench-report';

/**
 * Records, in the page, when the graph is first painted at its fitted view with at least
 * `nodes` nodes (topics and sections) on screen.
 */
export const paintProbe = (nodes: number) => `
  (() => {
    const done = () => {
      const viewport = document.querySelector('.react-flow__viewport');
      const count = document.querySelectorAll('.react-flow__node').length;
      return viewport && count >= ${nodes} && !/scale\\(1\\)$/.test(viewport.style.transform) && viewport.style.transform !== '';
    };
    const observer = new MutationObserver(() => {
      if (window.__graphPainted !== undefined || !done()) return;
      window.__graphPainted = -1;
      // A message posted from a frame callback arrives just after that frame is painted.
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { window.__graphPainted = performance.now(); };
        channel.port2.postMessage(null);
      });
      observer.disconnect();
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['style'] });
  })();
`;

export async function startupMs(
  browser: Browser,
  url: string,
  expectedNodes: number,
  expectedTopics: number | null,
): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  await page.addInitScript(paintProbe(expectedNodes));
  await page.goto(url);
  await page.waitForFunction(PAINTED, null, { timeout: 60_000 });
  if (expectedTopics !== null) {
    const count = await page.locator('.react-flow__node-topic').count();
    if (count !== expectedTopics) throw new Error(`expected ${expectedTopics} topic nodes, found ${count}`);
  }
  const painted = Number(await page.evaluate('window.__graphPainted'));
  await context.close();
  return painted;
}

// Page code goes in as strings: tsx would add helpers (`__name`) the page does not have.
const FRAME_RECORDER = `
  (() => {
    window.__frames = [];
    window.__recording = true;
    let last = 0;
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      if (window.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame((now) => { last = now; requestAnimationFrame(tick); });
  })()
`;
export const PAINTED = '(window.__graphPainted ?? 0) > 0';

/** Drags the canvas for `seconds` and returns every frame's duration seen meanwhile. */
export async function panFrames(page: Page, seconds: number): Promise<number[]> {
  const pane = await page.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error('no graph pane');
  const x = pane.x + pane.width / 2;
  const y = pane.y + pane.height / 2;
  await page.evaluate(FRAME_RECORDER);
  await page.mouse.move(x, y);
  await page.mouse.down();
  const start = Date.now();
  let step = 0;
  while (Date.now() - start < seconds * 1000) {
    step++;
    // A slow circle: every frame of the drag moves the whole graph.
    await page.mouse.move(x + 160 * Math.sin(step / 20), y + 100 * Math.cos(step / 20));
  }
  await page.mouse.up();
  return page.evaluate('(() => { window.__recording = false; return window.__frames.slice(1); })()');
}

/**
 * In the page: clicks `click` (a selector) and resolves, after the next paint, with the time
 * from the click until the node `[data-id=nodeId] .topic-node` has `data-state="done"`.
 */
const TIME_CLICK_TO_DONE = `
  ({ click, nodeId }) => new Promise((resolve) => {
    const target = document.querySelector('.react-flow__node[data-id="' + nodeId + '"] .topic-node');
    const start = performance.now();
    const check = () => {
      const now = document.querySelector('.react-flow__node[data-id="' + nodeId + '"] .topic-node');
      if (!now || now.getAttribute('data-state') !== 'done') return false;
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now() - start);
        channel.port2.postMessage(null);
      });
      return true;
    };
    const observer = new MutationObserver(check);
    observer.observe(document.querySelector('.react-flow') ?? document, { subtree: true, attributes: true, childList: true });
    void target;
    document.querySelector(click).click();
  })
`;

/** Click on Done → the node repainted as done, p75 over 20 clicks (Not started in between). */
export async function markDonePaintMs(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('group', { name: 'Python Foundations', exact: true }).click();
  const radio = (label: string) => `.topic-panel .status-control__option:has(input) input[value="${label}"]`;
  // The panel loads when first opened.
  await page.locator(radio('done')).waitFor({ state: 'attached' });
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    times.push(
      Number(
        await page.evaluate(
          `(${TIME_CLICK_TO_DONE})(${JSON.stringify({ click: radio('done'), nodeId: 'python-foundations' })})`,
        ),
      ),
    );
    await page.locator(radio('todo')).click({ force: true });
    await page.waitForTimeout(50);
  }
  await context.close();
  return quantile(times, 0.75);
}

/**
 * Marks a deep topic of the 1,000-topic roadmap Done together with its open prerequisites
 * (about 500) in one action: the cascade dialog's "Mark all". Time until it is painted done.
 */
export async function bulkMarkMs(browser: Browser, url: string): Promise<{ ms: number; topics: number }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${url}?synthetic=1000`);
  const search = page.getByRole('combobox', { name: 'Search topics' });
  await search.fill('Topic 98.5 Review');
  await search.press('Enter');
  await page.locator('.react-flow__node[data-id="topic-98-5-review"]').waitFor();
  await page.waitForTimeout(400);
  await page.keyboard.press('d');
  const confirm = page.getByRole('dialog').getByRole('button', { name: /Mark all/ });
  const label = (await confirm.textContent()) ?? '';
  const topics = Number(/\d+/.exec(label)?.[0] ?? 0);
  const ms = Number(
    await page.evaluate(
      `(${TIME_CLICK_TO_DONE})(${JSON.stringify({ click: 'dialog.dialog[open] .button--primary', nodeId: 'topic-98-5-review' })})`,
    ),
  );
  await context.close();
  return { ms, topics };
}
