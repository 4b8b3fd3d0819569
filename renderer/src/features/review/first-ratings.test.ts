import { describe, expect, it } from 'vitest';
import { newestRow, newlyFinished } from './first-ratings';

const row = (id: number, topicId: string) => ({ id, topicId });

describe('topics just finished', () => {
  const before = [row(1, 'a'), row(2, 'b'), row(3, 'a')];
  const since = newestRow(before);

  it('are those whose first and only row came after the app opened', () => {
    expect(newlyFinished(before, since, new Map())).toEqual([]);
    const now = [...before, row(5, 'd'), row(4, 'c'), row(6, 'b')];
    expect(newlyFinished(now, since, new Map())).toEqual(['c', 'd']);
  });

  it('leave the prompt once answered, and come back when done again', () => {
    const now = [...before, row(4, 'c')];
    expect(newlyFinished(now, since, new Map([['c', 4]]))).toEqual([]);
    expect(newlyFinished([...before, row(7, 'c')], since, new Map([['c', 4]]))).toEqual(['c']);
  });

  it('count from nothing when the log was empty', () => {
    expect(newestRow([])).toBe(0);
    expect(newlyFinished([row(1, 'a')], 0, new Map())).toEqual(['a']);
  });
});
