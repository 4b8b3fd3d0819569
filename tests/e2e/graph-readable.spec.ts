import { expect, test } from '@playwright/test';
import type { Locator, Page, TestInfo } from '@playwright/test';

// Issue 13 §1–3 as a user sees them: whole, readable titles at fit view, nothing covering the
// graph, refits on resize, chains that light up, quiet arrows, progress told apart at a glance.

const node = (page: Page, name: string) => page.getByRole('group', { name, exact: true });
const overviewMap = (page: Page) => page.getByRole('img', { name: 'Overview map' });
const overviewButton = (page: Page) => page.getByRole('button', { name: 'Overview map' });

type View = { x: number; y: number; zoom: number };
type Box = { x: number; y: number; width: number; height: number };

async function openApp(page: Page) {
  await page.goto('./');
  await expect(page.locator('.react-flow__node-topic')).toHaveCount(56);
  await expect(overviewMap(page)).toBeVisible();
  return settledView(page);
}

const currentView = (page: Page): Promise<View> =>
  page.evaluate(() => {
    const viewport = document.querySelector('.react-flow__viewport');
    const m = new DOMMatrix(viewport ? getComputedStyle(viewport).transform : 'none');
    return { x: m.e, y: m.f, zoom: m.a };
  });

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
 * Everything wrong with the titles on screen: text clipped by the title or by any element of
 * its node that clips (scroll size past client size, or a line of text outside its box),
 * cut with an ellipsis or a line clamp, a word broken across lines, more than three lines,
 * text outside its node, a section title over a topic, or smaller than `minPx` on screen.
 * Also how many titles it saw.
 */
const titleProblems = (page: Page, minPx: number) =>
  page.evaluate((minPx) => {
    const viewport = document.querySelector('.react-flow__viewport');
    const zoom = new DOMMatrix(viewport ? getComputedStyle(viewport).transform : 'none').a;
    const topics = [...document.querySelectorAll('.react-flow__node-topic')].map((n) =>
      n.getBoundingClientRect(),
    );
    const problems: string[] = [];
    const titles = [...document.querySelectorAll<HTMLElement>('.topic-node__title, .section-node__title')];
    for (const title of titles) {
      const name = `“${title.textContent}”`;
      const style = getComputedStyle(title);
      // Where every line of the text was laid out, shown or not.
      const all = document.createRange();
      all.selectNodeContents(title);
      const lines = [...all.getClientRects()].filter((r) => r.width > 0);
      const tops = lines.map((r) => r.top).sort((a, b) => a - b);
      const lineCount = tops.filter((top, i) => i === 0 || top - tops[i - 1]! > 2).length;
      if (lineCount > 3) problems.push(`${name} takes ${lineCount} lines`);
      const clamp = style.getPropertyValue('-webkit-line-clamp');
      if (clamp !== 'none' && lineCount > Number(clamp))
        problems.push(`${name} is clamped to ${clamp} lines`);
      const holder = title.closest<HTMLElement>('.react-flow__node');
      for (let el: HTMLElement | null = title; el && el !== holder?.parentElement; el = el.parentElement) {
        const css = getComputedStyle(el);
        const what = `${name} in .${el.className.split(' ')[0]}`;
        const clips = css.overflowX !== 'visible' || css.overflowY !== 'visible';
        if (clips && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1))
          problems.push(
            `${what} is clipped (scroll ${el.scrollWidth}×${el.scrollHeight}, shown ${el.clientWidth}×${el.clientHeight})`,
          );
        if (clips && css.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth)
          problems.push(`${what} ends in an ellipsis`);
        const box = el.getBoundingClientRect();
        const out = lines.some(
          (r) =>
            r.left < box.left - 1 ||
            r.right > box.right + 1 ||
            r.top < box.top - 1 ||
            r.bottom > box.bottom + 1,
        );
        // Text past a box that does not clip still spills over its node's edge.
        if ((clips || el === holder) && out) problems.push(`${what} has text outside the box`);
      }
      const px = parseFloat(style.fontSize) * zoom;
      if (px < minPx) problems.push(`${name} is ${px.toFixed(1)} px on screen`);
      if (title.classList.contains('section-node__title')) {
        const hit = lines.some((box) =>
          topics.some(
            (t) => box.left < t.right && t.left < box.right && box.top < t.bottom && t.top < box.bottom,
          ),
        );
        if (hit) problems.push(`${name} runs into a topic`);
      }
      // A word on two lines has two boxes ("Containerizatio / n").
      const walker = document.createTreeWalker(title, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        for (const word of (text.textContent ?? '').matchAll(/[^\s/-]+/g)) {
          const range = document.createRange();
          range.setStart(text, word.index);
          range.setEnd(text, word.index + word[0].length);
          if (range.getClientRects().length > 1) problems.push(`${name} breaks “${word[0]}”`);
        }
      }
    }
    return {
      problems,
      topics: document.querySelectorAll('.topic-node__title').length,
      sections: document.querySelectorAll('.section-node__title').length,
    };
  }, minPx);

async function expectTitlesWhole(page: Page, minPx: number) {
  const seen = await titleProblems(page, minPx);
  expect(seen.problems).toEqual([]);
  expect([seen.topics, seen.sections]).toEqual([56, 17]);
}

/** The names of the nodes (topics and sections) whose box meets any of `covers`. */
async function coveredNodes(page: Page, covers: Locator[]): Promise<string[]> {
  const boxes: Box[] = [];
  for (const cover of covers) {
    const box = await cover.boundingBox();
    if (box) boxes.push(box);
  }
  expect(boxes).toHaveLength(covers.length);
  return page.evaluate(
    (boxes) =>
      [...document.querySelectorAll<HTMLElement>('.react-flow__node')]
        .filter((n) => {
          const r = n.getBoundingClientRect();
          return boxes.some(
            (b) => r.left < b.x + b.width && b.x < r.right && r.top < b.y + b.height && b.y < r.bottom,
          );
        })
        .map((n) => n.getAttribute('aria-label') ?? n.dataset['id'] ?? '?'),
    boxes,
  );
}

/** Nodes not wholly inside the graph's pane. */
const nodesOutsidePane = (page: Page) =>
  page.evaluate(() => {
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('.react-flow__node')]
      .filter((n) => {
        const r = n.getBoundingClientRect();
        return (
          r.left < pane.left - 1 ||
          r.top < pane.top - 1 ||
          r.right > pane.right + 1 ||
          r.bottom > pane.bottom + 1
        );
      })
      .map((n) => n.dataset['id']);
  });

const mapAndControls = (page: Page) => [
  page.locator('.react-flow__minimap'),
  page.locator('.react-flow__controls'),
];

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
  test('1440×900: every title whole and ≥ 11 px, sections in number order, nothing covered', async ({
    page,
  }, testInfo) => {
    await openApp(page);
    await expectTitlesWhole(page, 11);
    // Columns left to right, each top to bottom.
    const order = await page.evaluate(() =>
      [...document.querySelectorAll('.react-flow__node-section')]
        .map((n) => ({
          box: n.getBoundingClientRect(),
          number: Number(n.querySelector('.section-node__number')?.textContent),
        }))
        .sort((a, b) => (Math.abs(a.box.x - b.box.x) > 2 ? a.box.x - b.box.x : a.box.y - b.box.y))
        .map((s) => s.number),
    );
    expect(order).toEqual([...Array(17).keys()]);
    expect(await nodesOutsidePane(page)).toEqual([]);
    expect(await coveredNodes(page, mapAndControls(page))).toEqual([]);
    // Arrows run in the gaps: none crosses a topic other than its two ends, nor a section box
    // other than theirs.
    const crossings = await page.evaluate(() => {
      const boxOf = (n: Element) => ({ id: (n as HTMLElement).dataset['id']!, r: n.getBoundingClientRect() });
      const topics = [...document.querySelectorAll('.react-flow__node-topic')].map(boxOf);
      const sections = [...document.querySelectorAll('.react-flow__node-section')].map(boxOf);
      const within = (a: DOMRect, b: DOMRect) =>
        a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;
      const sectionOf = (id: string) =>
        sections.find((s) => within(topics.find((t) => t.id === id)!.r, s.r))?.id;
      const inside = (p: DOMPoint, r: DOMRect, m: number) =>
        p.x > r.left + m && p.x < r.right - m && p.y > r.top + m && p.y < r.bottom - m;
      const found: string[] = [];
      for (const edge of document.querySelectorAll<SVGGElement>('.react-flow__edge')) {
        const [from, to] = edge.dataset['id']!.split('->') as [string, string];
        const path = edge.querySelector<SVGPathElement>('path.react-flow__edge-path')!;
        const ctm = path.getScreenCTM()!;
        const own = [sectionOf(from), sectionOf(to)];
        for (let at = 0; at <= path.getTotalLength(); at += 2) {
          const q = path.getPointAtLength(at);
          const p = new DOMPoint(q.x, q.y).matrixTransform(ctm);
          for (const t of topics)
            if (t.id !== from && t.id !== to && inside(p, t.r, 1))
              found.push(`${edge.dataset['id']} over ${t.id}`);
          for (const s of sections)
            if (!own.includes(s.id) && inside(p, s.r, 2)) found.push(`${edge.dataset['id']} over ${s.id}`);
        }
      }
      return [...new Set(found)];
    });
    expect(crossings).toEqual([]);
    await screenshot(page, testInfo, 'graph-1440x900-light');

    // An open topic panel: the fit leaves it, the map and the zoom buttons clear.
    await node(page, 'JWT & Token Management').click();
    const panel = page.getByRole('complementary', { name: 'JWT & Token Management' });
    await expect(panel).toBeVisible();
    await settledView(page);
    expect(await coveredNodes(page, [panel, ...mapAndControls(page)])).toEqual([]);
    expect(await nodesOutsidePane(page)).toEqual([]);
  });

  test('resizing refits until the user pans; smaller windows keep titles whole and can hide the map', async ({
    page,
  }, testInfo) => {
    const first = await openApp(page);
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect.poll(() => currentView(page)).not.toEqual(first);
    await settledView(page);
    expect(await nodesOutsidePane(page)).toEqual([]);
    expect(await coveredNodes(page, mapAndControls(page))).toEqual([]);
    await expectTitlesWhole(page, 10);
    await screenshot(page, testInfo, 'graph-1280x720');
    const at1280 = await currentView(page);

    await page.setViewportSize({ width: 1024, height: 768 });
    await expect.poll(() => currentView(page)).not.toEqual(at1280);
    await settledView(page);
    expect(await coveredNodes(page, mapAndControls(page))).toEqual([]);
    await expectTitlesWhole(page, 10);
    // Too narrow for all of it at a readable size: the view starts where the roadmap does.
    expect(await nodesOutsidePane(page)).not.toContain('section-0');
    await screenshot(page, testInfo, 'graph-1024x768');
    // The overview map folds away and comes back.
    await expect(overviewButton(page)).toHaveAttribute('aria-pressed', 'true');
    await overviewButton(page).click();
    await expect(overviewButton(page)).toHaveAttribute('aria-pressed', 'false');
    await expect(overviewMap(page)).toBeHidden();
    await overviewButton(page).click();
    await expect(overviewMap(page)).toBeVisible();
    await settledView(page);

    await page.setViewportSize({ width: 1440, height: 900 });
    await expect.poll(() => currentView(page)).toEqual(first);
    expect(await nodesOutsidePane(page)).toEqual([]);

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
    await expect.poll(() => currentView(page)).toEqual(at1280);
  });
});

test.describe('chains and arrows (issue 13 §2)', () => {
  /** The look of a node or an arrow that tells highlighted from dimmed. */
  const looks = (locator: Locator) =>
    locator.evaluate((el) => {
      const css = getComputedStyle(el);
      const path = el.querySelector('path');
      const stroke = path ? getComputedStyle(path) : null;
      return [
        css.backgroundColor,
        css.borderTopColor,
        css.boxShadow,
        css.color,
        css.opacity,
        stroke?.stroke,
        stroke?.strokeWidth,
      ].join(' | ');
    });
  const topicBox = (page: Page, name: string) => node(page, name).locator('.topic-node');

  test('hovering or selecting a topic lights up its whole chain and dims the rest', async ({ page }) => {
    await openApp(page);
    await node(page, 'Caching').hover();
    await expect(topicBox(page, 'NoSQL & Other Stores')).toHaveAttribute('data-chain', 'true');
    await expect(topicBox(page, 'Python Foundations')).toHaveAttribute('data-chain', 'true');
    await expect(topicBox(page, 'JWT & Token Management')).toHaveAttribute('data-dimmed', 'true');
    await pointerAway(page);
    await expect(page.locator('.topic-node[data-dimmed]')).toHaveCount(0);
    await expect(page.locator('.react-flow__edge.edge--highlighted')).toHaveCount(0);

    await node(page, 'JWT & Token Management').click();
    await expect(page.getByRole('complementary', { name: 'JWT & Token Management' })).toBeVisible();
    // The view glides to leave the panel room; the pointer then leaves the graph alone.
    await settledView(page);
    await pointerAway(page);
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
      const chain = new Set(
        [...document.querySelectorAll('.react-flow__node-topic')]
          .filter((n) => n.querySelector('.topic-node[data-chain], .topic-node[data-selected]'))
          .map((n) => (n as HTMLElement).dataset['id']),
      );
      return [...document.querySelectorAll<SVGGElement>('.react-flow__edge')].map((edge) => {
        const [from, to] = edge.dataset['id']!.split('->');
        return {
          id: edge.dataset['id']!,
          onChain: chain.has(from) && chain.has(to),
          lit: edge.classList.contains('edge--highlighted'),
        };
      });
    });
    expect(edges.filter((e) => e.lit).length).toBeGreaterThan(0);
    expect(edges.filter((e) => e.lit !== e.onChain)).toEqual([]);
    expect(edges.filter((e) => e.lit && e.id.includes('caching'))).toEqual([]);
    const lit = page.locator('.react-flow__edge.edge--highlighted').first();
    const dimmed = page.locator('.react-flow__edge.edge--dimmed').first();
    expect(await looks(lit)).not.toEqual(await looks(dimmed));
  });

  test('arrows are quiet until “Show all arrows” is pressed', async ({ page }) => {
    await openApp(page);
    const edges = page.locator('.react-flow__edge');
    const total = await edges.count();
    expect(total).toBeGreaterThan(50);
    await expect(page.locator('.react-flow__edge.edge--quiet')).toHaveCount(total);
    const opacity = () => edges.first().evaluate((el) => Number(getComputedStyle(el).opacity));
    expect(await opacity()).toBeLessThan(1);
    const toggle = page.getByRole('button', { name: 'Show all arrows' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.react-flow__edge.edge--quiet')).toHaveCount(0);
    expect(await opacity()).toBe(1);
    await toggle.click();
    await expect(page.locator('.react-flow__edge.edge--quiet')).toHaveCount(total);
  });
});

test.describe('progress at a glance (issue 13 §3)', () => {
  /** The node's fill, its phase colour, and its text against the fill (WCAG contrast). */
  const fill = (page: Page, name: string) =>
    node(page, name)
      .locator('.topic-node')
      .evaluate((el) => {
        const probe = document.createElement('span');
        probe.style.background = 'var(--phase-accent)';
        el.append(probe);
        const accent = getComputedStyle(probe).backgroundColor;
        probe.remove();
        const css = getComputedStyle(el);
        const luminance = (colour: string) => {
          const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).map(Number).map((v) => {
            const c = v / 255;
            return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
        };
        const [hi, lo] = [luminance(css.color), luminance(css.backgroundColor)].sort((a, b) => b - a);
        return {
          background: css.backgroundColor,
          image: css.backgroundImage,
          border: css.borderTopStyle,
          accent,
          contrast: (hi! + 0.05) / (lo! + 0.05),
        };
      });

  test('done is filled, in progress half filled, locked dashed, in light and dark', async ({
    page,
  }, testInfo) => {
    await openApp(page);
    await node(page, 'Python Foundations').click();
    await page.keyboard.press('d');
    await expect(node(page, 'Python Foundations')).toHaveAccessibleDescription(/^Done\./);
    await node(page, 'Web & HTTP Basics').click();
    await page.keyboard.press('i');
    await expect(node(page, 'Web & HTTP Basics')).toHaveAccessibleDescription(/^In progress\./);
    await page.keyboard.press('Escape');
    await pointerAway(page);
    await expect(page.locator('.topic-node[data-dimmed]')).toHaveCount(0);
    await expect(node(page, 'Caching')).toHaveAccessibleDescription(/^Locked/);

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const done = await fill(page, 'Python Foundations');
      const doing = await fill(page, 'Web & HTTP Basics');
      const locked = await fill(page, 'Caching');
      expect(done.background, scheme).toBe(done.accent);
      expect(done.background, scheme).not.toBe(locked.background);
      expect(done.contrast, `${scheme}: text on a done topic`).toBeGreaterThanOrEqual(4.5);
      expect(doing.image, scheme).toMatch(/gradient/);
      expect(`${doing.background} ${doing.image}`).not.toBe(`${done.background} ${done.image}`);
      expect(`${locked.background} ${locked.image}`).not.toBe(`${doing.background} ${doing.image}`);
      expect(locked.border, scheme).toBe('dashed');
      expect(done.border, scheme).toBe('solid');
      await settledView(page);
      await screenshot(page, testInfo, `graph-1440x900-${scheme}-progress`);
    }
  });

  test('“Ready now” lists exactly the ready topics, and a click goes to one', async ({ page }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'Ready now' }).click();
    const list = page.getByRole('region', { name: /^Ready now/ });
    await expect(list).toBeVisible();
    const readyNodes = () =>
      page
        .locator('.react-flow__node-topic')
        .filter({ has: page.locator('.topic-node[data-state="ready"]') })
        .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label')).sort());
    const listed = async () =>
      (await list.getByRole('listitem').locator('.ready-list__title').allTextContents()).sort();
    await expect(list.getByRole('listitem')).toHaveText([/^Python Foundations/, /^Web & HTTP Basics/]);
    expect(await listed()).toEqual(await readyNodes());
    await settledView(page);
    expect(await coveredNodes(page, [list, ...mapAndControls(page)])).toEqual([]);

    await list.getByRole('button', { name: /^Web & HTTP Basics/ }).click();
    const panel = page.getByRole('complementary', { name: 'Web & HTTP Basics' });
    await expect(panel.getByRole('heading', { level: 2, name: 'Web & HTTP Basics' })).toBeVisible();
    await expect(node(page, 'Web & HTTP Basics')).toHaveClass(/selected/);
    await page.keyboard.press('d');
    // Done: it leaves the list, and what it unlocks joins it.
    await expect(list.getByRole('button', { name: /^Web & HTTP Basics/ })).toBeHidden();
    await expect(list.getByRole('button', { name: /^Basic Security Concepts/ })).toBeVisible();
    expect(await listed()).toEqual(await readyNodes());
  });
});
