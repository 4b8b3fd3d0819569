import { describe, expect, it } from 'vitest';
import { objectName } from './caldav-plan';
import { calendar as icsCalendar, vevent } from './busy-time-fixtures';
import { syncCalendar } from './caldav-sync';
import type { SyncReading, SyncRequest } from './caldav-sync';
import type { CalendarObject, CalendarTransport, CalendarWrite } from './caldav-types';
import { planCalendarEvents } from './ics';
import { makeRoadmap } from './ics-fixtures';
import type { Plan } from './plan';
import { schedulePlan } from './schedule';
import { basePlan, everyDay } from './schedule-fixtures';

// The sync's logic with a calendar held in memory; the same flows against a real CalDAV
// server (Radicale) are in scripts/cli/sync-caldav-command.test.ts.

const CALENDAR = 'http://cal.test/u/study/';
const NOW = new Date('2026-12-01T08:00:00Z');

/** A calendar in memory that keeps ETags as a server does, and records every write. */
function memoryCalendar() {
  const objects = new Map<string, { etag: string; data: string }>();
  const writes: CalendarWrite[] = [];
  let version = 0;
  let conflictOnce = false;
  const transport: CalendarTransport = {
    list: async (url) => {
      const found: CalendarObject[] = [...objects]
        .filter(([href]) => href.startsWith(url))
        .map(([href, o]) => ({ url: href, etag: o.etag, data: o.data }));
      return { ok: true, value: found };
    },
    write: async (write) => {
      writes.push(write);
      const held = objects.get(write.url);
      const conflict = (status: number) =>
        ({ ok: false, problem: { kind: 'conflict', status, url: write.url, message: 'changed' } }) as const;
      if (write.kind === 'create' && held) return conflict(412);
      if (write.kind !== 'create' && held && write.etag !== held.etag) return conflict(412);
      if (write.kind !== 'create' && conflictOnce) {
        conflictOnce = false;
        return conflict(412);
      }
      if (write.kind === 'delete') {
        objects.delete(write.url);
        return { ok: true, value: { etag: null } };
      }
      const etag = `"${++version}"`;
      objects.set(write.url, { etag, data: write.data });
      return { ok: true, value: { etag } };
    },
  };
  return { objects, writes, transport, conflictNext: () => (conflictOnce = true) };
}

const roadmap = makeRoadmap([
  { id: 'a', hours: 3 },
  { id: 'b', hours: 2, prerequisites: ['a'] },
]);
const plan: Plan = basePlan({
  roadmap: 'tiny',
  startDate: '2026-12-01',
  availability: everyDay(60),
  sessionStart: everyDay('19:00'),
});

/** The command line's way: schedule around what the calendar said, then the export's events. */
function request(
  calendar: ReturnType<typeof memoryCalendar>,
  over: { plan?: Plan; known?: ReadonlySet<string> } = {},
): SyncRequest {
  return {
    transport: calendar.transport,
    calendarUrl: CALENDAR,
    busyUrls: [],
    planId: 'tiny',
    timeZone: plan.timeZone,
    now: NOW,
    ...(over.known ? { known: over.known } : {}),
    desired: (reading: SyncReading) => {
      const { pins, busy } = reading;
      const schedule = schedulePlan(roadmap, over.plan ?? plan, { now: NOW.getTime(), pins, busy });
      return planCalendarEvents({ roadmap, schedule, planId: 'tiny', reminderMinutes: 10 });
    },
  };
}

/** Moves an object's event in the calendar, as a calendar app would (new times, same UID). */
function move(calendar: ReturnType<typeof memoryCalendar>, url: string, from: string, to: string) {
  const held = calendar.objects.get(url)!;
  const data = held.data
    .replace(/DTSTART:(\d{8}T\d{6}Z)/, `DTSTART:${from}`)
    .replace(/DTEND:(\d{8}T\d{6}Z)/, `DTEND:${to}`);
  calendar.objects.set(url, { etag: `"moved-${held.etag}"`, data });
}

describe('calendar sync', () => {
  it('creates every event once, and a second sync writes nothing', async () => {
    const calendar = memoryCalendar();
    const first = await syncCalendar(request(calendar));
    expect(first.ok && first.value).toMatchObject({
      created: 6, // five sessions and "Phase 1 ends"
      updated: 0,
      removed: 0,
      pinned: 0,
      wrote: true,
    });
    expect(calendar.objects.size).toBe(6);
    const url = `${CALENDAR}${objectName('a#1@tiny.roadmap-planner')}.ics`;
    expect(url).toBe(`${CALENDAR}a_231_40tiny.roadmap-planner.ics`);
    const data = calendar.objects.get(url)!.data;
    expect(data).toContain('UID:a#1@tiny.roadmap-planner');
    expect(data).toContain('X-ROADMAP-PLANNER-START:2026-12-01T18:00:00.000Z');
    expect(data).not.toContain('METHOD:');
    calendar.writes.length = 0;
    const second = await syncCalendar(request(calendar));
    expect(second.ok && second.value).toMatchObject({ created: 0, updated: 0, removed: 0 });
    expect(calendar.writes).toEqual([]);
  });

  it('keeps a moved session where the user put it, and plans around it without writing it again', async () => {
    const calendar = memoryCalendar();
    await syncCalendar(request(calendar));
    const url = `${CALENDAR}${objectName('a#2@tiny.roadmap-planner')}.ics`;
    move(calendar, url, '20261201T060000Z', '20261201T070000Z');
    const after = await syncCalendar(request(calendar));
    expect(after.ok && after.value.pinned).toBe(1);
    expect(after.ok && after.value.reading.pins).toEqual([
      { id: 'a#2', topicId: 'a', start: '2026-12-01T06:00:00.000Z', end: '2026-12-01T07:00:00.000Z' },
    ]);
    expect(calendar.objects.get(url)!.data).toContain('DTSTART:20261201T060000Z');
    // Nothing else sits on the moved hour; the next sync writes nothing.
    calendar.writes.length = 0;
    const again = await syncCalendar(request(calendar));
    expect(again.ok && again.value).toMatchObject({ created: 0, updated: 0, removed: 0, pinned: 1 });
  });

  it('updates changed events with a higher SEQUENCE and deletes sessions no longer planned', async () => {
    const calendar = memoryCalendar();
    await syncCalendar(request(calendar));
    const shorter = { ...plan, statuses: { b: 'done' as const } };
    const next = await syncCalendar(request(calendar, { plan: shorter }));
    expect(next.ok && next.value.removed).toBe(2);
    expect(next.ok && next.value.created).toBe(0);
    expect([...calendar.objects.keys()].some((u) => u.includes('b_23'))).toBe(false);
    const milestone = [...calendar.objects.values()].find((o) => o.data.includes('phase-1-end'))!;
    expect(milestone.data).toContain('SEQUENCE:1');
  });

  it('does not write again a session the user deleted after a sync: it asks', async () => {
    const calendar = memoryCalendar();
    const first = await syncCalendar(request(calendar));
    const known = new Set(first.ok ? first.value.known : []);
    calendar.objects.delete(`${CALENDAR}${objectName('b#1@tiny.roadmap-planner')}.ics`);
    const next = await syncCalendar(request(calendar, { known }));
    expect(next.ok && next.value.created).toBe(0);
    expect(next.ok && next.value.deletedByUser.map((e) => e.uid)).toEqual(['b#1@tiny.roadmap-planner']);
    // Deleted once it is past: history, neither asked about nor written again.
    const later = new Date('2027-02-01T08:00:00Z');
    const past = await syncCalendar({ ...request(calendar, { known }), now: later });
    expect(past.ok && past.value.deletedByUser).toEqual([]);
    expect(past.ok && past.value.created).toBe(0);
    expect(past.ok && past.value.known).toContain('b#1@tiny.roadmap-planner');
  });

  it('reads again and retries once when an event changed meanwhile', async () => {
    const calendar = memoryCalendar();
    await syncCalendar(request(calendar));
    calendar.conflictNext();
    const shorter = { ...plan, statuses: { b: 'done' as const } };
    const next = await syncCalendar(request(calendar, { plan: shorter }));
    expect(next.ok).toBe(true);
    expect([...calendar.objects.keys()].some((u) => u.includes('b_23'))).toBe(false);
  });

  it('reads other events as busy time and plans no session over them', async () => {
    const calendar = memoryCalendar();
    const foreign = icsCalendar(
      ...vevent(
        'UID:dinner@example.com',
        'DTSTART:20261201T180000Z',
        'DTEND:20261201T190000Z',
        'SUMMARY:Dinner',
      ),
    );
    calendar.objects.set(`${CALENDAR}dinner.ics`, { etag: '"d"', data: foreign });
    const first = await syncCalendar(request(calendar));
    expect(first.ok && first.value.busy).toBe(1);
    const session = calendar.objects.get(`${CALENDAR}${objectName('a#1@tiny.roadmap-planner')}.ics`)!.data;
    expect(session).toContain('DTSTART:20261202T180000Z'); // the evening of the 1st is taken
    expect(calendar.objects.get(`${CALENDAR}dinner.ics`)!.data).toBe(foreign);
  });
});

describe('busy time read by a sync', () => {
  it('reads the same within a day, even for an event that began before the window', async () => {
    const calendar = memoryCalendar();
    const long = icsCalendar(
      ...vevent(
        'UID:trip@example.com',
        'DTSTART;VALUE=DATE:20261120',
        'DTEND;VALUE=DATE:20261205',
        'SUMMARY:Trip',
      ),
    );
    calendar.objects.set(`${CALENDAR}trip.ics`, { etag: '"t"', data: long });
    const busyAt = async (iso: string) => {
      const result = await syncCalendar({ ...request(calendar), now: new Date(iso), desired: () => null });
      return result.ok ? result.value.reading.busy : null;
    };
    const morning = await busyAt('2026-12-01T08:00:00Z');
    expect(morning).toHaveLength(1);
    expect(await busyAt('2026-12-01T08:03:17Z')).toEqual(morning);
  });
});

describe('a server that drops X- properties', () => {
  it('still writes nothing when nothing changed, judging by what the calendar shows', async () => {
    const calendar = memoryCalendar();
    await syncCalendar(request(calendar));
    for (const [url, held] of calendar.objects) {
      calendar.objects.set(url, {
        ...held,
        data: held.data.replace(/^X-ROADMAP-PLANNER-[^\r\n]*\r\n/gm, ''),
      });
    }
    calendar.writes.length = 0;
    const again = await syncCalendar(request(calendar));
    expect(again.ok && again.value).toMatchObject({ created: 0, updated: 0, removed: 0, pinned: 0 });
    expect(calendar.writes).toEqual([]);
  });
});

describe('a move given back to the planner (Unpin)', () => {
  it('is no longer a move once synced, even where the plan keeps it', async () => {
    const calendar = memoryCalendar();
    await syncCalendar(request(calendar));
    // a#3 moved from its evening to a later free evening (the plan had nothing there).
    const url = `${CALENDAR}${objectName('a#3@tiny.roadmap-planner')}.ics`;
    move(calendar, url, '20261206T180000Z', '20261206T190000Z');
    const pinned = await syncCalendar(request(calendar));
    const pins = pinned.ok ? pinned.value.reading.pins : [];
    expect(pins.map((p) => p.id)).toEqual(['a#3']);
    // The plan in force has a#3 there; unpinned, the planner keeps it where the rules allow.
    const inForce = schedulePlan(roadmap, plan, { now: NOW.getTime(), pins }).sessions;
    const released = await syncCalendar({
      ...request(calendar),
      released: new Set(['a#3@tiny.roadmap-planner']),
      desired: () => {
        const schedule = schedulePlan(roadmap, plan, { now: NOW.getTime(), previous: inForce });
        return planCalendarEvents({ roadmap, schedule, planId: 'tiny', reminderMinutes: 10 });
      },
    });
    expect(released.ok && released.value.updated).toBe(1);
    const data = calendar.objects.get(url)!.data;
    expect(data).toContain('DTSTART:20261206T180000Z');
    expect(data).toContain('X-ROADMAP-PLANNER-START:2026-12-06T18:00:00.000Z');
    const after = await syncCalendar(request(calendar));
    expect(after.ok && after.value.pinned).toBe(0);
  });
});

describe('review days in the synced calendar', () => {
  // a finished (rated Good) on 30 Nov: its reviews come on 3 Dec, 17 Dec, …; b is studied meanwhile.
  const finished = { ...plan, statuses: { a: 'done' as const } };
  const log = [{ topicId: 'a', at: '2026-11-30T20:00:00+01:00', rating: 'good' as const }];
  const settings = { retention: 0.9, minutesPerTopic: 15 };
  const reviewing = (calendar: ReturnType<typeof memoryCalendar>, over: Partial<SyncRequest> = {}) => ({
    ...request(calendar),
    desired: ({ pins, busy }: SyncReading) => {
      const schedule = schedulePlan(roadmap, finished, {
        now: NOW.getTime(),
        pins,
        busy,
        review: { log, settings },
      });
      return planCalendarEvents({ roadmap, schedule, planId: 'tiny', reminderMinutes: 10 });
    },
    ...over,
  });
  const reviewUrl = `${CALENDAR}${objectName('review#2026-12-03@tiny.roadmap-planner')}.ics`;

  it('creates one event per review day, then writes nothing while nothing changes', async () => {
    const calendar = memoryCalendar();
    const first = await syncCalendar(reviewing(calendar));
    expect(first.ok && first.value.created).toBeGreaterThan(3);
    const data = calendar.objects.get(reviewUrl)!.data;
    expect(data).toContain('UID:review#2026-12-03@tiny.roadmap-planner');
    expect(data).toContain('SUMMARY:Tiny · Review · 1 topic · 15 min');
    expect(data).toContain('DTSTART:20261203T180000Z');
    calendar.writes.length = 0;
    const again = await syncCalendar(reviewing(calendar));
    expect(again.ok && again.value).toMatchObject({ created: 0, updated: 0, removed: 0, pinned: 0 });
    expect(calendar.writes).toEqual([]);
  });

  it('updates a day that changes and deletes the days no longer planned', async () => {
    const calendar = memoryCalendar();
    await syncCalendar(reviewing(calendar));
    // Reviews now take 20 minutes a topic: every review day changes.
    const longer = { retention: 0.9, minutesPerTopic: 20 };
    const next = await syncCalendar(
      reviewing(calendar, {
        desired: ({ pins, busy }) => {
          const review = { log, settings: longer };
          const schedule = schedulePlan(roadmap, finished, { now: NOW.getTime(), pins, busy, review });
          return planCalendarEvents({ roadmap, schedule, planId: 'tiny', reminderMinutes: 10 });
        },
      }),
    );
    expect(next.ok && next.value.updated).toBeGreaterThan(0);
    const data = calendar.objects.get(reviewUrl)!.data;
    expect(data).toContain('SUMMARY:Tiny · Review · 1 topic · 20 min');
    expect(data).toContain('SEQUENCE:1');
    // Without review settings, every upcoming review day goes.
    const none = await syncCalendar(request(calendar, { plan: finished }));
    expect(none.ok && none.value.removed).toBeGreaterThan(0);
    expect([...calendar.objects.keys()].some((url) => url.includes('review'))).toBe(false);
  });

  it('puts back a review day the user moved: no pin, nothing else moves', async () => {
    const calendar = memoryCalendar();
    const first = await syncCalendar(reviewing(calendar));
    const before = new Map([...calendar.objects].map(([url, o]) => [url, o.data]));
    move(calendar, reviewUrl, '20261203T060000Z', '20261203T061500Z');
    calendar.writes.length = 0;
    const after = await syncCalendar(reviewing(calendar));
    expect(after.ok && after.value).toMatchObject({ pinned: 0, created: 0, removed: 0, updated: 1 });
    expect(after.ok && after.value.reading.pins).toEqual([]);
    expect(calendar.writes.map((w) => w.url)).toEqual([reviewUrl]);
    const data = calendar.objects.get(reviewUrl)!.data;
    expect(data).toContain('DTSTART:20261203T180000Z');
    expect(data).toContain('SEQUENCE:1');
    for (const [url, was] of before) if (url !== reviewUrl) expect(calendar.objects.get(url)!.data).toBe(was);
    expect(first.ok).toBe(true);
  });

  it('leaves a review day the user deleted deleted, without asking about it', async () => {
    const calendar = memoryCalendar();
    const first = await syncCalendar(reviewing(calendar));
    const known = new Set(first.ok ? first.value.known : []);
    calendar.objects.delete(reviewUrl);
    const next = await syncCalendar(reviewing(calendar, { known }));
    expect(next.ok && next.value).toMatchObject({ created: 0, deletedByUser: [] });
    expect(next.ok && next.value.known).toContain('review#2026-12-03@tiny.roadmap-planner');
    expect(calendar.objects.has(reviewUrl)).toBe(false);
  });
});
