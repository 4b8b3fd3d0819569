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
