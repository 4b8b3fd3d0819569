import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRadicale } from '../../tests/radicale';
import type { RadicaleServer } from '../../tests/radicale';
import { BUILTIN_ROADMAP, loadRoadmap } from './load-roadmap';
import { EVENINGS_PLAN } from './evenings-plan-fixture';
import { calendar, vevent } from '../../renderer/src/domain/busy-time-fixtures';
import { runPlannerAsync } from './run-planner';

// `sync-caldav` (issue 15 §3–§4) against a real CalDAV server: Radicale on 127.0.0.1, started
// here. Calendar changes a user would make in their calendar app are plain HTTP requests.

const NOW = '2026-12-01T08:00:00+01:00';
const tmp = mkdtempSync(path.join(os.tmpdir(), 'planner-caldav-'));
const plan = { ...EVENINGS_PLAN, planId: 'caldav-test' };
// Phase 1 only (its 2nd and 3rd phases skipped): some 70 events instead of 270, for speed;
// the interrupted sync below writes the whole plan.
const phaseOne = {
  ...plan,
  statuses: Object.fromEntries(
    loadRoadmap(BUILTIN_ROADMAP)
      .roadmap!.topics.filter((t) => t.phaseNumber > 1)
      .map((t) => [t.id, 'skipped']),
  ),
};
let count = 0;
function planFile(value: unknown): string {
  const file = path.join(tmp, `plan-${count++}.json`);
  writeFileSync(file, JSON.stringify(value));
  return file;
}

let server: RadicaleServer;
beforeAll(async () => {
  server = await startRadicale();
}, 20_000);
afterAll(async () => {
  await server?.stop();
  rmSync(tmp, { recursive: true, force: true });
});

type Counts = { created: number; updated: number; removed: number; pinned: number; busy: number };

type SyncOptions = {
  /** More options, e.g. `--busy-url`. */
  more?: string[];
  /** The environment, and the name of the variable holding the password. */
  env?: Record<string, string>;
  passwordEnv?: string;
  user?: string;
};

/** `sync-caldav` in this process, as the server's user with the right password unless told otherwise. */
async function sync(file: string, url: string, options: SyncOptions = {}) {
  const {
    more = [],
    passwordEnv = 'CALDAV_PASSWORD',
    env = { [passwordEnv]: server.password },
    user = server.user,
  } = options;
  let out = '';
  let err = '';
  const args = ['sync-caldav', '--plan', file, '--url', url, '--user', user, '--password-env', passwordEnv];
  const code = await runPlannerAsync(
    [...args, '--now', NOW, ...more, '--json'],
    { out: (t) => (out += t), err: (t) => (err += t) },
    env,
  );
  return { code, out, err, counts: code === 0 ? (JSON.parse(out) as Counts) : null };
}

const auth = () => `Basic ${Buffer.from(`${server.user}:${server.password}`).toString('base64')}`;

/** The calendar's events: href → text, read as any client would (a PROPFIND for hrefs, then GETs). */
async function events(url: string): Promise<Map<string, string>> {
  const listing = await fetch(url, { method: 'PROPFIND', headers: { Authorization: auth(), Depth: '1' } });
  const hrefs = [...(await listing.text()).matchAll(/<(?:\w+:)?href>([^<]+\.ics)<\/(?:\w+:)?href>/g)].map(
    (m) => m[1]!,
  );
  const found = new Map<string, string>();
  for (const href of hrefs) {
    const response = await fetch(new URL(href, url), { headers: { Authorization: auth() } });
    found.set(href, await response.text());
  }
  return found;
}

const put = (url: string, body: string) =>
  fetch(url, { method: 'PUT', headers: { Authorization: auth(), 'Content-Type': 'text/calendar' }, body });

const field = (text: string, name: string) => new RegExp(`^${name}[^:]*:(.*)$`, 'm').exec(text)?.[1]?.trim();
const instant = (value: string) =>
  Date.parse(value.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'));

describe('planner sync-caldav', () => {
  it('writes the plan once, then a second sync writes nothing', async () => {
    const url = await server.makeCalendar('first');
    const file = planFile(phaseOne);
    const first = await sync(file, url);
    expect(first.err).toBe('');
    expect(first.counts).toMatchObject({ updated: 0, removed: 0, pinned: 0, busy: 0 });
    expect(first.counts!.created).toBeGreaterThan(50);
    const stored = await events(url);
    expect(stored.size).toBe(first.counts!.created);
    const second = await sync(file, url);
    expect(second.counts).toEqual({ created: 0, updated: 0, removed: 0, pinned: 0, busy: 0 });
  }, 60_000);

  it('keeps a session the user moved where they put it, with nothing over it; avoids their events', async () => {
    const url = await server.makeCalendar('moved');
    const file = planFile(phaseOne);
    await sync(file, url);
    const stored = await events(url);
    const [href, text] = [...stored].find(([, t]) => t.includes('UID:web-http-basics#1@'))!;
    // The user drags it to 07:00–08:00 UTC on 3 December, as their calendar app would.
    const moved = text
      .replace(/^DTSTART:.*$/m, 'DTSTART:20261203T070000Z')
      .replace(/^DTEND:.*$/m, 'DTEND:20261203T080000Z');
    expect((await put(new URL(href, url).href, moved)).status).toBeLessThan(300);
    // And adds an event of their own over the next evening's session.
    const evening = [...stored.values()]
      .map((t) => ({ start: field(t, 'DTSTART')!, end: field(t, 'DTEND')!, uid: field(t, 'UID')! }))
      .filter((e) => e.start.startsWith('20261202T'))[0]!;
    const dinner = calendar(
      ...vevent(
        'UID:dinner@example.com',
        `DTSTART:${evening.start}`,
        `DTEND:${evening.end}`,
        'SUMMARY:Dinner with friends',
      ),
    );
    expect((await put(`${url}dinner.ics`, dinner)).status).toBeLessThan(300);

    const after = await sync(file, url);
    expect(after.err).toBe('');
    expect(after.counts).toMatchObject({ pinned: 1, busy: 1 });
    const now = await events(url);
    const mine = [...now.values()].find((t) => t.includes('UID:web-http-basics#1@'))!;
    expect(field(mine, 'DTSTART')).toBe('20261203T070000Z');
    const spans = [...now.values()]
      .filter(
        (t) =>
          !t.includes('UID:dinner@') &&
          !t.includes('UID:web-http-basics#1@') &&
          !/DTSTART;VALUE=DATE/.test(t),
      )
      .map((t) => [instant(field(t, 'DTSTART')!), instant(field(t, 'DTEND')!)] as const);
    const overlaps = (a: readonly [number, number], b: readonly [number, number]) =>
      a[0] < b[1] && b[0] < a[1];
    for (const span of spans) {
      expect(overlaps(span, [instant('20261203T070000Z'), instant('20261203T080000Z')])).toBe(false);
      expect(overlaps(span, [instant(evening.start), instant(evening.end)])).toBe(false);
    }
    expect(now.get('dinner.ics') ?? [...now].find(([h]) => h.endsWith('dinner.ics'))![1]).toContain(
      'Dinner with friends',
    );
    // Stable: the next sync writes nothing and still sees the move.
    const again = await sync(file, url);
    expect(again.counts).toEqual({ created: 0, updated: 0, removed: 0, pinned: 1, busy: 1 });
  }, 60_000);

  it('updates and deletes the right events when the plan changes', async () => {
    const url = await server.makeCalendar('changed');
    await sync(planFile(phaseOne), url);
    const before = await events(url);
    const done = planFile({ ...phaseOne, statuses: { ...phaseOne.statuses, 'python-foundations': 'done' } });
    const after = await sync(done, url);
    expect(after.counts!.removed).toBeGreaterThan(0);
    expect(after.counts!.updated).toBeGreaterThan(0);
    const now = await events(url);
    expect([...now.values()].some((t) => t.includes('UID:python-foundations#'))).toBe(false);
    expect(now.size).toBe(before.size - after.counts!.removed + after.counts!.created);
    const updated = [...now.values()].find((t) => /^SEQUENCE:1/m.test(t));
    expect(updated).toBeDefined();
  }, 60_000);

  it('reads busy time from other calendars too', async () => {
    const url = await server.makeCalendar('write-here');
    const work = await server.makeCalendar('work');
    const meeting = calendar(
      ...vevent(
        'UID:standup@example.com',
        'DTSTART:20261201T183000Z',
        'DTEND:20261201T193000Z',
        'RRULE:FREQ=DAILY;COUNT=3',
        'SUMMARY:Evening call',
      ),
    );
    await put(`${work}call.ics`, meeting);
    const result = await sync(planFile(phaseOne), url, { more: ['--busy-url', work] });
    expect(result.counts!.busy).toBe(3);
    const texts = [...(await events(url)).values()];
    expect(texts.some((t) => field(t, 'DTSTART') === '20261201T183000Z')).toBe(false);
  }, 60_000);

  it('refuses a wrong password in one line naming the calendar', async () => {
    const url = await server.makeCalendar('locked');
    const { code, err } = await sync(planFile(phaseOne), url, { env: { CALDAV_PASSWORD: 'wrong' } });
    expect(code).toBe(1);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toContain(url);
    expect(err).toMatch(/password/);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('refuses a missing calendar and a missing password variable, one line each', async () => {
    const missing = await sync(planFile(phaseOne), `${server.origin}/${server.user}/nothing-here/`);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('/nothing-here/');
    expect(missing.err.trim().split('\n')).toHaveLength(1);
    const { code, err } = await sync(planFile(phaseOne), server.origin, {
      user: 'u',
      passwordEnv: 'NOPE',
      env: {},
    });
    expect(code).toBe(1);
    expect(err).toBe('--password-env: the environment variable NOPE is not set\n');
  });

  it('finishes a sync the server interrupted, without duplicates', async () => {
    const url = await server.makeCalendar('interrupted');
    const file = planFile(plan);
    // The server stops while the sync writes: the sync ends with one line, some events written.
    const { port, password, storage } = server;
    const running = sync(file, url);
    await new Promise((resolve) => setTimeout(resolve, 150));
    await server.stop({ keepStorage: true });
    const cut = await running;
    expect(cut.code).toBe(1);
    expect(cut.err.trim().split('\n')).toHaveLength(1);
    expect(cut.err).toContain('127.0.0.1');
    server = await startRadicale({ port, password, storage });
    const partial = (await events(url)).size;
    const resumed = await sync(file, url);
    expect(resumed.err).toBe('');
    const all = await events(url);
    const uids = [...all.values()].map((t) => field(t, 'UID'));
    expect(new Set(uids).size).toBe(uids.length);
    expect(all.size).toBe(partial + resumed.counts!.created);
    const full = await sync(file, url);
    expect(full.counts).toMatchObject({ created: 0, updated: 0, removed: 0 });
  }, 60_000);
});
