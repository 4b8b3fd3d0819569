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
    expect(button('Topic e, 21:00–22:00')).toBeUndefined();

    act(() => button('+1 more on Wednesday 2 December 2026, show the week')!.click());
    expect(container.querySelector('h3')!.textContent).toBe('30 Nov – 6 Dec 2026');
    expect(button('Week')!.getAttribute('aria-pressed')).toBe('true');
    expect(button('Topic e, 21:00–22:00')).toBeDefined();
    const labels = [...container.querySelectorAll('.week-grid__hour-label')].map((l) => l.textContent);
    expect([labels[0], labels.at(-1)]).toEqual(['17:00', '22:00']);

    act(() => button('Next week')!.click());
    expect(container.querySelector('h3')!.textContent).toBe('7 – 13 Dec 2026');
    act(() => button('Today')!.click());
    act(() => button('Month')!.click());
    act(() => button('Previous month')!.click());
    expect(container.querySelector('h3')!.textContent).toBe('November 2026');
  });
});
