import { expect, test } from '@playwright/test';
import type { Locator, Page, TestInfo } from '@playwright/test';

// Issue 13 §1–3 as a user sees them: whole, readable titles at fit view, nothing covering the
// graph, refits on resize, chains that light up, quiet arrows, progress told apart at a glance.

const node = (page: Page, name: string) => page.getByRole('group', { name, exact: true });
const overviewMap = (page: Page) => page.getByRole('img', { name: 'Overview map' });

type View = { x: number; y: number; zoom: number };

async function openApp(page: Page) {
  await page.goto('./');
  await expect(page.locator('.react-flow__node-topic')).toHaveCount(56);
  await expect(overviewMap(page)).toBeVisible();
  return settledView(page);
}

const currentView = (page: Page): Promise<View> =>
  page.evaluate(() => {
    const m = new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform);
    return { x: m.e, y: m.f, zoom: m.a };
  });

/** Whether the view shows `view` within a pixel: fits measured at different moments may differ a little. */
async function showsView(page: Page, view: View) {
  const now = await currentView(page);
  return (
    Math.abs(now.x - view.x) < 1 && Math.abs(now.y - view.y) < 1 && Math.abs(now.zoom / view.zoom - 1) < 1e-3
  );
}

/** The view once it has stopped gliding (fits and jumps glide for 200–400 ms). */
async function settledView(page: Page): Promise<View> {
  let last = await currentView(page);
  for (let i = 0; i < 30; i++) {
    await page.waitForTimeout(150);
    const now = await currentView(page);
    if (JSON.stringify(now) === JSON.stringify(last)) return now;
    last = now;
  }
  throw new Error('the view kept moving');
}

/**
 * What is wrong on the graph as shown, measured in the page. `titles`: a title's text clipped
 * by the title or any element of its node that clips (scroll size past client size, or a line
 * of text outside it), cut by an ellipsis or a line clamp, a word broken across lines, more
 * than three lines, text outside its node, a section title over a topic, or smaller than
 * `minPx` on screen. `outside`: nodes not wholly in the pane. `crossings`: arrows over a topic
 * other than their ends, or over a section box other than theirs. `order`: the section
 * numbers in reading order (columns left to right, each top to bottom).
 */
const inspect = (page: Page, minPx: number) =>
  page.evaluate((minPx) => {
    type Rect = { left: number; right: number; top: number; bottom: number };
    const meets = (a: Rect, b: Rect) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const within = (a: Rect, b: Rect, m: number) =>
      a.left >= b.left - m && a.right <= b.right + m && a.top >= b.top - m && a.bottom <= b.bottom + m;
    const zoom = new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform)
      .a;
    const boxOf = (n: HTMLElement) => ({ n, id: n.dataset['id']!, r: n.getBoundingClientRect() });
    const topics = [...document.querySelectorAll<HTMLElement>('.react-flow__node-topic')].map(boxOf);
    const sections = [...document.querySelectorAll<HTMLElement>('.react-flow__node-section')].map(boxOf);
    const titles: string[] = [];
    for (const title of document.querySelectorAll<HTMLElement>('.topic-node__title, .section-node__title')) {
      const name = `“${title.textContent}”`;
      const style = getComputedStyle(title);
      // Where every line of the text was laid out, shown or not.
      const all = document.createRange();
      all.selectNodeContents(title);
      const lines = [...all.getClientRects()].filter((r) => r.width > 0);
      const tops = lines.map((r) => r.top).sort((a, b) => a - b);
      const lineCount = tops.filter((top, i) => i === 0 || top - tops[i - 1]! > 2).length;
      if (lineCount > 3) titles.push(`${name} takes ${lineCount} lines`);
      const clamp = style.getPropertyValue('-webkit-line-clamp');
      if (clamp !== 'none' && lineCount > Number(clamp)) titles.push(`${name} is clamped to ${clamp} lines`);
      const holder = title.closest('.react-flow__node');
      for (let el: HTMLElement | null = title; el && el !== holder?.parentElement; el = el.parentElement) {
        const css = getComputedStyle(el);
        const what = `${name} in .${el.className.split(' ')[0]}`;
        const clips = css.overflowX !== 'visible' || css.overflowY !== 'visible';
        const [sw, sh, cw, ch] = [el.scrollWidth, el.scrollHeight, el.clientWidth, el.clientHeight];
        if (clips && (sh > ch + 1 || sw > cw + 1))
          titles.push(`${what} is clipped (${sw}×${sh} in ${cw}×${ch})`);
        if (clips && css.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth)
          titles.push(`${what} ends in an ellipsis`);
        // Text past a box that does not clip still spills over its node's edge.
        const box = el.getBoundingClientRect();
        if ((clips || el === holder) && lines.some((r) => !within(r, box, 1)))
          titles.push(`${what} has text outside the box`);
      }
      const px = parseFloat(style.fontSize) * zoom;
      if (px < minPx) titles.push(`${name} is ${px.toFixed(1)} px on screen`);
      if (title.matches('.section-node__title') && lines.some((l) => topics.some((t) => meets(l, t.r))))
        titles.push(`${name} runs into a topic`);
      // A word on two lines has two boxes ("Containerizatio / n").
      const walker = document.createTreeWalker(title, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        for (const word of (text.textContent ?? '').matchAll(/[^\s/-]+/g)) {
          const range = document.createRange();
          range.setStart(text, word.index);
          range.setEnd(text, word.index + word[0].length);
          if (range.getClientRects().length > 1) titles.push(`${name} breaks “${word[0]}”`);
        }
      }
    }
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    const outside = [...topics, ...sections].filter((b) => !within(b.r, pane, 1)).map((b) => b.id);
    const sectionOf = (id: string) =>
      sections.find((s) => within(topics.find((t) => t.id === id)!.r, s.r, 0))?.id;
    const crossings = new Set<string>();
    for (const edge of document.querySelectorAll<SVGGElement>('.react-flow__edge')) {
      const [from, to] = edge.dataset['id']!.split('->') as [string, string];
      const path = edge.querySelector<SVGPathElement>('path.react-flow__edge-path')!;
      const ctm = path.getScreenCTM()!;
      const own = [sectionOf(from), sectionOf(to)];
      for (let at = 0; at <= path.getTotalLength(); at += 3) {
        const q = path.getPointAtLength(at);
        const p = new DOMPoint(q.x, q.y).matrixTransform(ctm);
        const over = (r: Rect, m: number) =>
          p.x > r.left + m && p.x < r.right - m && p.y > r.top + m && p.y < r.bottom - m;
        for (const t of topics)
          if (t.id !== from && t.id !== to && over(t.r, 1))
            crossings.add(`${edge.dataset['id']} over ${t.id}`);
        for (const s of sections)
          if (!own.includes(s.id) && over(s.r, 2)) crossings.add(`${edge.dataset['id']} over ${s.id}`);
      }
    }
    const order = sections
      .sort((a, b) => (Math.abs(a.r.x - b.r.x) > 2 ? a.r.x - b.r.x : a.r.y - b.r.y))
      .map((s) => Number(s.n.querySelector('.section-node__number')?.textContent));
    return { titles, counts: [topics.length, sections.length], outside, crossings: [...crossings], order };
  }, minPx);

/** The names of the nodes (topics and sections) whose box meets any of `covers`. */
async function coveredNodes(page: Page, covers: Locator[]): Promise<string[]> {
  const boxes = await Promise.all(covers.map((cover) => cover.boundingBox()));
  expect(boxes).not.toContain(null);
  return page.evaluate((boxes) => {
    const meets = (r: DOMRect) =>
      boxes.some((b) => r.x < b!.x + b!.width && b!.x < r.right && r.y < b!.y + b!.height && b!.y < r.bottom);
    const nodes = [...document.querySelectorAll<HTMLElement>('.react-flow__node')];
    return nodes
      .filter((n) => meets(n.getBoundingClientRect()))
      .map((n) => n.ariaLabel ?? n.dataset['id'] ?? '?');
  }, boxes);
}

const mapAndControls = (page: Page) => ['minimap', 'controls'].map((c) => page.locator(`.react-flow__${c}`));

/** The pointer to an empty corner of the graph, so no topic is hovered. */
async function pointerAway(page: Page) {
  const pane = (await page.locator('.react-flow').boundingBox())!;
  await page.mouse.move(pane.x + 6, pane.y + 6);
}

async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

test.describe('the graph at fit view (issue 13)', () => {
  test('1440×900: whole titles ≥ 11 px, sections in order, nothing covered', async ({ page }, testInfo) => {
    await openApp(page);
    const seen = await inspect(page, 11);
    expect(seen.titles).toEqual([]);
    expect(seen.counts).toEqual([56, 17]);
    expect(seen.order).toEqual([...Array(17).keys()]);
    expect(seen.outside).toEqual([]);
    expect(await coveredNodes(page, mapAndControls(page))).toEqual([]);
    // Arrows run in the gaps, around the boxes.
    expect(seen.crossings).toEqual([]);
    await screenshot(page, testInfo, 'graph-1440x900-light');

    // An open topic panel: the fit leaves it, the map and the zoom buttons clear.
    await node(page, 'JWT & Token Management').click();
    const panel = page.getByRole('complementary', { name: 'JWT & Token Management' });
    await expect(panel).toBeVisible();
    await settledView(page);
    expect(await coveredNodes(page, [panel, ...mapAndControls(page)])).toEqual([]);
    expect((await inspect(page, 0)).outside).toEqual([]);
  });

  test('refits on resize until the user pans; small windows stay readable', async ({ page }, testInfo) => {
    const first = await openApp(page);
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect.poll(() => currentView(page)).not.toEqual(first);
    const at1280 = await settledView(page);
    await screenshot(page, testInfo, 'graph-1280x720');
    const at1280Seen = await inspect(page, 10);
    expect(at1280Seen.outside).toEqual([]);
    expect(await coveredNodes(page, mapAndControls(page))).toEqual([]);
    expect(at1280Seen.titles).toEqual([]);

    await page.setViewportSize({ width: 1024, height: 768 });
    await expect.poll(() => currentView(page)).not.toEqual(at1280);
    await settledView(page);
    await screenshot(page, testInfo, 'graph-1024x768');
    const at1024 = await inspect(page, 10);
    // Too narrow for all of it at a readable size: the view starts where the roadmap does.
    expect(at1024.outside).not.toContain('section-0');
    expect(await coveredNodes(page, mapAndControls(page))).toEqual([]);
    expect(at1024.titles).toEqual([]);
    // The overview map folds away and comes back.
    const mapButton = page.getByRole('button', { name: 'Overview map' });
    await expect(mapButton).toHaveAttribute('aria-pressed', 'true');
    await mapButton.click();
    await expect(mapButton).toHaveAttribute('aria-pressed', 'false');
    await expect(overviewMap(page)).toBeHidden();
    await mapButton.click();
    await expect(overviewMap(page)).toBeVisible();
    await settledView(page);

    await page.setViewportSize({ width: 1440, height: 900 });
    await expect.poll(() => showsView(page, first)).toBe(true);
    expect((await inspect(page, 0)).outside).toEqual([]);

    // The user drags the graph: from then on a resize leaves the view where they put it.
    const pane = (await page.locator('.react-flow').boundingBox())!;
    await page.mouse.move(pane.x + 20, pane.y + 20);
    await page.mouse.down();
    await page.mouse.move(pane.x + 80, pane.y + 60, { steps: 5 });
    await page.mouse.up();
    const moved = await settledView(page);
    expect(moved).not.toEqual(first);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.waitForTimeout(500);
    expect(await currentView(page)).toEqual(moved);
    // Fit View fits again.
    await page.getByRole('button', { name: 'Fit View' }).click();
    await expect.poll(() => showsView(page, at1280)).toBe(true);
  });
});

test.describe('chains and arrows (issue 13 §2)', () => {
  /** The look of a node or an arrow that tells highlighted from dimmed. */
  const looks = (locator: Locator) =>
    locator.evaluate((el) => {
      const [css, line] = [getComputedStyle(el), getComputedStyle(el.querySelector('path') ?? el)];
      return `${css.background} ${css.borderColor} ${css.boxShadow} ${css.color} ${css.opacity} ${line.stroke} ${line.strokeWidth}`;
    });
  const topicBox = (page: Page, name: string) => node(page, name).locator('.topic-node');

  test('quiet arrows; a hovered or selected topic lights up its whole chain', async ({ page }) => {
    await openApp(page);
    const arrows = page.locator('.react-flow__edge');
    const total = await arrows.count();
    expect(total).toBeGreaterThan(50);
    await expect(page.locator('.react-flow__edge.edge--quiet')).toHaveCount(total);
    const opacity = () => arrows.first().evaluate((el) => Number(getComputedStyle(el).opacity));
    expect(await opacity()).toBeLessThan(1);
    const toggle = page.getByRole('button', { name: 'Show all arrows' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.react-flow__edge.edge--quiet')).toHaveCount(0);
    expect(await opacity()).toBe(1);
    await toggle.click();
    await expect(page.locator('.react-flow__edge.edge--quiet')).toHaveCount(total);

    await node(page, 'Caching').hover();
    await expect(topicBox(page, 'NoSQL & Other Stores')).toHaveAttribute('data-chain', 'true');
    await expect(topicBox(page, 'Python Foundations')).toHaveAttribute('data-chain', 'true');
    await expect(topicBox(page, 'JWT & Token Management')).toHaveAttribute('data-dimmed', 'true');
    await pointerAway(page);
    await expect(page.locator('.topic-node[data-dimmed]')).toHaveCount(0);
    await expect(page.locator('.react-flow__edge.edge--highlighted')).toHaveCount(0);

    await node(page, 'JWT & Token Management').click();
    await expect(page.getByRole('complementary', { name: 'JWT & Token Management' })).toBeVisible();
    // The view glides to leave the panel room, under the still pointer: the chain stays JWT's.
    await settledView(page);
    // Upstream, transitively (open prerequisites), and downstream.
    for (const name of [
      'OAuth2 with Password Flow',
      'Basic Security Concepts',
      'Python Foundations',
      'System Design Questions with FastAPI',
    ]) {
      await expect(topicBox(page, name)).toHaveAttribute('data-chain', 'true');
    }
    await expect(topicBox(page, 'Caching')).toHaveAttribute('data-dimmed', 'true');
    await expect(topicBox(page, 'JWT & Token Management')).not.toHaveAttribute('data-dimmed');
    expect(await looks(topicBox(page, 'Routing Basics'))).not.toEqual(await looks(topicBox(page, 'Caching')));

    // The highlighted arrows are exactly those between topics of the chain.
    const edges = await page.evaluate(() => {
      const ids = (nodes: NodeListOf<Element>) =>
        [...nodes].map((n) => n.closest<HTMLElement>('[data-id]')!.dataset['id']!);
      const chain = new Set(
        ids(document.querySelectorAll('.topic-node[data-chain], .topic-node[data-selected]')),
      );
      return ids(document.querySelectorAll('.react-flow__edge')).map((id) => ({
        id,
        onChain: id.split('->').every((end) => chain.has(end)),
        lit: document.querySelector(`[data-id="${id}"]`)!.classList.contains('edge--highlighted'),
      }));
    });
    expect(edges.filter((e) => e.lit).length).toBeGreaterThan(0);
    expect(edges.filter((e) => e.lit !== e.onChain)).toEqual([]);
    expect(edges.filter((e) => e.lit && e.id.includes('caching'))).toEqual([]);
    const lit = page.locator('.react-flow__edge.edge--highlighted').first();
    const dimmed = page.locator('.react-flow__edge.edge--dimmed').first();
    expect(await looks(lit)).not.toEqual(await looks(dimmed));
  });
});

test.describe('progress at a glance (issue 13 §3)', () => {
  /** A node's fill, border, phase colour, title strike-through and text contrast (WCAG) on its fill. */
  const fill = (page: Page, name: string) =>
    node(page, name)
      .locator('.topic-node')
      .evaluate((el) => {
        const probe = el.appendChild(document.createElement('span'));
        probe.style.background = 'var(--phase-accent)';
        const accent = getComputedStyle(probe).backgroundColor;
        probe.remove();
        const css = getComputedStyle(el);
        const channel = (v: number) => (v <= 10.03 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
        const luminance = (colour: string) => {
          const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).map((v) => channel(Number(v)));
          return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
        };
        const [hi, lo] = [luminance(css.color), luminance(css.backgroundColor)].sort((a, b) => b - a);
        return {
          background: css.backgroundColor,
          image: css.backgroundImage,
          border: css.borderTopStyle,
          struck: getComputedStyle(el.querySelector('.topic-node__title')!).textDecorationLine,
          accent,
          contrast: (hi! + 0.05) / (lo! + 0.05),
        };
      });

  test('“Ready now” lists the ready topics; progress fills, light and dark', async ({ page }, testInfo) => {
    await openApp(page);
    const readyNow = page.getByRole('button', { name: 'Ready now' });
    await readyNow.click();
    const list = page.getByRole('region', { name: /^Ready now/ });
    await expect(list).toBeVisible();
    const ready = page.locator('.react-flow__node-topic', { has: page.locator('[data-state="ready"]') });
    const readyNodes = () => ready.evaluateAll((nodes) => nodes.map((n) => n.ariaLabel).sort());
    const listed = async () => (await list.locator('li .ready-list__title').allTextContents()).sort();
    await expect(list.getByRole('listitem')).toHaveText([/^Python Foundations/, /^Web & HTTP Basics/]);
    expect(await listed()).toEqual(await readyNodes());
    await settledView(page);
    expect(await coveredNodes(page, [list, ...mapAndControls(page)])).toEqual([]);

    // A click selects the topic and opens its panel; marking it leaves the list up to date.
    await list.getByRole('button', { name: /^Web & HTTP Basics/ }).click();
    const panel = page.getByRole('complementary', { name: 'Web & HTTP Basics' });
    await expect(panel.getByRole('heading', { level: 2, name: 'Web & HTTP Basics' })).toBeVisible();
    await expect(node(page, 'Web & HTTP Basics')).toHaveClass(/selected/);
    await page.keyboard.press('i');
    await expect(node(page, 'Web & HTTP Basics')).toHaveAccessibleDescription(/^In progress\./);
    await expect(list.getByRole('button', { name: /^Web & HTTP Basics/ })).toBeHidden();
    await list.getByRole('button', { name: /^Python Foundations/ }).click();
    await expect(page.getByRole('complementary', { name: 'Python Foundations' })).toBeVisible();
    await page.keyboard.press('d');
    await expect(node(page, 'Python Foundations')).toHaveAccessibleDescription(/^Done\./);
    // What it unlocks joins the list.
    await expect(list.getByRole('button', { name: /^Project Setup/ })).toBeVisible();
    expect(await listed()).toEqual(await readyNodes());

    await node(page, 'Migrations').click();
    await page.keyboard.press('s');
    await expect(node(page, 'Migrations')).toHaveAccessibleDescription(/^Skipped\./);
    await page.keyboard.press('Escape');
    await readyNow.click();
    await expect(list).toBeHidden();
    await pointerAway(page);
    await expect(page.locator('.topic-node[data-dimmed]')).toHaveCount(0);
    await expect(node(page, 'Caching')).toHaveAccessibleDescription(/^Locked/);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const done = await fill(page, 'Python Foundations');
      const doing = await fill(page, 'Web & HTTP Basics');
      const locked = await fill(page, 'Caching');
      const skipped = await fill(page, 'Migrations');
      expect(done.background, scheme).toBe(done.accent);
      expect(done.background, scheme).not.toBe(locked.background);
      expect(done.contrast, `${scheme}: text on a done topic`).toBeGreaterThanOrEqual(4.5);
      expect(doing.image, scheme).toMatch(/gradient/);
      expect(`${doing.background} ${doing.image}`).not.toBe(`${done.background} ${done.image}`);
      expect(`${locked.background} ${locked.image}`).not.toBe(`${doing.background} ${doing.image}`);
      expect(locked.border, scheme).toBe('dashed');
      expect(skipped.struck, scheme).toBe('line-through');
      expect(locked.struck, scheme).toBe('none');
      await settledView(page);
      await screenshot(page, testInfo, `graph-1440x900-${scheme}-progress`);
    }
  });
});
