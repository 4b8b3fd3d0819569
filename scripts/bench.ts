/**
 * `npm run bench`: prints `<name> <value> <unit>` lines. Layout and parsing are timed in
 * Node; start-up and panning in Chromium against the web build (Debian's Chromium where
 * installed), which renders in software on our 2-core machines.
 */
import { chromium } from '@playwright/test';
import type { Browser } from '@playwright/test';
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
import { bulkMarkMs, markDonePaintMs, PAINTED, paintProbe, panFrames, startupMs } from './bench-page';
import { median, quantile, report, timeIt } from './bench-report';
import { markdownFigures } from './bench-markdown';
import { replanFigures } from './bench-replan';
import { reviewFigures } from './bench-review';
import { exitWithError, resolvePort, UserFacingError } from './process-helpers';
import { BUILTIN_ROADMAP, loadRoadmap } from './cli/load-roadmap';

/** `npm run bench -- --startup`: only the start-up figures (a quicker check while trimming). */
const STARTUP_ONLY = process.argv.includes('--startup');
/** `npm run bench -- --domain`: only the figures timed in Node (no build, no browser, no port). */
const DOMAIN_ONLY = process.argv.includes('--domain');

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
  markdownFigures();
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
  replanFigures(fastapi, roadmap1000, benchPlan('synthetic-1000', 360, 360));
  reviewFigures(roadmap1000, benchPlan('synthetic-1000', 360, 360));
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
  // The command line's --busy window when a plan runs past a year: the scheduler's horizon.
  const fiveYears = { ...busyOptions, to: '2031-12-01T00:00:00Z' };
  report({ name: 'busy_expand_5y_ms', value: timeIt(3, () => expandBusy(busyIcs, fiveYears)), unit: 'ms' });
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
    await (await import('./bench-picture')).pictureFigures(browser, appUrl);
    await (await import('./bench-graph')).graphFigures(browser, appUrl);
    await (await import('./bench-import')).importFigures(browser, appUrl);
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main(): Promise<void> {
  if (!STARTUP_ONLY) domainFigures();
  // A local Radicale on a free port: a server, so not with --domain.
  if (!STARTUP_ONLY && !DOMAIN_ONLY) await (await import('./bench-caldav')).calDavFigures();
  if (!DOMAIN_ONLY) await browserFigures();
}

main().then(
  () => process.exit(0),
  (error: unknown) => exitWithError('bench failed', error),
);
