import { describe, expect, it } from 'vitest';
import type { TopicStatus } from '../../domain';
import { dueTopics, nextDue } from './review-queue';

const statuses = new Map<string, TopicStatus>([
  ['a', 'done'],
  ['b', 'done'],
  ['c', 'doing'],
  ['d', 'done'],
]);
const cards = [
  { topicId: 'a', due: '2026-12-01' },
  { topicId: 'b', due: '2026-11-20' },
  { topicId: 'c', due: '2026-11-01' },
  { topicId: 'd', due: '2026-12-09' },
];

describe('the review queue', () => {
  it('holds done topics due today or earlier, longest overdue first', () => {
    expect(dueTopics(cards, statuses, '2026-12-01')).toEqual(['b', 'a']);
    expect(dueTopics(cards, statuses, '2026-11-19')).toEqual([]);
  });

  it('knows the next review after today', () => {
    expect(nextDue(cards, statuses, '2026-12-01')?.topicId).toBe('d');
    expect(nextDue(cards, statuses, '2026-12-09')).toBeNull();
  });
});
