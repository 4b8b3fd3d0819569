// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import type { ReviewSession, ScheduledSession } from '../../domain';
import { ExportPreview } from './ExportPreview';

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

const session = (date: string, start: string): ScheduledSession => ({
  id: `a#${date}`,
  topicId: 'a',
  part: 1,
  parts: 2,
  date,
  start: `${date}T${start}:00+01:00`,
  end: `${date}T20:00:00+01:00`,
  minutes: 60,
});
const review: ReviewSession = {
  id: 'review#2026-12-02',
  date: '2026-12-02',
  start: '2026-12-02T19:00:00+01:00',
  end: '2026-12-02T19:15:00+01:00',
  minutes: 15,
  topics: ['b'],
};

describe('ExportPreview', () => {
  it('lists the first events as the calendar will show them, review days among the sessions', () => {
    const container = document.createElement('div');
    const root = createRoot(container);
    act(() =>
      root.render(
        <ExportPreview
          count={{ sessions: 2, done: 0, reviews: 1, milestoneEvents: 0 }}
          sessions={[session('2026-12-01', '19:00'), session('2026-12-02', '19:15')]}
          reviews={[review]}
          prefix="Tiny"
          title={(id) => `Topic ${id}`}
        />,
      ),
    );
    expect(container.querySelector('h3')!.textContent).toBe(
      '2 study sessions + 1 review session, starting with',
    );
    expect([...container.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Tue 1 Dec, 19:00–20:00 Tiny · Topic a (1/2)',
      'Wed 2 Dec, 19:00–19:15 Tiny · Review · 1 topic · 15 min',
      'Wed 2 Dec, 19:15–20:00 Tiny · Topic a (1/2)',
    ]);
    act(() => root.unmount());
  });
});
