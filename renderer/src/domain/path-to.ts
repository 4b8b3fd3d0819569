import { topologicalOrder } from './graph';
import type { Topic, TopicId, TopicStatus } from './roadmap';
import { goalClosure } from './schedule-work';
import { isFinished } from './topic-status';

/** What stands between the user and a topic, in the order to study it. */
export type PathTo = {
  goal: TopicId;
  /** The goal's open prerequisites in study order, then the goal; empty once the goal is settled. */
  topics: TopicId[];
  /** The estimates of `topics`, summed. */
  hours: number;
};

/**
 * The way to a topic: its open prerequisites, transitively through open topics (the same
 * walk as the plan's goal: a done or skipped topic, and what lies only behind it, is left
 * out), each after its own prerequisites with ties in roadmap order, the goal last; and their
 * hours. A goal that is done or skipped has nothing left before it.
 */
export function pathTo(
  topics: readonly Pick<Topic, 'id' | 'prerequisites' | 'estimateHours'>[],
  statuses: ReadonlyMap<TopicId, TopicStatus>,
  goal: TopicId,
): PathTo {
  const open = new Map(topics.filter((t) => !isFinished(statuses.get(t.id) ?? 'todo')).map((t) => [t.id, t]));
  const closure = goalClosure(topics, open, goal);
  const ids = topics.filter((t) => closure.has(t.id)).map((t) => t.id);
  const order = topologicalOrder(ids, new Map(topics.map((t) => [t.id, t.prerequisites])));
  const hours = order.reduce((sum, id) => sum + (open.get(id)?.estimateHours ?? 0), 0);
  return { goal, topics: order, hours };
}
