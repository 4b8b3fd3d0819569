import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import type { CalDavObject, CalDavProblem, CalDavWrite } from '../../../../electron/shared/caldav-contract';
import { schedulePlan } from '../../domain';
import type { Plan } from '../../domain';
import { objectName } from '../../domain/caldav-plan';
import { makeRoadmap } from '../../domain/ics-fixtures';
import { basePlan, everyDay } from '../../domain/schedule-fixtures';
import type { CalendarSyncApi } from '../../platform';
import { ActionChannel, changeCalendarSync, openPlannerDatabase, readCalendarSync } from '../../storage';
import type { PlannerDatabase } from '../../storage';
import { runCalendarSync } from './run-sync';

// The app's sync step by step, with the calendar in memory behind the same API main gives the
// window. (The desktop suite runs the same against Radicale through main.)

const CALENDAR = 'https://cal.test/u/study/';
const NOW = new Date('2026-12-01T08:00:00Z');
const roadmap = makeRoadmap([
  { id: 'a', hours: 3 },
  { id: 'b', hours: 2, prerequisites: ['a'] },
]);
const plan: Plan = basePlan({ roadmap: 'tiny', availability: everyDay(60), sessionStart: everyDay('19:00') });

function memoryApi() {
  const objects = new Map<string, CalDavObject>();
  const writes: CalDavWrite[] = [];
  let version = 0;
  const api: Pick<CalendarSyncApi, 'list' | 'write'> = {
    list: async (url: string) => ({
      ok: true as const,
      value: [...objects.values()].filter((o) => o.url.startsWith(url)),
    }),
    write: async (write: CalDavWrite) => {
      writes.push(write);
      if (write.kind === 'delete') objects.delete(write.url);
      else objects.set(write.url, { url: write.url, etag: `"${++version}"`, data: write.data });
      return { ok: true as const, value: { etag: `"${version}"` } };
    },
  };
  return { objects, writes, api };
}

const opened: PlannerDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

async function setUp() {
  const db = await openPlannerDatabase('run-sync-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  opened.push(db);
  const channel = new ActionChannel(db, (error) => {
    throw error;
  });
  await channel.run(
    changeCalendarSync('tiny', (s) => ({ ...s, calendar: { url: CALENDAR, name: 'Study' } }), 'chosen'),
  );
  return { db, channel, calendar: memoryApi() };
}

type SetUp = Awaited<ReturnType<typeof setUp>>;

/** One sync as the runner does it, with the schedule the app shows for the stored pins. */
async function sync({ db, channel, calendar }: SetUp) {
  const state = await readCalendarSync(db, 'tiny');
  const schedule = schedulePlan(roadmap, plan, { now: NOW.getTime(), pins: state.pins, busy: state.busy });
  return runCalendarSync({
    api: calendar.api,
    channel,
    roadmap,
    schedule,
    planId: 'tiny',
    timeZone: plan.timeZone,
    state,
    now: NOW,
  });
}

describe('a sync in the app', () => {
  it('writes the plan, records it off the undo stack, and writes nothing the second time', async () => {
    const setup = await setUp();
    expect(await sync(setup)).toEqual({ ok: true, replanning: false, changes: 6 });
    const state = await readCalendarSync(setup.db, 'tiny');
    expect(state.known).toHaveLength(6);
    expect(state.lastSync).toEqual({ at: NOW.toISOString(), changes: 6 });
    expect(setup.channel.getState().undoText).toBe('chosen');
    setup.calendar.writes.length = 0;
    expect(await sync(setup)).toEqual({ ok: true, replanning: false, changes: 0 });
    expect(setup.calendar.writes).toEqual([]);
  });

  it('stores a move as a pin first, then writes the plan made around it', async () => {
    const setup = await setUp();
    await sync(setup);
    const url = `${CALENDAR}${objectName('a#2@tiny.roadmap-planner')}.ics`;
    const held = setup.calendar.objects.get(url)!;
    const data = held.data
      .replace(/^DTSTART:.*$/m, 'DTSTART:20261201T060000Z')
      .replace(/^DTEND:.*$/m, 'DTEND:20261201T070000Z');
    setup.calendar.objects.set(url, { ...held, etag: '"moved"', data });

    expect(await sync(setup)).toEqual({ ok: true, replanning: true, changes: 0 });
    const pins = (await readCalendarSync(setup.db, 'tiny')).pins;
    expect(pins).toEqual([
      { id: 'a#2', topicId: 'a', start: '2026-12-01T06:00:00.000Z', end: '2026-12-01T07:00:00.000Z' },
    ]);
    // The schedule now keeps a#2 where the user put it: the moved event is not written again.
    const after = await sync(setup);
    expect(after.ok && !after.replanning).toBe(true);
    expect(setup.calendar.objects.get(url)!.data).toContain('DTSTART:20261201T060000Z');
  });

  it('asks about a session deleted in the calendar instead of writing it again', async () => {
    const setup = await setUp();
    await sync(setup);
    setup.calendar.objects.delete(`${CALENDAR}${objectName('b#1@tiny.roadmap-planner')}.ics`);
    expect(await sync(setup)).toEqual({ ok: true, replanning: false, changes: 0 });
    const state = await readCalendarSync(setup.db, 'tiny');
    expect(state.deleted.map((d) => [d.sessionId, d.topicId, d.minutes])).toEqual([['b#1', 'b', 60]]);
    expect(await sync(setup)).toEqual({ ok: true, replanning: false, changes: 0 });
  });

  it('changes nothing stored when the calendar cannot be read', async () => {
    const setup = await setUp();
    const problem: CalDavProblem = {
      kind: 'auth',
      status: 401,
      url: CALENDAR,
      message: `${CALENDAR}: check the app password`,
    };
    setup.calendar.api.list = async () => ({ ok: false, problem });
    const before = await readCalendarSync(setup.db, 'tiny');
    expect(await sync(setup)).toEqual({ ok: false, message: problem.message });
    expect(await readCalendarSync(setup.db, 'tiny')).toEqual(before);
  });
});
