// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScheduledSession } from '../../domain';
import type { CalendarEntry } from './calendar-entry';
import { ScheduleCalendar } from './ScheduleCalendar';

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

const entry = (
  topicId: string,
  date: string,
  start: string,
  minutes: number,
  over: Partial<ScheduledSession> = {},
) =>
  ({
    title: `Topic ${topicId}`,
    phase: 2,
    session: {
      id: `${topicId}#1`,
      topicId,
      part: 1,
      parts: 1,
      date,
      start: `${date}T${start}:00+01:00`,
      end: `${date}T${String(Number(start.slice(0, 2)) + minutes / 60).padStart(2, '0')}:${start.slice(3)}:00+01:00`,
      minutes,
      ...over,
    },
  }) satisfies CalendarEntry;

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const button = (name: string) =>
  [...container.querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent) === name,
  );

describe('ScheduleCalendar', () => {
  it('shows the month, opens topics, and switches to the week of "+N more"', () => {
    const onOpenTopic = vi.fn();
    const entries = [
      entry('a', '2026-12-01', '19:00', 60, { logged: 'done' }),
      entry('b', '2026-12-02', '18:00', 60, { parts: 3, part: 2 }),
      entry('c', '2026-12-02', '19:00', 60, { logged: 'missed' }),
      entry('d', '2026-12-02', '20:00', 60),
      entry('e', '2026-12-02', '21:00', 60),
    ];
    act(() =>
      root.render(
        <ScheduleCalendar
          entries={entries}
          today="2026-12-02"
          daysOff={new Set(['2026-12-05'])}
          onOpenTopic={onOpenTopic}
        />,
      ),
    );
    expect(container.querySelector('h3')!.textContent).toBe('December 2026');
    expect(container.querySelector('[aria-current="date"]')!.textContent).toContain(
      'Wednesday 2 December 2026',
    );
    expect(container.textContent).toContain('Day off');
    expect(button('Topic a, 19:00–20:00, done')).toBeDefined();
    expect(button('Topic c, 19:00–20:00, missed')).toBeDefined();
    // A session opens its details; from there, its topic.
    act(() => button('Topic b, part 2 of 3, 18:00–19:00')!.click());
    act(() => button('Open topic')!.click());
    expect(onOpenTopic).toHaveBeenCalledWith('b');
    expect(container.querySelector('[role="dialog"]')).toBeNull();
    // Four on one day: two of them, and the place of the third says how many more.
    expect(button('Topic d, 20:00–21:00')).toBeUndefined();
    expect(button('Topic e, 21:00–22:00')).toBeUndefined();

    act(() => button('+2 more on Wednesday 2 December 2026, show the week')!.click());
    expect(container.querySelector('h3')!.textContent).toBe('30 Nov – 6 Dec 2026');
    expect(button('Week')!.getAttribute('aria-pressed')).toBe('true');
    expect(button('Topic e, 21:00–22:00')).toBeDefined();
    // The focus, left by the "+2 more" button, goes to the day's first session.
    expect(document.activeElement).toBe(button('Topic b, part 2 of 3, 18:00–19:00'));
    // A week's event shows its title first, then its times, and keeps both in its tooltip.
    const block = button('Topic e, 21:00–22:00')!;
    expect([...block.querySelectorAll('[data-part]')].map((p) => p.textContent)).toEqual([
      'Topic e21:00–22:00',
      'Topic e',
      '21:00–22:00',
    ]);
    expect(block.title).toBe('Topic e, 21:00–22:00');
    const labels = [...container.querySelectorAll('.week-grid__hour-label')].map((l) => l.textContent);
    expect([labels[0], labels.at(-1)]).toEqual(['17:00', '22:00']);

    act(() => button('Next week')!.click());
    expect(container.querySelector('h3')!.textContent).toBe('7 – 13 Dec 2026');
    act(() => button('Today')!.click());
    act(() => button('Month')!.click());
    act(() => button('Previous month')!.click());
    expect(container.querySelector('h3')!.textContent).toBe('November 2026');
  });

  it('draws busy time grey and reserve time hatched, in the week and the month', () => {
    const busy = [
      { start: '2026-12-01T18:00:00Z', end: '2026-12-01T19:00:00Z', summary: 'Choir' },
      { start: '2026-12-03T07:00:00Z', end: '2026-12-03T08:00:00Z' },
    ];
    const reserve = [{ start: '2026-12-05T16:00:00+01:00', end: '2026-12-05T16:45:00+01:00', minutes: 45 }];
    act(() =>
      root.render(
        <ScheduleCalendar
          entries={[entry('a', '2026-12-01', '20:00', 60)]}
          today="2026-12-01"
          daysOff={new Set()}
          timeZone="Europe/Berlin"
          busy={busy}
          reserve={reserve}
          onOpenTopic={() => {}}
        />,
      ),
    );
    const mark = (name: string) => container.querySelector(`li[aria-label="${name}"]`);
    // The month: a grey line for the busy time, a hatched one for the reserve.
    expect(mark('Busy 19:00–20:00')!.getAttribute('data-kind')).toBe('busy');
    expect(mark('Busy 19:00–20:00')!.getAttribute('title')).toBe('Busy 19:00–20:00: Choir');
    expect(container.querySelector('.month-grid__mark[data-kind="reserve"]')!.textContent).toBe(
      'Reserve · 45 min',
    );

    act(() => button('Week')!.click());
    const busyBlock = mark('Busy 19:00–20:00') as HTMLElement;
    expect(busyBlock.className).toBe('week-grid__mark');
    expect(mark('Reserve · 45 min')!.getAttribute('data-kind')).toBe('reserve');
    // The hours reach the morning's busy hour: 07:00 to 21:00 with an hour of air each side.
    const labels = [...container.querySelectorAll('.week-grid__hour-label')].map((l) => l.textContent);
    expect([labels[0], labels.at(-1)]).toEqual(['07:00', '21:00']);
    expect(mark('Busy 08:00–09:00')).not.toBeNull();
    // Busy 19:00–20:00 in a grid from 07:00: 12 hours of 60 px down, an hour tall less a
    // pixel between neighbours; named by its event, then its times.
    expect(busyBlock.style.top).toBe('720px');
    expect(busyBlock.style.height).toBe('59px');
    expect(busyBlock.textContent).toBe('Choir19:00–20:00');
  });

  it('offers Done and Missed in a session’s details once its day has come', () => {
    const onLog = vi.fn();
    const entries = [
      { ...entry('a', '2026-12-01', '19:00', 60), state: 'today' as const },
      { ...entry('b', '2026-12-02', '19:00', 60), state: 'upcoming' as const },
      { ...entry('c', '2026-11-30', '19:00', 60, { logged: 'done' }), state: 'logged' as const },
    ];
    act(() =>
      root.render(
        <ScheduleCalendar
          entries={entries}
          today="2026-12-01"
          daysOff={new Set()}
          onOpenTopic={() => {}}
          onLog={onLog}
        />,
      ),
    );
    const dialog = () => container.querySelector<HTMLElement>('[role="dialog"]');
    const event = button('Topic a, 19:00–20:00')!;
    act(() => event.click());
    expect(event.getAttribute('aria-expanded')).toBe('true');
    expect(dialog()!.textContent).toContain('Tue 1 Dec, 19:00–20:00 · 60 min');
    expect(dialog()!.textContent).toContain('Today · not logged yet');
    expect(document.activeElement!.textContent).toBe('Done');
    act(() => button('Missed')!.click());
    expect(onLog).toHaveBeenCalledWith(entries[0]!.session, 'missed');
    expect(dialog()).toBeNull();
    expect(document.activeElement).toBe(event);

    // A later session can't be logged yet; a done one says so.
    act(() => button('Topic b, 19:00–20:00')!.click());
    expect(dialog()!.textContent).toContain('Planned');
    expect(button('Done')).toBeUndefined();
    act(() => button('Topic c, 19:00–20:00, done')!.click());
    expect(dialog()!.textContent).toContain('✓ Done');
    expect(button('Done')).toBeUndefined();

    // Escape closes it and gives the focus back to the event.
    act(() => dialog()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(dialog()).toBeNull();
    expect(document.activeElement).toBe(button('Topic c, 19:00–20:00, done'));

    // Clicking the event again closes it too.
    act(() => button('Topic a, 19:00–20:00')!.click());
    act(() => button('Topic a, 19:00–20:00')!.click());
    expect(dialog()).toBeNull();
    expect(onLog).toHaveBeenCalledTimes(1);
  });
});
