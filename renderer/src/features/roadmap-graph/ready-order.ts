import type { Topic, TopicId, TopicState } from '../../domain';

/**
 * The topics ready to start, in the order the plan takes them (by their first session still
 * to study); topics the plan has no session for follow in roadmap order.
 */
export function readyInPlanOrder(
  topics: readonly Pick<Topic, 'id'>[],
  states: ReadonlyMap<TopicId, TopicState>,
  firstPlanned: ReadonlyMap<TopicId, { date: string }>,
): TopicId[] {
  const ready = topics.filter((t) => states.get(t.id) === 'ready').map((t, index) => ({ id: t.id, index }));
  const date = (id: TopicId) => firstPlanned.get(id)?.date ?? '\uffff';
  return ready
    .sort((a, b) => (date(a.id) < date(b.id) ? -1 : date(a.id) > date(b.id) ? 1 : a.index - b.index))
    .map((t) => t.id);
}
