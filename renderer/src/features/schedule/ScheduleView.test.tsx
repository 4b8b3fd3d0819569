// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Roadmap, ScheduledSession, Topic } from '../../domain';
import { systemTimeZone } from '../../ui';
import { ScheduleView } from './ScheduleView';

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

const topic: Topic = {
  id: 'a',
  title: 'Topic a',
  sectionNumber: 1,
  phaseNumber: 1,
  items: [],
  tip: null,
  tipSpans: [],
  estimateHours: 4,
  prerequisites: [],
  links: [],
  line: 1,
};
const roadmap: Roadmap = {
  id: 'tiny',
  title: 'Tiny Roadmap',
  phases: [{ number: 1, title: 'Stage 1', sections: [1], line: 1 }],
  sections: [{ number: 1, title: 'Section 1', phaseNumber: 1, topics: [topic], line: 1 }],
  topics: [topic],
  topicsById: new Map([['a', topic]]),
  edges: [],
};

const session = (part: number, date: string, over: Partial<ScheduledSession> = {}): ScheduledSession => ({
  id: `a#${part}`,
  topicId: 'a',
  part,
  parts: 4,
  date,
  start: `${date}T19:00:00+01:00`,
  end: `${date}T20:00:00+01:00`,
  minutes: 60,
  ...over,
});

// Built without a type, so it fits the Schedule while the scheduler's type grows.
const schedule = {
  sessions: [
    session(1, '2026-11-30', { logged: 'done' }),
    session(2, '2026-12-01', { logged: 'missed' }),
    session(3, '2026-12-02'),
    session(4, '2026-12-04'),
  ],
  milestones: [{ phase: 1, target: null, projectedEnd: '2026-12-04', onTrack: true }],
  warnings: [],
  reserve: [],
  reviews: [],
};

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

function show(timeZone: string) {
  act(() =>
    root.render(
      <ScheduleView
        roadmap={roadmap}
        schedule={schedule}
        today="2026-12-01"
        daysOff={[]}
        plannedFrom="2026-11-30"
        onOpenTopic={vi.fn()}
        onLog={vi.fn()}
        previewReplan={() => null}
        onReplan={vi.fn()}
        remind={false}
        onRemind={vi.fn()}
        onExport={vi.fn()}
        timeZone={timeZone}
      />,
    ),
  );
}

describe('ScheduleView', () => {
  it('counts study sessions as the export does: planned and done, not missed', () => {
    show(systemTimeZone());
    expect(container.querySelector('.schedule-view__summary')!.textContent).toBe(
      '3 study sessions (1 done, 2 to go), planned from Mon 30 Nov 2026 until Fri 4 Dec 2026',
    );
  });

  it('names the plan’s zone beside the times only when it is not the computer’s', () => {
    show(systemTimeZone());
    expect(container.querySelector('.schedule-view__zone')).toBeNull();
    const other = systemTimeZone() === 'Pacific/Chatham' ? 'Europe/Berlin' : 'Pacific/Chatham';
    show(other);
    expect(container.querySelector('.schedule-view__zone')!.textContent).toBe(`Times in ${other}`);
    act(() => container.querySelector<HTMLButtonElement>('#schedule-tab-calendar')!.click());
    expect(container.querySelector('.schedule-view__zone')).not.toBeNull();
    // The timeline shows days, not times.
    act(() => container.querySelector<HTMLButtonElement>('#schedule-tab-timeline')!.click());
    expect(container.querySelector('.schedule-view__zone')).toBeNull();
  });
});

describe('ScheduleView: review days', () => {
  const review = (date: string, start: string, end: string, topics: string[]) => ({
    id: `review#${date}`,
    date,
    start: `${date}T${start}:00+01:00`,
    end: `${date}T${end}:00+01:00`,
    minutes: 15 * topics.length,
    topics,
  });
  const reviewing = {
    ...schedule,
    milestones: [{ ...schedule.milestones[0]!, reviewMinutes: 30 }],
    reviews: [
      review('2026-12-01', '18:30', '18:45', ['a']),
      review('2026-12-03', '19:00', '19:30', ['a', 'gone']),
    ],
  };
  const render = () =>
    act(() =>
      root.render(
        <ScheduleView
          roadmap={roadmap}
          schedule={reviewing}
          today="2026-12-01"
          daysOff={[]}
          plannedFrom="2026-11-30"
          onOpenTopic={vi.fn()}
          onLog={vi.fn()}
          previewReplan={() => null}
          onReplan={vi.fn()}
          remind={false}
          onRemind={vi.fn()}
          onExport={vi.fn()}
          timeZone={systemTimeZone()}
        />,
      ),
    );
  const rows = (group: string) =>
    [...container.querySelectorAll(`section[aria-label^="${group}"] li.agenda__row`)].map((li) => [
      li.getAttribute('data-kind'),
      li.querySelector('.agenda__title')!.textContent!.trim(),
    ]);

  it('lists them in This week at their times, each with Start review, never as study', () => {
    render();
    expect(rows('Today')).toEqual([
      ['review', 'Review · 1 topic · 15 min'],
      [null, 'Topic a'],
    ]);
    expect(rows('Later this week')).toEqual([
      [null, 'Topic a'],
      ['review', 'Review · 2 topics · 30 min'],
      [null, 'Topic a'],
    ]);
    const later = container.querySelector('section[aria-label="Later this week"] [data-kind="review"]')!;
    expect(later.querySelector('.agenda__meta')!.textContent).toBe('Topic a, gone');
    expect(later.querySelector('a')!.getAttribute('href')).toBe('#review?topics=a,gone');
    // Study sessions only in the count the export says too.
    expect(container.querySelector('.schedule-view__summary')!.textContent).toMatch(/^3 study sessions/);
  });

  it('says the review time a phase’s end makes room for', () => {
    render();
    expect(container.querySelector('.milestones__end')!.textContent).toBe(
      'ends Fri 4 Dec 2026, includes 0.5 h of review',
    );
  });

  it('shows them on the calendar in their own style; the details list the topics and Start review', () => {
    render();
    act(() => container.querySelector<HTMLButtonElement>('#schedule-tab-calendar')!.click());
    const event = container.querySelector<HTMLButtonElement>(
      '.calendar-event[data-kind="review"][aria-label$="19:00–19:30"]',
    )!;
    expect(event.getAttribute('aria-label')).toBe('Review · 2 topics · 30 min, 19:00–19:30');
    expect(event.hasAttribute('data-phase')).toBe(false);
    expect(container.querySelectorAll('.calendar-event[data-kind="review"]')).toHaveLength(2);
    act(() => event.click());
    const dialog = container.querySelector('[role="dialog"]')!;
    expect(dialog.querySelector('h4')!.textContent).toBe('Review · 2 topics · 30 min');
    expect([...dialog.querySelectorAll('.session-popover__topics li')].map((li) => li.textContent)).toEqual([
      'Topic a',
      'gone',
    ]);
    const start = dialog.querySelector('a')!;
    expect(start.textContent).toBe('Start review');
    expect(start.getAttribute('href')).toBe('#review?topics=a,gone');
    expect(document.activeElement).toBe(start);
    expect([...dialog.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['']);
  });
});
