import { describe, expect, it } from 'vitest';
import { monthGrid, placeInLanes, visibleHours } from './calendar-grid';

describe('monthGrid', () => {
  it('covers the month in whole Monday-first weeks', () => {
    const weeks = monthGrid('2026-12');
    expect(weeks).toHaveLength(5);
    expect(weeks[0]![0]).toEqual({ date: '2026-11-30', inMonth: false });
    expect(weeks[0]![1]).toEqual({ date: '2026-12-01', inMonth: true });
    expect(weeks[4]![6]).toEqual({ date: '2027-01-03', inMonth: false });
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(weeks.flat().filter((d) => d.inMonth)).toHaveLength(31);
  });

  it('needs six weeks for a month that starts on Sunday', () => {
    const weeks = monthGrid('2026-03');
    expect(weeks).toHaveLength(6);
    expect(weeks[0]![6]).toEqual({ date: '2026-03-01', inMonth: true });
    expect(weeks[5]![1]).toEqual({ date: '2026-03-31', inMonth: true });
  });

  it('needs only four weeks for a February that starts on Monday', () => {
    const weeks = monthGrid('2027-02');
    expect(weeks).toHaveLength(4);
    expect(weeks[0]![0]!.date).toBe('2027-02-01');
    expect(weeks[3]![6]!.date).toBe('2027-02-28');
  });
});

describe('time grid', () => {
  it('shows an hour around the events, within the day', () => {
    expect(visibleHours([])).toEqual({ from: 8, to: 22 });
    expect(visibleHours([{ from: 19 * 60, to: 20 * 60 + 30 }])).toEqual({ from: 18, to: 22 });
    expect(
      visibleHours([
        { from: 30, to: 90 },
        { from: 23 * 60, to: 24 * 60 },
      ]),
    ).toEqual({ from: 0, to: 24 });
  });

  it('puts overlapping events side by side and the rest full width', () => {
    const lanes = placeInLanes([
      { from: 600, to: 660 },
      { from: 540, to: 620 },
      { from: 620, to: 700 },
      { from: 700, to: 760 },
      { from: 800, to: 860 },
    ]);
    expect(lanes).toEqual([
      { lane: 1, lanes: 2 },
      { lane: 0, lanes: 2 },
      { lane: 0, lanes: 2 },
      { lane: 0, lanes: 1 },
      { lane: 0, lanes: 1 },
    ]);
  });
});
