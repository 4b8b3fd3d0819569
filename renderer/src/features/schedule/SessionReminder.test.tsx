// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Roadmap, Schedule } from '../../domain';
import { SessionReminder } from './SessionReminder';

const notify = vi.hoisted(() => vi.fn(async () => true));
vi.mock('../../platform', () => ({ platform: { notify } }));
vi.mock('../../storage', () => ({
  SETTING_KEYS: { remindFirstSession: 'remind' },
  useActionChannel: () => ({ db: null }),
  useFlag: () => true,
}));

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

const roadmap = { topicsById: new Map([['a', { title: 'Topic a' }]]) } as unknown as Roadmap;
const day = '2026-12-01';
const study = {
  id: 'a#1',
  topicId: 'a',
  part: 1,
  parts: 2,
  date: day,
  start: `${day}T19:15:00+01:00`,
  end: `${day}T20:00:00+01:00`,
  minutes: 45,
};
const review = {
  id: `review#${day}`,
  date: day,
  start: `${day}T19:00:00+01:00`,
  end: `${day}T19:15:00+01:00`,
  minutes: 15,
  topics: ['b'],
};
const schedule = (over: Partial<Schedule>): Schedule => ({
  sessions: [study],
  milestones: [],
  warnings: [],
  reserve: [],
  reviews: [],
  ...over,
});

afterEach(() => {
  vi.useRealTimers();
  notify.mockClear();
});

function remindAt(plan: Schedule) {
  vi.useFakeTimers({ now: new Date(`${day}T09:00:00+01:00`) });
  const container = document.createElement('div');
  const root = createRoot(container);
  act(() => root.render(<SessionReminder roadmap={roadmap} schedule={plan} today={day} />));
  act(() => vi.advanceTimersByTime(10 * 60 * 60 * 1000 + 20 * 60 * 1000));
  act(() => root.unmount());
}

describe('SessionReminder', () => {
  it('announces the day’s review when it comes before the first session', () => {
    remindAt(schedule({ reviews: [review] }));
    expect(notify).toHaveBeenCalledOnce();
    expect(notify).toHaveBeenCalledWith({
      title: 'Time to review',
      body: 'Review · 1 topic · 15 min, 19:00–19:15',
    });
  });

  it('announces the first session on a day without a review', () => {
    remindAt(schedule({}));
    expect(notify).toHaveBeenCalledWith({
      title: 'Time to study',
      body: 'Topic a, part 1 of 2, 19:15–20:00',
    });
  });
});
