import { goalClosure, isFinished } from '../../domain';
import type { Roadmap, TopicId, TopicStatus } from '../../domain';

const NONE: ReadonlySet<TopicId> = new Set();

/**
 * The goal and its open prerequisites, as the scheduler plans them first: empty without a
 * goal or once the goal is done or skipped.
 */
export function openGoalChain(
  roadmap: Pick<Roadmap, 'topics'>,
  statuses: ReadonlyMap<TopicId, TopicStatus>,
  goal: TopicId | null,
): ReadonlySet<TopicId> {
  if (goal === null) return NONE;
  const open = new Map(
    roadmap.topics.filter((t) => !isFinished(statuses.get(t.id) ?? 'todo')).map((t) => [t.id, true]),
  );
  return goalClosure(roadmap.topics, open, goal);
}
