import { describe, expect, it } from 'vitest';
import { placeWork } from './schedule-placement';

const limits = (capacity: (day: number) => number, limitDay = 100) => ({
  startDay: 0,
  limitDay,
  capacity,
  minSessionMinutes: 30,
  maxSessionMinutes: 60,
});

describe('placeWork', () => {
  it('fills each day in order, splitting at the longest session', () => {
    const { chunksByTopic, unplaced } = placeWork(
      ['a', 'b'],
      new Map([
        ['a', 100],
        ['b', 50],
      ]),
      limits(() => 90),
    );
    expect(unplaced).toBe(0);
    expect(chunksByTopic.get('a')).toEqual([
      { day: 0, offset: 0, minutes: 60 },
      { day: 0, offset: 60, minutes: 30 },
      { day: 1, offset: 0, minutes: 10 },
    ]);
    expect(chunksByTopic.get('b')).toEqual([{ day: 1, offset: 10, minutes: 50 }]);
  });

  it('makes no fragment shorter than the shortest session unless it ends the topic', () => {
    const { chunksByTopic } = placeWork(
      ['a'],
      new Map([['a', 80]]),
      limits(() => 70),
    );
    // 60 then 10 would leave a 10-minute fragment mid-topic: the 20 left go to the next day.
    expect(chunksByTopic.get('a')).toEqual([
      { day: 0, offset: 0, minutes: 60 },
      { day: 1, offset: 0, minutes: 20 },
    ]);
  });

  it('places a topic whole or not at all, and nothing after one that does not fit', () => {
    const { chunksByTopic, unplaced } = placeWork(
      ['a', 'b', 'c'],
      new Map([
        ['a', 60],
        ['b', 600],
        ['c', 30],
      ]),
      limits(() => 60, 4),
    );
    expect([...chunksByTopic.keys()]).toEqual(['a']);
    expect(unplaced).toBe(630);
  });
});
