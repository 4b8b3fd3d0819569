// @vitest-environment jsdom
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CalendarFileResult, OpenFileResult } from '../../../../electron/shared/ipc-contract';
import type { Platform } from '../../platform';
import { ActionChannel, ActionChannelContext, openPlannerDatabase, readBusyCalendars } from '../../storage';
import type { PlannerDatabase } from '../../storage';
import { BusyCalendars } from './BusyCalendars';
import { useBusyCalendars } from './useBusyCalendars';
import type { BusyCalendars as BusyCalendarsResult } from './useBusyCalendars';

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

// The platform as the tests set it: a browser's file picker, or the desktop bridge.
const fake = vi.hoisted(() => ({
  platform: {
    kind: 'web' as 'web' | 'desktop',
    openFile: (): Promise<OpenFileResult | null> => Promise.resolve(null),
    calendarFiles: null as Platform['calendarFiles'],
  },
}));
vi.mock('../../platform', () => ({ platform: fake.platform }));

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** A weekly one-hour meeting that began a week ago, two hours after the current hour. */
function weekly(uid = 'standup@example.com', name = 'Stand-up'): string {
  const hour = Math.floor(Date.now() / HOUR) * HOUR;
  const start = new Date(hour - 7 * DAY + 2 * HOUR);
  const stamp = (d: Date) =>
    d
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '');
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//test//EN',
    'BEGIN:VEVENT',
    `UID:${uid}`,
    'DTSTAMP:20260101T000000Z',
    `DTSTART:${stamp(start)}`,
    `DTEND:${stamp(new Date(start.getTime() + HOUR))}`,
    'RRULE:FREQ=WEEKLY',
    `SUMMARY:${name}`,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

let container: HTMLDivElement;
let root: Root;
let db: PlannerDatabase;
let channel: ActionChannel;
let errors: unknown[];
const globalIndexedDb = Dexie.dependencies.indexedDB;

beforeEach(async () => {
  // useLiveQuery never runs while Dexie's global dependencies have no indexedDB (its guard
  // for server rendering), and Node has none.
  Dexie.dependencies.indexedDB = new IDBFactory();
  db = await openPlannerDatabase('busy-view', { indexedDB: new IDBFactory(), IDBKeyRange });
  errors = [];
  channel = new ActionChannel(db, (error) => errors.push(error));
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  fake.platform.kind = 'web';
  fake.platform.calendarFiles = null;
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  db.close();
  Dexie.dependencies.indexedDB = globalIndexedDb;
  vi.restoreAllMocks();
});

function show(timeZone = 'Europe/Berlin') {
  act(() =>
    root.render(
      <ActionChannelContext.Provider value={channel}>
        <BusyCalendars roadmapId="fastapi" timeZone={timeZone} />
      </ActionChannelContext.Provider>,
    ),
  );
}

async function until(check: () => void | Promise<void>, timeout = 5000): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > end) throw error;
      await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    }
  }
}

const button = (name: string) => {
  const found = [...container.querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent) === name,
  );
  if (!found) throw new Error(`no button ${name}`);
  return found;
};
const click = (name: string) => act(() => button(name).click());
const items = () => [...container.querySelectorAll('li')].map((li) => li.textContent);
const alertText = () => container.querySelector('[role="alert"]')?.textContent ?? null;

function pickInBrowser(name: string, text: string | null, size = text?.length ?? 0) {
  fake.platform.openFile = () => Promise.resolve({ name, size, text });
}

describe('BusyCalendars on the web', () => {
  it('adds a calendar file, lists it with its busy events, removes it, and Undo brings it back', async () => {
    show();
    await until(() => expect(container.textContent).toContain('No busy calendars yet.'));
    pickInBrowser('work.ics', weekly());
    click('Add calendar file…');
    await until(() => expect(items()).toEqual(['work.ics4 busy events in the next 4 weeksRemove']));
    const [row] = await readBusyCalendars(db, 'fastapi');
    expect(row).toMatchObject({ name: 'work.ics', text: weekly() });
    expect(row).not.toHaveProperty('path');

    click('Remove work.ics');
    await until(() => expect(items()).toEqual([]));
    await act(() => channel.undo());
    await until(() => expect(items()).toEqual(['work.ics4 busy events in the next 4 weeksRemove']));
    expect(errors).toEqual([]);
  });

  it('names a bad file and its problem, and stores nothing', async () => {
    show();
    pickInBrowser('notes.ics', 'hello, not a calendar');
    click('Add calendar file…');
    await until(() =>
      expect(alertText()).toBe(
        '!notes.ics: not an iCalendar file (it does not start with BEGIN:VCALENDAR). Nothing was added.',
      ),
    );
    expect(await db.busyCalendars.count()).toBe(0);
    expect(channel.getState().canUndo).toBe(false);
  });

  it('refuses a file over the size limit without reading it', async () => {
    show();
    pickInBrowser('huge.ics', null, 7_250_000);
    click('Add calendar file…');
    await until(() => expect(alertText()).toBe('!huge.ics is 7.3 MB; a calendar file may be at most 5 MB.'));
    expect(await db.busyCalendars.count()).toBe(0);
  });

  it('adding a file of the same name again replaces its copy (a browser cannot read it again)', async () => {
    show();
    pickInBrowser('work.ics', weekly());
    click('Add calendar file…');
    await until(() => expect(items()).toHaveLength(1));
    pickInBrowser('work.ics', weekly('other@example.com', 'Other'));
    click('Add calendar file…');
    await until(async () => expect((await readBusyCalendars(db, 'fastapi'))[0]?.text).toContain('Other'));
    await until(() => expect(items()).toHaveLength(1));
    expect(container.textContent).not.toContain('Refresh');
  });
});

describe('BusyCalendars on the desktop', () => {
  function desktop(files: Map<string, string>, picked: string) {
    fake.platform.kind = 'desktop';
    const read = (path: string): CalendarFileResult => {
      const name = path.split('/').at(-1)!;
      const text = files.get(path);
      return text === undefined
        ? { ok: false, name, message: `${name} is gone: there is no file at ${path} any more.` }
        : { ok: true, path, name, text };
    };
    const api = {
      pickCalendarFile: vi.fn(() => Promise.resolve(read(picked))),
      readCalendarFile: vi.fn((path: string) => Promise.resolve(read(path))),
    };
    fake.platform.calendarFiles = { pick: api.pickCalendarFile, read: api.readCalendarFile };
    return api;
  }

  it('keeps the path, reads the file again on Refresh, and keeps the copy when the file is gone', async () => {
    const files = new Map([['/home/me/work.ics', weekly()]]);
    const api = desktop(files, '/home/me/work.ics');
    show();
    await until(() => expect(container.textContent).toContain('No busy calendars yet.'));
    click('Add calendar file…');
    await until(() => expect(items()).toEqual(['work.ics4 busy events in the next 4 weeksRemove']));
    expect((await readBusyCalendars(db, 'fastapi'))[0]?.path).toBe('/home/me/work.ics');
    // Opening read the (then empty) list; the new calendar was read when added.
    expect(api.readCalendarFile).not.toHaveBeenCalled();

    files.set('/home/me/work.ics', weekly('moved@example.com', 'Moved'));
    click('Refresh');
    await until(() =>
      expect(container.querySelector('[role="status"]')?.textContent).toBe(
        'Read 1 file again: 1 calendar changed.',
      ),
    );
    expect((await readBusyCalendars(db, 'fastapi'))[0]?.text).toContain('Moved');
    expect(channel.getState().undoText).toBe('Busy calendars read again: “work.ics” changed.');

    files.delete('/home/me/work.ics');
    click('Refresh');
    await until(() =>
      expect(items()[0]).toContain('work.ics is gone: there is no file at /home/me/work.ics'),
    );
    expect(items()[0]).toContain('Its busy time is from the copy read on');
    expect((await readBusyCalendars(db, 'fastapi'))[0]?.text).toContain('Moved');
    expect(container.querySelector('[role="status"]')?.textContent).toBe(
      'Read 1 file again: nothing changed; 1 file could not be used.',
    );

    // Put back and added again from the same place: one calendar, its problem gone.
    files.set('/home/me/work.ics', weekly());
    click('Add calendar file…');
    await until(() => expect(items()).toEqual(['work.ics4 busy events in the next 4 weeksRemove']));
    expect(await db.busyCalendars.count()).toBe(1);
  });

  it('reads every file again once when the app opens', async () => {
    const { addBusyCalendar } = await import('../../storage');
    const path = '/home/me/club.ics';
    await channel.run(addBusyCalendar({ roadmapId: 'fastapi', name: 'club.ics', text: weekly(), path }));
    const api = desktop(new Map([[path, weekly('new@example.com', 'New')]]), path);
    show();
    await until(async () => expect((await readBusyCalendars(db, 'fastapi'))[0]?.text).toContain('New'));
    expect(api.readCalendarFile).toHaveBeenCalledTimes(1);
    act(() => root.render(null));
    show();
    await until(() => expect(items()).toHaveLength(1));
    expect(api.readCalendarFile).toHaveBeenCalledTimes(1);
  });

  it('shows what main refused, naming the file, and stores nothing', async () => {
    desktop(new Map(), '/home/me/gone.ics');
    show();
    click('Add calendar file…');
    await until(() => expect(alertText()).toContain('gone.ics is gone'));
    expect(await db.busyCalendars.count()).toBe(0);
  });
});

describe('useBusyCalendars', () => {
  let seen: BusyCalendarsResult | null = null;
  function Probe({ timeZone }: { timeZone: string }) {
    seen = useBusyCalendars('fastapi', timeZone);
    return null;
  }

  it('merges every calendar’s busy time from a day ago to a year ahead, and lists errors', async () => {
    const { addBusyCalendar } = await import('../../storage');
    await channel.run(addBusyCalendar({ roadmapId: 'fastapi', name: 'a.ics', text: weekly('a@x') }));
    await channel.run(addBusyCalendar({ roadmapId: 'fastapi', name: 'b.ics', text: weekly('b@x') }));
    act(() =>
      root.render(
        <ActionChannelContext.Provider value={channel}>
          <Probe timeZone="Europe/Berlin" />
        </ActionChannelContext.Provider>,
      ),
    );
    await until(() => expect(seen?.loaded).toBe(true));
    const result = seen!;
    // Two identical weekly series: 54 or 55 occurrences each in the window, merged into one.
    expect(result.intervals.length).toBe(2 * result.busy.length);
    expect(result.busy.length).toBeGreaterThanOrEqual(53);
    const first = Date.parse(result.busy[0]!.start);
    expect(first).toBeGreaterThanOrEqual(Date.now() - DAY - HOUR);
    expect(Date.parse(result.busy.at(-1)!.end)).toBeLessThanOrEqual(Date.now() + 367 * DAY);
    expect(result.errors).toEqual([]);

    act(() =>
      root.render(
        <ActionChannelContext.Provider value={channel}>
          <Probe timeZone="Mars/Olympus" />
        </ActionChannelContext.Provider>,
      ),
    );
    await until(() => expect(seen?.errors).toHaveLength(2));
    // The calendars come in their stored order (by id), not the order they were added.
    expect(seen!.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'a.ics', message: 'a.ics: "Mars/Olympus" is not a time zone' }),
        expect.objectContaining({ name: 'b.ics', message: 'b.ics: "Mars/Olympus" is not a time zone' }),
      ]),
    );
    expect(seen!.busy).toEqual([]);
  });
});
