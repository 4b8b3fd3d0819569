// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import type { Roadmap, ScheduledSession, Topic } from '../../domain';
import { PhaseTimeline } from './PhaseTimeline';

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

const topic = (id: string, sectionNumber: number, phaseNumber: number): Topic => ({
  id,
  title: id,
  sectionNumber,
  phaseNumber,
  items: [],
  tip: null,
  tipSpans: [],
  estimateHours: 1,
  prerequisites: [],
  links: [],
  line: 1,
});

const topics = [topic('a', 5, 1), topic('b', 6, 2)];
const roadmap: Roadmap = {
  id: 'test',
  title: 'Test',
  topics,
  topicsById: new Map(topics.map((t) => [t.id, t])),
  edges: [],
  sections: [
    { number: 5, title: 'Data Persistence', phaseNumber: 1, topics: [topics[0]!], line: 1 },
    { number: 6, title: 'Security', phaseNumber: 2, topics: [topics[1]!], line: 1 },
  ],
  phases: [
    { number: 1, title: 'Basics', sections: [5], line: 1 },
    { number: 2, title: 'Advanced', sections: [6], line: 1 },
  ],
};

const session = (topicId: string, date: string): ScheduledSession => ({
  id: `${topicId}#${date}`,
  topicId,
  part: 1,
  parts: 1,
  date,
  start: `${date}T19:00:00+01:00`,
  end: `${date}T20:00:00+01:00`,
  minutes: 60,
});

describe('PhaseTimeline', () => {
  it('lists each section with its dates as text, and each phase against its target', () => {
    const container = document.createElement('div');
    const root = createRoot(container);
    act(() =>
      root.render(
        <PhaseTimeline
          roadmap={roadmap}
          sessions={[session('a', '2027-01-12'), session('a', '2027-03-03'), session('b', '2027-03-20')]}
          milestones={[
            { phase: 1, target: '2027-03-15', projectedEnd: '2027-03-03', onTrack: true },
            { phase: 2, target: '2027-03-15', projectedEnd: '2027-03-20', onTrack: false },
          ]}
          today="2027-01-10"
        />,
      ),
    );
    const texts = [...container.querySelectorAll('li > .visually-hidden')].map((s) => s.textContent);
    expect(texts).toContain('Section 5 · 12 Jan – 3 Mar');
    expect(texts).toContain('Section 6 · 20 Mar');
    expect(container.textContent).toContain('Phase 2 target 15 Mar');
    expect(container.textContent).toContain('Behind: ends 20 Mar, after the target 15 Mar');
    expect(container.textContent).toContain('Today');
    act(() => root.unmount());
  });
});
