// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dueCounts, weeklyHours, yearHeatmap } from '../../domain/study-stats';
import { StudyTime } from './StudyTime';

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

const TODAY = '2026-12-01';

let host: HTMLDivElement;
let root: Root;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

function show(cards: { due: string }[]) {
  const done = new Map([
    ['2026-12-01', 45],
    ['2026-11-24', 150],
  ]);
  const planned = new Map([
    ['2026-12-01', 60],
    ['2026-12-03', 90],
  ]);
  const stats = {
    heatmap: yearHeatmap(done, TODAY),
    weeks: weeklyHours(planned, done, TODAY),
    due: { ...dueCounts(cards, TODAY), rated: cards.length },
  };
  act(() => root.render(<StudyTime stats={stats} today={TODAY} />));
}

const named = (label: string) => host.querySelector(`[aria-label="${label}"]`);

describe('StudyTime', () => {
  it('names every heatmap day with its minutes and marks today', () => {
    show([]);
    const today = named('Tuesday 1 December 2026: 45 min');
    expect(today?.getAttribute('data-level')).toBe('2');
    expect(today?.hasAttribute('data-today')).toBe(true);
    expect(named('Tuesday 24 November 2026: 2 h 30 min')?.getAttribute('data-level')).toBe('4');
    expect(named('Monday 30 November 2026: no study')?.getAttribute('data-level')).toBe('0');
    expect(host.textContent).toContain('3 h 15 min over 2 days in the last year.');
  });

  it('gives the weeks’ planned and done hours as a table', () => {
    show([]);
    const rows = [...host.querySelectorAll('table tbody tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent),
    );
    expect(rows).toHaveLength(12);
    expect(rows.at(-2)).toEqual(['23 – 29 Nov 2026', '0 h', '2.5 h']);
    expect(rows.at(-1)).toEqual(['30 Nov – 6 Dec 2026', '2.5 h', '0.8 h']);
  });

  it('counts the reviews due soon, or says none can be before a topic is done', () => {
    show([]);
    expect(host.querySelector('.progress-view__due')?.textContent).toBe(
      'Due for review: nothing yet. A topic comes up for review once you mark it done.',
    );
    show([{ due: '2026-11-28' }, { due: '2026-12-05' }, { due: '2026-12-20' }, { due: '2027-03-01' }]);
    expect(host.querySelector('.progress-view__due')?.textContent).toBe(
      'Due for review: 2 in the next 7 days, 3 in the next 30',
    );
  });
});
