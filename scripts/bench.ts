/**
 * `npm run bench`: prints `<name> <value> <unit>` lines. Layout and parsing are timed in
 * Node; start-up and panning in Chromium against the web build (Debian's Chromium where
 * installed), which renders in software on our 2-core machines.
 */
import { chromium } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import {
  buildIcs,
  buildRoadmap,
  icsPlanSessionIds,
  layoutRoadmap,
  parsePlan,
  schedulePlan,
} from '../renderer/src/domain';
import type { Plan, Roadmap } from '../renderer/src/domain';
import { expandBusy } from '../renderer/src/domain/busy-time';
import { syntheticRoadmap } from '../renderer/src/domain/synthetic-roadmap';
import { chromiumLaunchOptions, ensureChromium } from '../tests/chromium';
import {
  APP_DIR,
  BARE_DIR,
  buildApp,
  buildBarePage,
  serveBenchPages,
  startupJsGzipKiB,
} from './bench-startup';
import { exitWithError, resolvePort, UserFacingError } from './process-helpers';
import { BUILTIN_ROADMAP, loadRoadmap } from './cli/load-roadmap';

/** `npm run bench -- --startup`: only the start-up figures (a quicker check while trimming). */
const STARTUP_ONLY = process.argv.includes('--startup');

type Figure = { name: string; value: number; unit: string; goal?: string };

function report(figure: Figure): void {
  const shown = Number.isInteger(figure.value) ? figure.value : Number(figure.value.toFixed(1));
  console.log(`${figure.name} ${shown} ${figure.unit}${figure.goal ? ` (goal ${figure.goal})` : ''}`);
}

const median = (values: number[]) => quantile(values, 0.5);
function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index]!;
}

function timeIt(runs: number, work: () => void): number {
  work(); // warm-up: the first run pays for JIT compilation
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** A plan with `weekday` minutes Monday to Friday and `weekend` minutes on Saturday and Sunday. */
function benchPlan(roadmap: string, weekday: number, weekend: number): Plan {
  const result = parsePlan({
    roadmap,
    startDate: '2026-12-01',
    timeZone: 'Europe/Berlin',
    availability: {
      mon: weekday,
      tue: weekday,
      wed: weekday,
      thu: weekday,
      fri: weekday,
      sat: weekend,
      sun: weekend,
    },
    sessionStart: {
      mon: '08:00',
      tue: '08:00',
      wed: '08:00',
      thu: '08:00',
      fri: '08:00',
      sat: '09:00',
      sun: '09:00',
    },
    maxSessionMinutes: 120,
    minSessionMinutes: 30,
    blackoutDates: [],
    phaseTargets: {},
    statuses: {},
  });
  if (!result.ok) throw new Error(result.message);
  return result.plan;
}

function fastapiRoadmap(): Roadmap {
  const fastapi = loadRoadmap(BUILTIN_ROADMAP);
  if (!fastapi.roadmap) throw new Error('the built-in roadmap does not build');
  return fastapi.roadmap;
}

function domainFigures(): void {
  const big = syntheticRoadmap(1000);
  const bigSource = {
    markdown: { file: 'synthetic.md', text: big.markdown },
    sidecar: { file: 'synthetic.json', text: big.sidecar },
  };
  let bigRoadmap: Roadmap | null = null;
  report({
    name: 'parse_1000_ms',
    value: timeIt(3, () => {
      bigRoadmap = buildRoadmap(bigSource).roadmap;
    }),
    unit: 'ms',
  });
  if (!bigRoadmap) throw new Error('the synthetic roadmap does not build');
  const roadmap1000: Roadmap = bigRoadmap;
  const fastapi = fastapiRoadmap();
  report({ name: 'layout_fastapi_ms', value: timeIt(20, () => layoutRoadmap(fastapi)), unit: 'ms' });
  report({
    name: 'schedule_fastapi_ms',
    value: timeIt(20, () => schedulePlan(fastapi, benchPlan('fastapi', 60, 180), { today: '2026-11-24' })),
    unit: 'ms',
  });
  // About 4,500 h of work at about 43 h a week: two years.
  report({
    name: 'schedule_1000_ms',
    value: timeIt(5, () =>
      schedulePlan(roadmap1000, benchPlan('synthetic-1000', 360, 360), { today: '2026-11-24' }),
    ),
    unit: 'ms',
  });
  report({ name: 'layout_1000_ms', value: timeIt(5, () => layoutRoadmap(roadmap1000)), unit: 'ms' });
  const longPlan = schedulePlan(roadmap1000, benchPlan('synthetic-1000', 360, 360), { today: '2026-11-24' });
  const sessions2000 = longPlan.sessions.slice(0, 2000);
  if (sessions2000.length < 2000) throw new Error(`only ${sessions2000.length} sessions to export`);
  report({
    name: 'ics_2000_ms',
    value: timeIt(5, () =>
      buildIcs({
        roadmap: roadmap1000,
        planId: 'synthetic-1000',
        calendarName: 'Synthetic study plan',
        sessions: sessions2000,
        planSessionIds: icsPlanSessionIds(longPlan),
        milestones: longPlan.milestones,
        reminderMinutes: 10,
        history: null,
        now: new Date('2026-11-24T12:00:00Z'),
      }),
    ),
    unit: 'ms',
  });
  const busyIcs = busyCalendar1y();
  const busyWindow = { from: '2026-12-01T00:00:00Z', to: '2027-12-01T00:00:00Z', timeZone: 'Europe/Berlin' };
  const busyOptions = { ...busyWindow, fileName: 'bench.ics' };
  const busy = expandBusy(busyIcs, busyOptions);
  if (!busy.ok) throw new Error(busy.message);
  if (busy.intervals.length < 2400) throw new Error(`only ${busy.intervals.length} busy intervals`);
  report({
    name: 'busy_expand_1y_ms',
    value: timeIt(10, () => expandBusy(busyIcs, busyOptions)),
    unit: 'ms',
    goal: '< 50',
  });
}

/**
 * A busy calendar: 50 open-ended weekly series in Europe/Berlin from 1 Dec 2026 (the form
 * calendars export a standing meeting in), each with two deleted occurrences (EXDATE) and one
 * moved (RECURRENCE-ID), expanded over a year: about 2,500 busy intervals.
 */
function busyCalendar1y(): string {
  const zone = [
    'BEGIN:VTIMEZONE',
    'TZID:Europe/Berlin',
    'BEGIN:DAYLIGHT',
    'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0200',
    'DTSTART:19700329T020000',
    'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
    'END:DAYLIGHT',
    'BEGIN:STANDARD',
    'TZOFFSETFROM:+0200',
    'TZOFFSETTO:+0100',
    'DTSTART:19701025T030000',
    'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//bench//EN', ...zone];
  const weekdays = ['TU', 'WE', 'TH', 'FR', 'SA'];
  for (let i = 0; i < 50; i++) {
    // Week `w` of the series, `shift` days later: 1 Dec 2026 is a Tuesday.
    const date = (w: number, shift = 0) =>
      new Date(Date.UTC(2026, 11, 1 + (i % 5) + 7 * w + shift)).toISOString();
    const at = (w: number, hour: number, shift = 0) =>
      `TZID=Europe/Berlin:${date(w, shift).slice(0, 10).replaceAll('-', '')}T${String(hour).padStart(2, '0')}3000`;
    const hour = 8 + (i % 10);
    const head = [
      'BEGIN:VEVENT',
      `UID:series-${i}@bench.example`,
      'DTSTAMP:20261101T000000Z',
      `SUMMARY:Series ${i}`,
    ];
    lines.push(...head, `DTSTART;${at(0, hour)}`, `DTEND;${at(0, hour + 1)}`);
    lines.push(
      `RRULE:FREQ=WEEKLY;BYDAY=${weekdays[i % 5]}`,
      `EXDATE;${at(5, hour)}`,
      `EXDATE;${at(20, hour)}`,
    );
    lines.push('END:VEVENT', ...head, `RECURRENCE-ID;${at(10, hour)}`, `DTSTART;${at(10, hour + 2, 1)}`);
    lines.push(`DTEND;${at(10, hour + 3, 1)}`, 'END:VEVENT');
  }
  return `${[...lines, 'END:VCALENDAR'].join('\r\n')}\r\n`;
}

/**
 * Records, in the page, when the graph is first painted at its fitted view with at least
 * `nodes` nodes (topics and sections) on screen.
 */
const paintProbe = (nodes: number) => `
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

async function startupMs(
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
const PAINTED = '(window.__graphPainted ?? 0) > 0';

/** Drags the canvas for `seconds` and returns every frame's duration seen meanwhile. */
async function panFrames(page: Page, seconds: number): Promise<number[]> {
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
async function markDonePaintMs(browser: Browser, url: string): Promise<number> {
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
async function bulkMarkMs(browser: Browser, url: string): Promise<{ ms: number; topics: number }> {
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

/**
 * Start-up of the FastAPI graph and of the bare page, alternating run by run so that both
 * meet the same machine load; the ratio is what our own code costs.
 */
async function startupFigures(browser: Browser, appUrl: string, bareUrl: string): Promise<void> {
  // One uncounted run of each first: the browser's own first-navigation costs are not the app's.
  await startupMs(browser, appUrl, 56 + 17, 56);
  await startupMs(browser, bareUrl, 56, 56);
  const ours: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < 7; i++) {
    // FastAPI: 56 topics in 17 sections; the bare page: the same 56 topics, nothing else.
    ours.push(await startupMs(browser, appUrl, 56 + 17, 56));
    bare.push(await startupMs(browser, bareUrl, 56, 56));
  }
  report({ name: 'startup_fastapi_ms', value: median(ours), unit: 'ms' });
  report({ name: 'startup_bare_fastapi_ms', value: median(bare), unit: 'ms' });
  report({ name: 'startup_ratio_fastapi', value: median(ours) / median(bare), unit: 'x', goal: '<= 1.3' });
  report({ name: 'startup_js_gzip_kib', value: startupJsGzipKiB(APP_DIR), unit: 'KiB', goal: '<= 200' });
  report({ name: 'startup_bare_js_gzip_kib', value: startupJsGzipKiB(BARE_DIR), unit: 'KiB' });
}

async function browserFigures(): Promise<void> {
  const found = ensureChromium();
  if (!found.ok) throw new UserFacingError(found.message);
  await buildApp();
  await buildBarePage(fastapiRoadmap());
  const server = await serveBenchPages(resolvePort(process.env['BENCH_PORT'], 4175));
  const appUrl = server.url(APP_DIR);
  const browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
  try {
    await startupFigures(browser, appUrl, server.url(BARE_DIR));
    if (STARTUP_ONLY) return;

    const big: number[] = [];
    for (let i = 0; i < 3; i++) big.push(await startupMs(browser, `${appUrl}?synthetic=1000`, 100, null));
    report({ name: 'startup_1000_ms', value: median(big), unit: 'ms' });

    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    await page.addInitScript(paintProbe(100));
    await page.goto(`${appUrl}?synthetic=1000`);
    await page.waitForFunction(PAINTED, null, { timeout: 60_000 });
    await page.waitForTimeout(300);
    const frames = await panFrames(page, 3);
    report({ name: 'pan_p95_1000_ms', value: quantile(frames, 0.95), unit: 'ms' });
    report({
      name: 'pan_over25_1000_pct',
      value: (100 * frames.filter((f) => f > 25).length) / Math.max(frames.length, 1),
      unit: '%',
    });
    report({ name: 'pan_frames_1000', value: frames.length, unit: 'frames' });
    await context.close();

    report({ name: 'mark_done_paint_ms', value: await markDonePaintMs(browser, appUrl), unit: 'ms' });
    const bulk = await bulkMarkMs(browser, appUrl);
    report({ name: 'bulk_mark_1000_ms', value: bulk.ms, unit: 'ms' });
    report({ name: 'bulk_mark_1000_topics', value: bulk.topics, unit: 'topics' });
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main(): Promise<void> {
  if (!STARTUP_ONLY) domainFigures();
  await browserFigures();
}

main().then(
  () => process.exit(0),
  (error: unknown) => exitWithError('bench failed', error),
);
