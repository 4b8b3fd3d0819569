import { describe, expect, it } from 'vitest';
import { newlyFinished } from './first-ratings';

const OPENED = Date.parse('2026-12-01T09:00:00Z');
const row = (id: number, topicId: string, at = '2026-12-01T09:05:00Z') => ({ id, topicId, at });
const before = [
  row(1, 'a', '2026-11-20T18:00:00Z'),
  row(2, 'b', '2026-11-21T18:00:00Z'),
  row(3, 'a', '2026-11-28T18:00:00Z'),
];

describe('topics just finished', () => {
  it('are those whose first and only row was written after the app opened, in the order written', () => {
    expect(newlyFinished(before, OPENED, new Map())).toEqual([]);
    const now = [...before, row(5, 'd'), row(4, 'c'), row(6, 'b')];
    expect(newlyFinished(now, OPENED, new Map())).toEqual(['c', 'd']);
  });

  it('leave the prompt once answered, and come back when done again', () => {
    const now = [...before, row(4, 'c')];
    expect(newlyFinished(now, OPENED, new Map([['c', 4]]))).toEqual([]);
    expect(newlyFinished([...before, row(7, 'c')], OPENED, new Map([['c', 4]]))).toEqual(['c']);
  });

  it('leave out rows a restored backup brings back, dated before the app opened', () => {
    expect(newlyFinished([row(90, 'x', '2026-10-02T10:00:00Z')], OPENED, new Map())).toEqual([]);
  });
});
